package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's output and exit codes. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void evaluateDrukteEenSamenvattingMetCitaten() {
        assertThat(run("evaluate", "../voorbeelden/heemstede-2024-jobcoaching.json")).isZero();
        assertThat(out()).contains("Uitkomst: TOEKENBAAR", "art. 12J lid 1", "Beleidsregels re-integratie Participatiewet, IOAW, IOAZ Heemstede 2024");
    }

    @Test
    void evaluateJsonGeeftHetBesluitAlsJson() {
        assertThat(run("evaluate", "--json", "../voorbeelden/heemstede-2024-jobcoaching.json")).isZero();
        assertThat(out()).contains("\"uitkomst\" : \"TOEKENBAAR\"", "\"citaat\"", "\"tekst\"", "\"afleiding\"");
    }

    @Test
    void slechteInvoerGeeftExitcode2EnGeenStacktrace(@TempDir Path dir) throws IOException {
        Path kapot = dir.resolve("kapot.json");
        Files.writeString(kapot, "{\"gemeente\": \"Heemstede\", \"peildatum\": \"2023-06-30\", \"persoon\": {\"geboortedatum\": \"1990-01-01\"}}");
        assertThat(run("evaluate", kapot.toString())).isEqualTo(2);
        assertThat(err()).contains("peildatum:", "heemstede-2023").doesNotContain("Exception", "\tat ");
        assertThat(run("evaluate", dir.resolve("bestaat-niet.json").toString())).isEqualTo(2);
        assertThat(err()).contains("file not found");
        Files.writeString(kapot, "{ nee");
        assertThat(run("evaluate", kapot.toString())).isEqualTo(2);
        assertThat(run("onbekend")).isEqualTo(2);
    }

    @Test
    void ontbrekendeGegevensGevenExitcode3EnNoemenHetVeld(@TempDir Path dir) throws IOException {
        Path casus = dir.resolve("casus.json");
        Files.writeString(casus, """
                {"gemeente": "Heemstede", "peildatum": "2023-10-01", "persoon": {"geboortedatum": "1990-01-01"},
                 "aanvragen": [{"id": "a1", "voorziening": "participatieplaats"}]}
                """);
        assertThat(run("evaluate", casus.toString())).isEqualTo(3);
        assertThat(out()).contains("ONVOLLEDIG");
        assertThat(err()).contains("persoon.uitkering", "persoon.behoortTotDoelgroep");
    }

    @Test
    void scenariosDruktEenTabelEnFaaltBijEenAfwijking(@TempDir Path dir) throws IOException {
        assertThat(run("scenarios", "../rules-heemstede/scenarios/verordening-art-08-participatieplaats.json")).isZero();
        assertThat(out()).contains("PASS", " passed, 0 failed");
        Path fout = dir.resolve("fout.json");
        Files.writeString(fout, Files.readString(Path.of("../rules-heemstede/scenarios/verordening-art-08-participatieplaats.json"))
                .replaceFirst("\"TOEKENBAAR\"", "\"BESTAAT_NIET\""));
        assertThat(run("scenarios", fout.toString())).isEqualTo(1);
        assertThat(out()).contains("FAIL", "expected BESTAAT_NIET");
    }

    @Test
    void vergelijkZetGemeentenNaastElkaar() {
        assertThat(run("vergelijk", "../voorbeelden/heemstede-2024-jobcoaching.json", "Heemstede", "Atlantis")).isZero();
        assertThat(out()).contains("== Heemstede", "TOEKENBAAR", "== Atlantis", "cannot be evaluated here");
    }

    @Test
    void regelsEnVersiesVoorAuditors() {
        assertThat(run("versies")).isZero();
        assertThat(out()).contains("heemstede-2023", "heemstede-2024");
        assertThat(run("regels", "heemstede-2023")).isZero();
        assertThat(out()).contains("Art. 3 lid 2 onder a", "\"Het college kan een voorziening weigeren als:");
        assertThat(run("regels", "nergens-2099")).isEqualTo(2);
    }
}
