package nl.reintegratie.bevindingen;

import java.math.BigDecimal;
import nl.reintegratie.feiten.Onderwerp;

/**
 * An amount, number of hours or percentage that follows from the provisions (a premie, a subsidy,
 * a maximum). {@code waarde} is {@code null} when the value is not known to the project (for example
 * a national amount for a date the parameter files do not cover, or a figure left to nadere regels);
 * {@code toelichting} then says why.
 */
public final class Berekening extends Bevinding {
    private final BigDecimal waarde;
    private final String eenheid;

    public Berekening(Onderwerp onderwerp, String code, BigDecimal waarde, String eenheid, String toelichting) {
        super(onderwerp, code, toelichting);
        this.waarde = waarde;
        this.eenheid = java.util.Objects.requireNonNull(eenheid, "eenheid");
    }

    /** A value that is not known to the project, with the reason. */
    public static Berekening onbekend(Onderwerp onderwerp, String code, String eenheid, String reden) {
        return new Berekening(onderwerp, code, null, eenheid, reden);
    }

    public BigDecimal getWaarde() { return waarde; }

    public boolean isBekend() { return waarde != null; }

    /** For example {@code EUR}, {@code EUR per maand}, {@code uren per jaar}. */
    public String getEenheid() { return eenheid; }
}
