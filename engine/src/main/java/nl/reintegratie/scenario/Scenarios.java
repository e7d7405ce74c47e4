package nl.reintegratie.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.Finding;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * Runs scenarios and compares the outcome with {@code verwacht}. Per aanvraag (by id) a scenario may
 * expect: {@code uitkomst}; the exact set of {@code weigeringsgronden}, {@code beeindigingsgronden},
 * {@code openOordelen} and {@code ontbrekendeGegevens} (codes, or objects that also fix
 * {@code artikel}/{@code lid}/{@code onderdeel}/{@code verplicht}); {@code grondslagen} and
 * {@code opmerkingen} that must be among the findings; {@code voorwaarden} as code → status;
 * {@code berekeningen} as code → value ({@code null}: not known); {@code termijnen} as code →
 * duration or {@code {"duur": ..., "datum": ...}}; {@code afwezig}: codes that no finding of any kind may have
 * (to show that a provision does not apply). A scenario that expects bad input says
 * {@code "verwacht": {"fout": {"veld": "...", "reden": "part of the reason"}}}.
 */
public final class Scenarios {
    private Scenarios() {}

    public static ScenarioResultaat voerUit(ReintegratieEngine engine, Scenario s) {
        List<String> af = new ArrayList<>();
        if (s.verwacht() == null || !s.verwacht().isObject() || s.verwacht().isEmpty()) {
            af.add("the scenario has no 'verwacht': nothing to check");
            return new ScenarioResultaat(s, false, af, null);
        }
        JsonNode foutVerwacht = s.verwacht().get("fout");
        Evaluation e;
        try {
            e = engine.evaluateJson(s.casusJson());
        } catch (InvalidCaseException ex) {
            if (foutVerwacht == null) {
                af.add("invalid case: " + ex.getMessage());
            } else {
                String veld = foutVerwacht.path("veld").asText(null);
                String reden = foutVerwacht.path("reden").asText(null);
                boolean gevonden = ex.fouten().stream().anyMatch(f -> (veld == null || f.veld().equals(veld))
                        && (reden == null || f.reden().contains(reden)));
                if (!gevonden) af.add("expected an error on " + veld + (reden == null ? "" : " containing '" + reden + "'") + ", got: " + ex.getMessage());
            }
            return new ScenarioResultaat(s, af.isEmpty(), af, null);
        }
        if (foutVerwacht != null) {
            af.add("expected an error on " + foutVerwacht.path("veld").asText() + ", but the case was evaluated");
            return new ScenarioResultaat(s, false, af, e);
        }
        Iterator<Map.Entry<String, JsonNode>> it = s.verwacht().fields();
        while (it.hasNext()) {
            var entry = it.next();
            if (entry.getKey().equals("versie")) {
                if (!e.versie().id().equals(entry.getValue().asText())) af.add("versie: expected " + entry.getValue().asText() + ", got " + e.versie().id());
                continue;
            }
            Besluit b;
            try {
                b = e.besluit(entry.getKey());
            } catch (IllegalArgumentException ex) {
                af.add(ex.getMessage());
                continue;
            }
            vergelijk(entry.getKey(), entry.getValue(), b, af);
        }
        return new ScenarioResultaat(s, af.isEmpty(), af, e);
    }

    private static void vergelijk(String id, JsonNode v, Besluit b, List<String> af) {
        if (v.has("uitkomst") && !v.get("uitkomst").asText().equals(b.uitkomst().name())) {
            af.add(id + ".uitkomst: expected " + v.get("uitkomst").asText() + ", got " + b.uitkomst().name());
        }
        exact(id, "weigeringsgronden", v, b.weigeringsgronden(), af);
        exact(id, "beeindigingsgronden", v, b.beeindigingsgronden(), af);
        exact(id, "openOordelen", v, b.openOordelen(), af);
        exact(id, "ontbrekendeGegevens", v, b.ontbrekendeGegevens(), af);
        if (v.has("afwezig")) {
            Set<String> alle = new HashSet<>();
            b.alleFindings().forEach(f -> alle.add(f.code()));
            for (JsonNode n : v.get("afwezig")) {
                if (alle.contains(n.asText())) af.add(id + ".afwezig: " + n.asText() + " is present");
            }
        }
        bevat(id, "grondslagen", v, b.grondslagen(), af);
        bevat(id, "opmerkingen", v, b.opmerkingen(), af);
        if (v.has("voorwaarden")) {
            v.get("voorwaarden").fields().forEachRemaining(en -> {
                List<Finding> f = b.voorwaarden().stream().filter(x -> x.code().equals(en.getKey())).toList();
                Set<String> statussen = f.stream().map(Finding::status).collect(Collectors.toCollection(TreeSet::new));
                if (f.isEmpty()) af.add(id + ".voorwaarden." + en.getKey() + ": expected " + en.getValue().asText() + ", but no such condition was tested");
                else if (!statussen.equals(Set.of(en.getValue().asText()))) af.add(id + ".voorwaarden." + en.getKey() + ": expected " + en.getValue().asText() + ", got " + statussen);
            });
        }
        if (v.has("berekeningen")) {
            v.get("berekeningen").fields().forEachRemaining(en -> {
                Finding f = b.berekeningen().stream().filter(x -> x.code().equals(en.getKey())).findFirst().orElse(null);
                if (f == null) { af.add(id + ".berekeningen." + en.getKey() + ": no such amount"); return; }
                JsonNode w = en.getValue();
                if (w.isNull()) {
                    if (f.waarde() != null) af.add(id + ".berekeningen." + en.getKey() + ": expected not known, got " + f.waarde().toPlainString());
                } else if (f.waarde() == null || f.waarde().compareTo(new BigDecimal(w.asText())) != 0) {
                    af.add(id + ".berekeningen." + en.getKey() + ": expected " + w.asText() + ", got " + (f.waarde() == null ? "not known" : f.waarde().toPlainString()));
                }
            });
        }
        if (v.has("termijnen")) {
            v.get("termijnen").fields().forEachRemaining(en -> {
                Finding f = b.termijnen().stream().filter(x -> x.code().equals(en.getKey())).findFirst().orElse(null);
                if (f == null) { af.add(id + ".termijnen." + en.getKey() + ": no such term"); return; }
                JsonNode w = en.getValue();
                String duur = w.isTextual() ? w.asText() : w.path("duur").asText(null);
                String datum = w.isObject() ? w.path("datum").asText(null) : null;
                if (duur != null && !duur.equals(f.duur())) af.add(id + ".termijnen." + en.getKey() + ": expected duur " + duur + ", got " + f.duur());
                if (datum != null && (f.datum() == null || !datum.equals(f.datum().toString()))) af.add(id + ".termijnen." + en.getKey() + ": expected datum " + datum + ", got " + f.datum());
            });
        }
    }

