package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** What every error answer must be: problem details (RFC 9457) with the fields the NL API Design Rules require. */
final class Fouten {
    private Fouten() {}

    /**
     * The response is {@code application/problem+json} with this status and type ({@code urn:nl-reintegratie:probleem:}
     * plus {@code soort}), with {@code title}, {@code status} and {@code detail}, and — when fields are named — an
     * {@code invalidParams} entry for each.
     */
    static JsonNode isProbleem(HttpResponse<String> r, int status, String soort, String... velden) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(Dienst.type(r)).as(r.body()).isEqualTo("application/problem+json");
        JsonNode p = Dienst.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isEqualTo("urn:nl-reintegratie:probleem:" + soort);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        if (velden.length > 0) assertThat(namen(p)).as(r.body()).contains(velden);
        return p;
    }

    static List<String> namen(JsonNode p) {
        List<String> namen = new ArrayList<>();
        p.path("invalidParams").forEach(x -> {
            assertThat(x.get("reason").asText()).isNotBlank();
            namen.add(x.get("name").asText());
        });
        return namen;
    }
}
