package nl.reintegratie.feiten;

/** The regeling a voorziening was granted under, as far as transitional law is concerned. */
public enum VerleendOnder {
    /** The regeling in force on the peildatum (or an earlier version of the same regeling). */
    HUIDIGE_REGELING("huidige-regeling"),
    /** The regeling that the one in force withdrew and replaced; each rule package names it. */
    VORIGE_REGELING("vorige-regeling");

    private final String code;

    VerleendOnder(String code) { this.code = code; }

    /** The value used in case files. */
    public String code() { return code; }

    public static VerleendOnder vanCode(String code) {
        for (VerleendOnder v : values()) if (v.code.equals(code)) return v;
        return null;
    }
}
