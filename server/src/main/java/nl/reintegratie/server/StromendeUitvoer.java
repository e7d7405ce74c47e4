package nl.reintegratie.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The output of a batch: buffered, and flushed to the client at least every {@code interval}, so that an answer
 * reaches the client while it is still sending (a batch writes its lines as they are decided, but would otherwise hold
 * them until a buffer fills). Writes and flushes are serialised: the timer flushes from its own thread.
 */
final class StromendeUitvoer extends Writer implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "batch-doorspoelen");
        t.setDaemon(true);
        return t;
    });

    private final Writer uit;
    private final ScheduledFuture<?> taak;
    private boolean vuil;
    private IOException fout;

    StromendeUitvoer(OutputStream stroom, Duration interval) {
        this.uit = new BufferedWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8), 32 * 1024);
        this.taak = TIMER.scheduleWithFixedDelay(this::spoelDoor, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void spoelDoor() {
        if (!vuil || fout != null) return;
        try {
            uit.flush();
            vuil = false;
        } catch (IOException e) {
            // the client is gone; the next write reports it
            fout = e;
        }
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) throws IOException {
        if (fout != null) throw fout;
        uit.write(cbuf, off, len);
        vuil = true;
    }

    @Override
    public synchronized void write(String s, int off, int len) throws IOException {
        if (fout != null) throw fout;
        uit.write(s, off, len);
        vuil = true;
    }

    @Override
    public synchronized void flush() throws IOException {
        if (fout != null) throw fout;
        uit.flush();
        vuil = false;
    }

    /** Stops the timer and flushes; the response stream itself is closed by the server. */
    @Override
    public void close() throws IOException {
        taak.cancel(false);
        flush();
    }
}
