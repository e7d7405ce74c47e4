package nl.reintegratie.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Citaat;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Uitkomst;

/**
 * Runs scenarios and compares the outcome with {@code verwacht}. Per aanvraag or verleende voorziening (by id) a
 * scenario may expect: {@code uitkomst}; exactly the {@code weigeringsgronden}, {@code beeindigingsgronden},
 * {@code afgeschermd}, {@code nietToegepast}, {@code openOordelen} and {@code ontbrekendeGegevens}, each code as often as it occurs (codes, or objects that also fix
 * {@code artikel}/{@code lid}/{@code onderdeel}/{@code regeling}/{@code verplicht} and, for a ground through a general
 * ground, {@code via}: {@code {artikel, lid, onderdeel}}); {@code grondslagen} and {@code opmerkingen} that must be
 * present; {@code voorwaarden} as code → status; {@code berekeningen} as code → value ({@code null}: not known);
 * {@code termijnen} as code → duration ({@code "P3M"}) or {@code {duur, vanaf, totEnMet}}; {@code overgangsrecht} as
 * code → {@code {beschermdTotEnMet, beschermtOpPeildatum, hangtAfVan}}; {@code afwezig}: codes no item may have. At the top:
 * {@code versie}, {@code nietGebruikt} (field paths that must be listed as not used), {@code gebruikt} (field paths that
 * must not be: the other side of the boundary), or, for bad input,
 * {@code fout}: {@code {veld, reden}}. Every key is checked: a misspelt one is an error, never a silent pass.
 */
public final class Scenarios {
    static final Set<String> TOP = Set.of("versie", "fout", "nietGebruikt", "gebruikt");
    static final Set<String> PER_ONDERWERP = Set.of("uitkomst", "weigeringsgronden", "beeindigingsgronden", "afgeschermd", "nietToegepast", "openOordelen",
            "ontbrekendeGegevens", "grondslagen", "opmerkingen", "voorwaarden", "berekeningen", "termijnen", "overgangsrecht", "afwezig");
    static final Set<String> CITAAT_VELDEN = Set.of("code", "artikel", "lid", "onderdeel", "regeling", "verplicht", "via");
    static final Set<String> VIA_VELDEN = Set.of("artikel", "lid", "onderdeel", "regeling");

    private Scenarios() {}

