package nl.reintegratie.feiten;

/**
 * "Korte afstand tot de arbeidsmarkt: deelname aan de arbeidsmarkt is redelijkerwijs mogelijk binnen twaalf maanden";
 * "grote afstand": "redelijkerwijs niet mogelijk binnen twaalf maanden" (the definition the regelingen share).
 */
public enum AfstandTotArbeidsmarkt {
    /** Geen afstand: de persoon kan deelnemen aan de arbeidsmarkt. */
    GEEN("geen"),
    KORT("kort"),
    GROOT("groot");

    private final String code;

    AfstandTotArbeidsmarkt(String code) { this.code = code; }

    public String code() { return code; }

    public static AfstandTotArbeidsmarkt vanCode(String code) {
        for (AfstandTotArbeidsmarkt a : values()) if (a.code.equals(code)) return a;
        return null;
    }
}
