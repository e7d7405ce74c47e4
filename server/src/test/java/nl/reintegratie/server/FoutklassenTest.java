package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each class of error, over HTTP: status, problem details, and the field named where a field is to blame. */
class FoutklassenTest {
    static Dienst dienst;

    @BeforeAll
    static void start() {
        dienst = new Dienst(i -> i.metMaxVerzoek(64 * 1024));
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    @Test
    void onleesbareJsonIs400() {
        for (String body : new String[] {"{", "geen json", "{\"gemeente\": \"Midden-Groningen\"} {\"nog\": 1}", "", "   ",
                "{\"gemeente\": \"a\", \"gemeente\": \"b\"}"}) {
            JsonNode p = Fouten.isProbleem(dienst.post("/beslissingen", body), 400, "onleesbare-invoer", "$");
            assertThat(p.get("title").asText()).isEqualTo("De invoer is geen leesbaar JSON-document");
        }
        HttpResponse<String> latin1 = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Dienst.CASUS.replace("Midden", "Middén").getBytes(StandardCharsets.ISO_8859_1))).build());
        JsonNode p = Fouten.isProbleem(latin1, 400, "onleesbare-invoer", "$");
        assertThat(p.at("/invalidParams/0/reason").asText()).contains("UTF-8", "byte-positie");
    }

    @Test
    void eenOngeldigeCasusIs400MetElkVeld() {
        String casus = """
                {"gemeente": "Midden-Groningen", "peildatum": "2025-13-01",
                 "persoon": {"geboortedatum": "morgen", "behoortTotDoelgroep": "ja", "burgerservicenummer": "123456789"},
                 "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "onbekend": 1}]}
                """;
        JsonNode p = Fouten.isProbleem(dienst.post("/beslissingen", casus), 400, "ongeldige-casus",
                "peildatum", "persoon.geboortedatum", "persoon.behoortTotDoelgroep", "persoon.burgerservicenummer", "aanvragen[0].onbekend");
        assertThat(p.toString()).doesNotContain("123456789");
    }

    @Test
    void eenOnbekendeGemeenteIs400() {
        JsonNode p = Fouten.isProbleem(dienst.post("/beslissingen", Dienst.CASUS.replace("\"gemeente\": \"Midden-Groningen\"", "\"gemeente\": \"Atlantis\"")),
                400, "ongeldige-casus", "gemeente");
        assertThat(p.at("/invalidParams/0/reason").asText()).contains("Atlantis", "Midden-Groningen");
        String vergelijking = "{\"gemeenten\": [\"Midden-Groningen\", \"Atlantis\"], \"casus\": " + Dienst.CASUS + "}";
        Fouten.isProbleem(dienst.post("/vergelijkingen", vergelijking), 400, "ongeldige-casus", "gemeenten");
    }

    @Test
    void eenPeildatumZonderRegelingIs400() {
        Fouten.isProbleem(dienst.post("/beslissingen", Dienst.CASUS.replace("2025-03-01", "2024-12-31")), 400, "ongeldige-casus", "peildatum");
    }

    @Test
    void eenOnbekendeVersieIs404() {
        for (String pad : new String[] {"/regelingen/atlantis-2024", "/regelingen/atlantis-2024/regels", "/regelingen/atlantis-2024/schema"}) {
            JsonNode p = Fouten.isProbleem(dienst.get(pad), 404, "onbekende-versie");
            assertThat(p.get("detail").asText()).contains("midden-groningen-2025");
        }
    }

    @Test
    void eenOnbekendPadIs404OokMetEenSchuineStreepAchteraan() {
        Fouten.isProbleem(dienst.get("/bestaat-niet"), 404, "niet-gevonden");
        Fouten.isProbleem(dienst.get("/regelingen/"), 404, "niet-gevonden");
        Fouten.isProbleem(dienst.post("/beslissingen/", Dienst.CASUS), 404, "niet-gevonden");
        HttpResponse<String> buiten = dienst.stuur(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + dienst.service.poort() + "/")).GET().build());
        Fouten.isProbleem(buiten, 404, "niet-gevonden");
    }

    @Test
    void eenVerkeerdeMethodeIs405MetAllow() {
        HttpResponse<String> r = dienst.get("/beslissingen");
        Fouten.isProbleem(r, 405, "methode-niet-toegestaan");
        assertThat(r.headers().firstValue("Allow")).contains("POST");
        HttpResponse<String> d = dienst.stuur(dienst.verzoek("/regelingen").DELETE().build());
        Fouten.isProbleem(d, 405, "methode-niet-toegestaan");
        assertThat(d.headers().firstValue("Allow").orElse("")).contains("GET");
        HttpResponse<String> put = dienst.stuur(dienst.verzoek("/batches").header("Content-Type", "application/x-ndjson").PUT(HttpRequest.BodyPublishers.ofString("")).build());
        Fouten.isProbleem(put, 405, "methode-niet-toegestaan");
    }

    @Test
    void eenAnderMediatypeIs415() {
        for (String ct : new String[] {"text/plain", "application/xml", "application/json; charset=ISO-8859-1", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> r = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", ct).POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
            Fouten.isProbleem(r, 415, "mediatype-niet-ondersteund");
            assertThat(r.headers().firstValue("Accept-Post")).contains("application/json");
        }
        HttpResponse<String> zonder = dienst.stuur(dienst.verzoek("/beslissingen").POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
        Fouten.isProbleem(zonder, 415, "mediatype-niet-ondersteund");
        HttpResponse<String> batch = dienst.stuur(dienst.verzoek("/batches").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build());
        Fouten.isProbleem(batch, 415, "mediatype-niet-ondersteund");
        assertThat(batch.headers().firstValue("Accept-Post").orElse("")).contains("application/x-ndjson");
    }

    @Test
    void eenTeGrootVerzoekIs413MetOfZonderLengte() {
        String groot = "{\"naam\": \"" + "x".repeat(70 * 1024) + "\"}";
        // many times over: a service that answers 413 without reading the body away closes a connection the client is
        // still writing to, and the client then sees a reset instead of the answer (a race that a single request rarely loses)
        for (int i = 0; i < 50; i++) Fouten.isProbleem(dienst.post("/beslissingen", groot), 413, "te-groot");
        // without Content-Length (chunked): read up to the limit, no further
        HttpResponse<String> chunked = dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(groot.getBytes(StandardCharsets.UTF_8)))).build());
        Fouten.isProbleem(chunked, 413, "te-groot");
        Fouten.isProbleem(dienst.post("/vergelijkingen", groot), 413, "te-groot");
    }

    @Test
    void eenVergelijkingMetFoutenNoemtElkVeld() {
        String v = "{\"gemeenten\": [\"Midden-Groningen\", 3, \"midden-groningen\"], \"peildatum\": \"01-06-2025\", \"extra\": true, \"casus\": "
                + Dienst.CASUS.replace("2025-03-01", "2025-02-30") + "}";
        Fouten.isProbleem(dienst.post("/vergelijkingen", v), 400, "ongeldige-casus", "gemeenten[1]", "gemeenten[2]", "peildatum", "extra", "casus.peildatum");
        Fouten.isProbleem(dienst.post("/vergelijkingen", "{\"casus\": " + Dienst.CASUS + "}"), 400, "ongeldige-casus", "gemeenten");
        Fouten.isProbleem(dienst.post("/vergelijkingen", "[1, 2]"), 400, "ongeldige-casus", "$");
        Fouten.isProbleem(dienst.post("/vergelijkingen", "{\"gemeenten\": []"), 400, "onleesbare-invoer", "$");
    }

    @Test
    void eenFoutVanJettyZelfIsOokEenProbleembericht() throws IOException {
        try (Socket s = new Socket("127.0.0.1", dienst.service.poort())) {
            OutputStream uit = s.getOutputStream();
            uit.write(("GET /api/v1/regelingen HTTP/1.1\r\nHost: x\r\nX-Groot: " + "y".repeat(64 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            uit.flush();
            InputStream in = s.getInputStream();
            String antwoord = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(antwoord).startsWith("HTTP/1.1 431");
            assertThat(antwoord).contains("Content-Type: application/problem+json", "API-Version: " + dienst.service.apiVersie(), "\"status\":431");
        }
    }
}
