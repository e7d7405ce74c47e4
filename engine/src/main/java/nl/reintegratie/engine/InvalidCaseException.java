package nl.reintegratie.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The case cannot be evaluated as sent: malformed JSON, an unknown gemeente, a peildatum no regeling
 * covers, a missing required fact, an impossible value or a key the rules do not know. Lists every
 * problem found, each naming the field and the reason.
 */
public final class InvalidCaseException extends RuntimeException {

    /** One problem: the field (a path such as {@code aanvragen[0].ontvangstdatum}) and the reason. */
    public record Fout(String veld, String reden) {
        @Override public String toString() { return veld + ": " + reden; }
    }

    private final List<Fout> fouten;

    public InvalidCaseException(List<Fout> fouten) {
        super(fouten.stream().map(Fout::toString).collect(Collectors.joining("; ")));
        this.fouten = List.copyOf(fouten);
    }

    public InvalidCaseException(String veld, String reden) {
        this(List.of(new Fout(veld, reden)));
    }

    public List<Fout> fouten() { return fouten; }
}
