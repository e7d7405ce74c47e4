package nl.reintegratie.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.testsupport.Scenario;

/** The four rule packages on one class path, and their scenario files in this repository. */
final class Pakketten {
    static final ReintegratieEngine ENGINE = ReintegratieEngine.load();
    static final List<String> GEMEENTEN = List.of("Heemstede", "Haaksbergen", "Waterland", "Oirschot");

    private Pakketten() {}

    /** Every scenario of every real package (the scenario folders beside this module), in file order. */
    static List<Scenario> scenarios() {
        List<Scenario> alle = new ArrayList<>();
        for (String g : GEMEENTEN) {
            Path map = Path.of("../../rules-" + g.toLowerCase(java.util.Locale.ROOT) + "/scenarios");
            if (!Files.isDirectory(map)) throw new IllegalStateException("scenario folder not found: " + map.toAbsolutePath());
            try (Stream<Path> s = Files.list(map)) {
                if (s.noneMatch(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))) throw new IllegalStateException("no scenarios in " + map);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                alle.addAll(Scenario.load(map));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return alle;
    }

    /** A scenario with the evaluation of its case. */
    record Beoordeeld(Scenario scenario, Evaluation evaluation) {
        /** "file / scenario name", for messages. */
        String waar() { return scenario.bestand().getFileName() + " / " + scenario.naam(); }
    }

    /** Every scenario whose case is valid, evaluated (a scenario about bad input has no decision and is left out). */
    static List<Beoordeeld> beoordeeld() {
        List<Beoordeeld> l = new ArrayList<>();
        for (Scenario s : scenarios()) {
            try {
                l.add(new Beoordeeld(s, ENGINE.evaluateJson(s.casus().toString())));
            } catch (InvalidCaseException x) {
                // bad input: no decision
            }
        }
        return l;
    }
}
