package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A ground for refusing an aanvraag ({@link Weigeringsgrond}) or ending a granted voorziening
 * ({@link Beeindigingsgrond}). {@code verplicht} distinguishes what the text makes mandatory ("weigert",
 * "uitsluitend als", "wordt niet verstrekt", "beëindigt") from what it allows ("kan weigeren", "kan beëindigen").
 *
 * <p>Three ways a ground can depend on the case, each one rule in the DRL:
 * <ul>
 *   <li>through an unmet condition ({@link #getVoorwaarde()}): the decision cites that condition's provision as the
 *       one not met, and the rule's own provision as the general ground it runs through; one unmet condition is one
 *       ground (the mandatory one stands when a condition yields both);</li>
 *   <li>on a judgement of the college ({@link #getOordeel()}, "naar het oordeel van het college"): the ground applies
 *       when the college judges so, does not when it judges not, and is an open judgement, citing this rule, when the
 *       case does not give it — the engine never guesses a judgement;</li>
 *   <li>on a fact that must be established ({@link #getGegeven()}): the ground applies when the fact holds, does not
 *       when it does not, and the fact is reported as missing when the case does not give it.</li>
 * </ul>
 */
public abstract class Grond extends Bevinding {
    private final boolean verplicht;
    private final Voorwaarde voorwaarde;
    private final String oordeel;
    private final boolean oordeelOmgekeerd;
    private final Boolean geldt;
    private final String gegeven;

    Grond(Onderwerp onderwerp, String code, boolean verplicht, Voorwaarde voorwaarde, String oordeel, Boolean geldt, String gegeven,
          String toelichting) {
        this(onderwerp, code, verplicht, voorwaarde, oordeel, false, geldt, gegeven, toelichting);
    }

    Grond(Onderwerp onderwerp, String code, boolean verplicht, Voorwaarde voorwaarde, String oordeel, boolean oordeelOmgekeerd, Boolean geldt,
          String gegeven, String toelichting) {
        super(onderwerp, code, toelichting);
        this.verplicht = verplicht;
        this.voorwaarde = voorwaarde;
        this.oordeel = oordeel;
        this.oordeelOmgekeerd = oordeelOmgekeerd;
        this.geldt = geldt;
        this.gegeven = gegeven;
    }

    public final boolean isVerplicht() { return verplicht; }

    /** The unmet condition this ground runs through, or {@code null}. */
    public final Voorwaarde getVoorwaarde() { return voorwaarde; }

    /** The judgement of the college this ground depends on, or {@code null}. */
    public final String getOordeel() { return oordeel; }

    /** Whether the ground applies when the college judges <em>no</em> ("tenzij het college van oordeel is dat …"). */
    public final boolean isOordeelOmgekeerd() { return oordeelOmgekeerd; }

    /** For a ground on a fact: whether the fact holds ({@code null}: not given). */
    public final Boolean getGeldt() { return geldt; }

    /** For a ground on a fact: the fact that decides it, reported when it is missing. */
    public final String getGegeven() { return gegeven; }

    /** Whether the ground applies: a condition-ground and a plain ground always; the others as the judgement or fact says. */
    public final Boolean isVanToepassing() {
        if (oordeel != null) {
            Boolean o = getOnderwerp().oordeel(oordeel);
            return o == null ? null : o != oordeelOmgekeerd;
        }
        if (gegeven != null) return geldt;
        return Boolean.TRUE;
    }
}