    public static ScenarioResult run(ReintegratieEngine engine, Scenario s) {
        List<String> af = new ArrayList<>();
        JsonNode v = s.verwacht();
        if (v == null || !v.isObject() || v.isEmpty()) {
            af.add("het scenario heeft geen 'verwacht': er valt niets te controleren");
            return new ScenarioResult(s, false, af, null);
        }
        controleerFormaat(v, af);
        if (!af.isEmpty()) return new ScenarioResult(s, false, af, null);
        JsonNode foutVerwacht = v.get("fout");
        Evaluation e;
        try {
            e = engine.evaluateJson(s.casusJson());
        } catch (InvalidCaseException ex) {
            if (foutVerwacht == null) {
                af.add("ongeldige casus: " + ex.getMessage());
            } else {
                String veld = foutVerwacht.path("veld").asText(null);
                String reden = foutVerwacht.path("reden").asText(null);
                boolean gevonden = ex.problems().stream().anyMatch(f -> (veld == null || f.field().equals(veld)) && (reden == null || f.reason().contains(reden)));
                if (!gevonden) af.add("verwacht een fout op " + veld + (reden == null ? "" : " met '" + reden + "'") + ", kreeg: " + ex.getMessage());
            }
            return new ScenarioResult(s, af.isEmpty(), af, null);
        }
        if (foutVerwacht != null) {
            af.add("verwacht een fout op " + foutVerwacht.path("veld").asText() + ", maar de casus is beoordeeld");
            return new ScenarioResult(s, false, af, e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            var entry = it.next();
            switch (entry.getKey()) {
                case "versie" -> {
                    if (!e.versie().id().equals(entry.getValue().asText())) af.add("versie: verwacht " + entry.getValue().asText() + ", kreeg " + e.versie().id());
                }
                case "nietGebruikt" -> {
                    Set<String> echt = e.nietGebruikt().stream().map(Evaluation.NietGebruikt::field).collect(Collectors.toSet());
                    for (JsonNode n : entry.getValue()) if (!echt.contains(n.asText())) af.add("nietGebruikt: " + n.asText() + " ontbreekt (wel: " + new TreeSet<>(echt) + ")");
                }
                case "gebruikt" -> {
                    for (Evaluation.NietGebruikt n : e.nietGebruikt()) {
                        for (JsonNode x : entry.getValue()) if (n.field().equals(x.asText())) af.add("gebruikt: " + n.field() + " staat als niet gebruikt vermeld (" + n.reason() + ")");
                    }
                }
                default -> {
                    Besluit b = e.besluiten().stream().filter(x -> x.onderwerp().equals(entry.getKey())).findFirst().orElse(null);
                    if (b == null) af.add(entry.getKey() + ": de casus heeft geen aanvraag of verleende voorziening met dit id");
                    else vergelijk(entry.getKey(), entry.getValue(), b, af);
                }
            }
        }
        return new ScenarioResult(s, af.isEmpty(), af, e);
    }

    /** The expectations themselves: every key known, every value of the right shape. */
    static void controleerFormaat(JsonNode v, List<String> af) {
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            var e = it.next();
            String k = e.getKey();
            JsonNode w = e.getValue();
            if (k.equals("versie")) { if (!w.isTextual()) af.add("verwacht.versie: moet tekst zijn"); continue; }
            if (k.equals("fout")) {
                if (!w.isObject()) { af.add("verwacht.fout: moet een object {veld, reden} zijn"); continue; }
                w.fieldNames().forEachRemaining(f -> { if (!f.equals("veld") && !f.equals("reden")) af.add("verwacht.fout." + f + ": onbekend veld (veld, reden)"); });
                continue;
            }
            if (k.equals("nietGebruikt") || k.equals("gebruikt")) { if (!w.isArray()) af.add("verwacht." + k + ": moet een lijst van veldpaden zijn"); continue; }
            if (!w.isObject()) { af.add("verwacht." + k + ": moet een object zijn met wat er voor deze aanvraag of voorziening wordt verwacht"); continue; }
            for (Iterator<Map.Entry<String, JsonNode>> it2 = w.fields(); it2.hasNext(); ) {
                var f = it2.next();
                String pad = "verwacht." + k + "." + f.getKey();
                JsonNode x = f.getValue();
                if (!PER_ONDERWERP.contains(f.getKey())) {
                    af.add(pad + ": onbekend veld; bekend: " + String.join(", ", new TreeSet<>(PER_ONDERWERP)));
                    continue;
                }
                switch (f.getKey()) {
                    case "uitkomst" -> {
                        try { Uitkomst.valueOf(x.asText()); } catch (IllegalArgumentException ex) { af.add(pad + ": '" + x.asText() + "' is geen uitkomst"); }
                    }
                    case "weigeringsgronden", "beeindigingsgronden", "afgeschermd", "nietToegepast", "openOordelen", "ontbrekendeGegevens", "grondslagen", "opmerkingen" -> {
                        if (!x.isArray()) { af.add(pad + ": moet een lijst zijn"); continue; }
                        for (JsonNode n : x) {
                            if (n.isTextual()) continue;
                            if (!n.isObject() || !n.hasNonNull("code")) { af.add(pad + ": elk element is een code of een object met code"); continue; }
                            n.fieldNames().forEachRemaining(c -> { if (!CITAAT_VELDEN.contains(c)) af.add(pad + "." + c + ": onbekend veld; bekend: " + CITAAT_VELDEN); });
                            if (n.has("via")) n.get("via").fieldNames().forEachRemaining(c -> { if (!VIA_VELDEN.contains(c)) af.add(pad + ".via." + c + ": onbekend veld"); });
                        }
                    }
                    case "voorwaarden" -> x.fields().forEachRemaining(c -> {
                        if (!Set.of("VERVULD", "NIET_VERVULD", "ONBEKEND").contains(c.getValue().asText())) af.add(pad + "." + c.getKey() + ": VERVULD, NIET_VERVULD of ONBEKEND");
                    });
                    case "berekeningen" -> x.fields().forEachRemaining(c -> {
                        if (!c.getValue().isNumber() && !c.getValue().isNull()) af.add(pad + "." + c.getKey() + ": een getal, of null voor 'niet bekend'");
                    });
                    case "termijnen" -> x.fields().forEachRemaining(c -> {
                        if (c.getValue().isObject()) c.getValue().fieldNames().forEachRemaining(t -> {
                            if (!Set.of("duur", "vanaf", "totEnMet", "soort").contains(t)) af.add(pad + "." + c.getKey() + "." + t + ": onbekend veld (duur, vanaf, totEnMet, soort)");
                        });
                        else if (!c.getValue().isTextual()) af.add(pad + "." + c.getKey() + ": een duur (\"P3M\") of {duur, vanaf, totEnMet}");
                    });
                    case "overgangsrecht" -> x.fields().forEachRemaining(c -> c.getValue().fieldNames().forEachRemaining(t -> {
                        if (!Set.of("beschermdTotEnMet", "beschermtOpPeildatum", "hangtAfVan").contains(t)) af.add(pad + "." + c.getKey() + "." + t + ": onbekend veld");
                    }));
                    case "afwezig" -> { if (!x.isArray()) af.add(pad + ": moet een lijst van codes zijn"); }
                    default -> { }
                }
            }
        }
    }

