package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period of whole days, from {@code vanaf} up to and including {@code totEnMet}. The one way the project states a
 * period: "drie maanden vanaf 15 januari" is 15 januari tot en met 14 april ({@link Duur#periodeVanaf}); a period
 * that runs "tot" a date ends the day before it ({@link #tot}).
 */
public record Periode(LocalDate vanaf, LocalDate totEnMet) {

    public Periode {
        Objects.requireNonNull(vanaf, "vanaf");
        Objects.requireNonNull(totEnMet, "totEnMet");
        if (totEnMet.isBefore(vanaf)) throw new IllegalArgumentException("a period cannot end (" + totEnMet + ") before it starts (" + vanaf + ")");
    }

    /** The period from {@code vanaf} that runs "tot" {@code tot}: its last day is the day before. */
    public static Periode tot(LocalDate vanaf, LocalDate tot) {
        return new Periode(vanaf, tot.minusDays(1));
    }

    /** Whether the date lies in the period (both ends included). */
    public boolean bevat(LocalDate datum) {
        return !datum.isBefore(vanaf) && !datum.isAfter(totEnMet);
    }

    /** The first day after the period. */
    public LocalDate eersteDagNa() {
        return totEnMet.plusDays(1);
    }

    /** The number of days in the period, both ends included. */
    public long dagen() {
        return ChronoUnit.DAYS.between(vanaf, totEnMet) + 1;
    }

    /** Whether the period lasts longer than the given duration counted from its first day ("maximaal drie maanden" is not met). */
    public boolean langerDan(Duur duur) {
        return totEnMet.isAfter(duur.periodeVanaf(vanaf).totEnMet());
    }

    /** Whether the period lasts at least the given duration counted from its first day ("minimaal zes maanden"). */
    public boolean minstens(Duur duur) {
        return !totEnMet.isBefore(duur.periodeVanaf(vanaf).totEnMet());
    }

    /** Whole calendar months the period covers from its first day (15 jan – 14 apr: 3; 15 jan – 13 apr: 2). */
    public int heleMaanden() {
        // n whole months when the period of n months from the first day (Duur#periodeVanaf) ends on or before the last
        int n = (int) ChronoUnit.MONTHS.between(vanaf, totEnMet.plusDays(1));
        while (n > 0 && Duur.maanden(n).periodeVanaf(vanaf).totEnMet().isAfter(totEnMet)) n--;
        while (!Duur.maanden(n + 1).periodeVanaf(vanaf).totEnMet().isAfter(totEnMet)) n++;
        return n;
    }

    @Override public String toString() { return vanaf + " t/m " + totEnMet; }
}
