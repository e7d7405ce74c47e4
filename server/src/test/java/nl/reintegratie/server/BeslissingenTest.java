package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /beslissingen}: a case in, the decision out, with the headers the NL API Design Rules ask. */
class BeslissingenTest {
    static Dienst dienst;

    @BeforeAll
    static void start() {
        dienst = new Dienst();
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    @Test
    void eenCasusKrijgtZijnBesluit() {
        HttpResponse<String> r = dienst.post("/beslissingen", Dienst.CASUS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Dienst.type(r)).isEqualTo("application/json");
        assertThat(r.headers().firstValue("API-Version")).contains(dienst.service.apiVersie());
        JsonNode e = Dienst.json(r);
        assertThat(e.get("gemeente").asText()).isEqualTo("Midden-Groningen");
        assertThat(e.get("peildatum").asText()).isEqualTo("2025-03-01");
        assertThat(e.at("/versie/id").asText()).isEqualTo("midden-groningen-2025");
        assertThat(e.at("/besluiten/0/onderwerp").asText()).isEqualTo("a1");
        assertThat(e.at("/besluiten/0/uitkomst").asText()).isEqualTo("TOEKENBAAR");
        assertThat(e.at("/besluiten/0/grondslagen/0/bepaling").asText()).isEqualTo("midden-groningen-verordening-2025 art. 1 lid 1");
        assertThat(e.at("/bepalingen").has("midden-groningen-verordening-2025 art. 1 lid 1")).isTrue();
        assertThat(e.at("/ontvangstbewijs/casus").asText()).hasSize(64);
        // the same answer as the engine gives in-process
        assertThat(r.body()).isEqualTo(new String(JsonUit.evaluatie(Dienst.ENGINE.evaluateJson(Dienst.CASUS)), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void eenOnvolledigeCasusIsGeenFout() {
        String casus = Dienst.CASUS.replace("\"behoortTotDoelgroep\": true", "\"behoortTotDoelgroep\": null");
        HttpResponse<String> r = dienst.post("/beslissingen", casus);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Dienst.json(r).at("/besluiten/0/uitkomst").asText()).isEqualTo("ONVOLLEDIG");
        assertThat(Dienst.json(r).at("/besluiten/0/ontbrekendeGegevens/0/gegeven").asText()).isNotEmpty();
    }

    @Test
    void elkAntwoordHeeftDeVersieEnDeBeveiligingsheaders() {
        for (HttpResponse<String> r : new HttpResponse[] {dienst.post("/beslissingen", Dienst.CASUS), dienst.post("/beslissingen", "{"),
                dienst.get("/regelingen"), dienst.get("/bestaat-niet")}) {
            assertThat(r.headers().firstValue("API-Version")).as(r.uri() + " " + r.statusCode()).contains(dienst.service.apiVersie());
            assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
            assertThat(r.headers().firstValue("Server")).isEmpty();
        }
    }

    @Test
    void eenTeHoudenCharsetEnEenByteOrderMarkWordenAanvaard() {
        HttpResponse<String> r = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("\uFEFF" + Dienst.CASUS)).build());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String pad, String accept, String body) {
        HttpRequest.Builder b = dienst.verzoek(pad).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) b.header("Accept", accept);
        return dienst.stuur(b.build());
    }

    @Test
    void alsZgwBesluit() {
        HttpResponse<String> r = post("/beslissingen?formaat=zgw&datum=2025-03-10&verzenddatum=2025-03-11", null, Dienst.CASUS);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Dienst.type(r)).isEqualTo("application/json");
        JsonNode besluiten = Dienst.json(r);
        assertThat(besluiten.isArray()).isTrue();
        assertThat(besluiten).hasSize(1);
        assertThat(besluiten.at("/0/besluittype").asText()).isNotBlank();
        assertThat(besluiten.at("/0/datum").asText()).isEqualTo("2025-03-10");
        assertThat(besluiten.at("/0/verzenddatum").asText()).isEqualTo("2025-03-11");
        assertThat(besluiten.at("/0/uiterlijkeReactiedatum").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        // a decision that cannot be taken yet yields no Besluit resource
        String onvolledig = Dienst.CASUS.replace("\"behoortTotDoelgroep\": true", "\"behoortTotDoelgroep\": null");
        assertThat(Dienst.json(post("/beslissingen?formaat=zgw", null, onvolledig))).isEmpty();
        // the same case in lower case names the same gemeente
        assertThat(post("/beslissingen?formaat=zgw", null, Dienst.CASUS.replace("Midden-Groningen", "midden-groningen")).statusCode()).isEqualTo(200);
    }

