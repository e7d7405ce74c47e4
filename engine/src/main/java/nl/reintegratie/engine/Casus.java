package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.Dienstbetrekking;
import nl.reintegratie.feiten.Persoon;
import nl.reintegratie.feiten.VerleendeVoorziening;
import nl.reintegratie.feiten.Werkgever;

/**
 * A case to evaluate: the gemeente, the peildatum, the facts, and at least one aanvraag or verleende voorziening.
 * {@code werkgever} and {@code dienstbetrekking} may be {@code null}. A case describes a situation, not a rule
 * package: the same case can be evaluated under every gemeente (see {@link #voorGemeente}).
 */
public record Casus(String gemeente, LocalDate peildatum, Persoon persoon, Werkgever werkgever,
                    Dienstbetrekking dienstbetrekking, List<Aanvraag> aanvragen,
                    List<VerleendeVoorziening> verleendeVoorzieningen) {

    public Casus {
        aanvragen = aanvragen == null ? List.of() : List.copyOf(aanvragen);
        verleendeVoorzieningen = verleendeVoorzieningen == null ? List.of() : List.copyOf(verleendeVoorzieningen);
    }

    /** The same situation, judged under another gemeente's rules. */
    public Casus voorGemeente(String andereGemeente) {
        return new Casus(andereGemeente, peildatum, persoon, werkgever, dienstbetrekking, aanvragen, verleendeVoorzieningen);
    }

    /** The same situation, judged on another date. */
    public Casus opPeildatum(LocalDate anderePeildatum) {
        return new Casus(gemeente, anderePeildatum, persoon, werkgever, dienstbetrekking, aanvragen, verleendeVoorzieningen);
    }
}
