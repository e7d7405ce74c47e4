package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gemeente that installs only its own rule package can run its shipped examples: {@code voorbeelden/<gemeente>-*.json}
 * carries no fact that only another gemeente's regeling declares (the engine would rightly reject it as unknown).
 * The cold-start benchmark measures exactly this.
 */
class VoorbeeldenTest {
    @Test
    void elkVoorbeeldDraaitMetAlleenHetEigenPakket(@TempDir Path dir) throws IOException {
        Path regels = Path.of("target/regels");
        Assumptions.assumeTrue(Files.isDirectory(regels), "the rule packages are copied to target/regels by the build");
        List<Path> pakketten;
        try (Stream<Path> s = Files.list(regels)) {
            pakketten = s.filter(p -> p.getFileName().toString().startsWith("reintegratie-rules-")).sorted().toList();
        }
        assertThat(pakketten).hasSize(4);
        int gedraaid = 0;
        for (Path pakket : pakketten) {
            String naam = pakket.getFileName().toString().replaceFirst("^reintegratie-rules-", "").replaceFirst("-\\d.*$", "");
            Path alleen = Files.createDirectory(dir.resolve(naam));
            Files.copy(pakket, alleen.resolve(pakket.getFileName()));
            List<Path> voorbeelden;
            try (Stream<Path> s = Files.list(Path.of("../voorbeelden"))) {
                voorbeelden = s.filter(p -> p.getFileName().toString().startsWith(naam + "-") && p.toString().endsWith(".json")).sorted().toList();
            }
            assertThat(voorbeelden).as(naam).isNotEmpty();
            for (Path v : voorbeelden) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
                int code = Main.run(new String[] {"--regels", alleen.toString(), "evaluate", v.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
                assertThat(code).as(v + ": " + err.toString(StandardCharsets.UTF_8)).isIn(0, 3);
                gedraaid++;
            }
        }
        assertThat(gedraaid).isGreaterThanOrEqualTo(8);
    }
}
