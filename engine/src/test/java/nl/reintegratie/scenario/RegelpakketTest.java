package nl.reintegratie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.reintegratie.engine.Regel;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Versie;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tests every rule package runs (shipped in the engine's test-jar): every scenario under
 * {@code scenarios/} as a JUnit test; every rule fired and every condition seen both met and not met;
 * every lid of the quoted provisions, and every provision a rule cites, with a row in {@code COVERAGE.md}.
 * A module subclasses it with its gemeente's name.
 */
public abstract class RegelpakketTest {
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();

    private final String gemeente;
    private final Set<String> vrijgesteld;

    /**
     * @param gemeente    as the package's {@code pakket.json} names it
     * @param vrijgesteld condition codes that scenarios cannot show both ways, each explained in COVERAGE.md
     */
    protected RegelpakketTest(String gemeente, Set<String> vrijgesteld) {
        this.gemeente = gemeente;
        this.vrijgesteld = Set.copyOf(vrijgesteld);
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return Scenario.laad(Path.of("scenarios")).stream().map(s -> DynamicTest.dynamicTest(s.titel() + " — " + s.naam(), () -> {
            ScenarioResultaat r = Scenarios.voerUit(ENGINE, s);
            assertTrue(r.geslaagd(), () -> s.bestand() + ": " + String.join("; ", r.afwijkingen()));
        }));
    }

    @Test
    void elkeRegelEnElkeVoorwaardeHeeftScenariosDieHaarVervullenEnNietVervullen() throws IOException {
        List<ScenarioResultaat> resultaten = Scenario.laad(Path.of("scenarios")).stream().map(s -> Scenarios.voerUit(ENGINE, s)).toList();
        assertThat(Dekking.gaten(ENGINE, gemeente, resultaten, vrijgesteld)).isEmpty();
    }

    @Test
    void deDekkingstabelHeeftEenRijVoorElkLidEnElkeGeciteerdeBepaling() throws IOException {
        Path map = Path.of("src/main/resources/nl/reintegratie/regels", gemeente.toLowerCase(Locale.ROOT), "bepalingen");
        List<Path> bepalingen;
        try (Stream<Path> s = Files.list(map)) {
            bepalingen = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(bepalingen).isNotEmpty();
        assertThat(Dekking.tabelGaten(ENGINE, gemeente, Path.of("COVERAGE.md"), bepalingen)).isEmpty();
    }

    @Test
    void elkeInterpretatieDieEenRegelNoemtStaatInHetRegister() throws IOException {
        String register = Files.readString(Path.of("INTERPRETATIES.md"));
        List<String> ontbrekend = new java.util.ArrayList<>();
        for (Versie v : ENGINE.versies()) {
            if (!v.gemeente().equalsIgnoreCase(gemeente)) continue;
            for (Regel r : ENGINE.regels(v.id())) {
                for (String id : r.citaat().interpretaties()) {
                    if (!java.util.regex.Pattern.compile("(?m)^#+ " + java.util.regex.Pattern.quote(id) + "\\b").matcher(register).find()) {
                        ontbrekend.add(id + " (rule '" + r.naam() + "')");
                    }
                }
            }
        }
        assertThat(ontbrekend).as("interpretations cited by rules but not headed in INTERPRETATIES.md").isEmpty();
    }
}
