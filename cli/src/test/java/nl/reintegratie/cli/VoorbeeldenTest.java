package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
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

    /**
     * The decision written as UTF-8 bytes (what the HTTP service sends) is the same JSON, character for character, as
     * the decision written as text, on one line and indented: checked on every shipped example.
     */
    @Test
    void deBytesZijnDezelfdeJsonAlsDeTekst() throws IOException {
        Path regels = Path.of("target/regels");
        Assumptions.assumeTrue(Files.isDirectory(regels), "the rule packages are copied to target/regels by the build");
        ReintegratieEngine engine = ReintegratieEngine.loadFrom(regels);
        List<Path> voorbeelden;
        try (Stream<Path> s = Files.list(Path.of("../voorbeelden"))) {
            voorbeelden = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int vergeleken = 0;
        for (Path v : voorbeelden) {
            Evaluation e;
            try {
                e = engine.evaluateJson(Files.readAllBytes(v));
            } catch (InvalidCaseException ex) {
                continue; // an example of bad input (there is one): nothing to write
            }
            for (boolean ingesprongen : new boolean[] {false, true}) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ReintegratieEngine.writeJson(e, bytes, ingesprongen);
                StringWriter tekst = new StringWriter();
                ReintegratieEngine.writeJson(e, tekst, ingesprongen);
                assertThat(bytes.toString(StandardCharsets.UTF_8)).as(v + (ingesprongen ? " indented" : "")).isEqualTo(tekst.toString());
            }
            assertThat(ReintegratieEngine.toJson(e)).as(v.toString()).isEqualTo(new String(bytesVan(e), StandardCharsets.UTF_8));
            vergeleken++;
        }
        assertThat(vergeleken).isGreaterThanOrEqualTo(8);
    }

    private static byte[] bytesVan(Evaluation e) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ReintegratieEngine.writeJson(e, uit, false);
        return uit.toByteArray();
    }
}
