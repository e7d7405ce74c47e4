package nl.reintegratie.feiten;

/** Whether an aanvraag is the first for a voorziening, a follow-on period, or an extension of the period granted. */
public enum SoortAanvraag {
    /** The first aanvraag for this voorziening. */
    EERSTE("eerste"),
    /** A next period of a voorziening granted before ("nog eens een half jaar"). */
    VERVOLG("vervolg"),
    /** An extension of the period granted ("kan eenmalig worden verlengd"). */
    VERLENGING("verlenging");

    private final String code;

    SoortAanvraag(String code) { this.code = code; }

    /** The value used in case files. */
    public String code() { return code; }

    public static SoortAanvraag vanCode(String code) {
        for (SoortAanvraag s : values()) if (s.code.equals(code)) return s;
        return null;
    }
}
