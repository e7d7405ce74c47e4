package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * Something the decision must say that is neither a condition nor a ground: the hardheidsclausule
 * (the college may deviate), an amount set by nadere regels not in the sources, an obligation that
 * comes with the voorziening.
 */
public final class Opmerking extends Bevinding {
    public Opmerking(Onderwerp onderwerp, String code, String toelichting) {
        super(onderwerp, code, toelichting);
    }

    public Opmerking(Onderwerp onderwerp, String code) {
        this(onderwerp, code, null);
    }
}
