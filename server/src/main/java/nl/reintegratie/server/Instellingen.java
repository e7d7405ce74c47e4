package nl.reintegratie.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the decision service runs: where it listens, where it finds its rule packages, and its limits. Every limit has a
 * default that suits a small machine; {@link #standaard()} gives them all.
 *
 * @param host             the address to bind ({@code null}: every interface)
 * @param poort            the port ({@code 0}: a free port, as tests use)
 * @param regels           the folder with rule packages ({@code null}: {@code regels/} beside the jar, or
 *                         {@code REINTEGRATIE_REGELS}; the class path is always searched too)
 * @param maxVerzoek       the largest body of a case or comparison, in bytes (larger: 413)
 * @param maxBatch         the largest body of a batch, in bytes
 * @param tijdslimiet      how long one evaluation or comparison may take before the request is answered with 503
 * @param batchTijdslimiet how long one batch may keep reading input
 * @param maxGelijktijdig  how many evaluations (cases or comparisons) run at once; more wait {@code wachttijd}, then 503
 * @param wachttijd        how long a request waits for a free evaluation slot before it is answered with 503
 * @param maxBatches       how many batches run at once (more: 503)
 * @param batchThreads     the threads one batch evaluates on
 * @param stopTijd         how long a stop waits for requests in flight to finish
 * @param idleTimeout      how long a connection may be silent (a client that stops sending or reading)
 * @param stilBijStop      how long a connection may be silent once a stop has begun: an idle keep-alive connection is
 *                         closed after it, and a request in flight whose client pauses longer is cut off
 */
public record Instellingen(String host, int poort, Path regels, long maxVerzoek, long maxBatch, Duration tijdslimiet,
                           Duration batchTijdslimiet, int maxGelijktijdig, Duration wachttijd, int maxBatches, int batchThreads,
                           Duration stopTijd, Duration idleTimeout, Duration stilBijStop) {

    /** The default port. */
    public static final int STANDAARD_POORT = 8080;

    public Instellingen {
        if (poort < 0 || poort > 65535) throw new IllegalArgumentException("poort moet tussen 0 en 65535 liggen; kreeg " + poort);
        if (maxVerzoek < 1) throw new IllegalArgumentException("maxVerzoek moet positief zijn");
        if (maxBatch < 1) throw new IllegalArgumentException("maxBatch moet positief zijn");
        if (maxGelijktijdig < 1) throw new IllegalArgumentException("maxGelijktijdig moet ten minste 1 zijn");
        if (maxBatches < 1) throw new IllegalArgumentException("maxBatches moet ten minste 1 zijn");
        if (batchThreads < 1) throw new IllegalArgumentException("batchThreads moet ten minste 1 zijn");
        Objects.requireNonNull(tijdslimiet, "tijdslimiet");
        Objects.requireNonNull(batchTijdslimiet, "batchTijdslimiet");
        Objects.requireNonNull(wachttijd, "wachttijd");
        Objects.requireNonNull(stopTijd, "stopTijd");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stilBijStop, "stilBijStop");
        if (tijdslimiet.isNegative() || tijdslimiet.isZero()) throw new IllegalArgumentException("tijdslimiet moet positief zijn");
    }

    /**
     * Port 8080 on every interface, rule packages from {@code regels/}; 1 MiB per case, 256 MiB per batch; 10 seconds
     * per evaluation, 10 minutes per batch; as many evaluations at once as there are cores, waiting at most one second
     * for a slot; one batch at a time on all cores; 30 seconds to drain on stop, in which a connection may be silent
     * for 5 seconds.
     */
    public static Instellingen standaard() {
        int kernen = Runtime.getRuntime().availableProcessors();
        return new Instellingen(null, STANDAARD_POORT, null, 1L << 20, 256L << 20, Duration.ofSeconds(10), Duration.ofMinutes(10),
                kernen, Duration.ofSeconds(1), 1, kernen, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** The same settings, bound to another address. */
    public Instellingen metHost(String h) {
        return new Instellingen(h, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings on another port. */
    public Instellingen metPoort(int p) {
        return new Instellingen(host, p, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another folder of rule packages. */
    public Instellingen metRegels(Path r) {
        return new Instellingen(host, poort, r, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another size limit for a case or comparison. */
    public Instellingen metMaxVerzoek(long bytes) {
        return new Instellingen(host, poort, regels, bytes, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another size limit for a batch. */
    public Instellingen metMaxBatch(long bytes) {
        return new Instellingen(host, poort, regels, maxVerzoek, bytes, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another time limit per evaluation. */
    public Instellingen metTijdslimiet(Duration d) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, d, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another time limit per batch. */
    public Instellingen metBatchTijdslimiet(Duration d) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, d, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another bound on concurrent evaluations. */
    public Instellingen metMaxGelijktijdig(int n) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, n, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another wait for a free slot. */
    public Instellingen metWachttijd(Duration d) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, d, maxBatches, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another bound on concurrent batches. */
    public Instellingen metMaxBatches(int n) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, n, batchThreads, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another number of threads per batch. */
    public Instellingen metBatchThreads(int n) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, n, stopTijd, idleTimeout, stilBijStop);
    }

    /** The same settings with another time to drain on stop. */
    public Instellingen metStopTijd(Duration d) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, d, idleTimeout, stilBijStop);
    }

    /** The same settings with another silence allowed once a stop has begun. */
    public Instellingen metStilBijStop(Duration d) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, idleTimeout, d);
    }

    /** The same settings with another idle timeout. */
    public Instellingen metIdleTimeout(Duration d) {
        return new Instellingen(host, poort, regels, maxVerzoek, maxBatch, tijdslimiet, batchTijdslimiet, maxGelijktijdig, wachttijd, maxBatches, batchThreads, stopTijd, d, stilBijStop);
    }
}
