package nl.reintegratie.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The impact report: one self-contained HTML page (styles inline, charts as SVG, no scripts or external resources, so
 * it opens offline and prints), rendered from the Mustache template {@code impact.html.mustache}.
 */
final class ImpactRapport {
    private static final Mustache SJABLOON = new DefaultMustacheFactory("nl/reintegratie/cli").compile("impact.html.mustache");

    private ImpactRapport() {}

    static String html(String caseload, List<ImpactAnalyse> analyses, double seconden) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseload", caseload);
        m.put("gemaakt", LocalDateTime.now().format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")));
        m.put("seconden", String.format(Main.NL, "%.1f", seconden));
        List<Map<String, Object>> vergelijkingen = new ArrayList<>();
        for (ImpactAnalyse a : analyses) vergelijkingen.add(vergelijking(a));
        m.put("vergelijkingen", vergelijkingen);
        StringWriter w = new StringWriter();
        SJABLOON.execute(w, m);
        return w.toString();
    }

    private static Map<String, Object> vergelijking(ImpactAnalyse a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", a.naam);
        m.put("omschrijving", a.omschrijving);
        m.put("casussen", String.format(Main.NL, "%,d", a.casussen));
        m.put("besluiten", String.format(Main.NL, "%,d", a.besluiten));
        m.put("gewijzigd", String.format(Main.NL, "%,d", a.gewijzigd));
        m.put("fouten", String.format(Main.NL, "%,d", a.fouten));
        m.put("aandeel", a.besluiten == 0 ? "0" : String.format(Main.NL, "%.1f", 100.0 * a.gewijzigd / a.besluiten));
        List<Object[]> w = a.wijzigingen();
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (Object[] x : w) rijen.add(Map.of("voorziening", x[0], "van", x[1], "naar", x[2], "aantal", String.format(Main.NL, "%,d", (Long) x[3])));
        m.put("wijzigingen", rijen);
        m.put("geenWijzigingen", rijen.isEmpty());
        List<String[]> balken = new ArrayList<>();
        for (Object[] x : w.subList(0, Math.min(12, w.size()))) balken.add(new String[] {x[0] + ": " + x[1] + " → " + x[2], String.valueOf(x[3])});
        m.put("grafiekWijzigingen", Svg.balken(balken, "besluiten"));
        List<Map<String, Object>> gronden = new ArrayList<>();
        a.gronden.forEach((g, n) -> gronden.add(Map.of("grond", g, "verdwenen", String.format(Main.NL, "%,d", n[0]), "verschenen", String.format(Main.NL, "%,d", n[1]))));
        m.put("gronden", gronden);
        m.put("geenGronden", gronden.isEmpty());
        List<Map<String, Object>> bedragen = new ArrayList<>(), gelijkeBedragen = new ArrayList<>();
        a.bedragen.forEach((code, b) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", code);
            r.put("eenheid", b.eenheid);
            r.put("aantalBasis", String.format(Main.NL, "%,d", b.aantalBasis));
            r.put("aantal", String.format(Main.NL, "%,d", b.aantal));
            r.put("somBasis", bedrag(b.somBasis));
            r.put("som", bedrag(b.som));
            r.put("verschil", bedrag(b.som.subtract(b.somBasis)));
            r.put("onbekend", b.onbekendBasis + b.onbekend > 0 ? String.format("%,d / %,d", b.onbekendBasis, b.onbekend) : "");
            List<String[]> h = new ArrayList<>();
            b.verschillen.forEach((d, n) -> h.add(new String[] {(d.signum() > 0 ? "+" : "") + bedrag(d), String.valueOf(n)}));
            r.put("verdeling", h.size() > 1 || (h.size() == 1 && !h.get(0)[0].equals("0")) ? Svg.balken(h.subList(0, Math.min(20, h.size())), "besluiten") : "");
            boolean gelijk = b.som.compareTo(b.somBasis) == 0 && b.aantal == b.aantalBasis && b.onbekend == b.onbekendBasis
                    && b.verschillen.keySet().stream().allMatch(d -> d.signum() == 0);
            (gelijk ? gelijkeBedragen : bedragen).add(r);
        });
        // the amounts that change first; the others, for completeness, folded away
        m.put("bedragen", bedragen);
        m.put("gelijkeBedragen", gelijkeBedragen);
        m.put("aantalGelijkeBedragen", gelijkeBedragen.size());
        m.put("geenBedragen", bedragen.isEmpty() && gelijkeBedragen.isEmpty());
        m.put("geenVeranderdeBedragen", bedragen.isEmpty() && !gelijkeBedragen.isEmpty());
        m.put("heeftGelijkeBedragen", !gelijkeBedragen.isEmpty());
        m.put("heeftVeranderdeBedragen", !bedragen.isEmpty());
        List<Map<String, Object>> termijnen = new ArrayList<>(), gelijkeTermijnen = new ArrayList<>();
        a.termijnen.forEach((code, t) -> t.forEach((o, n) -> {
            String[] kant = o.split(" → ", 2);
            (kant.length == 2 && kant[0].equals(kant[1]) ? gelijkeTermijnen : termijnen)
                    .add(Map.of("code", code, "overgang", o, "termijn", kant[0], "aantal", String.format(Main.NL, "%,d", n)));
        }));
        m.put("termijnen", termijnen);
        m.put("gelijkeTermijnen", gelijkeTermijnen);
        m.put("aantalGelijkeTermijnen", gelijkeTermijnen.size());
        m.put("geenTermijnen", termijnen.isEmpty() && gelijkeTermijnen.isEmpty());
        m.put("geenVeranderdeTermijnen", termijnen.isEmpty() && !gelijkeTermijnen.isEmpty());
        m.put("heeftVeranderdeTermijnen", !termijnen.isEmpty());
        m.put("heeftGelijkeTermijnen", !gelijkeTermijnen.isEmpty());
        return m;
    }

    static String bedrag(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
