package nl.reintegratie.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on concurrent evaluations and the time limit per request. An evaluation holds one of a fixed number of
 * slots for as long as it really runs; a request that finds no free slot within the waiting time is answered with 503
 * and {@code Retry-After}, and one whose evaluation outlasts the time limit with 503 (the evaluation is interrupted,
 * and its slot is free again only when it has really stopped, so the bound is never exceeded). Evaluations run on
 * this class's own threads, never on the HTTP threads, so that a slow case cannot hold the server's connections.
 */
final class Begrenzer implements AutoCloseable {
    /** Package-visible so that a test can occupy every slot and see the 503. */
    final Semaphore vergunningen;
    private final int aantal;
    private final ThreadPoolExecutor pool;
    private final Duration wachttijd;
    private final Duration tijdslimiet;

    Begrenzer(int aantal, Duration wachttijd, Duration tijdslimiet) {
        this.aantal = aantal;
        this.vergunningen = new Semaphore(aantal, true);
        this.wachttijd = wachttijd;
        this.tijdslimiet = tijdslimiet;
        AtomicInteger nummer = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(aantal, aantal, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "beoordeling-" + nummer.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Slots in use now. */
    int bezet() {
        return aantal - vergunningen.availablePermits();
    }

    int capaciteit() {
        return aantal;
    }

    /**
     * Runs the task in a slot and returns its result; the task's own unchecked exceptions (bad input, a defect) are
     * thrown as they are.
     *
     * @throws Probleem 503 when no slot comes free in time or the task outlasts the time limit
     */
    <T> T voerUit(Callable<T> taak) {
        boolean vergunning;
        try {
            vergunning = vergunningen.tryAcquire(wachttijd.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw overbelast();
        }
        if (!vergunning) throw overbelast();
        AtomicBoolean vrijgegeven = new AtomicBoolean();
        AtomicBoolean gestart = new AtomicBoolean();
        Runnable geefVrij = () -> {
            if (vrijgegeven.compareAndSet(false, true)) vergunningen.release();
        };
        Future<T> f;
        try {
            f = pool.submit(() -> {
                gestart.set(true);
                try {
                    return taak.call();
                } finally {
                    geefVrij.run();
                }
            });
        } catch (RejectedExecutionException e) {
            geefVrij.run();
            throw Probleem.van(503, "gestopt", "De dienst stopt", "de dienst neemt geen nieuwe beoordelingen meer aan").header("Retry-After", "5");
        }
        try {
            return f.get(tijdslimiet.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // a task that never started never will once cancelled, so its slot is given back here; one that runs gives it back itself
            if (f.cancel(true) && !gestart.get()) geefVrij.run();
            throw Probleem.van(503, "tijdslimiet", "De beoordeling duurde te lang",
                    "de beoordeling is na " + tijdslimiet.toMillis() + " ms afgebroken; de dienst is mogelijk zwaar belast").header("Retry-After", "1");
        } catch (ExecutionException e) {
            Throwable oorzaak = e.getCause();
            if (oorzaak instanceof RuntimeException r) throw r;
            if (oorzaak instanceof Error err) throw err;
            throw new IllegalStateException(oorzaak);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw overbelast();
        }
    }

    private Probleem overbelast() {
        return Probleem.van(503, "overbelast", "De dienst is op dit moment volledig bezet",
                "alle " + aantal + " plaatsen voor een beoordeling zijn bezet; probeer het zo opnieuw").header("Retry-After", "1");
    }

    /** Lets running evaluations finish (at most {@code wacht}), then stops the threads. */
    void stop(Duration wacht) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(wacht.toMillis(), TimeUnit.MILLISECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop(Duration.ZERO);
    }
}
