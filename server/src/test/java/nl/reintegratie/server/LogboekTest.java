package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * No personal data in any log line: the log of a run with a BSN, dates of birth, names and free text in bodies, query
 * strings and paths — valid and invalid, single and in a batch, and a service that stops with a request in flight —
 * holds a line per request and none of them.
 */
class LogboekTest {

    @Test
    void geenPersoonsgegevensInHetLogboek() throws Exception {
        String bsn = "999993653";
        String geboortedatum = "1987-06-15";
        String casus = Dienst.CASUS.replace("\"geboortedatum\": \"1990-01-01\"", "\"geboortedatum\": \"" + geboortedatum + "\", \"burgerservicenummer\": \"" + bsn + "\"")
                .replace("\"peildatum\": \"2025-03-01\",", "\"peildatum\": \"2025-03-01\", \"naam\": \"Casus Geheimzinnig\", \"omschrijving\": \"vertrouwelijke toelichting\",");
        String[] geheimen = {bsn, geboortedatum, "Geheimzinnig", "vertrouwelijke", "123456782", "1899-12-31", "GEHEIM-IN-PAD", "GEHEIM-IN-QUERY",
                "geboortedatum", "burgerservicenummer"};
        PrintStream oud = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream vang = new PrintStream(log, true, StandardCharsets.UTF_8);
        System.setErr(vang);
        try (Dienst dienst = new Dienst()) {
            assertThat(dienst.post("/beslissingen", casus).statusCode()).isEqualTo(200);
            // the ZGW besluit and the beschikking print the BSN: in the answer, never in the log
            assertThat(dienst.post("/beslissingen?formaat=zgw", casus).body()).contains(bsn);
            assertThat(dienst.post("/beslissingen?formaat=beschikking", casus).statusCode()).isEqualTo(200);
            // an invalid BSN and an impossible date: the problem names the field (to the caller), the log does not
            String fout = casus.replace(bsn, "123456782").replace(geboortedatum, "1899-12-31");
            assertThat(dienst.post("/beslissingen", fout).statusCode()).isEqualTo(400);
            assertThat(dienst.post("/beslissingen", casus.substring(0, casus.length() / 2)).statusCode()).isEqualTo(400);
            assertThat(dienst.post("/beslissingen?onderwerp=GEHEIM-IN-QUERY", casus).statusCode()).isEqualTo(400);
            assertThat(dienst.get("/personen/GEHEIM-IN-PAD/" + bsn).statusCode()).isEqualTo(404);
            assertThat(dienst.post("/vergelijkingen", "{\"gemeenten\": [\"Midden-Groningen\"], \"casus\": " + casus + "}").statusCode()).isEqualTo(200);
            assertThat(dienst.post("/vergelijkingen", "{\"gemeenten\": [\"Midden-Groningen\"], \"casus\": " + fout + "}").statusCode()).isEqualTo(400);
            String regel = casus.replace("\n", " ");
            assertThat(dienst.stuur(dienst.verzoek("/batches").header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(regel + "\n" + fout.replace("\n", " ") + "\nx" + bsn + "\n")).build()).statusCode()).isEqualTo(200);
            assertThat(dienst.stuur(dienst.verzoek("/beslissingen").header("Content-Type", "text/plain; naam=" + bsn)
                    .POST(HttpRequest.BodyPublishers.ofString(casus)).build()).statusCode()).isEqualTo(415);
        } finally {
            System.setErr(oud);
        }
        String tekst = log.toString(StandardCharsets.UTF_8);
        oud.print(tekst);
        assertThat(tekst).contains("verzoek", "POST /api/v1/beslissingen 200", "POST /api/v1/beslissingen 400", "(geen route) 404",
                "POST /api/v1/batches 200", "batch", "beslisservice gestopt");
        for (String geheim : geheimen) assertThat(tekst).as("het logboek noemt " + geheim).doesNotContain(geheim);
    }
}
