package nl.reintegratie.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.testsupport.CoverageReport;
import nl.reintegratie.testsupport.Scenario;
import nl.reintegratie.testsupport.ScenarioResult;
import nl.reintegratie.testsupport.Scenarios;

/** {@code scenarios}: run scenario files; a pass/fail table. */
final class ScenariosOpdracht implements Main.Opdracht {
    @Override public String hulp() {
        return """
                Gebruik: reintegratie scenarios [--html <map>] [--dekking <bestand>] <bestand-of-map>...

                Draait scenariobestanden (JSON of YAML) en toont per scenario geslaagd of mislukt, met de afwijkingen.
                --html <map>        schrijft in die map een HTML-rapport (index.html): de tabel geslaagd/mislukt, per
                                    scenario het besluit, en per regeling de dekking per artikel en lid (de regels die
                                    het coderen, de scenario's die het toetsen, vervuld en niet vervuld, en waarom een
                                    bepaling niet is gecodeerd) — gegenereerd uit de code en deze runs
                --dekking <bestand> schrijft de dekkingstabel (COVERAGE.md) van de gemeente van deze scenario's
                Exitcode 1 als een scenario mislukt, 2 als een bestand niet het scenarioformaat heeft.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        String html = Main.optie(args, "--html");
        String dekking = Main.optie(args, "--dekking");
        Main.geenOnbekendeOpties(args, "scenarios");
        if (args.isEmpty()) throw new Invoer.Fout("scenarios neemt een of meer scenariobestanden of mappen, bijvoorbeeld: reintegratie scenarios rules-heemstede/scenarios");
        List<Scenario> alle = new ArrayList<>();
        for (String a : args) {
            Invoer.bestaat(a);
            try {
                alle.addAll(Scenario.load(Path.of(a)));
            } catch (Scenario.ScenarioFormatException e) {
                throw new Invoer.Fout(e.getMessage());
            }
        }
        for (Scenario s : alle) {
            if (s.verwacht() == null) {
                throw new Invoer.Fout(s.bestand() + ": '" + s.naam() + "' heeft geen 'verwacht': dit is een casus, geen scenario (gebruik 'reintegratie evaluate')");
            }
        }
        List<ScenarioResult> resultaten = new ArrayList<>();
        for (Scenario s : alle) resultaten.add(Scenarios.run(c.engine(), s));
        c.out.print(Scenarios.rapport(resultaten));
        java.util.Map<String, List<CoverageReport.Rij>> perGemeente = new java.util.TreeMap<>();
        if (html != null || dekking != null) {
            java.util.Set<String> gemeenten = new java.util.TreeSet<>();
            for (ScenarioResult r : resultaten) if (r.evaluation() != null) gemeenten.add(r.evaluation().gemeente());
            for (String g : gemeenten) perGemeente.put(g, CoverageReport.rijen(c.engine(), g, resultaten));
        }
        if (dekking != null) {
            if (perGemeente.size() != 1) throw new Invoer.Fout("--dekking: de scenario's horen bij " + perGemeente.size() + " gemeenten; geef de scenario's van één gemeente");
            var e = perGemeente.entrySet().iterator().next();
            java.nio.file.Files.writeString(Path.of(dekking), CoverageReport.markdown(e.getKey(), e.getValue()));
            c.err.println("Dekkingstabel geschreven: " + dekking);
        }
        if (html != null) {
            Path map = Path.of(html);
            java.nio.file.Files.createDirectories(map.resolve("besluiten"));
            java.util.Map<ScenarioResult, String> links = new java.util.IdentityHashMap<>();
            int n = 0;
            for (ScenarioResult r : resultaten) {
                if (r.evaluation() == null) continue;
                String naam = "besluiten/" + (++n) + ".html";
                java.nio.file.Files.writeString(map.resolve(naam), BesluitPagina.html(r.scenario().naam(), r.evaluation()));
                links.put(r, naam);
            }
            java.nio.file.Files.writeString(map.resolve("index.html"), CoverageReport.html(resultaten, perGemeente, links));
            c.err.println("Rapport geschreven: " + map.resolve("index.html"));
        }
        return resultaten.stream().allMatch(ScenarioResult::passed) ? Main.OK : Main.SCENARIO_MISLUKT;
    }
}
