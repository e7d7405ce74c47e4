package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code genereer}: an example caseload of invented persons for each gemeente whose rules the CLI finds — every line a
 * valid case under that gemeente, about a voorziening its rules provide; the same seed gives the same caseload.
 */
class GenereerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void elkeGemeenteKrijgtGeldigeCasussenOverWatZijAanbiedt(@TempDir Path dir) throws IOException {
        List<String> gemeenten = Cli.ENGINE.gemeenten().stream().filter(g -> !g.equals("Midden-Groningen")).toList();
        assertThat(gemeenten).as("the four rule packages in target/regels (built by the reactor before the CLI)")
                .contains("Heemstede", "Haaksbergen", "Waterland", "Oirschot");
        for (String g : gemeenten) {
            Path uit = dir.resolve(g + ".jsonl");
            Cli c = Cli.run("genereer", "--aantal", "300", "--seed", "7", "--gemeente", g, "--uitvoer", uit.toString());
            assertThat(c.code).as(g + ": " + c.err()).isZero();
            List<String> regels = Files.readAllLines(uit);
            assertThat(regels).hasSize(300);
            Set<String> voorzieningen = new HashSet<>();
            for (String regel : regels) {
                JsonNode casus = JSON.readTree(regel);
                assertThat(casus.path("gemeente").asText()).isEqualTo(g);
                Cli.ENGINE.readCase(regel);
                voorzieningen.add(casus.at("/aanvragen/0/voorziening").asText());
            }
            assertThat(voorzieningen).as(g + ": a caseload asks for more than one voorziening").hasSizeGreaterThan(5);
            Cli batch = Cli.run("batch", "--uitvoer", dir.resolve(g + "-besluiten.jsonl").toString(), uit.toString());
            assertThat(batch.code).as(g + ": " + batch.err()).isZero();
        }
    }

    @Test
    void hetzelfdeZaadGeeftDezelfdeCaseload() {
        String a = Cli.run("genereer", "--aantal", "50", "--seed", "3", "--gemeente", "Heemstede").out();
        String b = Cli.run("genereer", "--aantal", "50", "--seed", "3", "--gemeente", "Heemstede").out();
        String c = Cli.run("genereer", "--aantal", "50", "--seed", "4", "--gemeente", "Heemstede").out();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(a.lines()).hasSize(50);
    }

    @Test
    void eenOnbekendeGemeenteOfGeenAantalIsEenFoutVanDeGebruiker() {
        Cli c = Cli.run("genereer", "--aantal", "5", "--gemeente", "Atlantis");
        assertThat(c.code).isEqualTo(Main.FOUT);
        assertThat(c.err()).contains("--gemeente").contains("Atlantis").doesNotContain("Exception");
        Cli d = Cli.run("genereer", "--gemeente", "Heemstede");
        assertThat(d.code).isEqualTo(Main.FOUT);
        assertThat(d.err()).contains("--aantal is verplicht");
    }
}
