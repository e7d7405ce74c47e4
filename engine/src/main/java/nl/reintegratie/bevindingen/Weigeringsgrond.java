package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Aanvraag;

/** A ground on which the aanvraag is refused (see {@link Grond}). */
public final class Weigeringsgrond extends Grond {

    private Weigeringsgrond(Aanvraag aanvraag, String code, boolean verplicht, Voorwaarde voorwaarde, String oordeel, Boolean geldt, String gegeven,
                            String toelichting) {
        super(aanvraag, code, verplicht, voorwaarde, oordeel, geldt, gegeven, toelichting);
    }

    private Weigeringsgrond(Aanvraag aanvraag, String code, boolean verplicht, String oordeel, boolean omgekeerd) {
        super(aanvraag, code, verplicht, null, oordeel, omgekeerd, null, null, null);
    }

    /** "Het college weigert", "uitsluitend als", "wordt niet verstrekt": the college must refuse. */
    public static Weigeringsgrond verplicht(Aanvraag aanvraag, String code) {
        return new Weigeringsgrond(aanvraag, code, true, null, null, null, null, null);
    }

    /** "Het college kan weigeren": the college may refuse. */
    public static Weigeringsgrond bevoegdheid(Aanvraag aanvraag, String code) {
        return new Weigeringsgrond(aanvraag, code, false, null, null, null, null, null);
    }

    /** The college may refuse because this condition is not met (the general ground "niet voldaan aan de voorwaarden"). */
    public static Weigeringsgrond wegens(Aanvraag aanvraag, String code, Voorwaarde voorwaarde) {
        return new Weigeringsgrond(aanvraag, code, false, voorwaarde, null, null, null, null);
    }

    /** The college must refuse because this condition is not met ("uitsluitend als …"). */
    public static Weigeringsgrond verplichtWegens(Aanvraag aanvraag, String code, Voorwaarde voorwaarde) {
        return new Weigeringsgrond(aanvraag, code, true, voorwaarde, null, null, null, null);
    }

    /** "Kan weigeren als … naar het oordeel van het college …": applies as the college judges; open when not given. */
    public static Weigeringsgrond naarOordeel(Aanvraag aanvraag, String code, String oordeel) {
        return new Weigeringsgrond(aanvraag, code, false, null, oordeel, null, null, null);
    }

    /** "Kan weigeren als [feit]", where the fact must be established: applies when it holds; missing when not given. */
    public static Weigeringsgrond als(Aanvraag aanvraag, String code, Boolean geldt, String gegeven) {
        return new Weigeringsgrond(aanvraag, code, false, null, null, geldt, gegeven, null);
    }

    /** "Weigert als [feit]", where the fact must be established. */
    public static Weigeringsgrond verplichtAls(Aanvraag aanvraag, String code, Boolean geldt, String gegeven) {
        return new Weigeringsgrond(aanvraag, code, true, null, null, geldt, gegeven, null);
    }

    /** "Weigert als … naar het oordeel van het college …", mandatory once the college so judges; open when not given. */
    public static Weigeringsgrond verplichtNaarOordeel(Aanvraag aanvraag, String code, String oordeel) {
        return new Weigeringsgrond(aanvraag, code, true, oordeel, false);
    }

    /**
     * "Kan weigeren, tenzij het college van oordeel is dat …": applies when the college judges <em>no</em>, not when it
     * judges yes; open when not given.
     */
    public static Weigeringsgrond nietNaarOordeel(Aanvraag aanvraag, String code, String oordeel) {
        return new Weigeringsgrond(aanvraag, code, false, oordeel, true);
    }

    /** "Weigert, tenzij het college van oordeel is dat …": mandatory when the college judges <em>no</em>; open when not given. */
    public static Weigeringsgrond verplichtNietNaarOordeel(Aanvraag aanvraag, String code, String oordeel) {
        return new Weigeringsgrond(aanvraag, code, true, oordeel, true);
    }

    /** {@link #verplicht}, with a toelichting the decision shows beside the provision. */
    public static Weigeringsgrond verplicht(Aanvraag aanvraag, String code, String toelichting) {
        return new Weigeringsgrond(aanvraag, code, true, null, null, null, null, toelichting);
    }

    /** {@link #bevoegdheid}, with a toelichting the decision shows beside the provision. */
    public static Weigeringsgrond bevoegdheid(Aanvraag aanvraag, String code, String toelichting) {
        return new Weigeringsgrond(aanvraag, code, false, null, null, null, null, toelichting);
    }

    /** {@link #als}, with a toelichting the decision shows beside the provision. */
    public static Weigeringsgrond als(Aanvraag aanvraag, String code, Boolean geldt, String gegeven, String toelichting) {
        return new Weigeringsgrond(aanvraag, code, false, null, null, geldt, gegeven, toelichting);
    }

    /** {@link #verplichtAls}, with a toelichting the decision shows beside the provision. */
    public static Weigeringsgrond verplichtAls(Aanvraag aanvraag, String code, Boolean geldt, String gegeven, String toelichting) {
        return new Weigeringsgrond(aanvraag, code, true, null, null, geldt, gegeven, toelichting);
    }
}
