package nl.reintegratie.feiten;

import java.time.LocalDate;

/**
 * A regeling in force on the peildatum, with the date it entered into force and the date it was published, as its
 * descriptor states them. Lets a rule refer to "de inwerkingtreding van deze verordening" or to its bekendmaking
 * without repeating the date.
 */
public final class InWerking {
    private final String regeling;
    private final LocalDate geldigVanaf;
    private final LocalDate bekendgemaaktOp;

    public InWerking(String regeling, LocalDate geldigVanaf) {
        this(regeling, geldigVanaf, null);
    }

    public InWerking(String regeling, LocalDate geldigVanaf, LocalDate bekendgemaaktOp) {
        this.regeling = regeling;
        this.geldigVanaf = geldigVanaf;
        this.bekendgemaaktOp = bekendgemaaktOp;
    }

    /**
     * The day the regeling was published (bekendgemaakt, art. 139 Gemeentewet), or {@code null} when the descriptor does
     * not say. A regeling that applies retroactively was published after {@link #getGeldigVanaf()}.
     */
    public LocalDate getBekendgemaaktOp() { return bekendgemaaktOp; }

    /** The regeling's id, for example {@code haaksbergen-verordening-2023}. */
    public String getRegeling() { return regeling; }

    /** The first day the regeling is in force. */
    public LocalDate getGeldigVanaf() { return geldigVanaf; }

    @Override public String toString() { return "InWerking[" + regeling + " vanaf " + geldigVanaf + "]"; }
}
