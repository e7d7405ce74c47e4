package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * Something the decision must say that is neither a condition nor a ground: an obligation that comes with the
 * voorziening, an amount set by nadere regels not in the sources, an exception that applies. A {@link #standaard}
 * remark (the hardheidsclausule) says the same on every decision and is shown once, at the end.
 */
public final class Opmerking extends Bevinding {
    private final boolean standaard;

    private Opmerking(Onderwerp onderwerp, String code, String toelichting, boolean standaard) {
        super(onderwerp, code, toelichting);
        this.standaard = standaard;
    }

    public Opmerking(Onderwerp onderwerp, String code, String toelichting) {
        this(onderwerp, code, toelichting, false);
    }

    public Opmerking(Onderwerp onderwerp, String code) {
        this(onderwerp, code, null, false);
    }

    /** A remark that every decision carries (the hardheidsclausule), shown once. */
    public static Opmerking standaard(Onderwerp onderwerp, String code) {
        return new Opmerking(onderwerp, code, null, true);
    }

    public boolean isStandaard() { return standaard; }
}
