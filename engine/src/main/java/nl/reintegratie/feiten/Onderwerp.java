package nl.reintegratie.feiten;

import java.util.Map;
import java.util.Objects;

/**
 * What a decision is about: an {@link Aanvraag} for a voorziening, or a {@link VerleendeVoorziening} already
 * granted that is checked against the beëindigingsgronden. Rules match on it; every finding points at one.
 * Besides its facts it carries the college's judgements ("naar het oordeel van het college") that the case gives:
 * a judgement that is absent is open, never guessed.
 */
public abstract sealed class Onderwerp extends FactSet permits Aanvraag, VerleendeVoorziening {
    private final String id;
    private final String voorziening;
    private final Map<String, Boolean> oordelen;

    Onderwerp(String id, String voorziening, Map<String, ?> gegevens, Map<String, Boolean> oordelen) {
        super(gegevens);
        this.id = Objects.requireNonNull(id, "id");
        this.voorziening = Objects.requireNonNull(voorziening, "voorziening");
        // in the order of the case: what is reported about them (not used, open) comes out in that order in every JVM
        this.oordelen = oordelen == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oordelen));
    }

    /** The caller's identifier, unique within the case. */
    public final String getId() { return id; }

    /** The voorziening's code, as the vocabulary of voorzieningen declares it (for example {@code werkstage}). */
    public final String getVoorziening() { return voorziening; }

    /** The judgements of the college given for this onderwerp; unmodifiable. */
    public final Map<String, Boolean> getOordelen() { return oordelen; }

    /** The college's judgement, {@code null} when not given (the rules then report it as open). */
    public final Boolean oordeel(String code) { return oordelen.get(code); }
}
