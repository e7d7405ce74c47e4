package nl.reintegratie.feiten;

import java.time.LocalDate;

/** The date the case is judged on: it selects the regeling in force and is the date ages and terms are computed against. */
public final class Peildatum {
    private final LocalDate datum;

    public Peildatum(LocalDate datum) { this.datum = datum; }

    public LocalDate getDatum() { return datum; }

    @Override public String toString() { return "Peildatum[" + datum + "]"; }
}
