package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * The provision that gives the college the power ("kan … aanbieden") or the duty ("verstrekt", "biedt … aan") to
 * provide the voorziening asked for. Without a grondslag the voorziening does not exist in the regeling in force.
 */
public final class Grondslag extends Bevinding {
    private final boolean plicht;
    private final boolean wettelijk;

    private Grondslag(Onderwerp onderwerp, String code, boolean plicht, boolean wettelijk) {
        super(onderwerp, code, null);
        this.plicht = plicht;
        this.wettelijk = wettelijk;
    }

    /** A "kan"-bepaling: the college may provide it. */
    public static Grondslag bevoegdheid(Onderwerp onderwerp, String code) { return new Grondslag(onderwerp, code, false, false); }

    /** The regeling obliges the college to provide it when its conditions are met (a duty the verordening creates). */
    public static Grondslag plicht(Onderwerp onderwerp, String code) { return new Grondslag(onderwerp, code, true, false); }

    /**
     * The Participatiewet obliges the college to provide it, and the regeling restates that duty (beschut werk, art. 10b
     * Pw; loonkostensubsidie, art. 10d Pw): grounds that yield to a duty ({@code @wijktVoorPlicht}) are not applied
     * against it (reading register L-20).
     */
    public static Grondslag wettelijkePlicht(Onderwerp onderwerp, String code) { return new Grondslag(onderwerp, code, true, true); }

    public boolean isPlicht() { return plicht; }

    /** Whether the duty is the Participatiewet's own. */
    public boolean isWettelijk() { return wettelijk; }
}
