package nl.reintegratie.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * A running service on a free localhost port, called over real HTTP. The rule packages are the fixture on the test
 * class path (an empty {@code regels/} folder is passed, so that the real packages the build may have collected in
 * {@code target/regels} play no part).
 */
final class Dienst implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ReintegratieEngine ENGINE = laad();

    final BeslisService service;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    final URI basis;

    static final String CASUS = """
            {"gemeente": "Midden-Groningen", "peildatum": "2025-03-01",
             "persoon": {"geboortedatum": "1990-01-01", "behoortTotDoelgroep": true},
             "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """;

    private static ReintegratieEngine laad() {
        try {
            Path leeg = Files.createTempDirectory("regels-leeg");
            leeg.toFile().deleteOnExit();
            return Regelpakketten.laad(leeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instellingen test() {
        return Instellingen.standaard().metHost("127.0.0.1").metPoort(0).metStopTijd(Duration.ofSeconds(10)).metStilBijStop(Duration.ofMillis(500));
    }

    Dienst() {
        this(UnaryOperator.identity());
    }

    Dienst(UnaryOperator<Instellingen> aanpassing) {
        service = new BeslisService(ENGINE, aanpassing.apply(test())).start();
        basis = URI.create("http://127.0.0.1:" + service.poort() + BeslisService.BASIS);
    }

    URI uri(String pad) {
        return URI.create(basis + pad);
    }

    HttpRequest.Builder verzoek(String pad) {
        return HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> get(String pad) {
        return stuur(verzoek(pad).GET().build());
    }

    HttpResponse<String> post(String pad, String body) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> stuur(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        return json(r.body());
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String type(HttpResponse<?> r) {
        return Mediatypen.basis(r.headers().firstValue("Content-Type").orElse(null));
    }

    @Override
    public void close() {
        service.stop();
    }
}
