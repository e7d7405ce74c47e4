package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Evaluates a stream of cases, one JSON document per line (JSON Lines), on several threads, and writes one output
 * line per input line in input order: the decision, or — for a line that cannot be evaluated — its problem details.
 * No line is ever dropped. Memory is bounded whatever the input size: at most {@code threads × 4} lines are in flight,
 * and a line longer than {@link #MAX_LINE} bytes is answered with an error without being held in memory.
 *
 * <p>Output as JSON Lines ({@code {"regel": n, "evaluatie": {…}}} or {@code {"regel": n, "probleem": {…}}}) or as a
 * flat CSV table with one row per decision ({@link CsvRegels}). The CLI's {@code batch}, the HTTP service's
 * {@code /batches} and the Spark job write their lines with this class, so they agree line for line.
 */
public final class Batch {
    /** The longest input line accepted, in bytes. */
    public static final int MAX_LINE = 1 << 20;

    /** How to run a batch. */
    public record Options(int threads, boolean csv, boolean texts, String gemeente) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        }

        /** All cores, JSON Lines, without the table of quoted texts, each case under its own gemeente. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), false, false, null);
        }
    }

    /** What a batch did: lines read, decisions per gemeente, voorziening and outcome, and errors per kind. */
    public static final class Summary {
        long regels, evaluaties, fouten;
        final Map<String, Long> perUitkomst = new TreeMap<>();
        final Map<String, Long> perFout = new TreeMap<>();

        public long lines() { return regels; }
        public long evaluated() { return evaluaties; }
        public long errors() { return fouten; }

        /** "gemeente · voorziening · UITKOMST" → count. */
        public Map<String, Long> perOutcome() { return java.util.Collections.unmodifiableMap(perUitkomst); }

        /** "kind: field" → count. */
        public Map<String, Long> perError() { return java.util.Collections.unmodifiableMap(perFout); }

        void tel(Regel r) {
            regels++;
            if (r.evaluation != null) {
                evaluaties++;
                for (Besluit b : r.evaluation.besluiten()) perUitkomst.merge(r.evaluation.gemeente() + " · " + b.voorziening() + " · " + b.uitkomst(), 1L, Long::sum);
            } else if (r.defect != null) {
                fouten++;
                perFout.merge("interne fout: " + r.defect, 1L, Long::sum);
            } else {
                fouten++;
                String veld = r.fout.problems().get(0).field().replaceAll("\\[\\d+]", "[]");
                perFout.merge(r.fout.kind().label() + ": " + veld, 1L, Long::sum);
            }
        }

        /** A readable summary, in Dutch. */
        public String text() {
            return text(regels, evaluaties, fouten, perUitkomst, perFout);
        }

        /**
         * The summary of a run in the words and layout {@code batch} prints, from its counts: for another runner of the
         * same cases (the Spark job) to say it in the same way.
         */
        public static String text(long regels, long evaluaties, long fouten, Map<String, Long> perUitkomst, Map<String, Long> perFout) {
            StringBuilder s = new StringBuilder();
            s.append(regels).append(" regels: ").append(evaluaties).append(" beoordeeld, ").append(fouten).append(" met een fout\n");
            if (!perUitkomst.isEmpty()) {
                s.append("Uitkomsten (gemeente · voorziening · uitkomst):\n");
                perUitkomst.forEach((k, v) -> s.append(String.format("  %8d  %s%n", v, k)));
            }
            if (!perFout.isEmpty()) {
                s.append("Fouten (soort: veld):\n");
                perFout.forEach((k, v) -> s.append(String.format("  %8d  %s%n", v, k)));
            }
            return s.toString();
        }
    }

    /** Progress, for a person at a terminal. */
    public record Progress(long lines, double perSecond) {}

    private final ReintegratieEngine engine;
    private final Options opties;

    public Batch(ReintegratieEngine engine, Options opties) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.opties = Objects.requireNonNull(opties, "opties");
    }

    /** One input line and what became of it. */
    static final class Regel {
        final long nummer;
        Evaluation evaluation;
        InvalidCaseException fout;
        String defect;
        String uit;

        Regel(long nummer) { this.nummer = nummer; }
    }

    /**
     * Reads JSON Lines from {@code in} until its end and writes the output lines to {@code out}, in order. Blank lines
     * are skipped (and counted as nothing). {@code voortgang}, when not {@code null}, is called about once a second.
     */
    public Summary process(InputStream in, Writer out, Consumer<Progress> voortgang) throws IOException {
        Summary samenvatting = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(opties.threads(), r -> {
            Thread t = new Thread(r, "batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<CompletableFuture<Regel>> wachtrij = new ArrayBlockingQueue<>(opties.threads() * 4);
        AtomicBoolean klaar = new AtomicBoolean(false);
        Object[] leesfout = new Object[1];
        Thread lezer = new Thread(() -> {
            try {
                RegelLezer r = new RegelLezer(in);
                long nummer = 0;
                byte[] regel;
                while ((regel = r.volgende()) != null) {
                    nummer++;
                    if (r.leeg()) continue;
                    long n = nummer;
                    if (r.teLang()) {
                        wachtrij.put(CompletableFuture.completedFuture(fout(n, InvalidCaseException.onleesbaar("de regel is langer dan " + MAX_LINE + " bytes"))));
                        continue;
                    }
                    byte[] casus = regel;
                    wachtrij.put(CompletableFuture.supplyAsync(() -> evalueer(n, casus), pool));
                }
            } catch (IOException e) {
                leesfout[0] = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                klaar.set(true);
            }
        }, "batch-lezer");
        lezer.setDaemon(true);
        lezer.start();
        long start = System.nanoTime(), laatst = start;
        boolean csvKop = false;
        try {
            while (true) {
                CompletableFuture<Regel> f = wachtrij.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (klaar.get() && wachtrij.isEmpty()) break;
                    continue;
                }
                Regel r = f.join();
                if (opties.csv() && !csvKop) {
                    out.write(CsvRegels.KOP);
                    csvKop = true;
                }
                out.write(r.uit);
                samenvatting.tel(r);
                long nu = System.nanoTime();
                if (voortgang != null && nu - laatst > 1_000_000_000L) {
                    laatst = nu;
                    voortgang.accept(new Progress(samenvatting.regels, samenvatting.regels / ((nu - start) / 1e9)));
                }
            }
            if (opties.csv() && !csvKop) out.write(CsvRegels.KOP);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } finally {
            // when writing failed (the reader of the output went away), the reading thread may wait on a full queue:
            // stop it, so an aborted batch leaves no thread behind
            lezer.interrupt();
            pool.shutdownNow();
        }
        if (leesfout[0] instanceof IOException e) throw e;
        return samenvatting;
    }

    private Regel evalueer(long nummer, byte[] casus) {
        Regel r = new Regel(nummer);
        try {
            Evaluation e = opties.gemeente() == null ? engine.evaluateJson(casus)
                    : engine.evaluate(engine.readSituation(new String(casus, java.nio.charset.StandardCharsets.UTF_8)).voorGemeente(opties.gemeente()));
            r.evaluation = e;
            r.uit = opties.csv() ? CsvRegels.rijen(nummer, e) : jsonLine(nummer, e, opties.texts());
        } catch (InvalidCaseException ex) {
            return fout(nummer, ex);
        } catch (RuntimeException ex) {
            // a defect in a rule package must not stop a batch of a million cases: this line says so, the others go on
            Regel d = new Regel(nummer);
            d.defect = ex.toString();
            d.uit = opties.csv() ? nummer + ",,,,,,,,,,,,," + CsvRegels.cel("interne fout: " + ex) + "\n" : defectLine(nummer, ex);
            return d;
        }
        return r;
    }

    /** One JSON Lines output line for a case the rules could not evaluate because of a defect (HTTP 500 in problem terms). */
    static String defectLine(long nummer, RuntimeException ex) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("regel", nummer);
            g.writeObjectFieldStart("probleem");
            g.writeStringField("type", "urn:nl-reintegratie:probleem:interne-fout");
            g.writeStringField("title", "De casus kon door een fout in de regels niet worden beoordeeld");
            g.writeNumberField("status", 500);
            g.writeStringField("detail", String.valueOf(ex.getMessage()));
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.append('\n').toString();
    }

    private Regel fout(long nummer, InvalidCaseException ex) {
        Regel r = new Regel(nummer);
        r.fout = ex;
        r.uit = opties.csv() ? CsvRegels.fout(nummer, ex) : errorLine(nummer, ex);
        return r;
    }

    /** One JSON Lines output line for a decision. */
    public static String jsonLine(long nummer, Evaluation e, boolean teksten) {
        StringWriter w = new StringWriter(2048);
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("regel", nummer);
            g.writeFieldName("evaluatie");
            EvaluationJson.schrijf(e, g, teksten);
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.append('\n').toString();
    }

    /** One JSON Lines output line for an input line that cannot be evaluated. */
    public static String errorLine(long nummer, InvalidCaseException ex) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("regel", nummer);
            g.writeFieldName("probleem");
            ex.writeProblem(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.append('\n').toString();
    }

    /** Splits a byte stream into lines without holding a line longer than {@link #MAX_LINE} in memory. */
    static final class RegelLezer {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int positie, einde;
        private boolean teLang, leeg;

        RegelLezer(InputStream in) { this.in = in; }

        boolean teLang() { return teLang; }

        boolean leeg() { return leeg; }

        /** The next line without its line ending, or {@code null} at the end of the input. */
        byte[] volgende() throws IOException {
            java.io.ByteArrayOutputStream regel = new java.io.ByteArrayOutputStream(1024);
            teLang = false;
            boolean iets = false;
            while (true) {
                if (positie == einde) {
                    einde = in.read(buffer);
                    positie = 0;
                    if (einde <= 0) {
                        einde = 0;
                        if (!iets) return null;
                        break;
                    }
                }
                iets = true;
                int nl = -1;
                for (int i = positie; i < einde; i++) if (buffer[i] == '\n') { nl = i; break; }
                int tot = nl < 0 ? einde : nl;
                if (!teLang) {
                    if (regel.size() + (tot - positie) > MAX_LINE) {
                        teLang = true;
                        regel.reset();
                    } else {
                        regel.write(buffer, positie, tot - positie);
                    }
                }
                positie = nl < 0 ? einde : nl + 1;
                if (nl >= 0) break;
            }
            byte[] b = regel.toByteArray();
            int n = b.length;
            if (n > 0 && b[n - 1] == '\r') b = java.util.Arrays.copyOf(b, n - 1);
            leeg = !teLang && new String(b, java.nio.charset.StandardCharsets.UTF_8).isBlank();
            return b;
        }
    }

}
