package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's embedding example is this module's {@link Embedding}: it compiles, runs, and the README shows it verbatim. */
class EmbeddingTest {
    @Test
    void hetVoorbeeldUitDeReadmeCompileertEnWerkt() throws IOException {
        String json = Embedding.beslis(Files.readString(Path.of("../voorbeelden/heemstede-2024-jobcoaching.json")));
        assertThat(json).contains("\"uitkomst\" : \"TOEKENBAAR\"");
    }

    @Test
    void deReadmeToontHetVoorbeeldLetterlijk() throws IOException {
        String bron = Files.readString(Path.of("src/test/java/nl/reintegratie/cli/Embedding.java"));
        String voorbeeld = bron.substring(bron.indexOf("import nl.reintegratie.engine.*;")).strip();
        assertThat(Files.readString(Path.of("../README.md"))).contains(voorbeeld);
    }
}
