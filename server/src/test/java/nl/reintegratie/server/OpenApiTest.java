package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is valid, follows the NL API Design Rules that can be checked on a document (the rules of the
 * Logius linter), and matches the running server: every operation in it answers with a documented status and content
 * type, and every route of the server is in it.
 */
class OpenApiTest {
    static Dienst dienst;
    static OpenAPI api;
    static String tekst;

    @BeforeAll
    static void start() throws IOException {
        dienst = new Dienst();
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
            tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions opties = new ParseOptions();
        opties.setResolve(true);
        opties.setResolveFully(true);
        SwaggerParseResult r = new OpenAPIV3Parser().readContents(tekst, null, opties);
        assertThat(r.getMessages()).as("meldingen van swagger-parser").isEmpty();
        api = r.getOpenAPI();
        assertThat(api).isNotNull();
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    @Test
    void hetDocumentIsGeldigEnWordtOngewijzigdGeserveerd() {
        assertThat(api.getOpenapi()).startsWith("3.");
        HttpResponse<String> r = dienst.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Dienst.type(r)).isEqualTo("application/json");
        assertThat(r.body()).isEqualTo(tekst);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(r.headers().firstValue("API-Version")).contains(api.getInfo().getVersion());
        assertThat(dienst.service.apiVersie()).isEqualTo(api.getInfo().getVersion());
    }

    /** The paths of the document with the method, as {@code GET /regelingen/{versie}}. */
    private static Set<String> gedocumenteerd() {
        Set<String> uit = new TreeSet<>();
        api.getPaths().forEach((pad, item) -> item.readOperationsMap().keySet().forEach(m -> uit.add(m.name() + " " + pad)));
        return uit;
    }

    @Test
    void elkeRouteVanDeServerStaatInHetDocumentEnOmgekeerd() {
        String basis = api.getServers().get(0).getUrl();
        Set<String> server = new TreeSet<>();
        for (String r : dienst.service.routes()) {
            String[] d = r.split(" ", 2);
            assertThat(d[1]).startsWith(basis);
            server.add(d[0] + " " + d[1].substring(basis.length()));
        }
        assertThat(server).isEqualTo(gedocumenteerd());
    }

    @Test
    void elkeBewerkingAntwoordtZoalsHetDocumentZegt() {
        List<String> gecontroleerd = new ArrayList<>();
        api.getPaths().forEach((pad, item) -> item.readOperationsMap().forEach((methode, op) -> {
            String uri = pad.replace("{versie}", "midden-groningen-2025");
            // the happy path, once for every content type the 200 answer documents
            ApiResponse ok = op.getResponses().get("200");
            for (String type : ok.getContent().keySet()) {
                HttpResponse<String> r = dienst.stuur(verzoek(methode, uri, op, type, true).build());
                controleer(op, methode + " " + pad + " (Accept " + type + ")", r);
                if (r.statusCode() == 200) assertThat(Dienst.type(r)).isEqualTo(type);
                gecontroleerd.add(methode + " " + pad + " " + type + " → " + r.statusCode());
            }
            // an unknown query parameter: 400, documented
            HttpResponse<String> fout = dienst.stuur(verzoek(methode, uri + "?onbekend=1", op, null, true).build());
            assertThat(fout.statusCode()).isEqualTo(400);
            controleer(op, methode + " " + pad + " (onbekende parameter)", fout);
            if (op.getRequestBody() != null) {
                HttpResponse<String> onleesbaar = dienst.stuur(verzoek(methode, uri, op, null, false).build());
                controleer(op, methode + " " + pad + " (onleesbaar)", onleesbaar);
                if (pad.equals("/batches")) {
                    // a batch answers an unreadable line in its stream, with that line's problem details
                    assertThat(onleesbaar.statusCode()).isEqualTo(200);
                    assertThat(Dienst.json(onleesbaar).at("/probleem/status").asInt()).isEqualTo(400);
                } else {
                    assertThat(onleesbaar.statusCode()).isEqualTo(400);
                }
            }
        }));
        assertThat(gecontroleerd).hasSizeGreaterThanOrEqualTo(gedocumenteerd().size());
    }

    private HttpRequest.Builder verzoek(PathItem.HttpMethod methode, String uri, Operation op, String accept, boolean goed) {
        HttpRequest.Builder b = dienst.verzoek(uri);
        if (accept != null) b.header("Accept", accept);
        if (methode == PathItem.HttpMethod.GET) return b.GET();
        Map.Entry<String, MediaType> invoer = op.getRequestBody().getContent().entrySet().iterator().next();
        Object voorbeeld = invoer.getValue().getExample();
        assertThat(voorbeeld).as("voorbeeld bij " + uri).isNotNull();
        String body = !goed ? "{niet goed" : voorbeeld instanceof String s ? s : Dienst.JSON.valueToTree(voorbeeld).toString();
        return b.header("Content-Type", invoer.getKey()).method(methode.name(), HttpRequest.BodyPublishers.ofString(body));
    }

