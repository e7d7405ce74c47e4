package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dienstbetrekking (employment) between the employer and the person, started or offered.
 * Terms are computed from the dates, never passed in: "dienstbetrekking van minimaal zes maanden"
 * (Heemstede V art. 12C lid 2 c; B art. 9 lid 2, 14 lid 1 d), "binnen 4 weken na de ingangsdatum
 * van de dienstbetrekking" (V art. 12G lid 1), "minimale arbeidsduur van 12 uur per week"
 * (V art. 12C lid 2 c), "24 uur of meer per week" (V art. 12K lid 3 b; B art. 9 lid 2).
 */
public final class Dienstbetrekking {
    private final LocalDate ingangsdatum;
    private final LocalDate einddatum;
    private final BigDecimal urenPerWeek;
    private final Boolean proeftijd;
    private final Boolean beschutWerk;

    public Dienstbetrekking(LocalDate ingangsdatum, LocalDate einddatum, BigDecimal urenPerWeek,
                            Boolean proeftijd, Boolean beschutWerk) {
        this.ingangsdatum = ingangsdatum;
        this.einddatum = einddatum;
        this.urenPerWeek = urenPerWeek;
        this.proeftijd = proeftijd;
        this.beschutWerk = beschutWerk;
    }

    /** Required: the first day of the dienstbetrekking. */
    public LocalDate getIngangsdatum() { return ingangsdatum; }

    /** Last day of the dienstbetrekking; {@code null} for a dienstbetrekking voor onbepaalde tijd. */
    public LocalDate getEinddatum() { return einddatum; }

    /** Agreed working hours per week (the "contracturen"); required. */
    public BigDecimal getUrenPerWeek() { return urenPerWeek; }

    /** The contract has a proeftijd (Heemstede V art. 12A lid 3 e: "zonder proeftijd"). */
    public Boolean getProeftijd() { return proeftijd; }

    /** The dienstbetrekking is beschut werk, art. 10b Participatiewet (Heemstede V art. 9). */
    public Boolean getBeschutWerk() { return beschutWerk; }

    /** Whether the agreed duration is at least the given number of months (voor onbepaalde tijd: always). */
    public boolean duurtMinstensMaanden(int maanden) {
        return einddatum == null || !einddatum.isBefore(ingangsdatum.plusMonths(maanden).minusDays(1));
    }

    /** Whether the agreed duration is at least the given number of years (voor onbepaalde tijd: always). */
    public boolean duurtMinstensJaren(int jaren) {
        return duurtMinstensMaanden(jaren * 12);
    }

    /** Whole days from the ingangsdatum to the given date (negative when the date is earlier). */
    public long dagenSindsIngang(LocalDate datum) {
        return ChronoUnit.DAYS.between(ingangsdatum, datum);
    }
}
