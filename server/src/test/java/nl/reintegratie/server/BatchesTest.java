package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /batches}: JSON Lines in and out, in order, every line answered, streamed and bounded. */
class BatchesTest {
    static Dienst dienst;

    @BeforeAll
    static void start() {
        dienst = new Dienst(i -> i.metBatchThreads(2).metMaxBatches(2));
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    private HttpResponse<String> batch(String pad, String accept, String invoer) {
        HttpRequest.Builder b = dienst.verzoek(pad).header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(invoer));
        if (accept != null) b.header("Accept", accept);
        return dienst.stuur(b.build());
    }

    @Test
    void drieduizendRegelsInVolgordeMetDeFoutregels() {
        int n = 3000;
        String invoer = Casussen.caseload(n, 42);
        String[] invoerRegels = invoer.split("\n", -1);
        HttpResponse<String> r = batch("/batches", null, invoer);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Dienst.type(r)).isEqualTo("application/x-ndjson");
        assertThat(r.headers().firstValue("API-Version")).contains(dienst.service.apiVersie());
        List<String> regels = r.body().lines().toList();
        long nietLeeg = Arrays.stream(invoerRegels).filter(x -> !x.isBlank()).count();
        assertThat(regels).hasSize((int) nietLeeg);
        long vorige = 0;
        int fouten = 0;
        for (String regel : regels) {
            JsonNode j = Dienst.json(regel);
            long nummer = j.get("regel").asLong();
            assertThat(nummer).isGreaterThan(vorige);
            vorige = nummer;
            String bron = invoerRegels[(int) nummer - 1];
            if (j.has("probleem")) {
                fouten++;
                assertThat(j.at("/probleem/status").asInt()).isEqualTo(400);
                assertThat(j.at("/probleem/type").asText()).endsWith(bron.startsWith("geen json") ? "onleesbare-invoer" : "ongeldige-casus");
            } else {
                assertThat(bron).contains("\"id\": \"" + j.at("/evaluatie/besluiten/0/onderwerp").asText() + "\"");
                assertThat(j.at("/evaluatie").has("bepalingen")).isFalse();
            }
        }
        assertThat(fouten).isEqualTo((int) Arrays.stream(invoerRegels).filter(x -> x.startsWith("geen json") || x.contains("2025-13-01")).count());
        assertThat(fouten).isGreaterThan(20);
    }

    @Test
    void eenRegelKrijgtHetzelfdeAntwoordAlsAlleenstaandeBeslissing() {
        String casus = Casussen.reeks(1, 9).get(0);
        JsonNode regel = Dienst.json(batch("/batches?teksten=true", null, casus + "\n").body());
        JsonNode los = Dienst.json(dienst.post("/beslissingen", casus));
        assertThat(regel.get("evaluatie")).isEqualTo(los);
    }

    @Test
    void alsCsvEenRijPerBesluit() {
        HttpResponse<String> r = batch("/batches", "text/csv", Casussen.caseload(300, 7));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Dienst.type(r)).isEqualTo("text/csv");
        String[] rijen = r.body().split("\n");
        assertThat(rijen[0]).startsWith("regel,gemeente,versie,variant,peildatum,onderwerp");
        assertThat(rijen.length).isGreaterThan(300);
    }

    @Test
    void onderEenAndereGemeente() {
        // a case that names no gemeente is judged under the one the batch names
        String casus = Dienst.CASUS.replace("\n", " ").replace("\"gemeente\": \"Midden-Groningen\",", "");
        assertThat(Dienst.json(batch("/batches", null, casus + "\n").body()).at("/probleem/invalidParams/0/name").asText()).isEqualTo("gemeente");
        JsonNode j = Dienst.json(batch("/batches?gemeente=Midden-Groningen", null, casus + "\n").body());
        assertThat(j.at("/evaluatie/gemeente").asText()).isEqualTo("Midden-Groningen");
        Fouten.isProbleem(batch("/batches?gemeente=Atlantis", null, casus + "\n"), 400, "ongeldige-parameter", "gemeente");
        Fouten.isProbleem(batch("/batches?teksten=ja", null, casus + "\n"), 400, "ongeldige-parameter", "teksten");
        Fouten.isProbleem(batch("/batches", "application/json", casus + "\n"), 406, "niet-aanvaardbaar");
    }

    @Test
    void deAntwoordenKomenTerwijlDeInvoerNogBinnenkomt() throws Exception {
        // A client that reads while it sends (as curl does): it sends one line, and the rest only after it has read the
        // first answer. Only a streaming service can answer it.
        String eerste = Casussen.reeks(1, 11).get(0) + "\n";
        String rest = Casussen.caseload(200, 12);
        try (Ruwe r = new Ruwe(dienst.service.poort(), eerste)) {
            assertThat(r.gelezen()).startsWith("HTTP/1.1 200").contains("{\"regel\":1,");
            List<String> regels = r.rest(rest);
            assertThat(regels).hasSize(1 + (int) rest.lines().filter(x -> !x.isBlank()).count());
            assertThat(Dienst.json(regels.get(regels.size() - 1)).get("regel").asInt()).isEqualTo(rest.split("\n", -1).length);
        }
    }

    @Test
    void eenTeGroteBatchStoptMetEenLaatsteProbleemregel() {
        try (Dienst klein = new Dienst(i -> i.metMaxBatch(20_000).metBatchThreads(1))) {
            String invoer = Casussen.caseload(200, 13);
            assertThat(invoer.length()).isGreaterThan(40_000);
            // with a Content-Length over the limit: refused before anything is read
            HttpResponse<String> vooraf = klein.stuur(klein.verzoek("/batches").header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(invoer)).build());
            Fouten.isProbleem(vooraf, 413, "te-groot");
            // streamed without a length: the lines read are answered, the last line says why the rest was not read
            HttpResponse<String> r = klein.stuur(klein.verzoek("/batches").header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)))).build());
            assertThat(r.statusCode()).isEqualTo(200);
            List<String> regels = r.body().lines().toList();
            assertThat(regels.size()).isGreaterThan(10).isLessThan(200);
            JsonNode laatste = Dienst.json(regels.get(regels.size() - 1));
            assertThat(laatste.has("regel")).isFalse();
            assertThat(laatste.at("/probleem/status").asInt()).isEqualTo(413);
            assertThat(laatste.at("/probleem/type").asText()).isEqualTo("urn:nl-reintegratie:probleem:te-groot");
            List<Long> nummers = regels.subList(0, regels.size() - 1).stream().map(x -> Dienst.json(x).get("regel").asLong()).collect(Collectors.toList());
            for (int i = 1; i < nummers.size(); i++) assertThat(nummers.get(i)).isGreaterThan(nummers.get(i - 1));
        }
    }
}
