package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The same case under several gemeenten: per gemeente its evaluation, or why there is none (no regeling in force on
 * the peildatum). A case describes a situation, so the facts are the same for all.
 */
public record Vergelijking(LocalDate peildatum, List<Uitslag> uitslagen) {

    public Vergelijking {
        uitslagen = List.copyOf(uitslagen);
    }

    /** One gemeente's evaluation, or the reason there is none. */
    public record Uitslag(String gemeente, Evaluation evaluation, String reason) {
        public boolean beoordeeld() { return evaluation != null; }
    }
}
