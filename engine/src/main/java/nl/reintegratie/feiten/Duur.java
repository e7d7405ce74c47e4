package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A duration as the texts state it: a whole number of days, weeks, months or years ("binnen 4 weken",
 * "maximaal 3 maanden", "ten hoogste drie jaar"). Terms are parameters of the regeling, read with
 * {@link Parameters#duur(String)}, never literals in a rule.
 *
 * <p>Reading register: "binnen N weken na D" ends at the end of the day N weeks after D ({@link #na}); a period of
 * N months from D ends on the day before the same date N months later, or on the last day of that month when the
 * date does not exist ({@link #periodeVanaf}).
 */
public record Duur(int aantal, Eenheid eenheid) {

    /** The units the texts use. */
    public enum Eenheid {
        DAGEN("dag", "dagen", "D"), WEKEN("week", "weken", "W"), MAANDEN("maand", "maanden", "M"), JAREN("jaar", "jaar", "Y");

        private final String enkelvoud, meervoud, iso;

        Eenheid(String enkelvoud, String meervoud, String iso) { this.enkelvoud = enkelvoud; this.meervoud = meervoud; this.iso = iso; }

        /** "week" or "weken". */
        public String woord(int aantal) { return aantal == 1 ? enkelvoud : meervoud; }

        /** The unit as a parameter file states it ({@code dagen}, {@code weken}, {@code maanden}, {@code jaren}). */
        public static Eenheid vanNaam(String naam) {
            return switch (naam) {
                case "dagen", "dag" -> DAGEN;
                case "weken", "week" -> WEKEN;
                case "maanden", "maand" -> MAANDEN;
                case "jaren", "jaar" -> JAREN;
                default -> null;
            };
        }
    }

    public Duur {
        Objects.requireNonNull(eenheid, "eenheid");
        if (aantal < 0) throw new IllegalArgumentException("a duration cannot be negative: " + aantal);
    }

    public static Duur dagen(int n) { return new Duur(n, Eenheid.DAGEN); }
    public static Duur weken(int n) { return new Duur(n, Eenheid.WEKEN); }
    public static Duur maanden(int n) { return new Duur(n, Eenheid.MAANDEN); }
    public static Duur jaren(int n) { return new Duur(n, Eenheid.JAREN); }

    /** The date this duration after {@code datum}: "binnen 4 weken na 19 februari" — uiterlijk 18 maart. */
    public LocalDate na(LocalDate datum) {
        return switch (eenheid) {
            case DAGEN -> datum.plusDays(aantal);
            case WEKEN -> datum.plusWeeks(aantal);
            case MAANDEN -> datum.plusMonths(aantal);
            case JAREN -> datum.plusYears(aantal);
        };
    }

    /** The date this duration before {@code datum}. */
    public LocalDate voor(LocalDate datum) {
        return switch (eenheid) {
            case DAGEN -> datum.minusDays(aantal);
            case WEKEN -> datum.minusWeeks(aantal);
            case MAANDEN -> datum.minusMonths(aantal);
            case JAREN -> datum.minusYears(aantal);
        };
    }

    /**
     * The period of this duration that starts on {@code vanaf}: it ends on the day before the same date N months (or
     * years) later — "drie maanden vanaf 15 januari" is 15 januari t/m 14 april — and, where that month has no such
     * date, on its last day: "twee maanden vanaf 31 juli" is 31 juli t/m 30 september (not 29 september),
     * "een jaar vanaf 29 februari 2024" t/m 28 februari 2025, "een maand vanaf 1 maart" t/m 31 maart (L-24).
     */
    public Periode periodeVanaf(LocalDate vanaf) {
        LocalDate zelfdeDatum = na(vanaf);
        boolean bestaat = zelfdeDatum.getDayOfMonth() == vanaf.getDayOfMonth();
        // plusMonths and plusYears fall back to the last day of the month when the date does not exist there
        return new Periode(vanaf, bestaat || eenheid == Eenheid.DAGEN || eenheid == Eenheid.WEKEN ? zelfdeDatum.minusDays(1) : zelfdeDatum);
    }

    /**
     * The first day after the period of this duration that starts on {@code vanaf}: the day on which the duration is
     * complete, counted as {@link #periodeVanaf} counts it. "Zes maanden vanaf 15 januari" are complete on 15 juli; six
     * months from 31 augustus run to the end of februari, so they are complete on 1 maart (not on 28 februari, the last
     * day of the period); a person born on 29 februari 2000 is 27 on 1 maart 2027, as {@link Persoon#leeftijdOp} counts
     * it (L-24). For days and weeks, and for dates that exist N months later, this is {@link #na}. Zero: {@code vanaf}.
     */
    public LocalDate naPeriodeVanaf(LocalDate vanaf) {
        return aantal == 0 ? vanaf : periodeVanaf(vanaf).eersteDagNa();
    }

    /** This duration times a whole number ("vier keer een half jaar"). */
    public Duur maal(int n) {
        return new Duur(Math.multiplyExact(aantal, n), eenheid);
    }

    /** ISO 8601, for machines: {@code P4W}, {@code P3M}, {@code P2Y}. */
    public String iso() {
        return "P" + aantal + eenheid.iso;
    }

    /** In words, for people: "vier weken", "drie maanden", "1 jaar" is "een jaar". */
    public String inWoorden() {
        return Getallen.inWoorden(aantal) + " " + eenheid.woord(aantal);
    }

    @Override public String toString() { return iso(); }
}