    private static void vergelijk(String id, JsonNode v, Besluit b, List<String> af) {
        if (v.has("uitkomst") && !v.get("uitkomst").asText().equals(b.uitkomst().name())) {
            af.add(id + ".uitkomst: verwacht " + v.get("uitkomst").asText() + ", kreeg " + b.uitkomst().name());
        }
        exact(id, "weigeringsgronden", v, b.weigeringsgronden(), af);
        exact(id, "beeindigingsgronden", v, b.beeindigingsgronden(), af);
        exact(id, "afgeschermd", v, b.afgeschermd(), af);
        exact(id, "nietToegepast", v, b.nietToegepast(), af);
        exact(id, "openOordelen", v, b.openOordelen(), af);
        exact(id, "ontbrekendeGegevens", v, b.ontbrekendeGegevens(), af);
        bevat(id, "grondslagen", v, b.grondslagen(), af);
        bevat(id, "opmerkingen", v, b.opmerkingen(), af);
        if (v.has("afwezig")) {
            Set<String> alle = new HashSet<>();
            b.onderdelen().forEach(f -> alle.add(f.code()));
            for (JsonNode n : v.get("afwezig")) if (alle.contains(n.asText())) af.add(id + ".afwezig: " + n.asText() + " is er wel");
        }
        if (v.has("voorwaarden")) {
            v.get("voorwaarden").fields().forEachRemaining(en -> {
                List<Besluit.Voorwaarde> f = b.voorwaarden().stream().filter(x -> x.code().equals(en.getKey())).toList();
                Set<String> statussen = f.stream().map(x -> x.status().name()).collect(Collectors.toCollection(TreeSet::new));
                if (f.isEmpty()) af.add(id + ".voorwaarden." + en.getKey() + ": verwacht " + en.getValue().asText() + ", maar deze voorwaarde is niet getoetst");
                else if (!statussen.equals(Set.of(en.getValue().asText()))) af.add(id + ".voorwaarden." + en.getKey() + ": verwacht " + en.getValue().asText() + ", kreeg " + statussen);
            });
        }
        if (v.has("berekeningen")) {
            v.get("berekeningen").fields().forEachRemaining(en -> {
                Besluit.Berekening f = b.berekeningen().stream().filter(x -> x.code().equals(en.getKey())).findFirst().orElse(null);
                if (f == null) { af.add(id + ".berekeningen." + en.getKey() + ": geen bedrag met deze code"); return; }
                JsonNode w = en.getValue();
                if (w.isNull()) {
                    if (f.waarde() != null) af.add(id + ".berekeningen." + en.getKey() + ": verwacht 'niet bekend', kreeg " + f.waarde().toPlainString());
                } else if (f.waarde() == null || f.waarde().compareTo(new BigDecimal(w.asText())) != 0) {
                    af.add(id + ".berekeningen." + en.getKey() + ": verwacht " + w.asText() + ", kreeg " + (f.waarde() == null ? "niet bekend" : f.waarde().toPlainString()));
                }
            });
        }
        if (v.has("termijnen")) {
            v.get("termijnen").fields().forEachRemaining(en -> {
                Besluit.Termijn f = b.termijnen().stream().filter(x -> x.code().equals(en.getKey())).findFirst().orElse(null);
                if (f == null) { af.add(id + ".termijnen." + en.getKey() + ": geen termijn met deze code"); return; }
                JsonNode w = en.getValue();
                String duur = w.isTextual() ? w.asText() : w.path("duur").asText(null);
                String kreeg = f.duur() == null ? null : f.duur().iso();
                if (duur != null && !duur.equals(kreeg)) af.add(id + ".termijnen." + en.getKey() + ": verwacht duur " + duur + ", kreeg " + (kreeg == null ? "geen duur (een termijn tot een datum)" : kreeg));
                if (w.isObject()) {
                    datum(id + ".termijnen." + en.getKey() + ".vanaf", w.get("vanaf"), f.vanaf(), af);
                    datum(id + ".termijnen." + en.getKey() + ".totEnMet", w.get("totEnMet"), f.totEnMet(), af);
                    if (w.has("soort") && !w.get("soort").asText().equals(f.soort().name())) af.add(id + ".termijnen." + en.getKey() + ": verwacht soort " + w.get("soort").asText() + ", kreeg " + f.soort());
                }
            });
        }
        if (v.has("overgangsrecht")) {
            v.get("overgangsrecht").fields().forEachRemaining(en -> {
                Besluit.Overgangsrecht f = b.overgangsrecht().stream().filter(x -> x.code().equals(en.getKey())).findFirst().orElse(null);
                if (f == null) { af.add(id + ".overgangsrecht." + en.getKey() + ": geen overgangsrecht met deze code"); return; }
                JsonNode w = en.getValue();
                datum(id + ".overgangsrecht." + en.getKey() + ".beschermdTotEnMet", w.get("beschermdTotEnMet"), f.beschermdTotEnMet(), af);
                if (w.has("beschermtOpPeildatum") && w.get("beschermtOpPeildatum").asBoolean() != f.beschermtOpPeildatum()) {
                    af.add(id + ".overgangsrecht." + en.getKey() + ".beschermtOpPeildatum: verwacht " + w.get("beschermtOpPeildatum").asBoolean());
                }
                if (w.has("hangtAfVan")) {
                    String verwacht = w.get("hangtAfVan").isNull() ? null : w.get("hangtAfVan").asText();
                    if (!java.util.Objects.equals(verwacht, f.hangtAfVan())) {
                        af.add(id + ".overgangsrecht." + en.getKey() + ".hangtAfVan: verwacht " + verwacht + ", kreeg " + f.hangtAfVan());
                    }
                }
            });
        }
    }

