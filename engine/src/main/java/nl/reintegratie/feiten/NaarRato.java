package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * "worden de bedragen naar rato verlaagd" (docs/LEESREGELS.md L-25): an amount set for a number of hours a week (the
 * norm) is, below the norm, the amount × hours ÷ norm, computed in one step and rounded once, half up, to the given
 * decimals; at or above the norm it is the amount itself.
 */
public final class NaarRato {
    private NaarRato() {}

    /** The amount for {@code uren} hours a week of an amount set for {@code norm} hours, rounded once to {@code decimalen}. */
    public static BigDecimal bedrag(BigDecimal bedrag, BigDecimal uren, BigDecimal norm, int decimalen) {
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(uren, "uren");
        Objects.requireNonNull(norm, "norm");
        if (norm.signum() <= 0) throw new IllegalArgumentException("norm must be positive: " + norm);
        return uren.compareTo(norm) >= 0 ? bedrag : bedrag.multiply(uren).divide(norm, decimalen, RoundingMode.HALF_UP);
    }

    /** Whether {@code uren} lies below the norm, so that the amount is reduced. */
    public static boolean verlaagd(BigDecimal uren, BigDecimal norm) {
        return uren.compareTo(norm) < 0;
    }
}
