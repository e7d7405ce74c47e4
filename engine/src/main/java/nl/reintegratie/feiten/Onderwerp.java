package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a decision is about: an {@link Aanvraag} for a voorziening, or a {@link VerleendeVoorziening}
 * already granted that is checked against the beëindigingsgronden. Rules match on it; every
 * finding (bevinding) points at one.
 *
 * <p>Besides the typed facts, an onderwerp carries two maps that a rule package declares itself:
 * <em>omstandigheden</em> (facts of the case that only some provisions use, for example "the jobcoach
 * is erkend door het UWV") and <em>oordelen</em> (judgements "naar het oordeel van het college").
 * The engine rejects keys a package does not declare, so nothing a caller sends is dropped.
 * A key that is absent reads as {@code null}: not given, never guessed.
 */
public interface Onderwerp {

    /** The caller's identifier, unique within the case. */
    String getId();

    /** The voorziening's code, as declared by the rule package (for example {@code werkstage}). */
    String getVoorziening();

    /** All declared omstandigheden given for this onderwerp, unmodifiable. */
    Map<String, Object> getOmstandigheden();

    /** All oordelen (judgements of the college) given for this onderwerp, unmodifiable. */
    Map<String, Boolean> getOordelen();

    /** A yes/no omstandigheid, {@code null} when not given. */
    default Boolean waar(String omstandigheid) {
        return (Boolean) getOmstandigheden().get(omstandigheid);
    }

    /** A numeric omstandigheid, {@code null} when not given. */
    default BigDecimal getal(String omstandigheid) {
        return (BigDecimal) getOmstandigheden().get(omstandigheid);
    }

    /** A date omstandigheid, {@code null} when not given. */
    default LocalDate datum(String omstandigheid) {
        return (LocalDate) getOmstandigheden().get(omstandigheid);
    }

    /** A text (choice) omstandigheid, {@code null} when not given. */
    default String tekst(String omstandigheid) {
        return (String) getOmstandigheden().get(omstandigheid);
    }

    /** Whether the omstandigheid was given at all. */
    default boolean gegeven(String omstandigheid) {
        return getOmstandigheden().containsKey(omstandigheid);
    }

    /** The college's judgement, {@code null} when it was not given (the rules then report it as open). */
    default Boolean oordeel(String code) {
        return getOordelen().get(code);
    }
}