    private static void datum(String waar, JsonNode verwacht, java.time.LocalDate echt, List<String> af) {
        if (verwacht == null) return;
        String e = echt == null ? null : echt.toString();
        String v = verwacht.isNull() ? null : verwacht.asText();
        if (!java.util.Objects.equals(v, e)) af.add(waar + ": verwacht " + v + ", kreeg " + e);
    }

    /**
     * The items' codes must be exactly the expected ones, each as many times as expected (two grounds with one code, one
     * per unmet condition, are listed twice); object entries also fix the citation.
     */
    private static void exact(String id, String veld, JsonNode v, List<? extends Besluit.Onderdeel> gevonden, List<String> af) {
        if (!v.has(veld)) return;
        Map<String, Integer> verwacht = new TreeMap<>();
        for (JsonNode n : v.get(veld)) {
            verwacht.merge(n.isTextual() ? n.asText() : n.path("code").asText(), 1, Integer::sum);
            if (n.isObject()) citaat(id + "." + veld, n, gevonden, af);
        }
        Map<String, Integer> echt = new TreeMap<>();
        for (Besluit.Onderdeel o : gevonden) echt.merge(o.code(), 1, Integer::sum);
        if (!verwacht.equals(echt)) {
            Set<String> teveel = new TreeSet<>(echt.keySet()); teveel.removeAll(verwacht.keySet());
            Set<String> mist = new TreeSet<>(verwacht.keySet()); mist.removeAll(echt.keySet());
            Set<String> aantal = new TreeSet<>();
            for (Map.Entry<String, Integer> e : verwacht.entrySet()) {
                Integer n = echt.get(e.getKey());
                if (n != null && !n.equals(e.getValue())) {
                    String welke = gevonden.stream().filter(o -> o.code().equals(e.getKey()))
                            .map(o -> o.citaat().kort() + (o instanceof Besluit.Grond g && g.voorwaarde() != null ? " via voorwaarde " + g.voorwaarde() : ""))
                            .collect(Collectors.joining("; "));
                    aantal.add(e.getKey() + " " + n + " keer (verwacht " + e.getValue() + "): " + welke);
                }
            }
            af.add(id + "." + veld + ": " + (mist.isEmpty() ? "" : "ontbreekt " + mist + " ") + (teveel.isEmpty() ? "" : "onverwacht " + teveel + " ")
                    + (aantal.isEmpty() ? "" : "aantal " + aantal));
        }
    }

