package nl.reintegratie.feiten;

/**
 * The benefit a person receives on the peildatum. Used where an ordinance ties a voorziening
 * to a benefit: "met recht op algemene bijstand" (Heemstede art. 8 lid 1), "die algemene bijstand
 * ontvangt" (Heemstede art. 12A lid 1), "uitkeringsgerechtigde" (Heemstede art. 14).
 */
public enum Uitkering {
    /** Algemene bijstand under the Participatiewet. */
    ALGEMENE_BIJSTAND("algemene-bijstand"),
    /** Uitkering under the IOAW. */
    IOAW("ioaw"),
    /** Uitkering under the IOAZ. */
    IOAZ("ioaz"),
    /** A person without one of the benefits above (for example a niet-uitkeringsgerechtigde). */
    GEEN("geen");

    private final String code;

    Uitkering(String code) { this.code = code; }

    /** The value used in case files. */
    public String code() { return code; }

    public static Uitkering vanCode(String code) {
        for (Uitkering u : values()) if (u.code.equals(code)) return u;
        return null;
    }
}
