package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Size, concurrency and time: a large case is evaluated, concurrent requests give the same answers as sequential ones,
 * a saturated service answers 503 with Retry-After, and an evaluation past the time limit is answered with 503.
 */
class BelastingTest {

    @Test
    void eenGrootVerzoekBinnenDeGrensWordtBeoordeeld() throws java.io.IOException {
        try (Dienst dienst = new Dienst()) {
            String casus = Casussen.casus(new Random(1), 100, "groot");
            // pad with whitespace (valid JSON) up to just under the limit of 1 MiB
            String groot = casus.substring(0, casus.length() - 1) + " ".repeat((1 << 20) - casus.length() - 16) + "}";
            assertThat(groot.length()).isBetween(1_000_000, 1 << 20);
            HttpResponse<String> r = dienst.post("/beslissingen", groot);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode e = Dienst.json(r);
            assertThat(e.get("besluiten")).hasSize(100);
            assertThat(e.at("/besluiten/99/onderwerp").asText()).isEqualTo("groot-a99");
            String teGroot = Ruwe.alleenKop(dienst.service.poort(), "/api/v1/beslissingen", groot.length() + 32L);
            assertThat(teGroot).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("te-groot");
            // the engine's own bound on the number of aanvragen still holds
            Fouten.isProbleem(dienst.post("/beslissingen", Casussen.casus(new Random(2), 101, "te-veel")), 400, "ongeldige-casus", "aanvragen");
        }
    }

    @Test
    void gelijktijdigeVerzoekenGevenDezelfdeAntwoordenAlsOpeenvolgende() throws Exception {
        try (Dienst dienst = new Dienst(i -> i.metMaxGelijktijdig(4).metWachttijd(Duration.ofSeconds(30)))) {
            List<String> casussen = Casussen.reeks(40, 7);
            casussen.add(Dienst.CASUS.replace("2025-03-01", "2025-13-01")); // an error answer is an answer too
            Map<String, String> volgtijdelijk = new LinkedHashMap<>();
            Map<String, Integer> status = new LinkedHashMap<>();
            for (String c : casussen) {
                HttpResponse<String> r = dienst.post("/beslissingen", c);
                volgtijdelijk.put(c, r.body());
                status.put(c, r.statusCode());
            }
            assertThat(status.values()).contains(200, 400);
            List<String> werk = new ArrayList<>();
            for (int ronde = 0; ronde < 4; ronde++) werk.addAll(casussen);
            Collections.shuffle(werk, new Random(3));
            ExecutorService pool = Executors.newFixedThreadPool(12);
            try {
                List<Future<HttpResponse<String>>> antwoorden = new ArrayList<>();
                for (String c : werk) antwoorden.add(pool.submit(() -> dienst.post("/beslissingen", c)));
                for (int i = 0; i < werk.size(); i++) {
                    HttpResponse<String> r = antwoorden.get(i).get(120, TimeUnit.SECONDS);
                    assertThat(r.statusCode()).isEqualTo(status.get(werk.get(i)));
                    assertThat(r.body()).isEqualTo(volgtijdelijk.get(werk.get(i)));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(dienst.service.begrenzer.bezet()).isZero();
        }
    }

    @Test
    void eenVolleDienstAntwoordt503MetRetryAfter() throws Exception {
        try (Dienst dienst = new Dienst(i -> i.metMaxGelijktijdig(1).metWachttijd(Duration.ZERO).metMaxBatches(1))) {
            dienst.service.begrenzer.vergunningen.acquire();
            try {
                HttpResponse<String> r = dienst.post("/beslissingen", Dienst.CASUS);
                Fouten.isProbleem(r, 503, "overbelast");
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
                Fouten.isProbleem(dienst.post("/vergelijkingen", "{\"gemeenten\": [\"Midden-Groningen\"], \"casus\": " + Dienst.CASUS + "}"), 503, "overbelast");
                assertThat(Dienst.json(dienst.get("/health")).at("/beoordelingen/bezet").asInt()).isEqualTo(1);
            } finally {
                dienst.service.begrenzer.vergunningen.release();
            }
            assertThat(dienst.post("/beslissingen", Dienst.CASUS).statusCode()).isEqualTo(200);

            dienst.service.batches.acquire();
            try {
                HttpResponse<String> b = dienst.stuur(dienst.verzoek("/batches").header("Content-Type", "application/x-ndjson")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Dienst.CASUS.replace("\n", " ") + "\n")).build());
                Fouten.isProbleem(b, 503, "overbelast");
                assertThat(b.headers().firstValue("Retry-After")).isPresent();
            } finally {
                dienst.service.batches.release();
            }
        }
    }

    @Test
    void eenBeoordelingVoorbijDeTijdslimietIs503() throws Exception {
        try (Dienst dienst = new Dienst(i -> i.metTijdslimiet(Duration.ofNanos(1)).metMaxGelijktijdig(2))) {
            HttpResponse<String> r = dienst.post("/beslissingen", Casussen.casus(new Random(5), 100, "traag"));
            JsonNode p = Fouten.isProbleem(r, 503, "tijdslimiet");
            assertThat(p.get("detail").asText()).contains("afgebroken");
            // the slot comes free once the interrupted evaluation has really stopped
            long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (dienst.service.begrenzer.bezet() > 0 && System.nanoTime() < tot) Thread.sleep(20);
            assertThat(dienst.service.begrenzer.bezet()).isZero();
        }
    }
}
