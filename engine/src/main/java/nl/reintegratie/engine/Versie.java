package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a gemeente's rules: the regelingen in force together over a period, built into one rule base. A case
 * is judged by the version whose period contains its peildatum.
 */
public record Versie(String id, String gemeente, LocalDate geldigVanaf, LocalDate geldigTot, List<Regeling> regelingen) {

    public Versie {
        regelingen = List.copyOf(regelingen);
    }

    public boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    /** "vanaf 2024-01-01" or "van 2023-07-01 tot en met 2023-12-31". */
    public String periode() {
        return geldigTot == null ? "vanaf " + geldigVanaf : "van " + geldigVanaf + " tot en met " + geldigTot;
    }
}
