package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.reintegratie.testsupport.Scenario;
import nl.reintegratie.testsupport.ScenarioResult;
import nl.reintegratie.testsupport.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The README stays true: the embedding example is the class the embedding project compiles and tests; the YAML scenario
 * it shows is the shipped file, and it passes; every file under voorbeelden/ that the README names exists; every
 * shipped example case is a valid case under its gemeente.
 */
class ReadmeTest {
    static final Path ROOT = Path.of("../..");

    static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"));
    }

    @Test
    void hetVoorbeeldVoorInbeddenIsDeGeteesteKlasse() throws Exception {
        String klasse = Files.readString(ROOT.resolve("it/inbedden/src/it/bom-en-heemstede/src/main/java/voorbeeld/Beoordeling.java")).strip();
        assertThat(readme()).contains("```java\n" + klasse + "\n```");
    }

    @Test
    void hetYamlScenarioUitDeReadmeSlaagt() throws Exception {
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme());
        assertThat(m.find()).isTrue();
        Path bestand = ROOT.resolve("voorbeelden/scenario-participatieplaats.yaml");
        assertThat(Files.readString(bestand)).endsWith(m.group(1));
        List<Scenario> scenarios = Scenario.load(bestand);
        assertThat(scenarios).hasSize(2);
        for (Scenario s : scenarios) {
            ScenarioResult r = Scenarios.run(Pakketten.ENGINE, s);
            assertThat(r.passed()).as(s.naam() + ": " + r.deviations()).isTrue();
        }
    }

    @Test
    void elkBestandDatDeReadmeNoemtBestaat() throws Exception {
        Matcher m = Pattern.compile("(voorbeelden/[\\w./-]+\\.(?:jsonl|json|yaml))").matcher(readme());
        List<String> ontbreekt = new ArrayList<>();
        while (m.find()) if (!Files.exists(ROOT.resolve(m.group(1)))) ontbreekt.add(m.group(1));
        assertThat(ontbreekt).isEmpty();
    }

    @Test
    void elkVoorbeeldIsEenGeldigeCasus() throws Exception {
        int n = 0;
        try (var s = Files.list(ROOT.resolve("voorbeelden"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).toList()) {
                assertThat(p.getFileName().toString()).as("a shipped example names its gemeente")
                        .matches("(heemstede|haaksbergen|waterland|oirschot)-.*\\.json");
                Pakketten.ENGINE.evaluateJson(Files.readString(p));
                n++;
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(8);
    }
}
