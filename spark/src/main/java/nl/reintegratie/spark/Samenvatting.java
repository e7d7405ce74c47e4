package nl.reintegratie.spark;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The summary of one run, from the counts of {@link Beoordeling#tellingen}: lines, decisions per gemeente, voorziening
 * and outcome, and errors per kind and field, in the words and layout of the summary {@code batch} prints
 * ({@code nl.reintegratie.engine.Batch.Summary#tekst}), so that the two can be compared.
 *
 * @param alsGemeente the run's gemeente label
 * @param metVariant  the run's variant label
 * @param regels      the lines evaluated (blank lines not counted)
 * @param beoordeeld  the lines evaluated without error
 * @param fouten      the lines that could not be evaluated
 * @param perUitkomst "gemeente · voorziening · UITKOMST" → count
 * @param perFout     "soort: veld" → count
 */
public record Samenvatting(String alsGemeente, String metVariant, long regels, long beoordeeld, long fouten,
                           Map<String, Long> perUitkomst, Map<String, Long> perFout) {

    /** The summaries of all runs, by gemeente label, then variant label. */
    public static List<Samenvatting> van(List<Row> tellingen) {
        Map<List<String>, Samenvatting> perRun = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Row r : tellingen) {
            String g = r.getAs(Beoordeling.ALS_GEMEENTE), v = r.getAs(Beoordeling.MET_VARIANT);
            String soort = r.getAs("soort"), sleutel = r.getAs("sleutel");
            long aantal = r.getAs("aantal");
            Samenvatting s = perRun.computeIfAbsent(List.of(g, v), k -> new Samenvatting(g, v, 0, 0, 0, new TreeMap<>(), new TreeMap<>()));
            switch (soort) {
                case "totaal" -> {
                    switch (sleutel) {
                        case "regels" -> s = s.met(aantal, s.beoordeeld, s.fouten);
                        case "beoordeeld" -> s = s.met(s.regels, aantal, s.fouten);
                        case "fout" -> s = s.met(s.regels, s.beoordeeld, aantal);
                        default -> throw new IllegalArgumentException("unknown total " + sleutel);
                    }
                }
                case "uitkomst" -> s.perUitkomst.put(sleutel, aantal);
                case "fout" -> s.perFout.put(sleutel, aantal);
                default -> throw new IllegalArgumentException("unknown kind of count " + soort);
            }
            perRun.put(List.of(g, v), s);
        }
        return List.copyOf(perRun.values());
    }

    private Samenvatting met(long r, long b, long f) {
        return new Samenvatting(alsGemeente, metVariant, r, b, f, perUitkomst, perFout);
    }

    /** The summary in the text {@code batch} prints at the end of a run. */
    public String tekst() {
        return nl.reintegratie.engine.Batch.Summary.text(regels, beoordeeld, fouten, perUitkomst, perFout);
    }
}
