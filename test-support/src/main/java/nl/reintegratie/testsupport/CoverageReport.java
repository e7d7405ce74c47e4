package nl.reintegratie.testsupport;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.reintegratie.engine.Bepaling;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Citaat;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.RuleInfo;
import nl.reintegratie.engine.Versie;

/**
 * Coverage by artikel and lid, generated from the code and the scenario runs so that it cannot drift from them: per
 * quoted provision of a gemeente's regelingen, the rules that encode it, the scenarios that test it (and, for a
 * condition, in which it is met and in which not), or why it is deliberately not encoded (the {@code nietGecodeerd} of
 * its quoted provision). Written as an HTML report ({@link #html}) and as the Markdown table {@code COVERAGE.md}
 * ({@link #markdown}).
 */
public final class CoverageReport {
    private static final Mustache SJABLOON = new DefaultMustacheFactory("nl/reintegratie/testsupport").compile("scenarios.html.mustache");

    /** One row: a lid (or an article without leden) of a regeling. */
    public record Rij(String regeling, String citeertitel, String artikel, String lid, String tekst, Set<String> regels,
                      Set<String> scenarios, Set<String> vervuld, Set<String> nietVervuld, String nietGecodeerd) {
        public String status() {
            if (!regels.isEmpty()) return "gecodeerd";
            if (nietGecodeerd != null) return nietGecodeerd.toLowerCase().startsWith("nog niet gecodeerd") ? "nog niet gecodeerd" : "niet gecodeerd";
            return "niet gecodeerd, zonder reden";
        }
    }

    private CoverageReport() {}

