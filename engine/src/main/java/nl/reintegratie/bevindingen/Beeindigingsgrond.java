package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A ground on which a granted voorziening ends. {@code verplicht} distinguishes "beëindigt" from
 * "kan beëindigen".
 */
public final class Beeindigingsgrond extends Bevinding {
    private final boolean verplicht;

    public Beeindigingsgrond(Onderwerp onderwerp, String code, boolean verplicht, String toelichting) {
        super(onderwerp, code, toelichting);
        this.verplicht = verplicht;
    }

    public static Beeindigingsgrond verplicht(Onderwerp onderwerp, String code) { return new Beeindigingsgrond(onderwerp, code, true, null); }

    public static Beeindigingsgrond bevoegdheid(Onderwerp onderwerp, String code) { return new Beeindigingsgrond(onderwerp, code, false, null); }

    public boolean isVerplicht() { return verplicht; }
}
