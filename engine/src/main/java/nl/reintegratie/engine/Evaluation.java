package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of evaluating one case: the version of the rules applied, one {@link Besluit} per aanvraag and per
 * granted voorziening in the order of the case, the facts given that the regelingen in force do not use (accepted,
 * never dropped: a case describes a situation, not a package), and the receipt that makes the evaluation
 * reproducible. {@code variant} names the policy variant whose parameters were applied, {@code null} for the
 * regelingen as they are. {@code casus} is the case as checked and evaluated (values in their declared types; under which
 * regeling a voorziening was granted derived where the case did not say), for those who write the decision out.
 * Immutable.
 */
public record Evaluation(String gemeente, LocalDate peildatum, Versie versie, String variant, List<Besluit> besluiten,
                         List<NietGebruikt> nietGebruikt, Ontvangstbewijs ontvangstbewijs, Casus casus) {

    public Evaluation {
        besluiten = List.copyOf(besluiten);
        nietGebruikt = List.copyOf(nietGebruikt);
    }

    /** The decision about the aanvraag or verleende voorziening with this id. */
    public Besluit besluit(String onderwerp) {
        for (Besluit b : besluiten) if (b.onderwerp().equals(onderwerp)) return b;
        throw new IllegalArgumentException("no aanvraag or verleende voorziening '" + onderwerp + "'");
    }

    /** A fact or judgement the case gives that no rule of the regelingen in force reads. */
    public record NietGebruikt(String field, String reason) {}
}
