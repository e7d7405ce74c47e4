package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The case cannot be evaluated as sent: malformed JSON, an unknown gemeente, a peildatum no regeling covers, a missing
 * required fact, an impossible value, dates that cannot be true together or a key no vocabulary knows. Lists every
 * problem found, each naming the field and the reason (in Dutch, for the people who send cases). Its
 * {@link #toProblemJson() JSON form} is an RFC 9457 problem details object with {@code invalidParams} per field, as
 * the NL API Design Rules ask.
 */
public final class InvalidCaseException extends RuntimeException {

    /** What kind of problem: the JSON itself, or the case it holds. */
    public enum Kind {
        /** The input is not one well-formed JSON document (HTTP 400). */
        UNREADABLE("urn:nl-reintegratie:probleem:onleesbare-invoer", "De invoer is geen leesbaar JSON-document", 400),
        /**
         * The JSON is a document, but not a case that can be evaluated. Also HTTP 400, with its own {@code type} and the
         * fields in {@code invalidParams}: the NL API Design Rules (/core/error-handling/invalid-input) ask 400 for input
         * that fails validation, not 422.
         */
        INVALID("urn:nl-reintegratie:probleem:ongeldige-casus", "De casus kan niet worden beoordeeld", 400);

        private final String type, title;
        private final int status;

        Kind(String type, String title, int status) { this.type = type; this.title = title; this.status = status; }

        public String type() { return type; }

        /** The kind in Dutch, as a summary names it: "onleesbaar", "ongeldig". */
        public String label() { return this == UNREADABLE ? "onleesbaar" : "ongeldig"; }
        public String title() { return title; }
        public int status() { return status; }
    }

    /** One problem: the field (a path such as {@code aanvragen[0].ontvangstdatum}, {@code $} for the whole input) and the reason. */
    public record Problem(String field, String reason) {
        @Override public String toString() { return field + ": " + reason; }
    }

    private final Kind kind;
    private final List<Problem> problems;

    public InvalidCaseException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) throw new IllegalArgumentException("an InvalidCaseException needs at least one problem");
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public InvalidCaseException(List<Problem> problems) {
        this(Kind.INVALID, problems);
    }

    public InvalidCaseException(String field, String reason) {
        this(List.of(new Problem(field, reason)));
    }

    static InvalidCaseException onleesbaar(String reden) {
        return new InvalidCaseException(Kind.UNREADABLE, List.of(new Problem("$", reden)));
    }

    public Kind kind() { return kind; }

    public List<Problem> problems() { return problems; }

    /** The HTTP status the problem maps to: 400 for both kinds; {@link Kind#type()} tells them apart. */
    public int status() { return kind.status(); }

    /** RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, {@code invalidParams}. */
    public String toProblemJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            writeProblem(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the problem details object with the generator (for a caller that streams, such as a batch). */
    public void writeProblem(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", kind.type());
        g.writeStringField("title", kind.title());
        g.writeNumberField("status", kind.status());
        g.writeStringField("detail", problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problemen: " + getMessage());
        g.writeArrayFieldStart("invalidParams");
        for (Problem f : problems) {
            g.writeStartObject();
            g.writeStringField("name", f.field());
            g.writeStringField("reason", f.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
