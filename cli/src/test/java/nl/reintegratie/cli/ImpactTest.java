package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact} on the shipped Heemstede caseload and variant (README): the report and the CSV say exactly what the
 * variant changes — here the premie of every participatieplaats that has one, by € 50, and nothing else — and the
 * comparison with another gemeente's regelingen runs the same situations under that gemeente.
 */
class ImpactTest {
    static final Path CASELOAD = Path.of("../voorbeelden/caseload-heemstede.jsonl");
    static final Path VARIANT = Path.of("../voorbeelden/varianten/heemstede-premie-participatieplaats-250.json");

    @Test
    void deVariantVerandertPreciesDePremieVanElkeParticipatieplaats(@TempDir Path dir) throws IOException {
        long metPremie = 0;
        BigDecimal totaal = BigDecimal.ZERO;
        for (String regel : Files.readAllLines(CASELOAD)) {
            Evaluation e = Cli.ENGINE.evaluateJson(regel);
            for (Besluit b : e.besluiten()) {
                for (Besluit.Berekening r : b.berekeningen()) {
                    if (r.code().equals("participatieplaats.premie") && r.waarde() != null) {
                        metPremie++;
                        totaal = totaal.add(r.waarde());
                    }
                }
            }
        }
        assertThat(metPremie).as("the shipped caseload has participatieplaatsen with a premie").isGreaterThan(5);

        Cli c = Cli.run("impact", CASELOAD.toString(), "--variant", VARIANT.toString(), "--uitvoer", dir.toString());
        assertThat(c.code).as(c.err()).isZero();
        assertThat(c.err()).contains("variant premie-participatieplaats-250: " + Files.readAllLines(CASELOAD).size() + " casussen")
                .contains(metPremie + " gewijzigd, 0 met een fout");

        List<String> csv = Files.readAllLines(dir.resolve("variant-premie-participatieplaats-250.csv"));
        assertThat(csv.get(0)).isEqualTo(ImpactAnalyse.CSV_KOP.strip());
        assertThat(csv).hasSize((int) metPremie + 1);
        for (String r : csv.subList(1, csv.size())) assertThat(r).contains(",participatieplaats,").contains("participatieplaats.premie=250");

        String html = Files.readString(dir.resolve("impact.html"));
        int veranderd = html.indexOf("<td>participatieplaats · participatieplaats.premie</td>");
        assertThat(veranderd).as("the premie is in the table of amounts that change").isPositive().isLessThan(html.indexOf("Bedragen die niet veranderen"));
        String nieuw = String.format(java.util.Locale.ROOT, "%.2f", totaal.add(BigDecimal.valueOf(50 * metPremie)));
        assertThat(html.substring(veranderd, html.indexOf("</tr>", veranderd))).contains(nieuw).contains(String.format(java.util.Locale.ROOT, "%.2f", totaal));
        assertThat(html).contains("Geen termijn verandert.").contains("Termijnen die niet veranderen").contains("vier weken")
                .contains("Geen enkele uitkomst verandert.").doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void dezelfdeSituatiesOnderDeRegelingenVanEenAndereGemeente(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("impact", CASELOAD.toString(), "--gemeenten", "Oirschot", "--uitvoer", dir.toString());
        assertThat(c.code).as(c.err()).isZero();
        assertThat(c.err()).contains("regelingen van Oirschot: " + Files.readAllLines(CASELOAD).size() + " casussen");
        assertThat(Files.readString(dir.resolve("impact.html"))).contains("regelingen van Oirschot").contains("Uitkomsten die veranderen");
        assertThat(Files.readAllLines(dir.resolve("gemeente-oirschot.csv")).size()).isGreaterThan(10);
    }

    @Test
    void eenOnleesbareVariantOfOnbekendeGemeenteIsEenFoutVanDeGebruiker(@TempDir Path dir) throws IOException {
        Path kapot = dir.resolve("kapot.json");
        Files.writeString(kapot, "{\"naam\": \"x\", \"reden\": \"proef\", \"versie\": \"heemstede-2024\", \"vanaf\": \"2026-01-01\", \"parameters\": {\"bestaat.niet\": 1}}");
        Cli c = Cli.run("impact", CASELOAD.toString(), "--variant", kapot.toString(), "--uitvoer", dir.resolve("uit").toString());
        assertThat(c.code).isEqualTo(Main.FOUT);
        assertThat(c.err()).contains("kapot.json").contains("bestaat.niet").doesNotContain("Exception");
        Cli d = Cli.run("impact", CASELOAD.toString(), "--gemeenten", "Atlantis");
        assertThat(d.code).isEqualTo(Main.FOUT);
        assertThat(d.err()).contains("Atlantis");
    }
}
