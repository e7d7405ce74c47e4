package nl.reintegratie.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The body of a batch, read no further than the size limit and no longer than the time limit. Past either, a read
 * fails with {@link Grens}: the batch then answers the lines it has read and ends with one line that says why the rest
 * was not read (the status line went out with the first answers, so a late 413 or 503 can only be said in the body).
 */
final class BegrensdeInvoer extends FilterInputStream {
    private final long max;
    private final long deadline;
    private final Duration tijdslimiet;
    private long gelezen;

    /** Why a batch stopped reading. */
    static final class Grens extends IOException {
        private final transient Probleem probleem;

        Grens(Probleem probleem) {
            super(probleem.detail);
            this.probleem = probleem;
        }

        Probleem probleem() {
            return probleem;
        }
    }

    BegrensdeInvoer(InputStream in, long max, Duration tijdslimiet) {
        super(in);
        this.max = max;
        this.tijdslimiet = tijdslimiet;
        this.deadline = System.nanoTime() + tijdslimiet.toNanos();
    }

    private void controleer(long erbij) throws Grens {
        if (System.nanoTime() - deadline > 0) {
            throw new Grens(Probleem.van(503, "tijdslimiet", "De batch duurde te lang",
                    "na " + BeslisService.duur(tijdslimiet) + " is het lezen gestopt; de regels hiervoor zijn beoordeeld; stuur de rest in een nieuwe batch"));
        }
        gelezen += erbij;
        if (gelezen > max) {
            throw new Grens(Probleem.van(413, "te-groot", "De batch is te groot",
                    "na " + max + " bytes is het lezen gestopt; de regels hiervoor zijn beoordeeld; stuur de rest in een nieuwe batch"));
        }
    }

    @Override
    public int read() throws IOException {
        controleer(0);
        int b = super.read();
        if (b >= 0) controleer(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        controleer(0);
        int n = super.read(b, off, len);
        if (n > 0) controleer(n);
        return n;
    }
}
