package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict JSON for what callers send: one document, UTF-8, bounded, and every problem said in words. */
class JsonTest {
    static InvalidCaseException fout(Runnable r) {
        try {
            r.run();
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("no InvalidCaseException");
    }

    @Test
    void leegOfAlleenWitruimteZegtDatHetLeegIs() {
        assertThat(fout(() -> Json.parse("")).problems().get(0).reason()).contains("leeg");
        assertThat(fout(() -> Json.parse(new byte[0])).problems().get(0).reason()).contains("leeg");
        assertThat(fout(() -> Json.parse("  \n ")).problems().get(0).reason()).contains("witruimte");
    }

    @Test
    void eenByteOrderMarkWordtAanvaard() {
        byte[] bom = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.parse(bom).path("a").asInt()).isEqualTo(1);
        assertThat(Json.parse("\uFEFF{\"a\": 1}").path("a").asInt()).isEqualTo(1);
    }

    @Test
    void geenUtf8NoemtDeBytePositie() {
        byte[] latin1 = "{\"naam\": \"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidCaseException e = fout(() -> Json.parse(latin1));
        assertThat(e.problems().get(0).reason()).contains("UTF-8", "byte-positie 12 (vanaf 0 geteld)", "0xEB");
        assertThat(fout(() -> Json.parse("{}".getBytes(StandardCharsets.UTF_16))).problems().get(0).reason()).contains("UTF-16");
        assertThat(fout(() -> Json.parse(new byte[] {0x7b, 0x00, 0x7d})).problems().get(0).reason()).contains("NUL");
    }

    @Test
    void naDeEersteWaardeMagNietsMeerVolgen() {
        assertThat(fout(() -> Json.parse("{\"a\": 1} {\"a\": 2}")).problems().get(0).reason()).contains("één casus per document");
        assertThat(fout(() -> Json.parse("{\"a\": 1} x")).kind()).isEqualTo(InvalidCaseException.Kind.UNREADABLE);
    }

    @Test
    void dubbeleSleutelsEnTeGroteGetallenWordenGeweigerd() {
        assertThat(fout(() -> Json.parse("{\"a\": 1, \"a\": 2}")).problems().get(0).reason()).contains("twee keer", "'a'");
        assertThat(fout(() -> Json.parse("{\"a\": " + "9".repeat(100) + "}")).problems().get(0).reason()).contains("grens");
        assertThat(fout(() -> Json.parse("[".repeat(100) + "]".repeat(100))).problems().get(0).reason()).contains("grens");
    }

    @Test
    void probleemdetailsVolgenRfc9457() {
        InvalidCaseException e = new InvalidCaseException(java.util.List.of(new InvalidCaseException.Problem("persoon.geboortedatum", "is verplicht")));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.toProblemJson()).contains("\"type\"", "\"title\"", "\"status\" : 400", "\"detail\"", "\"invalidParams\"",
                "\"name\" : \"persoon.geboortedatum\"", "\"reason\" : \"is verplicht\"");
        assertThat(InvalidCaseException.onleesbaar("x").status()).isEqualTo(400);
        assertThatThrownBy(() -> new InvalidCaseException(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
