package nl.reintegratie.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.testsupport.Scenario;
import nl.reintegratie.testsupport.ScenarioResultaat;
import nl.reintegratie.testsupport.Scenarios;

/** {@code scenarios}: run scenario files; a pass/fail table. */
final class ScenariosOpdracht implements Main.Opdracht {
    @Override public String hulp() {
        return """
                Gebruik: reintegratie scenarios <bestand-of-map>...

                Draait scenariobestanden (JSON of YAML) en toont per scenario geslaagd of mislukt, met de afwijkingen.
                Exitcode 1 als een scenario mislukt, 2 als een bestand niet het scenarioformaat heeft.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        Main.geenOnbekendeOpties(args, "scenarios");
        if (args.isEmpty()) throw new Invoer.Fout("scenarios neemt een of meer scenariobestanden of mappen, bijvoorbeeld: reintegratie scenarios rules-heemstede/scenarios");
        List<Scenario> alle = new ArrayList<>();
        for (String a : args) {
            Invoer.bestaat(a);
            try {
                alle.addAll(Scenario.laad(Path.of(a)));
            } catch (Scenario.ScenarioFormatException e) {
                throw new Invoer.Fout(e.getMessage());
            }
        }
        for (Scenario s : alle) {
            if (s.verwacht() == null) {
                throw new Invoer.Fout(s.bestand() + ": '" + s.naam() + "' heeft geen 'verwacht': dit is een casus, geen scenario (gebruik 'reintegratie evaluate')");
            }
        }
        List<ScenarioResultaat> resultaten = new ArrayList<>();
        for (Scenario s : alle) resultaten.add(Scenarios.voerUit(c.engine(), s));
        c.out.print(Scenarios.rapport(resultaten));
        return resultaten.stream().allMatch(ScenarioResultaat::geslaagd) ? Main.OK : Main.SCENARIO_MISLUKT;
    }
}
