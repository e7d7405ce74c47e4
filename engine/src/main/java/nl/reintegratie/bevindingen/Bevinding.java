package nl.reintegratie.bevindingen;

import java.util.Objects;
import nl.reintegratie.feiten.Onderwerp;

/**
 * A conclusion a rule draws about one {@link Onderwerp}. Rules insert bevindingen; the engine records which rule
 * inserted each one (its name and its {@code @artikel}/{@code @lid}/{@code @onderdeel} metadata) and which facts that
 * rule matched, and turns them into the items of the decision. The rule's name is the human description; {@code code}
 * lets other rules refer to the bevinding.
 */
public abstract class Bevinding {
    private final Onderwerp onderwerp;
    private final String code;
    private final String toelichting;

    protected Bevinding(Onderwerp onderwerp, String code, String toelichting) {
        this.onderwerp = Objects.requireNonNull(onderwerp, "onderwerp");
        this.code = Objects.requireNonNull(code, "code");
        this.toelichting = toelichting;
    }

    public final Onderwerp getOnderwerp() { return onderwerp; }

    /** Stable identifier within the rule package, for example {@code doelgroep}. */
    public final String getCode() { return code; }

    /** Case-specific detail ("ontvangen 29 dagen na de ingangsdatum"), or {@code null}. */
    public final String getToelichting() { return toelichting; }

    @Override public String toString() {
        return getClass().getSimpleName() + "[" + onderwerp.getId() + ", " + code + "]";
    }
}
