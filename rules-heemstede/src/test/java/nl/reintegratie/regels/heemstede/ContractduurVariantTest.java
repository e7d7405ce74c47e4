package nl.reintegratie.regels.heemstede;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Uitkomst;
import nl.reintegratie.engine.Variant;
import org.junit.jupiter.api.Test;

/**
 * The beleidsregels' contractduur (art. 14 lid 1 onder d) restates the six months of the verordening's art. 12C lid 2
 * onder c: one fact, one ground, through the verordening's condition (H-36; the scenarios show it). Only where the two
 * part — a policy variant that asks a longer contract of the beleidsregels — does a contract that meets art. 12C and not
 * the beleidsregel give the ground through the beleidsregel's condition. Scenario files cannot carry a variant, so this
 * side is tested here, with the case of the art. 14 scenarios (a werkplekaanpassing) and a real variant.
 */
class ContractduurVariantTest {
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();

    @Test
    void eenLangereContractduurInDeBeleidsregelsGeeftDeGrondDoorHaarVoorwaarde() throws IOException {
        // a werkplekaanpassing on a contract of seven months: art. 12C lid 2 onder c (six months, 12 hours) is met
        String casus = Files.readString(Path.of("src/test/resources/contractduur-zeven-maanden.json"));
        Besluit zonder = ENGINE.evaluateJson(casus).besluiten().get(0);
        assertThat(zonder.uitkomst()).isEqualTo(Uitkomst.TOEKENBAAR);

        Variant negen = Variant.vanJson("""
                {"naam": "contractduur-negen-maanden", "reden": "Wat als de beleidsregels een contract van negen maanden vragen (art. 14 lid 1 onder d)?",
                 "versie": "heemstede-2024", "vanaf": "2024-01-01", "parameters": {"overigeVoorzieningen.minimumContractduurMaanden": 9}}""");
        Evaluation e = ENGINE.withVariant(negen).evaluateJson(casus);
        Besluit b = e.besluiten().get(0);
        assertThat(b.uitkomst()).isEqualTo(Uitkomst.KAN_WORDEN_GEWEIGERD);
        assertThat(b.gronden()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("voorwaarde-niet-vervuld");
            assertThat(g.citaat().regeling()).isEqualTo("heemstede-beleidsregels-2024");
            assertThat(g.citaat().artikel()).isEqualTo("14");
            assertThat(g.citaat().onderdeel()).isEqualTo("d");
            assertThat(g.via().artikel()).isEqualTo("3");
            assertThat(g.via().onderdeel()).isEqualTo("e");
        });
        assertThat(b.voorwaarden()).anySatisfy(v -> {
            assertThat(v.code()).isEqualTo("ondersteuning.dienstbetrekking");
            assertThat(v.status()).isEqualTo(Besluit.Voorwaarde.Status.VERVULD);
        });
    }
}
