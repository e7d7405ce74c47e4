package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.reintegratie.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * A model rule carries the project's readings and, where the applying regeling names them in its descriptor
 * ({@code "interpretaties"} of a {@code modelregels} entry), the regeling's own — only in that regeling, and only at
 * the places it names.
 */
class ModelInterpretatiesTest {
    private static List<RuleInfo> modelregels(String versie, String model, String artikel, String lid) {
        return Pakketten.ENGINE.regels(versie).stream()
                .filter(r -> r.naam().startsWith("Model " + model + " ") && r.citaat().artikel().equals(artikel) && java.util.Objects.equals(r.citaat().lid(), lid))
                .toList();
    }

    @Test
    void deEigenInterpretatiesStaanBijDeModelregelsVanDieRegelingOpDiePlaats() {
        // Haaksbergen names HB-06 and HB-09 for the proefplaats' lid 6 (its art. 13 lid 6)
        List<RuleInfo> hb = modelregels("haaksbergen-2023", "proefplaats", "13", "6");
        assertThat(hb).isNotEmpty().allSatisfy(r -> assertThat(r.interpretaties()).contains("HB-06", "HB-09"));
        // not at another place of the same provision
        assertThat(modelregels("haaksbergen-2023", "proefplaats", "13", "2")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.interpretaties()).doesNotContain("HB-06", "HB-09"));
        // and not in another regeling that applies the same rules: Heemstede's art. 12A lid 6
        List<RuleInfo> h = modelregels("heemstede-2023", "proefplaats", "12A", "6");
        assertThat(h).isNotEmpty().allSatisfy(r -> assertThat(r.interpretaties()).noneMatch(i -> i.startsWith("HB-")));
        // "*": every rule of the provision (Heemstede's art. 13A, the intermediaire activiteit)
        assertThat(Pakketten.ENGINE.regels("heemstede-2023").stream().filter(r -> r.naam().startsWith("Model intermediaire-activiteit ")).toList())
                .isNotEmpty().allSatisfy(r -> assertThat(r.interpretaties()).contains("H-28"));
    }
}
