package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.reintegratie.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * The articles a regeling declares to be about voorzieningen only ({@code "nietVoorOpdrachten"} in its descriptor:
 * Oirschot 2.2 and 3.1, O-12): every rule cited there, its own and the model rules it applies there, is marked in the
 * listing of the version's rules, so an auditor sees that it does not apply to the tegenprestatie; no other rule is.
 */
class NietVoorOpdrachtenTest {
    @Test
    void deRegelsVanOirschotArtikel22En31ZijnNietVoorOpdrachten() {
        List<RuleInfo> regels = Pakketten.ENGINE.regels("oirschot-2024");
        List<RuleInfo> gemarkeerd = regels.stream().filter(RuleInfo::nietVoorOpdrachten).toList();
        assertThat(gemarkeerd).isNotEmpty().allSatisfy(r -> assertThat(r.citaat().artikel()).isIn("2.2", "3.1"));
        assertThat(regels).filteredOn(r -> r.citaat().artikel().equals("2.2") || r.citaat().artikel().equals("3.1"))
                .allSatisfy(r -> assertThat(r.nietVoorOpdrachten()).as(r.naam()).isTrue());
        // the model rules Oirschot applies as art. 3.1 lid 6 and 7 are marked there
        assertThat(gemarkeerd).anySatisfy(r -> {
            assertThat(r.naam()).startsWith("Model weigering.doelgroep ");
            assertThat(r.citaat().lid()).isEqualTo("6");
        });
        assertThat(gemarkeerd).anySatisfy(r -> {
            assertThat(r.naam()).startsWith("Model beeindiging.voorwaarden ");
            assertThat(r.citaat().lid()).isEqualTo("7");
        });
        // the tegenprestatie's own article is not
        assertThat(regels).filteredOn(r -> r.citaat().artikel().equals("4.1")).isNotEmpty().noneMatch(RuleInfo::nietVoorOpdrachten);
    }

    @Test
    void deZelfdeModelregelsEldersZijnNietGemarkeerd() {
        for (String versie : List.of("haaksbergen-2023", "waterland-2025", "heemstede-2024")) {
            assertThat(Pakketten.ENGINE.regels(versie)).as(versie).noneMatch(RuleInfo::nietVoorOpdrachten);
        }
    }
}
