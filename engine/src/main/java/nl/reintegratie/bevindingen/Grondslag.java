package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * The provision that gives the college the power ("kan … aanbieden") or the duty ("verstrekt", "biedt … aan") to
 * provide the voorziening asked for. Without a grondslag the voorziening does not exist in the regeling in force.
 */
public final class Grondslag extends Bevinding {
    private final boolean plicht;

    private Grondslag(Onderwerp onderwerp, String code, boolean plicht) {
        super(onderwerp, code, null);
        this.plicht = plicht;
    }

    /** A "kan"-bepaling: the college may provide it. */
    public static Grondslag bevoegdheid(Onderwerp onderwerp, String code) { return new Grondslag(onderwerp, code, false); }

    /** The text obliges the college to provide it when its conditions are met. */
    public static Grondslag plicht(Onderwerp onderwerp, String code) { return new Grondslag(onderwerp, code, true); }

    public boolean isPlicht() { return plicht; }
}
