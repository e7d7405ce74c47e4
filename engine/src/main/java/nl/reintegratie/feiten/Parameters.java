package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The amounts, percentages, ages and terms of the regelingen in force, resolved for the peildatum
 * from the dated parameter files (each value with its source article). Rules read every number
 * through this fact; DRL holds no numeric literals.
 */
public final class Parameters {
    private final Map<String, BigDecimal> waarden;
    private final java.util.Set<String> gedeclareerd;

    public Parameters(Map<String, BigDecimal> waarden, java.util.Set<String> gedeclareerd) {
        this.waarden = Map.copyOf(waarden);
        this.gedeclareerd = java.util.Set.copyOf(gedeclareerd);
    }

    /**
     * The value on the peildatum, or {@code null} when the project does not know the value for that date.
     *
     * @throws IllegalArgumentException for a name no parameter file declares (a defect in a rule)
     */
    public BigDecimal getal(String naam) {
        controleer(naam);
        return waarden.get(naam);
    }

    /** A whole-number parameter (an age, a number of months or weeks); fails when the value is unknown. */
    public int geheel(String naam) {
        BigDecimal waarde = getal(naam);
        if (waarde == null) throw new IllegalStateException("parameter " + naam + " has no value on the peildatum");
        return waarde.intValueExact();
    }

    /** Whether the project knows the value for the peildatum. */
    public boolean bekend(String naam) {
        controleer(naam);
        return waarden.containsKey(naam);
    }

    private void controleer(String naam) {
        if (!gedeclareerd.contains(naam)) {
            throw new IllegalArgumentException("no parameter file declares '" + naam + "'");
        }
    }
}
