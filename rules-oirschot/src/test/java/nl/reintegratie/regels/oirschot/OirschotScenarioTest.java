package nl.reintegratie.regels.oirschot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.scenario.Dekking;
import nl.reintegratie.scenario.Scenario;
import nl.reintegratie.scenario.ScenarioResultaat;
import nl.reintegratie.scenario.Scenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario under {@code scenarios/} (the policy analysts' files) as a JUnit test, and checks their coverage. */
class OirschotScenarioTest {
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();

    /** Conditions that scenarios cannot show both ways; each would need a reason in COVERAGE.md. */
    private static final Set<String> VRIJGESTELD = Set.of();

    private static final Path BEPALINGEN = Path.of("src/main/resources/nl/reintegratie/regels/oirschot/bepalingen");

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
        assertThat(Dekking.gaten(ENGINE, "Oirschot", resultaten, VRIJGESTELD)).isEmpty();
    }

    @Test
    void deDekkingstabelHeeftEenRijVoorElkLidEnElkeGeciteerdeBepaling() throws IOException {
        assertThat(Dekking.tabelGaten(ENGINE, "Oirschot", Path.of("COVERAGE.md"),
                List.of(BEPALINGEN.resolve("verordening-2024.json")))).isEmpty();
    }
}
