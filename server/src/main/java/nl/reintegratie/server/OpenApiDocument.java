package nl.reintegratie.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The OpenAPI document, kept in the repository ({@code server/src/main/resources/openapi.json}) and served byte for
 * byte as it is. Its {@code info.version} is the API's version: the service sends it in the {@code API-Version} header
 * of every response, so the document and the header cannot disagree.
 */
final class OpenApiDocument {
    static final String RESOURCE = "/openapi.json";
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$");

    final byte[] bytes;
    final String versie;

    private OpenApiDocument(byte[] bytes, String versie) {
        this.bytes = bytes;
        this.versie = versie;
    }

    /** Reads the document from the jar; a missing or broken one is a packaging defect. */
    static OpenApiDocument laad() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("het OpenAPI-document " + RESOURCE + " ontbreekt in de jar");
            byte[] b = in.readAllBytes();
            JsonNode n = new ObjectMapper().readTree(b);
            String v = n.path("info").path("version").asText("");
            if (!SEMVER.matcher(v).matches()) throw new IllegalStateException("info.version van het OpenAPI-document is geen semantische versie: '" + v + "'");
            return new OpenApiDocument(b, v);
        } catch (IOException e) {
            throw new UncheckedIOException("het OpenAPI-document is geen geldige JSON", e);
        }
    }

    /** The major version, as it stands in the path ({@code v1}). */
    String hoofdversie() {
        return "v" + versie.substring(0, versie.indexOf('.'));
    }
}