    private static void bevat(String id, String veld, JsonNode v, List<? extends Besluit.Onderdeel> gevonden, List<String> af) {
        if (!v.has(veld)) return;
        Set<String> echt = new HashSet<>();
        gevonden.forEach(f -> echt.add(f.code()));
        for (JsonNode n : v.get(veld)) {
            String code = n.isTextual() ? n.asText() : n.path("code").asText();
            if (!echt.contains(code)) af.add(id + "." + veld + ": ontbreekt " + code + " (wel: " + new TreeSet<>(echt) + ")");
            else if (n.isObject()) citaat(id + "." + veld, n, gevonden, af);
        }
    }

    private static void citaat(String waar, JsonNode n, List<? extends Besluit.Onderdeel> gevonden, List<String> af) {
        String code = n.path("code").asText();
        boolean past = gevonden.stream().filter(f -> f.code().equals(code)).anyMatch(f -> past(n, f.citaat())
                && (!n.has("verplicht") || (f instanceof Besluit.Grond g && g.verplicht() == n.get("verplicht").asBoolean())
                        || (f instanceof Besluit.Grondslag gs && gs.plicht() == n.get("verplicht").asBoolean()))
                && (!n.has("via") || (f instanceof Besluit.Grond g && g.via() != null && past(n.get("via"), g.via()))));
        if (!past) {
            Function<Besluit.Onderdeel, String> beschrijf = f -> f.citaat().regeling() + " " + f.citaat().kort()
                    + (f instanceof Besluit.Grond g ? (g.verplicht() ? " verplicht" : " kan") + (g.via() == null ? "" : " via " + g.via().kort())
                    : f instanceof Besluit.Grondslag gs ? (gs.plicht() ? " plicht" : " bevoegdheid") : "");
            String echt = gevonden.stream().filter(f -> f.code().equals(code)).map(beschrijf).collect(Collectors.joining("; "));
            af.add(waar + ": " + code + " verwacht " + n + ", gevonden " + (echt.isEmpty() ? "niets" : echt));
        }
    }

    private static boolean past(JsonNode n, Citaat c) {
        return gelijk(n, "artikel", c.artikel()) && gelijk(n, "lid", c.lid()) && gelijk(n, "onderdeel", c.onderdeel()) && gelijk(n, "regeling", c.regeling());
    }

    private static boolean gelijk(JsonNode n, String veld, String waarde) {
        return !n.has(veld) || n.get(veld).asText().equals(waarde == null ? "" : waarde);
    }

    /** A pass/fail table, one line per scenario, with the differences under each failure and a closing count. */
    public static String rapport(List<ScenarioResult> resultaten) {
        StringBuilder s = new StringBuilder();
        String titel = null;
        int geslaagd = 0;
        for (ScenarioResult r : resultaten) {
            if (!r.scenario().titel().equals(titel)) {
                titel = r.scenario().titel();
                s.append('\n').append(titel).append("  (").append(r.scenario().bestand()).append(")\n");
            }
            s.append(r.passed() ? "  GESLAAGD  " : "  MISLUKT   ").append(r.scenario().naam()).append('\n');
            for (String a : r.deviations()) s.append("            ").append(a).append('\n');
            if (r.passed()) geslaagd++;
        }
        s.append('\n').append("Scenario's: ").append(geslaagd).append(" geslaagd, ").append(resultaten.size() - geslaagd).append(" mislukt\n");
        return s.toString();
    }
}
