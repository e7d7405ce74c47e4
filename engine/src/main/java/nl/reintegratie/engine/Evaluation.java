package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of evaluating one case: the version of the rules applied and one {@link Besluit} per
 * aanvraag and per granted voorziening, in the order of the case file. Immutable.
 */
public record Evaluation(String gemeente, LocalDate peildatum, Versie versie, List<Besluit> besluiten) {

    public Evaluation {
        besluiten = List.copyOf(besluiten);
    }

    /** The decision about the aanvraag or verleende voorziening with this id. */
    public Besluit besluit(String onderwerp) {
        return besluiten.stream().filter(b -> b.onderwerp().equals(onderwerp)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no aanvraag or verleende voorziening '" + onderwerp + "'"));
    }
}