    /** The findings' codes must be exactly the expected ones; object entries also fix the citation. */
    private static void exact(String id, String veld, JsonNode v, List<Finding> gevonden, List<String> af) {
        if (!v.has(veld)) return;
        Set<String> verwacht = new TreeSet<>();
        for (JsonNode n : v.get(veld)) {
            String code = n.isTextual() ? n.asText() : n.path("code").asText();
            verwacht.add(code);
            if (n.isObject()) citaat(id + "." + veld, n, gevonden, af);
        }
        Set<String> echt = gevonden.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
        if (!verwacht.equals(echt)) {
            Set<String> teveel = new TreeSet<>(echt); teveel.removeAll(verwacht);
            Set<String> mist = new TreeSet<>(verwacht); mist.removeAll(echt);
            af.add(id + "." + veld + ": " + (mist.isEmpty() ? "" : "missing " + mist + " ") + (teveel.isEmpty() ? "" : "unexpected " + teveel));
        }
    }

    private static void bevat(String id, String veld, JsonNode v, List<Finding> gevonden, List<String> af) {
        if (!v.has(veld)) return;
        Set<String> echt = new HashSet<>();
        gevonden.forEach(f -> echt.add(f.code()));
        for (JsonNode n : v.get(veld)) {
            String code = n.isTextual() ? n.asText() : n.path("code").asText();
            if (!echt.contains(code)) af.add(id + "." + veld + ": missing " + code + " (found " + new TreeSet<>(echt) + ")");
            if (n.isObject()) citaat(id + "." + veld, n, gevonden, af);
        }
    }

    private static void citaat(String waar, JsonNode n, List<Finding> gevonden, List<String> af) {
        String code = n.path("code").asText();
        boolean past = gevonden.stream().filter(f -> f.code().equals(code)).anyMatch(f ->
                gelijk(n, "artikel", f.citaat().artikel()) && gelijk(n, "lid", f.citaat().lid())
                        && gelijk(n, "onderdeel", f.citaat().onderdeel()) && gelijk(n, "regeling", f.citaat().regeling())
                        && (!n.has("verplicht") || (f.verplicht() != null && n.get("verplicht").asBoolean() == f.verplicht())));
        if (!past) {
            String echt = gevonden.stream().filter(f -> f.code().equals(code))
                    .map(f -> f.citaat().regeling() + " " + f.citaat().kort() + (f.verplicht() == null ? "" : f.verplicht() ? " verplicht" : " kan"))
                    .collect(Collectors.joining("; "));
            af.add(waar + ": " + code + " expected " + n + ", found " + (echt.isEmpty() ? "nothing" : echt));
        }
    }

    private static boolean gelijk(JsonNode n, String veld, String waarde) {
        return !n.has(veld) || n.get(veld).asText().equals(waarde == null ? "" : waarde);
    }

    /** A pass/fail table, one line per scenario, with the differences under each failure and a closing count. */
    public static String rapport(List<ScenarioResultaat> resultaten) {
        StringBuilder s = new StringBuilder();
        String titel = null;
        int geslaagd = 0;
        for (ScenarioResultaat r : resultaten) {
            if (!r.scenario().titel().equals(titel)) {
                titel = r.scenario().titel();
                s.append('\n').append(titel).append("  (").append(r.scenario().bestand()).append(")\n");
            }
            s.append(r.geslaagd() ? "  PASS  " : "  FAIL  ").append(r.scenario().naam()).append('\n');
            for (String a : r.afwijkingen()) s.append("          ").append(a).append('\n');
            if (r.geslaagd()) geslaagd++;
        }
        s.append('\n').append("Scenarios: ").append(geslaagd).append(" passed, ").append(resultaten.size() - geslaagd).append(" failed\n");
        return s.toString();
    }
}
