package nl.reintegratie.feiten;

/**
 * The highest completed education of a person (Heemstede beleidsregels 2024, art. 6 lid 1 onder b
 * and c: "geen afgeronde (voor)opleiding of een afgeronde opleiding op maximaal MBO-4 niveau",
 * "een afgeronde opleiding op HBO/WO-niveau").
 */
public enum Opleidingsniveau {
    GEEN_AFGERONDE_OPLEIDING("geen"),
    TOT_EN_MET_MBO4("tot-en-met-mbo4"),
    HBO_WO("hbo-wo");

    private final String code;

    Opleidingsniveau(String code) { this.code = code; }

    public String code() { return code; }

    public static Opleidingsniveau vanCode(String code) {
        for (Opleidingsniveau o : values()) if (o.code.equals(code)) return o;
        return null;
    }
}