    /** The rows for one gemeente, over all its versions, each provision once. */
    public static List<Rij> rijen(ReintegratieEngine engine, String gemeente, List<ScenarioResult> resultaten) {
        Map<String, Rij> rijen = new LinkedHashMap<>();
        Map<String, Set<String>> artikelenMetLeden = new TreeMap<>();
        List<Versie> versies = engine.versies().stream().filter(v -> v.gemeente().equalsIgnoreCase(gemeente)).toList();
        for (Versie v : versies) {
            for (Bepaling b : engine.bepalingen(v.id())) {
                Citaat c = b.citaat();
                if (c.lid() != null) artikelenMetLeden.computeIfAbsent(c.regeling(), k -> new LinkedHashSet<>()).add(c.artikel());
            }
        }
        for (Versie v : versies) {
            for (Bepaling b : engine.bepalingen(v.id())) {
                Citaat c = b.citaat();
                if (c.onderdeel() != null) {
                    Rij r = rijen.get(sleutel(c.regeling(), c.artikel(), c.lid()));
                    if (r != null && b.nietGecodeerd() != null && r.nietGecodeerd() == null) rijen.put(sleutel(c.regeling(), c.artikel(), c.lid()), metReden(r, b.nietGecodeerd()));
                    continue;
                }
                if (c.lid() == null && artikelenMetLeden.getOrDefault(c.regeling(), Set.of()).contains(c.artikel())) continue;
                rijen.putIfAbsent(sleutel(c.regeling(), c.artikel(), c.lid()), new Rij(c.regeling(), c.citeertitel(), c.artikel(), c.lid(), c.tekst(),
                        new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), b.nietGecodeerd()));
            }
            for (RuleInfo r : engine.regels(v.id())) {
                Rij rij = rij(rijen, r.citaat());
                if (rij != null) rij.regels().add(r.naam());
            }
        }
        for (ScenarioResult res : resultaten) {
            if (res.evaluation() == null || !res.evaluation().gemeente().equalsIgnoreCase(gemeente)) continue;
            String naam = res.scenario().bestand().getFileName() + ": " + res.scenario().naam();
            for (Besluit b : res.evaluation().besluiten()) {
                for (Besluit.Onderdeel o : b.onderdelen()) {
                    Rij rij = rij(rijen, o.citaat());
                    if (rij == null) continue;
                    rij.scenarios().add(naam);
                    if (o instanceof Besluit.Voorwaarde vw) {
                        if (vw.status() == Besluit.Voorwaarde.Status.VERVULD) rij.vervuld().add(naam);
                        if (vw.status() == Besluit.Voorwaarde.Status.NIET_VERVULD) rij.nietVervuld().add(naam);
                    }
                    if (o instanceof Besluit.Grond g && g.via() != null) {
                        Rij via = rij(rijen, g.via());
                        if (via != null) via.scenarios().add(naam);
                    }
                }
            }
        }
        return List.copyOf(rijen.values());
    }

    private static Rij metReden(Rij r, String reden) {
        return new Rij(r.regeling(), r.citeertitel(), r.artikel(), r.lid(), r.tekst(), r.regels(), r.scenarios(), r.vervuld(), r.nietVervuld(), reden);
    }

    private static Rij rij(Map<String, Rij> rijen, Citaat c) {
        Rij r = rijen.get(sleutel(c.regeling(), c.artikel(), c.lid()));
        return r != null ? r : rijen.get(sleutel(c.regeling(), c.artikel(), null));
    }

    private static String sleutel(String regeling, String artikel, String lid) {
        return regeling + "|" + artikel + "|" + (lid == null ? "" : lid);
    }

    /** The coverage table as {@code COVERAGE.md}: generated; edit the reasons in the quoted provisions, not here. */
    public static String markdown(String gemeente, List<Rij> rijen) {
        StringBuilder s = new StringBuilder();
        s.append("# Coverage — ").append(gemeente).append("\n\n");
        s.append("Gegenereerd door `reintegratie scenarios --dekking` uit de geciteerde bepalingen, de regels en de scenario's; niet met de hand bewerken. ")
                .append("Waarom een bepaling niet is gecodeerd, staat bij die bepaling (`nietGecodeerd` in `bepalingen/*.json`).\n\n");
        s.append("| regeling | artikel | lid | status | regels | scenario's (vervuld / niet vervuld) |\n|---|---|---|---|---|---|\n");
        for (Rij r : rijen) {
            s.append("| ").append(r.regeling()).append(" | ").append(r.artikel()).append(" | ").append(r.lid() == null ? "" : r.lid()).append(" | ")
                    .append(r.status()).append(r.nietGecodeerd() != null && r.regels().isEmpty() ? ": " + cel(r.nietGecodeerd()) : "").append(" | ")
                    .append(cel(String.join("; ", kort(r.regels())))).append(" | ")
                    .append(r.scenarios().size()).append(r.vervuld().isEmpty() && r.nietVervuld().isEmpty() ? "" : " (" + r.vervuld().size() + " / " + r.nietVervuld().size() + ")")
                    .append(" |\n");
        }
        return s.toString();
    }

    private static List<String> kort(Set<String> regels) {
        List<String> l = new ArrayList<>();
        for (String r : regels) l.add(r.contains(" — ") ? r : r);
        return l;
    }

    private static String cel(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The HTML report: the pass/fail table, then per regeling the coverage by artikel and lid. */
    public static String html(List<ScenarioResult> resultaten, Map<String, List<Rij>> perGemeente, Map<ScenarioResult, String> besluitLinks) {
        Map<String, Object> m = new LinkedHashMap<>();
        long geslaagd = resultaten.stream().filter(ScenarioResult::passed).count();
        m.put("geslaagd", geslaagd);
        m.put("mislukt", resultaten.size() - geslaagd);
        List<Map<String, Object>> scen = new ArrayList<>();
        for (ScenarioResult r : resultaten) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("bestand", r.scenario().bestand().getFileName().toString());
            x.put("titel", r.scenario().titel());
            x.put("naam", r.scenario().naam());
            x.put("geslaagd", r.passed());
            x.put("afwijkingen", String.join("; ", r.deviations()));
            x.put("link", besluitLinks.get(r));
            scen.add(x);
        }
        m.put("scenarios", scen);
        List<Map<String, Object>> gemeenten = new ArrayList<>();
        perGemeente.forEach((g, rijen) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("gemeente", g);
            Map<String, List<Map<String, Object>>> perRegeling = new LinkedHashMap<>();
            Map<String, String> titels = new LinkedHashMap<>();
            for (Rij r : rijen) {
                titels.putIfAbsent(r.regeling(), r.citeertitel());
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("artikel", r.artikel());
                y.put("lid", r.lid() == null ? "" : r.lid());
                y.put("tekst", r.tekst().length() > 220 ? r.tekst().substring(0, 220) + "…" : r.tekst());
                y.put("status", r.status());
                y.put("klasse", r.status().replace(' ', '-').replace(",", ""));
                y.put("reden", r.regels().isEmpty() ? r.nietGecodeerd() : null);
                y.put("regels", List.copyOf(r.regels()));
                y.put("aantal", r.scenarios().size());
                y.put("vervuld", r.vervuld().size());
                y.put("nietVervuld", r.nietVervuld().size());
                y.put("voorbeelden", r.scenarios().stream().limit(5).toList());
                perRegeling.computeIfAbsent(r.regeling(), k -> new ArrayList<>()).add(y);
            }
            List<Map<String, Object>> regelingen = new ArrayList<>();
            perRegeling.forEach((id, l) -> regelingen.add(Map.of("id", id, "citeertitel", titels.get(id), "rijen", l,
                    "gecodeerd", l.stream().filter(y -> "gecodeerd".equals(y.get("status"))).count(), "totaal", l.size())));
            x.put("regelingen", regelingen);
            gemeenten.add(x);
        });
        m.put("gemeenten", gemeenten);
        StringWriter w = new StringWriter();
        SJABLOON.execute(w, m);
        return w.toString();
    }
}