    /** The status is documented, and the content type is one the document gives for that status. */
    private static void controleer(Operation op, String wat, HttpResponse<String> r) {
        String status = String.valueOf(r.statusCode());
        ApiResponse a = op.getResponses().get(status);
        assertThat(a).as(wat + ": status " + status + " staat niet in het document; " + r.body()).isNotNull();
        if (a.getContent() != null && !a.getContent().isEmpty()) {
            assertThat(a.getContent().keySet()).as(wat + ": status " + status).contains(Dienst.type(r));
        }
        if (a.getHeaders() != null) {
            for (String h : a.getHeaders().keySet()) {
                if (h.equals("API-Version") || h.equals("Access-Control-Allow-Origin") || h.equals("Retry-After") || h.equals("Accept-Post")) {
                    assertThat(r.headers().firstValue(h)).as(wat + ": header " + h).isPresent();
                }
            }
        }
        if (r.statusCode() >= 400) {
            JsonNode p = Dienst.json(r);
            assertThat(p.has("status") && p.has("title") && p.has("detail")).as(wat).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The NL API Design Rules that the Logius linter (Spectral ruleset) checks on a document

    private static final Pattern KEBAB = Pattern.compile("^(/|(/_[a-z0-9]+|/(([a-z0-9\\-]+|\\{[^}]+})(/([a-z0-9\\-.]+|\\{[^}]+}))*)(/_[a-z]+)?))$");
    private static final Pattern CAMEL = Pattern.compile("^\\$?[a-z][a-z\\d]*([A-Z][a-z\\d]*)*$");
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?$");

    @Test
    void hetDocumentVolgtDeNlApiDesignRules() {
        // /core/uri-version, /core/semver, /core/doc-openapi-contact
        assertThat(api.getServers()).isNotEmpty().allSatisfy(s -> assertThat(s.getUrl()).containsPattern("/v\\d+$"));
        assertThat(api.getInfo().getVersion()).matches(SEMVER);
        assertThat(api.getServers().get(0).getUrl()).endsWith("/v" + api.getInfo().getVersion().split("\\.")[0]);
        assertThat(api.getInfo().getContact().getName()).isNotBlank();
        Set<String> operationIds = new HashSet<>();
        api.getPaths().forEach((pad, item) -> {
            // /core/no-trailing-slash, /core/path-segments-kebab-case
            assertThat(pad).doesNotEndWith("/");
            if (!pad.equals("/openapi.json")) assertThat(pad).matches(KEBAB);
            item.readOperationsMap().forEach((methode, op) -> {
                assertThat(operationIds.add(op.getOperationId())).as("operationId " + op.getOperationId() + " is uniek").isTrue();
                // /core/query-keys-camel-case
                if (op.getParameters() != null) {
                    for (Parameter p : op.getParameters()) if ("query".equals(p.getIn())) assertThat(p.getName()).matches(CAMEL);
                }
                // /core/error-handling/invalid-input: every operation with a body or parameters can answer 400
                if (op.getRequestBody() != null || op.getParameters() != null) assertThat(op.getResponses()).containsKey("400");
                op.getResponses().forEach((status, a) -> {
                    if (status.startsWith("2") || status.startsWith("3")) {
                        // /core/version-header
                        assertThat(a.getHeaders()).as(pad + " " + status).containsKey("API-Version");
                    }
                    if (status.startsWith("4") || status.startsWith("5")) {
                        // /core/error-handling/problem-details
                        assertThat(a.getContent()).as(pad + " " + status).containsOnlyKeys("application/problem+json");
                        Schema<?> s = a.getContent().get("application/problem+json").getSchema();
                        assertThat(s.getRequired()).contains("status", "title", "detail");
                    }
                });
            });
        });
        // /core/date-time/date-omit-time-portion: dates are format date, and nothing is a date-time-local or a bare time
        api.getComponents().getSchemas().forEach((naam, s) -> datums(naam, s));
    }

    private static void datums(String waar, Schema<?> s) {
        if (s == null || s.getProperties() == null) return;
        s.getProperties().forEach((naam, p) -> {
            if (naam.toLowerCase(java.util.Locale.ROOT).endsWith("datum") || naam.equals("date") || Set.of("geldigVanaf", "geldigTot", "vastgesteldOp").contains(naam)) {
                assertThat(p.getFormat()).as(waar + "." + naam).isEqualTo("date");
            }
            assertThat(p.getFormat()).as(waar + "." + naam).isNotIn("date-time-local", "time");
            datums(waar + "." + naam, p);
        });
    }
}
