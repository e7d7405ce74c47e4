package voorbeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.reintegratie.engine.ReintegratieEngine;
import org.junit.jupiter.api.Test;

class BeoordelingTest {
    static final String CASUS = """
            {"gemeente": "Heemstede", "peildatum": "2026-03-16",
             "persoon": {"geboortedatum": "1999-03-17", "behoortTotDoelgroep": true, "afstandTotArbeidsmarkt": "groot",
                         "uitkering": "algemene-bijstand", "uitkeringSinds": "2022-05-01"},
             "aanvragen": [{"id": "pp-1", "voorziening": "participatieplaats", "soort": "eerste", "ontvangstdatum": "2026-03-02",
                            "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """;

    @Test
    void eenCasusWordtBeoordeeldMetDeRegelsVanHeemstede() {
        // a day before the 27th birthday: the participatieplaats (art. 10a Pw) must be refused, citing art. 8 lid 1
        String uit = Beoordeling.uitkomsten(CASUS);
        assertTrue(uit.startsWith("pp-1: MOET_WORDEN_GEWEIGERD\n"), uit);
        assertTrue(uit.contains("grond art. 8 lid 1 (verplicht)"), uit);
        assertTrue(Beoordeling.alsJson(CASUS).contains("\"bepalingen\""));
        assertEquals(List.of("Heemstede"), ReintegratieEngine.load().gemeenten());
    }

    @Test
    void ongeldigeInvoerNoemtHetVeld() {
        assertTrue(Beoordeling.uitkomsten(CASUS.replace("2026-03-16", "2026-13-16")).startsWith("ongeldig: peildatum"));
    }

    @Test
    void deRuntimeBevatGeenScenariogereedschap() {
        // the scenario runner and coverage checks live in reintegratie-test-support, which an embedder does not ship
        assertThrows(ClassNotFoundException.class, () -> Class.forName("nl.reintegratie.testsupport.Scenario"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("nl.reintegratie.testsupport.RuleCheck"));
    }

    @Test
    void deVersieStaatInDeBibliotheek() {
        assertTrue(ReintegratieEngine.version().matches("\\d+\\.\\d+\\.\\d+.*"), ReintegratieEngine.version());
    }
}
