package nl.reintegratie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
    @Test
    void eenScenarioIsDeBasisMetZijnEigenVeldenErover(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"titel": "T", "basis": {"gemeente": "G", "persoon": {"geboortedatum": "1990-01-01", "uitkering": "ioaw"},
                   "aanvragen": [{"id": "a1", "omstandigheden": {"x": true, "y": false}}]},
                 "scenarios": [
                   {"naam": "een", "persoon": {"uitkering": null}, "aanvragen": [{"omstandigheden": {"y": true}}], "verwacht": {"a1": {"uitkomst": "TOEKENBAAR"}}},
                   {"naam": "twee", "verwacht": {"a1": {}}}
                 ]}
                """);
        List<Scenario> s = Scenario.laad(f);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).naam()).isEqualTo("een");
        assertThat(s.get(0).casus().path("persoon").has("uitkering")).isFalse();
        assertThat(s.get(0).casus().path("persoon").path("geboortedatum").asText()).isEqualTo("1990-01-01");
        assertThat(s.get(0).casus().path("aanvragen").get(0).path("omstandigheden").path("x").asBoolean()).isTrue();
        assertThat(s.get(0).casus().path("aanvragen").get(0).path("omstandigheden").path("y").asBoolean()).isTrue();
        assertThat(s.get(0).casus().has("verwacht")).isFalse();
        assertThat(s.get(1).casus().path("persoon").path("uitkering").asText()).isEqualTo("ioaw");
        assertThat(s.get(1).casus().path("aanvragen").get(0).path("omstandigheden").path("y").asBoolean()).isFalse();
    }

    @Test
    void eenKapotScenariobestandNoemtHetBestand(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("kapot.json");
        Files.writeString(f, "{ \"titel\": ");
        assertThatThrownBy(() -> Scenario.laad(f)).isInstanceOf(IOException.class).hasMessageContaining("kapot.json");
    }
}
