package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files are checked as strictly as cases: a misspelt expectation fails, it never passes silently. */
class ScenariosOpdrachtTest {
    static final String BASIS = """
            "basis": {"gemeente": "Midden-Groningen", "peildatum": "2025-03-01",
                      "persoon": {"geboortedatum": "1990-01-01", "behoortTotDoelgroep": true},
                      "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """;

    static Cli scenarios(Path dir, String inhoud) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, inhoud);
        return Cli.run("scenarios", f.toString());
    }

    @Test
    void eenGeslaagdEnEenMisluktScenario(@TempDir Path dir) throws IOException {
        Cli ok = scenarios(dir, "{\"titel\": \"t\", " + BASIS + ", \"scenarios\": [{\"naam\": \"toekenbaar\", \"verwacht\": {\"a1\": {\"uitkomst\": \"TOEKENBAAR\"}}}]}");
        assertThat(ok.code).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("1 geslaagd, 0 mislukt");
        Cli mis = scenarios(dir, "{\"titel\": \"t\", " + BASIS + ", \"scenarios\": [{\"naam\": \"fout verwacht\", \"verwacht\": {\"a1\": {\"uitkomst\": \"ONVOLLEDIG\"}}}]}");
        assertThat(mis.code).isEqualTo(1);
        assertThat(mis.out()).contains("MISLUKT", "verwacht ONVOLLEDIG, kreeg TOEKENBAAR");
    }

    @Test
    void eenVerschrevenVerwachtingIsEenFout(@TempDir Path dir) throws IOException {
        Cli c = scenarios(dir, "{\"titel\": \"t\", " + BASIS + ", \"scenarios\": [{\"naam\": \"x\", \"verwacht\": {\"a1\": {\"uitkmst\": \"TOEKENBAAR\"}}}]}");
        assertThat(c.code).isEqualTo(1);
        assertThat(c.out()).contains("verwacht.a1.uitkmst: onbekend veld");
        Cli u = scenarios(dir, "{\"titel\": \"t\", " + BASIS + ", \"scenarios\": [{\"naam\": \"x\", \"verwacht\": {\"a1\": {\"uitkomst\": \"TOEKENBAARR\"}}}]}");
        assertThat(u.code).isEqualTo(1);
        assertThat(u.out()).contains("is geen uitkomst");
    }

    @Test
    void eenScenariolijstDieGeenLijstIsOfLeegIsOfGetallenBevat(@TempDir Path dir) throws IOException {
        for (String slecht : new String[] {"{" + BASIS + ", \"scenarios\": \"x\"}", "{" + BASIS + ", \"scenarios\": []}", "{" + BASIS + ", \"scenarios\": [1, 2]}",
                "", "   ", "[]", "\"tekst\"", "{\"titel\": \"t\", \"scenarioos\": []}"}) {
            Cli c = scenarios(dir, slecht);
            assertThat(c.code).as(slecht).isEqualTo(2);
            MainTest.geenStacktrace(c);
        }
    }

    @Test
    void eenCasusZonderVerwachtIsGeenScenario(@TempDir Path dir) throws IOException {
        Cli c = scenarios(dir, Cli.FIXTURE);
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err()).contains("heeft geen 'verwacht'", "evaluate");
    }
}
