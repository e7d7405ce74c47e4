package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A ground on which the aanvraag is refused. {@code verplicht} distinguishes a refusal the text makes
 * mandatory ("weigert", "uitsluitend als", "wordt niet verstrekt") from one it allows ("kan weigeren").
 */
public final class Weigeringsgrond extends Bevinding {
    private final boolean verplicht;

    public Weigeringsgrond(Onderwerp onderwerp, String code, boolean verplicht, String toelichting) {
        super(onderwerp, code, toelichting);
        this.verplicht = verplicht;
    }

    /** "Het college weigert": the college must refuse. */
    public static Weigeringsgrond verplicht(Onderwerp onderwerp, String code) { return new Weigeringsgrond(onderwerp, code, true, null); }

    /** "Het college kan weigeren": the college may refuse. */
    public static Weigeringsgrond bevoegdheid(Onderwerp onderwerp, String code) { return new Weigeringsgrond(onderwerp, code, false, null); }

    public boolean isVerplicht() { return verplicht; }
}
