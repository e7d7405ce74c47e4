package nl.reintegratie.bevindingen;

import java.time.LocalDate;
import nl.reintegratie.feiten.VerleendeVoorziening;

/**
 * Transitional law: a voorziening granted under the regeling that the one in force replaced keeps its protection
 * until and including {@code beschermdTotEnMet} ({@code null}: not known from the facts). The rule that inserts it
 * cites the package's transitional provision; the engine then does not apply, during the protection, the grounds to
 * end it that rest on the conditions of the regeling in force (grounds inserted with {@code Beeindigingsgrond.wegens}),
 * and lists them in the decision as shielded, with this citation. Grounds about the person's own conduct and the
 * college's judgement grounds are not asked during the protection (they apply when the case gives the judgement), and
 * grounds about the person's own conduct still apply (reading register L-22).
 *
 * <p>Where the protection holds only "voor zover wordt voldaan aan de voorwaarden" of the earlier regeling, the rule
 * inserts it with that condition ({@link #mits}): met, it protects; not met, it does not; not known, the engine holds
 * the grounds it would shield back (listed as shielded, pending the fact) and the decision is ONVOLLEDIG on that fact.
 */
public final class Overgangsrecht extends Bevinding {
    private final LocalDate beschermdTotEnMet;
    private final Voorwaarde voorwaarde;

    public Overgangsrecht(VerleendeVoorziening voorziening, String code, LocalDate beschermdTotEnMet, String toelichting) {
        this(voorziening, code, null, beschermdTotEnMet, toelichting);
    }

    private Overgangsrecht(VerleendeVoorziening voorziening, String code, Voorwaarde voorwaarde, LocalDate beschermdTotEnMet, String toelichting) {
        super(voorziening, code, toelichting);
        this.voorwaarde = voorwaarde;
        this.beschermdTotEnMet = beschermdTotEnMet;
    }

    /** Protection "voor zover" a condition is met: it protects when the condition is met, and may protect while it is not known. */
    public static Overgangsrecht mits(VerleendeVoorziening voorziening, String code, Voorwaarde voorwaarde, LocalDate beschermdTotEnMet, String toelichting) {
        if (voorwaarde == null) throw new IllegalArgumentException(code + ": mits needs the condition the protection rests on");
        return new Overgangsrecht(voorziening, code, voorwaarde, beschermdTotEnMet, toelichting);
    }

    public LocalDate getBeschermdTotEnMet() { return beschermdTotEnMet; }

    /** The condition the protection rests on, or {@code null} when it is unconditional. */
    public Voorwaarde getVoorwaarde() { return voorwaarde; }

    /** Whether the protection's condition is not known: it may protect, depending on a fact not given. */
    public boolean isOnzeker() { return voorwaarde != null && voorwaarde.isOnbekend(); }

    /** Whether the protection's condition is known not to be met: it does not protect. */
    public boolean isVervallen() { return voorwaarde != null && voorwaarde.isNietVervuld(); }

    /** Whether the protection holds on the date (an unknown end protects: it is reported as missing by the rule). */
    public boolean beschermtOp(LocalDate datum) {
        return beschermdTotEnMet == null || !datum.isAfter(beschermdTotEnMet);
    }
}
