package nl.reintegratie.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.RuleInfo;
import nl.reintegratie.engine.Versie;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tests every rule package runs: every scenario under {@code scenarios/} as a JUnit test; every rule fired and
 * every condition seen both met and not met; every lid of the quoted provisions, and every provision a rule cites,
 * with a row in {@code COVERAGE.md} (rows that say "nog niet gecodeerd" are reported); and every interpretation a rule
 * names an entry of the package's {@code INTERPRETATIES.md} or of the project's reading register
 * ({@code docs/LEESREGELS.md}). A module subclasses it with its gemeente's name.
 */
public abstract class RulePackageTest {
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();

    private final String gemeente;
    private final Set<String> vrijgesteld;

    /**
     * @param gemeente    as the package's {@code pakket.json} names it
     * @param vrijgesteld condition codes that scenarios cannot show both ways, each explained in COVERAGE.md
     */
    protected RulePackageTest(String gemeente, Set<String> vrijgesteld) {
        this.gemeente = gemeente;
        this.vrijgesteld = Set.copyOf(vrijgesteld);
    }

    protected static ReintegratieEngine engine() {
        return ENGINE;
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return Scenario.load(Path.of("scenarios")).stream().map(s -> DynamicTest.dynamicTest(s.titel() + " — " + s.naam(), () -> {
            ScenarioResult r = Scenarios.run(ENGINE, s);
            assertTrue(r.passed(), () -> s.bestand() + ": " + String.join("; ", r.deviations()));
        }));
    }

    @Test
    void elkeRegelEnElkeVoorwaardeHeeftScenariosDieHaarVervullenEnNietVervullen() throws IOException {
        List<ScenarioResult> resultaten = Scenario.load(Path.of("scenarios")).stream().map(s -> Scenarios.run(ENGINE, s)).toList();
        assertThat(Coverage.gaps(ENGINE, gemeente, resultaten, vrijgesteld)).isEmpty();
    }

    /**
     * Every provision is encoded by a rule or says why not ({@code nietGecodeerd} in {@code bepalingen/*.json}), so the
     * generated coverage report ({@code scenarios --html}, {@code --dekking}) never shows an auditor "zonder reden".
     */
    @Test
    void elkeBepalingIsGecodeerdOfZegtWaaromNiet() throws IOException {
        List<ScenarioResult> resultaten = Scenario.load(Path.of("scenarios")).stream().map(s -> Scenarios.run(ENGINE, s)).toList();
        assertThat(CoverageReport.rijen(ENGINE, gemeente, resultaten).stream()
                .filter(r -> r.regels().isEmpty() && r.nietGecodeerd() == null)
                .map(r -> r.regeling() + " art. " + r.artikel() + (r.lid() == null || r.lid().isEmpty() ? "" : " lid " + r.lid())))
                .as("provisions without a rule and without nietGecodeerd in bepalingen/*.json").isEmpty();
    }

    @Test
    void deDekkingstabelHeeftEenRijVoorElkLidEnElkeGeciteerdeBepaling() throws IOException {
        List<Path> bepalingen = bepalingen();
        assertThat(bepalingen).isNotEmpty();
        assertThat(Coverage.tableGaps(ENGINE, gemeente, Path.of("COVERAGE.md"), bepalingen)).isEmpty();
        Set<String> nogNiet = Coverage.readTable(Path.of("COVERAGE.md")).nogNietGecodeerd();
        if (!nogNiet.isEmpty()) System.out.println(gemeente + ": nog niet gecodeerd: " + String.join("; ", nogNiet));
    }

    @Test
    void elkeInterpretatieDieEenRegelNoemtStaatInEenRegister() throws IOException {
        String register = Files.readString(Path.of("INTERPRETATIES.md"));
        Path leesregels = leesregels();
        String project = leesregels == null ? "" : Files.readString(leesregels);
        List<String> ontbrekend = new ArrayList<>();
        for (Versie v : ENGINE.versies()) {
            if (!v.gemeente().equalsIgnoreCase(gemeente)) continue;
            for (RuleInfo r : ENGINE.regels(v.id())) {
                for (String id : r.interpretaties()) {
                    Pattern kop = Pattern.compile("(?m)^#+ " + Pattern.quote(id) + "\\b");
                    if (!kop.matcher(register).find() && !kop.matcher(project).find()) ontbrekend.add(id + " (rule '" + r.naam() + "')");
                }
            }
        }
        assertThat(ontbrekend).as("interpretations named by rules but headed neither in INTERPRETATIES.md nor in docs/LEESREGELS.md").isEmpty();
    }

    /** The package's quoted provisions, found through its own descriptors (not through the gemeente's name). */
    static List<Path> bepalingen() throws IOException {
        Path res = Path.of("src/main/resources");
        ObjectMapper m = new ObjectMapper();
        JsonNode pakket = m.readTree(res.resolve("META-INF/reintegratie/pakket.json").toFile());
        List<Path> uit = new ArrayList<>();
        for (JsonNode r : pakket.path("regelingen")) {
            JsonNode d = m.readTree(res.resolve(r.asText()).toFile());
            uit.add(res.resolve(d.path("bepalingen").asText()));
        }
        return uit;
    }

    /** docs/LEESREGELS.md of the project, found upwards from the module; {@code null} outside the project. */
    static Path leesregels() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path l = p.resolve("docs/LEESREGELS.md");
            if (Files.exists(l)) return l;
        }
        return null;
    }
}
