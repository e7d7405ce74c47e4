package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Where a regeling holds a model provision: its article, its lid, and leden and onderdelen numbered otherwise. */
class ModelRegelsTest {
    private static ModelRegels.Toepassing toepassing(String json) throws Exception {
        return ModelRegels.Toepassing.lees(new ObjectMapper().readTree(json), "proef.regeling.json");
    }

    @Test
    void eenRegelZonderLidKrijgtHetLidVanDeRegelingEnHoudtZijnOnderdeel() throws Exception {
        ModelRegels.Toepassing t = toepassing("{\"model\": \"leer-werktraject\", \"artikel\": \"10\", \"lid\": \"1\"}");
        assertThat(t.plaatsIn(null, "a")).containsExactly("1", "a");
        assertThat(t.plaatsIn(null, null)).containsExactly("1", null);
        assertThat(toepassing("{\"model\": \"leer-werktraject\", \"artikel\": \"3.4\"}").plaatsIn(null, "b")).containsExactly(null, "b");
    }

    @Test
    void plaatsenNummerenLedenEnOnderdelenOm() throws Exception {
        ModelRegels.Toepassing t = toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\", \"plaatsen\": "
                + "{\"lid 3\": \"lid 4\", \"lid 3 onder d\": \"lid 4 onder c\"}}");
        assertThat(t.plaatsIn("3", "d")).containsExactly("4", "c");
        assertThat(t.plaatsIn("3", "a")).containsExactly("4", "a");
        assertThat(t.plaatsIn("3", null)).containsExactly("4", null);
        assertThat(t.plaatsIn("1", null)).containsExactly("1", null);
        ModelRegels.Toepassing o = toepassing("{\"model\": \"proefplaats\", \"artikel\": \"3.8\", \"plaatsen\": {\"lid 4\": \"lid 4 onder a\"}}");
        assertThat(o.plaatsIn("4", null)).containsExactly("4", "a");
        assertThat(o.plaatsIn("4", "b")).containsExactly("4", "b");
    }

    @Test
    void eenOnleesbarePlaatsOfEenOntbrekendArtikelNoemtHetVeld() {
        assertThatThrownBy(() -> toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\", \"plaatsen\": {\"3\": \"lid 4\"}}"))
                .hasMessageContaining("proef.regeling.json").hasMessageContaining("plaatsen").hasMessageContaining("lid 3 onder d");
        assertThatThrownBy(() -> toepassing("{\"model\": \"proefplaats\"}"))
                .hasMessageContaining("proef.regeling.json").hasMessageContaining("\"artikel\"");
    }

    @Test
    void zonderLaatDeRegelsVanEenPlaatsAanDeRegelingZelf() throws Exception {
        ModelRegels.Toepassing t = toepassing("{\"model\": \"loonkostensubsidie\", \"artikel\": \"3.13\", \"zonder\": [\"lid 3\", \"lid 1 onder b\", \"onder c\"]}");
        assertThat(t.past("3", null)).isFalse();
        assertThat(t.past("3", "a")).isFalse();
        assertThat(t.past("1", "b")).isFalse();
        assertThat(t.past("1", "a")).isTrue();
        assertThat(t.past("1", null)).isTrue();
        assertThat(t.past(null, "c")).isFalse();
        assertThat(t.past(null, "a")).isTrue();
        assertThat(t.past(null, null)).isTrue();
        assertThatThrownBy(() -> toepassing("{\"model\": \"loonkostensubsidie\", \"artikel\": \"3.13\", \"zonder\": [\"3\"]}"))
                .hasMessageContaining("zonder").hasMessageContaining("proef.regeling.json");
    }

    @Test
    void deEigenInterpretatiesVanDeRegelingGeldenPerPlaatsVanHetModel() throws Exception {
        ModelRegels.Toepassing t = toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\", \"interpretaties\": "
                + "{\"*\": [\"HB-06\"], \"lid 3\": [\"HB-26\"], \"lid 3 onder a\": [\"HB-27\", \"HB-06\"], \"onder b\": [\"HB-11\"]}}");
        assertThat(t.interpretatiesVoor("3", "a")).containsExactly("HB-06", "HB-26", "HB-27");
        assertThat(t.interpretatiesVoor("3", "b")).containsExactly("HB-06", "HB-26");
        assertThat(t.interpretatiesVoor("1", null)).containsExactly("HB-06");
        assertThat(t.interpretatiesVoor(null, "b")).containsExactly("HB-06", "HB-11");
        assertThat(toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\"}").interpretatiesVoor("3", "a")).isEmpty();
        assertThatThrownBy(() -> toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\", \"interpretaties\": {\"3\": [\"HB-06\"]}}"))
                .hasMessageContaining("proef.regeling.json").hasMessageContaining("interpretaties").hasMessageContaining("\"3\"");
        assertThatThrownBy(() -> toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\", \"interpretaties\": {\"lid 3\": []}}"))
                .hasMessageContaining("non-empty list");
        assertThatThrownBy(() -> toepassing("{\"model\": \"proefplaats\", \"artikel\": \"13\", \"interpretaties\": [\"HB-06\"]}"))
                .hasMessageContaining("interpretaties");
    }

    @Test
    void eenRegelingZegtDatDeBepalingWijktVoorEenPlicht() throws Exception {
        assertThat(toepassing("{\"model\": \"werkstage.duur\", \"artikel\": \"3\", \"wijktVoorPlicht\": \"elke\"}").wijktVoorPlicht()).isEqualTo("elke");
        assertThat(toepassing("{\"model\": \"werkstage.duur\", \"artikel\": \"4\"}").wijktVoorPlicht()).isNull();
        assertThatThrownBy(() -> toepassing("{\"model\": \"werkstage.duur\", \"artikel\": \"3\", \"wijktVoorPlicht\": \"ja\"}"))
                .hasMessageContaining("wijktVoorPlicht").hasMessageContaining("proef.regeling.json");
    }
}
