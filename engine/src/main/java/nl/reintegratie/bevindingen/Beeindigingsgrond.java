package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.VerleendeVoorziening;

/** A ground on which a granted voorziening ends or may be ended (see {@link Grond}). */
public final class Beeindigingsgrond extends Grond {

    private Beeindigingsgrond(VerleendeVoorziening v, String code, boolean verplicht, Voorwaarde voorwaarde, String oordeel, Boolean geldt,
                              String gegeven, String toelichting) {
        super(v, code, verplicht, voorwaarde, oordeel, geldt, gegeven, toelichting);
    }

    private Beeindigingsgrond(VerleendeVoorziening v, String code, boolean verplicht, String oordeel, boolean omgekeerd) {
        super(v, code, verplicht, null, oordeel, omgekeerd, null, null, null);
    }

    /** "Beëindigt", "eindigt": the voorziening must end. */
    public static Beeindigingsgrond verplicht(VerleendeVoorziening voorziening, String code) {
        return new Beeindigingsgrond(voorziening, code, true, null, null, null, null, null);
    }

    /** "Het college kan beëindigen". */
    public static Beeindigingsgrond bevoegdheid(VerleendeVoorziening voorziening, String code) {
        return new Beeindigingsgrond(voorziening, code, false, null, null, null, null, null);
    }

    /** "Kan beëindigen als … niet meer voldoet aan de voorwaarden": because this condition is no longer met. */
    public static Beeindigingsgrond wegens(VerleendeVoorziening voorziening, String code, Voorwaarde voorwaarde) {
        return new Beeindigingsgrond(voorziening, code, false, voorwaarde, null, null, null, null);
    }

    /** "Kan beëindigen als … naar het oordeel van het college …": applies as the college judges; open when not given. */
    public static Beeindigingsgrond naarOordeel(VerleendeVoorziening voorziening, String code, String oordeel) {
        return new Beeindigingsgrond(voorziening, code, false, null, oordeel, null, null, null);
    }

    /** "Kan beëindigen als [feit]", where the fact must be established. */
    public static Beeindigingsgrond als(VerleendeVoorziening voorziening, String code, Boolean geldt, String gegeven) {
        return new Beeindigingsgrond(voorziening, code, false, null, null, geldt, gegeven, null);
    }

    /** "Beëindigt als [feit]", where the fact must be established. */
    public static Beeindigingsgrond verplichtAls(VerleendeVoorziening voorziening, String code, Boolean geldt, String gegeven) {
        return new Beeindigingsgrond(voorziening, code, true, null, null, geldt, gegeven, null);
    }

    /** "Beëindigt als … naar het oordeel van het college …", mandatory once the college so judges; open when not given. */
    public static Beeindigingsgrond verplichtNaarOordeel(VerleendeVoorziening voorziening, String code, String oordeel) {
        return new Beeindigingsgrond(voorziening, code, true, oordeel, false);
    }

    /**
     * "Kan beëindigen, tenzij het college van oordeel is dat …": applies when the college judges <em>no</em>, not when it
     * judges yes; open when not given.
     */
    public static Beeindigingsgrond nietNaarOordeel(VerleendeVoorziening voorziening, String code, String oordeel) {
        return new Beeindigingsgrond(voorziening, code, false, oordeel, true);
    }

    /** "Beëindigt, tenzij het college van oordeel is dat …": mandatory when the college judges <em>no</em>; open when not given. */
    public static Beeindigingsgrond verplichtNietNaarOordeel(VerleendeVoorziening voorziening, String code, String oordeel) {
        return new Beeindigingsgrond(voorziening, code, true, oordeel, true);
    }

    /** {@link #verplicht}, with a toelichting the decision shows beside the provision. */
    public static Beeindigingsgrond verplicht(VerleendeVoorziening voorziening, String code, String toelichting) {
        return new Beeindigingsgrond(voorziening, code, true, null, null, null, null, toelichting);
    }

    /** {@link #bevoegdheid}, with a toelichting the decision shows beside the provision. */
    public static Beeindigingsgrond bevoegdheid(VerleendeVoorziening voorziening, String code, String toelichting) {
        return new Beeindigingsgrond(voorziening, code, false, null, null, null, null, toelichting);
    }

    /** {@link #als}, with a toelichting the decision shows beside the provision. */
    public static Beeindigingsgrond als(VerleendeVoorziening voorziening, String code, Boolean geldt, String gegeven, String toelichting) {
        return new Beeindigingsgrond(voorziening, code, false, null, null, geldt, gegeven, toelichting);
    }

    /** {@link #verplichtAls}, with a toelichting the decision shows beside the provision. */
    public static Beeindigingsgrond verplichtAls(VerleendeVoorziening voorziening, String code, Boolean geldt, String gegeven, String toelichting) {
        return new Beeindigingsgrond(voorziening, code, true, null, null, geldt, gegeven, toelichting);
    }
}
