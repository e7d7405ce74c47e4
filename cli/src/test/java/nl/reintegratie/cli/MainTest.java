package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's conventions: one table of exit codes, help per command, stdin, no stack trace for a user's mistake. */
class MainTest {

    static void geenStacktrace(Cli c) {
        assertThat(c.err() + c.out()).doesNotContain("Exception", "\tat ", "NullPointer");
    }

    @Test
    void hulpEnVersie() {
        Cli h = Cli.run("--help");
        assertThat(h.code).isZero();
        assertThat(h.out()).contains("Exitcodes", "0  klaar", "1  een scenario is mislukt", "2  ongeldige invoer", "3  beoordeeld", "4  de regelpakketten");
        assertThat(Cli.run().code).isEqualTo(2);
        Cli v = Cli.run("--version");
        assertThat(v.code).isZero();
        assertThat(v.out()).startsWith("reintegratie ");
        assertThat(Main.OPDRACHTEN).isSorted().doesNotHaveDuplicates();
        for (String opdracht : Main.OPDRACHTEN) {
            assertThat(Main.opdracht(opdracht)).as(opdracht).isNotNull();
            Cli c = Cli.run(opdracht, "--help");
            assertThat(c.code).as(opdracht).isZero();
            assertThat(c.out()).as(opdracht).contains("Gebruik: reintegratie " + opdracht);
        }
    }

    @Test
    void eenOnbekendeOpdrachtOfOptieIsVerkeerdGebruik(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("evalueer");
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err()).contains("onbekende opdracht 'evalueer'", "evaluate");
        Path casus = dir.resolve("casus.json");
        Files.writeString(casus, Cli.FIXTURE);
        Cli f = Cli.run("evaluate", "--jsn", casus.toString());
        assertThat(f.code).isEqualTo(2);
        assertThat(f.err()).contains("onbekende optie '--jsn'", "evaluate --help");
        assertThat(Cli.run("evaluate", casus.toString(), casus.toString()).code).isEqualTo(2);
        assertThat(Cli.run("evaluate").code).isEqualTo(2);
    }

    /** {@code --regels} is a general option: it may stand after the command too, once, and with its folder. */
    @Test
    void regelsMagOokNaDeOpdracht(@TempDir Path dir) throws IOException {
        Path casus = dir.resolve("casus.json");
        Files.writeString(casus, Cli.FIXTURE);
        Path regels = Files.isDirectory(Path.of("target/regels")) ? Path.of("target/regels") : Files.createDirectory(dir.resolve("regels"));
        Cli voor = zonderVoorvoegsel("--regels", regels.toString(), "evaluate", "--json", casus.toString());
        Cli na = zonderVoorvoegsel("evaluate", "--regels", regels.toString(), "--json", casus.toString());
        assertThat(voor.code).as(voor.err()).isZero();
        assertThat(na.code).as(na.err()).isZero();
        assertThat(na.out()).isEqualTo(voor.out());
        Cli zonderMap = zonderVoorvoegsel("evaluate", casus.toString(), "--regels");
        assertThat(zonderMap.code).isEqualTo(2);
        assertThat(zonderMap.err()).contains("--regels: geef een map");
        Cli tweeKeer = zonderVoorvoegsel("--regels", regels.toString(), "evaluate", "--regels", regels.toString(), casus.toString());
        assertThat(tweeKeer.code).isEqualTo(2);
        assertThat(tweeKeer.err()).contains("--regels: één keer");
        geenStacktrace(zonderMap);
    }

    private static Cli zonderVoorvoegsel(String... args) {
        Cli c = new Cli();
        c.code = Main.run(args, new java.io.PrintStream(c.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(c.err, true, java.nio.charset.StandardCharsets.UTF_8));
        return c;
    }

    @Test
    void eenBestandDatNietBestaatOfEenMap(@TempDir Path dir) {
        Cli c = Cli.run("evaluate", dir.resolve("nergens.json").toString());
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err()).contains("bestand niet gevonden");
        Cli m = Cli.run("evaluate", dir.toString());
        assertThat(m.code).isEqualTo(2);
        assertThat(m.err()).contains("is een map");
        geenStacktrace(c);
        geenStacktrace(m);
    }

    @Test
    void standaardinvoerAlsStreepje() {
        Cli c = Cli.runMetInvoer(Cli.FIXTURE, "evaluate", "--json", "-");
        assertThat(c.code).as(c.err()).isZero();
        assertThat(c.out()).contains("\"uitkomst\" : \"TOEKENBAAR\"");
    }

    @Test
    void slechteInvoerNoemtHetVeldEnGeeftExitcode2() {
        Cli c = Cli.runMetInvoer("{\"gemeente\": \"Midden-Groningen\", \"peildatum\": \"2025-02-30\", \"persoon\": {\"geboortedatum\": \"1990-01-01\"},"
                + " \"aanvragen\": [{\"id\": \"a1\", \"voorziening\": \"sociale-activering\", \"onbekendVeld\": 1}]}", "evaluate", "-");
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err()).contains("peildatum: '2025-02-30' is geen geldige datum", "aanvragen[0].onbekendVeld: onbekend gegeven");
        geenStacktrace(c);
        Cli leeg = Cli.runMetInvoer("", "evaluate", "-");
        assertThat(leeg.code).isEqualTo(2);
        assertThat(leeg.err()).contains("de invoer is leeg");
        Cli twee = Cli.runMetInvoer(Cli.FIXTURE + Cli.FIXTURE, "evaluate", "-");
        assertThat(twee.code).isEqualTo(2);
        assertThat(twee.err()).contains("één casus per document");
    }

    @Test
    void ontbrekendeGegevensGevenExitcode3EnNoemenHetVeld() {
        Cli c = Cli.runMetInvoer(Cli.FIXTURE.replace("\"behoortTotDoelgroep\": true", "\"alleenstaandeOuder\": true"), "evaluate", "-");
        assertThat(c.code).isEqualTo(3);
        assertThat(c.out()).contains("er ontbreken gegevens");
        assertThat(c.err()).contains("persoon.behoortTotDoelgroep");
    }

    @Test
    void benchmarkWeigertOnzinnigeSeconden(@TempDir Path dir) throws IOException {
        Path casus = dir.resolve("casus.json");
        Files.writeString(casus, Cli.FIXTURE);
        for (String s : new String[] {"0", "-1", "x", "601"}) {
            Cli c = Cli.run("benchmark", casus.toString(), s);
            assertThat(c.code).as(s).isEqualTo(2);
            geenStacktrace(c);
        }
    }

    @Test
    void yamlAlsCasus(@TempDir Path dir) throws IOException {
        Path casus = dir.resolve("casus.yaml");
        Files.writeString(casus, """
                # een casus in YAML, met commentaar
                gemeente: Midden-Groningen
                peildatum: 2025-03-01
                persoon:
                  geboortedatum: 1990-01-01
                  behoortTotDoelgroep: true
                aanvragen:
                  - id: a1
                    voorziening: sociale-activering
                    oordelen:
                      onvoldoende-bijdrage-arbeidsinschakeling: false
                """);
        Cli c = Cli.run("evaluate", casus.toString());
        assertThat(c.code).as(c.err()).isZero();
        assertThat(c.out()).contains("de voorziening kan worden toegekend");
    }
}
