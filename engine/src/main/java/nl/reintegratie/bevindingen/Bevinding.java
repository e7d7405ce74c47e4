package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A conclusion a rule draws about one {@link Onderwerp}. Rules insert bevindingen; the engine
 * records which rule inserted each one (its name and its {@code @artikel}/{@code @lid}/{@code @onderdeel}
 * metadata) and which facts that rule matched, and turns them into the items of the decision.
 * The rule's name is the human description; {@code code} lets other rules refer to the bevinding.
 */
public abstract class Bevinding {
    private final Onderwerp onderwerp;
    private final String code;
    private final String toelichting;

    protected Bevinding(Onderwerp onderwerp, String code, String toelichting) {
        this.onderwerp = java.util.Objects.requireNonNull(onderwerp, "onderwerp");
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.toelichting = toelichting;
    }

    public Onderwerp getOnderwerp() { return onderwerp; }

    /** Stable identifier within the rule package, for example {@code doelgroep}. */
    public String getCode() { return code; }

    /** Case-specific detail ("ontvangen 29 dagen na de ingangsdatum"), or {@code null}. */
    public String getToelichting() { return toelichting; }

    @Override public String toString() {
        return getClass().getSimpleName() + "[" + onderwerp.getId() + ", " + code + "]";
    }
}
