package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A judgement a regeling gives itself, in policy ({@code oordelenInBeleid}, L-21 item 6): the descriptor's fields are
 * checked naming the field, and the build of a version checks the judgement, the voorzieningen and the provision
 * against what the version has. The effect on decisions is in Heemstede's scenarios (B art. 16 lid 1, H-35).
 */
class OordelenInBeleidTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final ClassLoader LOADER = OordelenInBeleidTest.class.getClassLoader();

    @Test
    void eenVeldDatNietKlopt() throws Exception {
        assertThat(RegelingDescriptor.oordelenInBeleid(M.readTree("{}"), "p.json")).isEmpty();
        String goed = "{\"code\": \"c\", \"oordeel\": \"o\", \"waarde\": false, \"voorzieningen\": [\"werkstage\"], \"artikel\": \"2\", \"omschrijving\": \"Art. 2 — x\"}";
        assertThat(RegelingDescriptor.oordelenInBeleid(M.readTree("{\"oordelenInBeleid\": [" + goed + "]}"), "p.json"))
                .singleElement().satisfies(o -> {
                    assertThat(o.oordeel()).isEqualTo("o");
                    assertThat(o.waarde()).isFalse();
                    assertThat(o.voorzieningen()).containsExactly("werkstage");
                    assertThat(o.lid()).isNull();
                });
        fout("{\"oordelenInBeleid\": {}}", "'oordelenInBeleid'");
        fout("{\"oordelenInBeleid\": [" + goed.replace("\"waarde\": false", "\"waarde\": \"nee\"") + "]}", "'waarde'");
        fout("{\"oordelenInBeleid\": [" + goed.replace("[\"werkstage\"]", "[]") + "]}", "'voorzieningen'");
        fout("{\"oordelenInBeleid\": [" + goed.replace("\"oordeel\": \"o\", ", "") + "]}", "'oordeel' is required");
        fout("{\"oordelenInBeleid\": [" + goed.replace(", \"omschrijving\": \"Art. 2 — x\"", "") + "]}", "'omschrijving' is required");
        fout("{\"oordelenInBeleid\": [" + goed + ", " + goed.replace("\"c\"", "\"d\"") + "]}", "given twice for voorziening werkstage");
        fout("{\"oordelenInBeleid\": [" + goed + ", " + goed.replace("[\"werkstage\"]", "[\"scholing\"]") + "]}", "code 'c' is used twice");
    }

    @Test
    void deVersieHeeftHetOordeelDeVoorzieningEnDeBepaling() {
        RegelingDescriptor v = RegelingDescriptor.lees(LOADER, "proef-beleid/verordening.regeling.json");
        RegelingDescriptor b = RegelingDescriptor.lees(LOADER, "proef-beleid/beleidsregels.regeling.json");
        Map<String, Map<String, String[]>> teksten = new HashMap<>();
        teksten.put(v.info.id(), Map.of("3 lid 1 onder d", new String[] {"d. de voorziening naar het oordeel van het college onvoldoende bijdraagt", null}));
        teksten.put(b.info.id(), Map.of("2 lid 1", new String[] {"Het college is van oordeel dat elke werkstage bijdraagt.", null}));
        Map<String, String> voorzieningen = new LinkedHashMap<>(Map.of("werkstage", v.info.id(), "scholing", v.info.id()));

        Map<String, List<LoadedVersion.InBeleid>> uit = LoadedVersion.inBeleid("proef-2025", List.of(v, b), v.oordelen, voorzieningen, teksten, new HashMap<>());
        assertThat(uit).containsOnlyKeys("werkstage");
        LoadedVersion.InBeleid ib = uit.get("werkstage").get(0);
        assertThat(ib.citaat().regeling()).isEqualTo("proef-beleidsregels-2025");
        assertThat(ib.citaat().artikel()).isEqualTo("2");
        // the remark says which judgement, where the verordening leaves it, and the answer; the note for the case file is left out
        assertThat(ib.toelichting()).contains("artikel 3, eerste lid, onder d, van de Proefverordening 2025")
                .contains("onvoldoende bij aan de arbeidsinschakeling?\" — nee").doesNotContain("true =");
        assertThat(ib.nietGebruikt()).startsWith("niet gebruikt: ").contains("artikel 2, eerste lid, van de Proefbeleidsregels 2025").contains("4:84 Awb");

        // a judgement no regeling declares, a voorziening the version does not provide, a provision not quoted: the build fails naming each
        assertThatThrownBy(() -> LoadedVersion.inBeleid("proef-2025", List.of(v, b), Map.of(), voorzieningen, teksten, new HashMap<>()))
                .hasMessageContaining("proef-2025").hasMessageContaining("oordelenInBeleid[0]").hasMessageContaining("'onvoldoende-bijdrage-arbeidsinschakeling'");
        assertThatThrownBy(() -> LoadedVersion.inBeleid("proef-2025", List.of(v, b), v.oordelen, Map.of("scholing", v.info.id()), teksten, new HashMap<>()))
                .hasMessageContaining("'voorzieningen' names werkstage");
        Map<String, Map<String, String[]>> zonderTekst = new HashMap<>(teksten);
        zonderTekst.put(b.info.id(), Map.of());
        assertThatThrownBy(() -> LoadedVersion.inBeleid("proef-2025", List.of(v, b), v.oordelen, voorzieningen, zonderTekst, new HashMap<>()))
                .hasMessageContaining("cites 2 lid 1");
    }

    private static void fout(String json, String bevat) throws Exception {
        assertThatThrownBy(() -> RegelingDescriptor.oordelenInBeleid(M.readTree(json), "p.json")).hasMessageContaining("p.json").hasMessageContaining(bevat);
    }
}
