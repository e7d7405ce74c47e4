package nl.reintegratie.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;

/**
 * What changes between the decisions of a caseload under the base and under one alternative (a policy variant, or
 * another gemeente's regelingen): outcomes that change (from what to what, per voorziening), grounds that appear or
 * disappear (by article), and totals and distributions of amounts and terms. Aggregated as the cases stream by; only
 * the decisions that change are kept, as CSV rows.
 */
final class ImpactAnalyse {
    final String naam;
    final String omschrijving;
    long casussen, besluiten, gewijzigd, fouten;
    /** voorziening → "VAN → NAAR" → count. */
    final Map<String, Map<String, Long>> overgangen = new TreeMap<>();
    /** citation → {disappeared, appeared}. */
    final Map<String, long[]> gronden = new TreeMap<>();
    final Map<String, Bedrag> bedragen = new TreeMap<>();
    /** term code → "P3M → P6M" → count. */
    final Map<String, Map<String, Long>> termijnen = new TreeMap<>();
    static final String CSV_KOP = "regel,onderwerp,voorziening,uitkomstBasis,uitkomst,verdwenenGronden,verschenenGronden,bedragenBasis,bedragen\n";
    private final java.io.Writer csv;

    /** An amount: how many decisions carry it, the totals, and a histogram of the differences. */
    static final class Bedrag {
        long aantalBasis, aantal, onbekendBasis, onbekend;
        BigDecimal somBasis = BigDecimal.ZERO, som = BigDecimal.ZERO;
        final Map<BigDecimal, Long> verschillen = new TreeMap<>();
        String eenheid;
    }

    ImpactAnalyse(String naam, String omschrijving, java.io.Writer csv) throws java.io.IOException {
        this.naam = naam;
        this.omschrijving = omschrijving;
        this.csv = csv;
        csv.write(CSV_KOP);
    }

    /** One case under the base and under the alternative ({@code null}: that run could not evaluate it). */
    void tel(long regel, Evaluation basis, Evaluation alternatief) throws java.io.IOException {
        casussen++;
        if (basis == null || alternatief == null) {
            fouten++;
            return;
        }
        Map<String, Besluit> andere = new HashMap<>();
        alternatief.besluiten().forEach(b -> andere.put(b.onderwerp(), b));
        for (Besluit b : basis.besluiten()) {
            besluiten++;
            Besluit a = andere.get(b.onderwerp());
            if (a == null) continue;
            String overgang = b.uitkomst() + " → " + a.uitkomst();
            overgangen.computeIfAbsent(b.voorziening(), k -> new TreeMap<>()).merge(overgang, 1L, Long::sum);
            Set<String> gb = gronden(b), ga = gronden(a);
            Set<String> weg = new TreeSet<>(gb), erbij = new TreeSet<>(ga);
            weg.removeAll(ga);
            erbij.removeAll(gb);
            weg.forEach(g -> gronden.computeIfAbsent(g, k -> new long[2])[0]++);
            erbij.forEach(g -> gronden.computeIfAbsent(g, k -> new long[2])[1]++);
            Map<String, BigDecimal> bb = bedragen(b), ba = bedragen(a);
            boolean bedragAnders = false;
            Set<String> codes = new TreeSet<>(bb.keySet());
            codes.addAll(ba.keySet());
            for (String code : codes) {
                Bedrag s = bedragen.computeIfAbsent(b.voorziening() + " · " + code, k -> new Bedrag());
                s.eenheid = eenheid(b, a, code);
                BigDecimal x = bb.get(code), y = ba.get(code);
                if (bb.containsKey(code)) { if (x == null) s.onbekendBasis++; else { s.aantalBasis++; s.somBasis = s.somBasis.add(x); } }
                if (ba.containsKey(code)) { if (y == null) s.onbekend++; else { s.aantal++; s.som = s.som.add(y); } }
                if (x != null && y != null) {
                    BigDecimal d = y.subtract(x).setScale(2, RoundingMode.HALF_UP);
                    if (s.verschillen.size() < 1000 || s.verschillen.containsKey(d)) s.verschillen.merge(d, 1L, Long::sum);
                    if (d.signum() != 0) bedragAnders = true;
                } else if ((x == null) != (y == null)) {
                    bedragAnders = true;
                }
            }
            Map<String, String> tb = termijnen(b), ta = termijnen(a);
            Set<String> tcodes = new TreeSet<>(tb.keySet());
            tcodes.addAll(ta.keySet());
            for (String code : tcodes) {
                termijnen.computeIfAbsent(b.voorziening() + " · " + code, k -> new TreeMap<>())
                        .merge(tb.getOrDefault(code, "—") + " → " + ta.getOrDefault(code, "—"), 1L, Long::sum);
            }
            if (b.uitkomst() != a.uitkomst() || !weg.isEmpty() || !erbij.isEmpty() || bedragAnders || !tb.equals(ta)) {
                gewijzigd++;
                csv.write(regel + "," + cel(b.onderwerp()) + "," + cel(b.voorziening()) + "," + b.uitkomst() + "," + a.uitkomst() + ","
                        + cel(String.join("; ", weg)) + "," + cel(String.join("; ", erbij)) + "," + cel(tekst(bb)) + "," + cel(tekst(ba)) + "\n");
            }
        }
    }

    static Set<String> gronden(Besluit b) {
        return b.gronden().stream().map(g -> g.citaat().regeling() + " " + g.citaat().kort() + (g.verplicht() ? " (verplicht)" : " (kan)"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, BigDecimal> bedragen(Besluit b) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Besluit.Berekening r : b.berekeningen()) m.put(r.code(), r.waarde());
        return m;
    }

    static String eenheid(Besluit b, Besluit a, String code) {
        for (Besluit x : List.of(b, a)) for (Besluit.Berekening r : x.berekeningen()) if (r.code().equals(code)) return r.eenheid();
        return "";
    }

    static Map<String, String> termijnen(Besluit b) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Besluit.Termijn t : b.termijnen()) m.put(t.code(), t.duur() != null ? t.duur().inWoorden() : "tot en met " + t.totEnMet());
        return m;
    }

    static String tekst(Map<String, BigDecimal> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() == null ? "onbekend" : e.getValue().toPlainString())).collect(Collectors.joining("; "));
    }

    static String cel(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** The changed outcomes, most frequent first, without the unchanged ones. */
    List<Object[]> wijzigingen() {
        List<Object[]> l = new ArrayList<>();
        overgangen.forEach((v, m) -> m.forEach((o, n) -> {
            String[] d = o.split(" → ");
            if (!d[0].equals(d[1])) l.add(new Object[] {v, d[0], d[1], n});
        }));
        l.sort((x, y) -> Long.compare((Long) y[3], (Long) x[3]));
        return l;
    }
}
