package nl.reintegratie.bevindingen;

import java.time.LocalDate;
import nl.reintegratie.feiten.VerleendeVoorziening;

/**
 * Transitional law: a voorziening granted under the regeling that the one in force replaced keeps its protection
 * until and including {@code beschermdTotEnMet} ({@code null}: not known from the facts). The rule that inserts it
 * cites the package's transitional provision; the engine then does not apply, during the protection, the grounds to
 * end it that rest on the conditions of the regeling in force (grounds inserted with {@code Beeindigingsgrond.wegens}),
 * and lists them in the decision as shielded, with this citation. Grounds about the person's own conduct and the
 * college's judgements still apply (reading register L-overgangsrecht).
 */
public final class Overgangsrecht extends Bevinding {
    private final LocalDate beschermdTotEnMet;

    public Overgangsrecht(VerleendeVoorziening voorziening, String code, LocalDate beschermdTotEnMet, String toelichting) {
        super(voorziening, code, toelichting);
        this.beschermdTotEnMet = beschermdTotEnMet;
    }

    public LocalDate getBeschermdTotEnMet() { return beschermdTotEnMet; }

    /** Whether the protection holds on the date (an unknown end protects: it is reported as missing by the rule). */
    public boolean beschermtOp(LocalDate datum) {
        return beschermdTotEnMet == null || !datum.isAfter(beschermdTotEnMet);
    }
}
