package nl.reintegratie.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import nl.reintegratie.engine.Batch;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.CsvRegels;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Evaluates one partition of numbered input lines ({@code (line bytes, index from 0)}) under every run, with this
 * JVM's engine ({@link Engines}), one output row per line and run in the schema {@link Beoordeling#SCHEMA}. Does what
 * {@link Batch} does with a line, in the same order of steps: a line longer than {@link Batch#MAX_LINE} is an error, a
 * trailing {@code \r} is dropped, a blank line is skipped (its number is not used), the case is read under its own
 * gemeente or as a situation under the run's gemeente; the output lines are {@link Batch#jsonLine},
 * {@link Batch#errorLine} and {@link CsvRegels}. Nothing a line holds fails the task.
 */
final class Beoordelaar implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, Row> {
    private static final long serialVersionUID = 1L;

    private final List<Run> runs;
    private final boolean teksten, json, csv;

    Beoordelaar(List<Run> runs, boolean teksten, boolean json, boolean csv) {
        this.runs = List.copyOf(runs);
        this.teksten = teksten;
        this.json = json;
        this.csv = csv;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<byte[], Long>> regels) {
        ReintegratieEngine[] engines = new ReintegratieEngine[runs.size()];
        for (int i = 0; i < engines.length; i++) {
            Run r = runs.get(i);
            engines[i] = r.variantJson() == null ? Engines.basis() : Engines.variant(r.variantJson());
        }
        return new Iterator<>() {
            private final List<Row> klaar = new ArrayList<>(runs.size());
            private int volgende;

            @Override public boolean hasNext() {
                while (volgende == klaar.size()) {
                    if (!regels.hasNext()) return false;
                    klaar.clear();
                    volgende = 0;
                    Tuple2<byte[], Long> t = regels.next();
                    beoordeel(t._2() + 1, t._1(), engines, klaar);
                }
                return true;
            }

            @Override public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return klaar.get(volgende++);
            }
        };
    }

    /** The rows of one input line (none for a blank line). */
    void beoordeel(long nummer, byte[] ruw, ReintegratieEngine[] engines, List<Row> uit) {
        boolean teLang = ruw.length > Batch.MAX_LINE;
        byte[] casus = ruw;
        if (!teLang) {
            if (casus.length > 0 && casus[casus.length - 1] == '\r') casus = Arrays.copyOf(casus, casus.length - 1);
            if (new String(casus, StandardCharsets.UTF_8).isBlank()) return;
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            ReintegratieEngine engine = engines[i];
            if (teLang) {
                uit.add(viaBatch(engine, run, nummer, ruw, "onleesbaar: $"));
                continue;
            }
            try {
                Evaluation e = run.gemeente() == null ? engine.evaluateJson(casus)
                        : engine.evaluate(engine.readSituation(new String(casus, StandardCharsets.UTF_8)).voorGemeente(run.gemeente()));
                String[] uitkomsten = new String[e.besluiten().size()];
                int j = 0;
                for (Besluit b : e.besluiten()) uitkomsten[j++] = e.gemeente() + " · " + b.voorziening() + " · " + b.uitkomst();
                String rijen = csv ? CsvRegels.rijen(nummer, e) : null;
                uit.add(rij(nummer, run, json ? zonderEinde(Batch.jsonLine(nummer, e, teksten)) : null,
                        rijen == null || rijen.isEmpty() ? null : zonderEinde(rijen), uitkomsten, null));
            } catch (InvalidCaseException ex) {
                String veld = ex.problems().get(0).field().replaceAll("\\[\\d+]", "[]");
                uit.add(rij(nummer, run, json ? zonderEinde(Batch.errorLine(nummer, ex)) : null, csv ? zonderEinde(CsvRegels.fout(nummer, ex)) : null,
                        new String[0], ex.kind().label() + ": " + veld));
            } catch (RuntimeException ex) {
                // a defect in a rule package: this line says so (as batch would), the others go on
                uit.add(viaBatch(engine, run, nummer, ruw, "interne fout: " + ex));
            }
        }
    }

    private Row viaBatch(ReintegratieEngine engine, Run run, long nummer, byte[] ruw, String fout) {
        return rij(nummer, run, json ? ViaBatch.regel(engine, run.gemeente(), false, teksten, nummer, ruw) : null,
                csv ? ViaBatch.regel(engine, run.gemeente(), true, teksten, nummer, ruw) : null, new String[0], fout);
    }

    private static Row rij(long nummer, Run run, String json, String csv, String[] uitkomsten, String fout) {
        return RowFactory.create(nummer, run.alsGemeente(), run.metVariant(), json, csv, uitkomsten, fout);
    }

    private static String zonderEinde(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
