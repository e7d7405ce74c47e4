package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a gemeente's rules: the set of regelingen in force together over a period, compiled
 * into one rule base. A case is judged by the version whose period contains its peildatum.
 */
public record Versie(String id, String gemeente, LocalDate geldigVanaf, LocalDate geldigTot,
                     List<RegelingInfo> regelingen) {

    public Versie {
        regelingen = List.copyOf(regelingen);
    }

    public boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }
}
