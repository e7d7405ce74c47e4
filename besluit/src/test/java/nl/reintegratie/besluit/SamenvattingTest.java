package nl.reintegratie.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.testsupport.Readability;
import nl.reintegratie.testsupport.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The readable summary (issue 10 §1), scanned over every scenario of the fixture package with {@link Readability}
 * (the four real packages are scanned in it/pakketten).
 */
class SamenvattingTest {
    /** The scenario folders of the rule packages in this repository that are on the test class path. */
    static List<Path> scenarioMappen() {
        List<Path> l = new ArrayList<>();
        for (String m : new String[] {"../it/midden-groningen/scenarios"}) if (Files.isDirectory(Path.of(m))) l.add(Path.of(m));
        return l;
    }

    static List<String> problemen(Evaluation e, String tekst) {
        return Readability.problems(e, tekst);
    }

    @Test
    void geenSamenvattingVanEenScenarioToontEenInterneCodeOfIsoNotatie() throws IOException {
        ReintegratieEngine engine = Gevallen.ENGINE;
        List<String> af = new ArrayList<>();
        int gelezen = 0;
        for (Path map : scenarioMappen()) {
            for (Scenario s : Scenario.load(map)) {
                Evaluation e;
                try {
                    e = engine.evaluateJson(s.casus().toString());
                } catch (InvalidCaseException x) {
                    continue; // a scenario that expects an input error has no summary
                }
                gelezen++;
                for (String p : problemen(e, ReintegratieEngine.toSummary(e))) af.add(s.bestand().getFileName() + " / " + s.naam() + ": " + p);
            }
        }
        assertThat(gelezen).isGreaterThan(10);
        assertThat(af).isEmpty();
    }

    @Test
    void hetBesluitStaatVooropEnDeHardheidsclausuleEenmaalAanHetEind() {
        Evaluation e = Gevallen.geval(Gevallen.TWEE).evaluatie();
        String t = ReintegratieEngine.toSummary(e);
        assertThat(t).contains("Aanvraag w1: Werkstage (werkervaringsplaats)\n  Besluit: de aanvraag moet worden afgewezen")
                .contains("Verleende voorziening v1: Sociale activering\n  Besluit: de voorziening kan worden voortgezet")
                .contains("Niet voldaan aan artikel 1a, tweede lid, van de Re-integratieverordening Midden-Groningen (testfixture): \"Een werkstage duurt ten hoogste drie maanden.\"")
                .contains("Gevraagd van 3 maart 2025 tot en met 3 juni 2025, ten hoogste drie maanden.");
        int hardheid = t.indexOf("Afwijken in bijzondere gevallen (hardheidsclausule):");
        assertThat(hardheid).isGreaterThan(t.indexOf("Verleende voorziening v1"));
        assertThat(t.split("Het college kan in bijzondere gevallen afwijken", -1)).hasSize(2);
        assertThat(problemen(e, t)).isEmpty();
    }

    @Test
    void bedragenEnTermijnenInWoorden() {
        String t = ReintegratieEngine.toSummary(Gevallen.geval(Gevallen.TOEKENBAAR).evaluatie());
        assertThat(t).contains("Werkstage: onkostenvergoeding per maand (artikel 1a, vierde lid): € 50,00 per maand")
                .contains("uiterlijk 31 maart 2025, vier weken na 3 maart 2025")
                .contains("ten hoogste drie maanden: van 3 maart 2025 tot en met 2 juni 2025")
                .contains("Het college is bevoegd, niet verplicht, de voorziening te verstrekken");
    }

    @Test
    void openVragenEnOntbrekendeGegevens() {
        String t = ReintegratieEngine.toSummary(Gevallen.geval(Gevallen.OORDEEL_OPEN).evaluatie());
        assertThat(t).contains("Vragen die het college moet beantwoorden voordat kan worden beslist:")
                .contains("- Draagt de voorziening naar het oordeel van het college onvoldoende bij aan de arbeidsinschakeling?");
        String o = ReintegratieEngine.toSummary(Gevallen.geval(Gevallen.ONVOLLEDIG).evaluatie());
        assertThat(o).contains("Gegevens die ontbreken:").contains("De persoon behoort tot de doelgroep").contains("(veld in de casus: persoon.behoortTotDoelgroep)");
    }
}
