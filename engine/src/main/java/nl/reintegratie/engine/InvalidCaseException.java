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
    public enum Soort {
        /** The input is not one well-formed JSON document (HTTP 400). */
        ONLEESBAAR("urn:nl-reintegratie:probleem:onleesbare-invoer", "De invoer is geen leesbaar JSON-document", 400),
        /**
         * The JSON is a document, but not a case that can be evaluated. Also HTTP 400, with its own {@code type} and the
         * fields in {@code invalidParams}: the NL API Design Rules (/core/error-handling/invalid-input) ask 400 for input
         * that fails validation, not 422.
         */
        ONGELDIG("urn:nl-reintegratie:probleem:ongeldige-casus", "De casus kan niet worden beoordeeld", 400);

        private final String type, titel;
        private final int status;

        Soort(String type, String titel, int status) { this.type = type; this.titel = titel; this.status = status; }

        public String type() { return type; }
        public String titel() { return titel; }
        public int status() { return status; }
    }

    /** One problem: the field (a path such as {@code aanvragen[0].ontvangstdatum}, {@code $} for the whole input) and the reason. */
    public record Fout(String veld, String reden) {
        @Override public String toString() { return veld + ": " + reden; }
    }

    private final Soort soort;
    private final List<Fout> fouten;

    public InvalidCaseException(Soort soort, List<Fout> fouten) {
        super(fouten.stream().map(Fout::toString).collect(Collectors.joining("; ")), null, false, false);
        if (fouten.isEmpty()) throw new IllegalArgumentException("an InvalidCaseException needs at least one problem");
        this.soort = soort;
        this.fouten = List.copyOf(fouten);
    }

    public InvalidCaseException(List<Fout> fouten) {
        this(Soort.ONGELDIG, fouten);
    }

    public InvalidCaseException(String veld, String reden) {
        this(List.of(new Fout(veld, reden)));
    }

    static InvalidCaseException onleesbaar(String reden) {
        return new InvalidCaseException(Soort.ONLEESBAAR, List.of(new Fout("$", reden)));
    }

    public Soort soort() { return soort; }

    public List<Fout> fouten() { return fouten; }

    /** The HTTP status the problem maps to: 400 for both kinds; {@link Soort#type()} tells them apart. */
    public int status() { return soort.status(); }

    /** RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, {@code invalidParams}. */
    public String toProblemJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            schrijfProbleem(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the problem details object with the generator (for a caller that streams, such as a batch). */
    public void schrijfProbleem(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", soort.type());
        g.writeStringField("title", soort.titel());
        g.writeNumberField("status", soort.status());
        g.writeStringField("detail", fouten.size() == 1 ? fouten.get(0).toString() : fouten.size() + " problemen: " + getMessage());
        g.writeArrayFieldStart("invalidParams");
        for (Fout f : fouten) {
            g.writeStartObject();
            g.writeStringField("name", f.veld());
            g.writeStringField("reason", f.reden());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