    @Test
    void alsBeschikkingInHtmlOfMarkdown() {
        HttpResponse<String> html = post("/beslissingen?formaat=beschikking&verzenddatum=2025-03-11", "text/html", Dienst.CASUS);
        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        assertThat(Dienst.type(html)).isEqualTo("text/html");
        assertThat(html.body()).containsIgnoringCase("<html");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("style-src 'unsafe-inline'", "frame-ancestors 'none'");
        HttpResponse<String> md = post("/beslissingen?formaat=beschikking", "text/markdown", Dienst.CASUS);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(Dienst.type(md)).isEqualTo("text/markdown");
        assertThat(md.body()).contains("#").doesNotContainIgnoringCase("<html");
        assertThat(Dienst.type(post("/beslissingen?formaat=beschikking", null, Dienst.CASUS))).isEqualTo("text/html");
        // with two aanvragen the beschikking must say which
        String twee = Dienst.CASUS.replace("]}", ", {\"id\": \"a2\", \"voorziening\": \"sociale-activering\"}]}");
        Fouten.isProbleem(post("/beslissingen?formaat=beschikking", "text/html", twee), 400, "ongeldige-parameter", "onderwerp");
        Fouten.isProbleem(post("/beslissingen?formaat=beschikking&onderwerp=a9", "text/html", twee), 400, "ongeldige-parameter", "onderwerp");
        assertThat(post("/beslissingen?formaat=beschikking&onderwerp=a2", "text/markdown", twee).statusCode()).isEqualTo(200);
    }

    @Test
    void hetAntwoordtypeWordtOnderhandeld() {
        // JSON with a wildcard, a q-value or a list
        for (String accept : new String[] {"*/*", "application/*", "application/json;q=0.5, text/html;q=0.1", "text/html;q=0.9, application/json"}) {
            HttpResponse<String> r = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
            assertThat(r.statusCode()).as(accept).isEqualTo(200);
        }
        // JSON is not HTML, and a beschikking is not JSON
        HttpResponse<String> html = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
        Fouten.isProbleem(html, 406, "niet-aanvaardbaar");
        HttpResponse<String> geenJson = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "application/json")
                .header("Accept", "application/json, text/html;q=0").POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
        assertThat(geenJson.statusCode()).isEqualTo(200);
        HttpResponse<String> beschikkingAlsJson = dienst.stuur(dienst.verzoek("/beslissingen?formaat=beschikking").header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
        Fouten.isProbleem(beschikkingAlsJson, 406, "niet-aanvaardbaar");
    }

    @Test
    void parametersWordenStriktGelezen() {
        Fouten.isProbleem(dienst.post("/beslissingen?formaat=pdf", Dienst.CASUS), 400, "ongeldige-parameter", "formaat");
        Fouten.isProbleem(dienst.post("/beslissingen?format=zgw", Dienst.CASUS), 400, "ongeldige-parameter", "format");
        Fouten.isProbleem(dienst.post("/beslissingen?formaat=json&formaat=zgw", Dienst.CASUS), 400, "ongeldige-parameter", "formaat");
        Fouten.isProbleem(dienst.post("/beslissingen?onderwerp=a1", Dienst.CASUS), 400, "ongeldige-parameter", "onderwerp");
        Fouten.isProbleem(dienst.post("/beslissingen?verzenddatum=2025-03-10", Dienst.CASUS), 400, "ongeldige-parameter", "verzenddatum");
        Fouten.isProbleem(dienst.post("/beslissingen?formaat=beschikking&datum=2025-03-10", Dienst.CASUS), 400, "ongeldige-parameter", "datum");
        Fouten.isProbleem(dienst.post("/beslissingen?formaat=zgw&datum=10-03-2025", Dienst.CASUS), 400, "ongeldige-parameter", "datum");
        Fouten.isProbleem(dienst.post("/beslissingen?formaat=zgw&datum=2025-02-30", Dienst.CASUS), 400, "ongeldige-parameter", "datum");
        HttpResponse<String> twee = dienst.post("/beslissingen?x=1&y=2", Dienst.CASUS);
        Fouten.isProbleem(twee, 400, "ongeldige-parameter", "x", "y");
    }
}
