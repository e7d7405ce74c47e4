package nl.reintegratie.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.reintegratie.engine.Batch;
import nl.reintegratie.engine.CsvRegels;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * The output of {@link Batch} itself for one input line, for the rare lines whose answer has no public line format: a
 * line longer than {@link Batch#MAX_LINE} and a case the rules could not evaluate because of a defect (an exception
 * other than {@code InvalidCaseException}). The line is run through a one-line batch and its number put in place, so
 * that these lines, too, are exactly what the CLI's {@code batch} writes.
 */
final class ViaBatch {
    private static final String JSON_EEN = "{\"regel\":1,";
    private static final String CSV_EEN = "1,";

    private ViaBatch() {}

    /**
     * Batch's output for the line (without its line ending, {@code \n}) as line {@code nummer}: one JSON Lines line,
     * or the CSV rows without the header; without the final {@code \n}.
     */
    static String regel(ReintegratieEngine engine, String gemeente, boolean csv, boolean teksten, long nummer, byte[] regel) {
        StringWriter w = new StringWriter(1024);
        try {
            new Batch(engine, new Batch.Options(1, csv, teksten, gemeente)).process(new ByteArrayInputStream(regel), w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = w.toString();
        if (csv) {
            if (!s.startsWith(CsvRegels.KOP)) throw new IllegalStateException("a CSV batch does not start with its header: " + kort(s));
            s = s.substring(CsvRegels.KOP.length());
            return vernummer(s, CSV_EEN, nummer + ",");
        }
        return vernummer(s, JSON_EEN, "{\"regel\":" + nummer + ",");
    }

    private static String vernummer(String s, String een, String nieuw) {
        if (!s.startsWith(een) || !s.endsWith("\n")) throw new IllegalStateException("a one-line batch gave an unexpected line: " + kort(s));
        return nieuw + s.substring(een.length(), s.length() - 1);
    }

    private static String kort(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
