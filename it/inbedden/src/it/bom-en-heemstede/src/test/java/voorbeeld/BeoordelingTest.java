package voorbeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.reintegratie.engine.ReintegratieEngine;
import org.junit.jupiter.api.Test;

class BeoordelingTest {
    static final String CASUS = """
            {"gemeente": "Heemstede", "peildatum": "2024-03-04",
             "persoon": {"geboortedatum": "1990-05-01", "behoortTotDoelgroep": true, "afstandTotArbeidsmarkt": "groot"},
             "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "soort": "eerste", "ontvangstdatum": "2024-03-01",
                            "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """;

    @Test
    void eenCasusWordtBeoordeeldMetDeRegelsVanHeemstede() {
        String uit = Beoordeling.uitkomsten(CASUS);
        assertTrue(uit.startsWith("a1: "), uit);
        assertTrue(uit.contains("(art. "), "the decision cites the provision it rests on: " + uit);
        assertEquals(List.of("Heemstede"), ReintegratieEngine.load().gemeenten());
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
