package nl.reintegratie.bevindingen;

import java.math.BigDecimal;
import java.util.Objects;
import nl.reintegratie.feiten.Onderwerp;

/**
 * An amount, number of hours or percentage that follows from the provisions (a premie, a subsidy, a maximum).
 * {@code waarde} is {@code null} when the value is not known to the project (a national amount for a date the
 * parameter files do not cover, an indexed rate not yet published, a figure left to nadere regels); {@code toelichting}
 * then says which figure is missing. Every provision the calculation applies besides the rule's own citation is named
 * in the rule's {@code @ook} metadata.
 */
public final class Berekening extends Bevinding {
    private final BigDecimal waarde;
    private final String eenheid;

    public Berekening(Onderwerp onderwerp, String code, BigDecimal waarde, String eenheid, String toelichting) {
        super(onderwerp, code, toelichting);
        this.waarde = waarde;
        this.eenheid = Objects.requireNonNull(eenheid, "eenheid");
    }

    /** A value that is not known to the project, with the reason (which figure is missing). */
    public static Berekening onbekend(Onderwerp onderwerp, String code, String eenheid, String reden) {
        return new Berekening(onderwerp, code, null, eenheid, reden);
    }

    public BigDecimal getWaarde() { return waarde; }

    public boolean isBekend() { return waarde != null; }

    /** For example {@code EUR}, {@code EUR per maand}, {@code uren per jaar}. */
    public String getEenheid() { return eenheid; }
}
