package nl.reintegratie.feiten;

import java.time.LocalDate;

/**
 * A regeling in force on the peildatum, with the date it entered into force as its descriptor states it. Lets a rule
 * refer to "de inwerkingtreding van deze verordening" without repeating the date.
 */
public final class InWerking {
    private final String regeling;
    private final LocalDate geldigVanaf;

    public InWerking(String regeling, LocalDate geldigVanaf) {
        this.regeling = regeling;
        this.geldigVanaf = geldigVanaf;
    }

    /** The regeling's id, for example {@code haaksbergen-verordening-2023}. */
    public String getRegeling() { return regeling; }

    /** The first day the regeling is in force. */
    public LocalDate getGeldigVanaf() { return geldigVanaf; }

    @Override public String toString() { return "InWerking[" + regeling + " vanaf " + geldigVanaf + "]"; }
}
