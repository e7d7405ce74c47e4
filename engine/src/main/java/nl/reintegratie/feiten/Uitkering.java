package nl.reintegratie.feiten;

/** The benefit a person receives on the peildatum. */
public enum Uitkering {
    /** Algemene bijstand under the Participatiewet. */
    ALGEMENE_BIJSTAND("algemene-bijstand"),
    /** Uitkering under the IOAW. */
    IOAW("ioaw"),
    /** Uitkering under the IOAZ. */
    IOAZ("ioaz"),
    /** None of the benefits above (for example a niet-uitkeringsgerechtigde). */
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
