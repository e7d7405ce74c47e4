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

    /** The bytes are checked without decoding them: the same verdict and position as the JDK's decoder, on any bytes. */
    @Test
    void deUtf8ControleZegtWatDeDecoderZegt() {
        java.util.Random r = new java.util.Random(20261204);
        byte[][] vast = {
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80}, {'a', (byte) 0xE2, (byte) 0x82},
            "Zoë € 𝄞".getBytes(StandardCharsets.UTF_8), {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x90, (byte) 0x80, 'x'}};
        for (byte[] b : vast) assertThat(Json.ongeldigeUtf8(b, 0)).as(java.util.Arrays.toString(b)).isEqualTo(decoder(b));
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + r.nextInt(8)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (r.nextBoolean() ? 0x80 + r.nextInt(0x80) : r.nextInt(0x100));
            assertThat(Json.ongeldigeUtf8(b, 0)).as(java.util.Arrays.toString(b)).isEqualTo(decoder(b));
        }
    }

    private static int decoder(byte[] b) {
        var d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        var res = d.decode(in, java.nio.CharBuffer.allocate(b.length * 2), true);
        return res.isError() ? in.position() : -1;
    }

    /** A document with characters of more than one byte: parsed from the bytes as from the text, errors in characters. */
    @Test
    void bytesEnTekstGevenHetzelfde() {
        String tekst = "{\"naam\": \"Zoë\", \"n\": 1.50, \"l\": [true, null, \"€\"]}";
        assertThat(Json.parse(tekst.getBytes(StandardCharsets.UTF_8))).isEqualTo(Json.parse(tekst));
        String fout = "{\"naam\": \"Zoë\", x}";
        assertThat(fout(() -> Json.parse(fout.getBytes(StandardCharsets.UTF_8))).problems())
                .isEqualTo(fout(() -> Json.parse(fout)).problems());
        assertThat(fout(() -> Json.parse("{\"a\": x}".getBytes(StandardCharsets.UTF_8))).problems())
                .isEqualTo(fout(() -> Json.parse("{\"a\": x}")).problems());
        assertThat(fout(() -> Json.parse(" \n ".getBytes(StandardCharsets.UTF_8))).problems().get(0).reason()).contains("witruimte");
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

    /** The tree the streaming reader builds is the one ObjectMapper.readTree builds, node type and decimal scale included. */
    @Test
    void deBoomIsDieVanObjectMapper() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper strikt = new com.fasterxml.jackson.databind.ObjectMapper(Json.FACTORY.copy())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        String[] documenten = {
            "{\"a\": 1, \"b\": -2147483649, \"c\": 12345678901234567890123, \"d\": 1.50, \"e\": 1e3, \"f\": -0.0, \"g\": 10}",
            "[\"\", \"tekst \\u00eb\", true, false, null, {}, [], [[1, 2.0]], 0, -1, 2147483647, 9223372036854775807, 9223372036854775808]",
            "\"alleen tekst\"", "42", "3.14159265358979323846264338327950288", "null", "{\"x\": {\"y\": {\"z\": [1e-7, 100E+2, 0.10]}}}",
        };
        for (String d : documenten) {
            com.fasterxml.jackson.databind.JsonNode verwacht = strikt.readTree(d);
            com.fasterxml.jackson.databind.JsonNode gelezen = Json.parse(d);
            assertThat(gelezen).as(d).isEqualTo(verwacht);
            assertThat(gelezen.toString()).as(d).isEqualTo(verwacht.toString());
            assertThat(soorten(gelezen)).as(d).isEqualTo(soorten(verwacht));
            assertThat(soorten(Json.resource(new java.io.ByteArrayInputStream(d.getBytes(StandardCharsets.UTF_8)))))
                    .isEqualTo(soorten(Json.resources().readTree(d)));
        }
        // a trailing value is refused at the place the mapper names
        for (String d : new String[] {"{\"a\": 1} {\"a\": 2}", "{\"a\": 1}\n  x", "[1]\n\n ]"}) {
            com.fasterxml.jackson.core.JsonLocation waar = null;
            try {
                strikt.readTree(d);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                waar = e.getLocation();
            }
            InvalidCaseException e = fout(() -> Json.parse(d));
            assertThat(e.problems().get(0).reason()).as(d).contains("(regel " + waar.getLineNr() + ", kolom " + waar.getColumnNr() + ")");
        }
    }

    /** Every node's class, depth first, so that an IntNode and a LongNode of the same value differ. */
    private static String soorten(com.fasterxml.jackson.databind.JsonNode n) {
        StringBuilder sb = new StringBuilder(n.getClass().getSimpleName());
        if (n.isContainerNode()) {
            sb.append('(');
            n.fields().forEachRemaining(e -> sb.append(e.getKey()).append('=').append(soorten(e.getValue())).append(','));
            if (n.isArray()) n.elements().forEachRemaining(x -> sb.append(soorten(x)).append(','));
            sb.append(')');
        } else if (n.isNumber()) {
            sb.append(':').append(n.numberValue());
        }
        return sb.toString();
    }
}
