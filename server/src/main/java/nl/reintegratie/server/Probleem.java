package nl.reintegratie.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintegratie.engine.InvalidCaseException;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}), as the NL API Design Rules ask:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code invalidParams} per field where a field is to
 * blame, and {@code instance} for errors of the service itself, so that an operator can find the log line. Thrown by
 * the handlers and written by the service's exception mapping. Texts are in Dutch: they face the people who send
 * cases. A problem never carries data from the request body other than what the engine itself reports about a field.
 */
final class Probleem extends RuntimeException {
    static final String MEDIATYPE = "application/problem+json";
    static final String TYPE = "urn:nl-reintegratie:probleem:";
    private static final JsonFactory JSON = new JsonFactory();

    final int status;
    final String type;
    final String titel;
    final String detail;
    final List<InvalidCaseException.Problem> invalidParams;
    /** Response headers the problem needs: {@code Allow}, {@code Retry-After}, {@code Accept-Post}. */
    final Map<String, String> headers = new LinkedHashMap<>();
    /** The engine's own problem, written as the engine writes it (the same JSON as the CLI and batches give). */
    final InvalidCaseException casusfout;

    private Probleem(int status, String soort, String titel, String detail, List<InvalidCaseException.Problem> invalidParams,
                     InvalidCaseException casusfout) {
        super(detail, null, false, false);
        this.status = status;
        this.type = TYPE + soort;
        this.titel = titel;
        this.detail = detail;
        this.invalidParams = List.copyOf(invalidParams);
        this.casusfout = casusfout;
    }

    static Probleem van(int status, String soort, String titel, String detail) {
        return new Probleem(status, soort, titel, detail, List.of(), null);
    }

    /** The engine's bad-input exception: 400 for unreadable JSON and for a case that cannot be evaluated, told apart by the problem type. */
    static Probleem van(InvalidCaseException e) {
        return new Probleem(e.status(), e.kind().type().substring(TYPE.length()), e.kind().title(), e.getMessage(), e.problems(), e);
    }

    /** A query parameter that is missing or wrong (400), naming the parameter. */
    static Probleem parameter(String naam, String reden) {
        return new Probleem(400, "ongeldige-parameter", "Een parameter van het verzoek is ongeldig", naam + ": " + reden,
                List.of(new InvalidCaseException.Problem(naam, reden)), null);
    }

    /** Several query parameters that are wrong (400), each named. */
    static Probleem parameters(List<InvalidCaseException.Problem> fouten) {
        if (fouten.size() == 1) return parameter(fouten.get(0).field(), fouten.get(0).reason());
        String detail = fouten.size() + " problemen: " + String.join("; ", fouten.stream().map(InvalidCaseException.Problem::toString).toList());
        return new Probleem(400, "ongeldige-parameter", "Een parameter van het verzoek is ongeldig", detail, fouten, null);
    }

    Probleem header(String naam, String waarde) {
        headers.put(naam, waarde);
        return this;
    }

    /** The problem as JSON bytes; {@code instance} is added when not {@code null}. */
    byte[] json(String instance) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(uit)) {
            if (casusfout != null) {
                casusfout.writeProblem(g);
            } else {
                g.writeStartObject();
                g.writeStringField("type", type);
                g.writeStringField("title", titel);
                g.writeNumberField("status", status);
                g.writeStringField("detail", detail);
                if (instance != null) g.writeStringField("instance", instance);
                if (!invalidParams.isEmpty()) {
                    g.writeArrayFieldStart("invalidParams");
                    for (InvalidCaseException.Problem f : invalidParams) {
                        g.writeStartObject();
                        g.writeStringField("name", f.field());
                        g.writeStringField("reason", f.reason());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** A short form for a log line: status and type only, never the detail (which may quote what was sent). */
    String logvorm() {
        return status + " " + type;
    }
}
