package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.Dienstbetrekking;
import nl.reintegratie.feiten.Employer;
import nl.reintegratie.feiten.Person;
import nl.reintegratie.feiten.VerleendeVoorziening;

/**
 * A case to evaluate: the gemeente, the peildatum, the facts, and at least one aanvraag or verleende
 * voorziening. {@code employer} and {@code dienstbetrekking} may be {@code null}.
 */
public record Casus(String gemeente, LocalDate peildatum, Person person, Employer employer,
                    Dienstbetrekking dienstbetrekking, List<Aanvraag> aanvragen,
                    List<VerleendeVoorziening> verleendeVoorzieningen) {

    public Casus {
        aanvragen = aanvragen == null ? List.of() : List.copyOf(aanvragen);
        verleendeVoorzieningen = verleendeVoorzieningen == null ? List.of() : List.copyOf(verleendeVoorzieningen);
    }
}
