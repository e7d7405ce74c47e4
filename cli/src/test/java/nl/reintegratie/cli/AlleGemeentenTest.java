package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Uitkomst;
import nl.reintegratie.engine.Versie;
import org.junit.jupiter.api.Test;

/** The four rule packages together on one class path, as an embedding system has them. */
class AlleGemeentenTest {
    static final ReintegratieEngine ENGINE = EngineTest.ENGINE;

    @Test
    void alleVierGemeentenWordenGevondenElkMetHunVersies() {
        assertThat(ENGINE.versies()).extracting(Versie::gemeente).contains("Heemstede", "Haaksbergen", "Waterland", "Oirschot");
        assertThat(ENGINE.versies()).extracting(Versie::id)
                .contains("heemstede-2023", "heemstede-2024", "haaksbergen-2023", "waterland-2025", "oirschot-2024");
    }

    @Test
    void waterlandKentGeenWerkstageMaarEenWerkervaringsplaats() {
        String casus = """
                {"gemeente": "%s", "peildatum": "2025-03-01", "persoon": {"geboortedatum": "1990-01-01", "behoortTotDoelgroep": true},
                 "aanvragen": [{"id": "a", "voorziening": "werkstage"}]}
                """;
        assertThat(ENGINE.evaluateJson(casus.formatted("Waterland")).besluit("a").uitkomst()).isEqualTo(Uitkomst.BESTAAT_NIET);
        assertThat(ENGINE.evaluateJson(casus.formatted("Oirschot")).besluit("a").uitkomst()).isNotEqualTo(Uitkomst.BESTAAT_NIET);
    }

    @Test
    void eenVoorzieningVanEenAndereGemeenteBestaatHierNiet() {
        Evaluation e = ENGINE.evaluateJson("""
                {"gemeente": "Heemstede", "peildatum": "2025-03-01",
                 "persoon": {"geboortedatum": "2004-01-01", "behoortTotDoelgroep": true},
                 "aanvragen": [{"id": "v", "voorziening": "jongerenvoucher"}, {"id": "u", "voorziening": "uitstroompremie"}]}
                """);
        assertThat(e.besluit("v").uitkomst()).isEqualTo(Uitkomst.BESTAAT_NIET);
        assertThat(e.besluit("u").uitkomst()).isEqualTo(Uitkomst.BESTAAT_NIET);
    }

    @Test
    void deInwerkingtredingVanElkeGemeenteIsEenGrens() {
        for (List<String> g : List.of(List.of("Haaksbergen", "2023-06-30", "2023-07-01"), List.of("Oirschot", "2024-09-30", "2024-10-01"),
                List.of("Waterland", "2025-01-30", "2025-01-31"))) {
            String casus = """
                    {"gemeente": "%s", "peildatum": "%s", "persoon": {"geboortedatum": "1990-01-01", "behoortTotDoelgroep": true},
                     "aanvragen": [{"id": "a", "voorziening": "sociale-activering"}]}
                    """;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.evaluateJson(casus.formatted(g.get(0), g.get(1))))
                    .hasMessageContaining("peildatum").hasMessageContaining(g.get(2));
            assertThat(ENGINE.evaluateJson(casus.formatted(g.get(0), g.get(2))).besluit("a").uitkomst()).isNotEqualTo(Uitkomst.BESTAAT_NIET);
        }
    }
}
