package nl.reintegratie.bevindingen;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.reintegratie.feiten.Duur;

/**
 * Three-valued logic for conditions whose facts may be missing: {@code true}, {@code false}, or
 * {@code null} for "cannot tell". Rules use it to combine the facts a provision names ("a en b",
 * "a of b") without guessing a missing one: a combination is decided as soon as the given facts
 * decide it, and is {@code null} otherwise.
 */
public final class Toets {
    private Toets() {}

    /** "a en b en ...": false if any is false, true if all are true, otherwise unknown. */
    public static Boolean alle(Boolean... waarden) {
        boolean onbekend = false;
        for (Boolean w : waarden) {
            if (w == null) onbekend = true;
            else if (!w) return false;
        }
        return onbekend ? null : true;
    }

    /** "a of b of ...": true if any is true, false if all are false, otherwise unknown. */
    public static Boolean een(Boolean... waarden) {
        boolean onbekend = false;
        for (Boolean w : waarden) {
            if (w == null) onbekend = true;
            else if (w) return true;
        }
        return onbekend ? null : false;
    }

    /** "geen van a, b, ...": true if all are false, false if any is true, otherwise unknown. */
    public static Boolean geen(Boolean... waarden) {
        return niet(een(waarden));
    }

    /** Negation that keeps unknown unknown. */
    public static Boolean niet(Boolean w) {
        return w == null ? null : !w;
    }

    /** {@code waarde >= grens}, unknown when the value is missing. */
    public static Boolean minstens(BigDecimal waarde, BigDecimal grens) {
        return waarde == null ? null : waarde.compareTo(grens) >= 0;
    }

    /** {@code waarde >= grens}, unknown when the value is missing. */
    public static Boolean minstens(BigDecimal waarde, int grens) {
        return minstens(waarde, BigDecimal.valueOf(grens));
    }

    /** {@code waarde >= grens} for a count, unknown when the count is missing. */
    public static Boolean aantalMinstens(Integer waarde, int grens) {
        return waarde == null ? null : waarde >= grens;
    }

    /** {@code waarde <= grens} for a count ("ten hoogste"), unknown when the count is missing. */
    public static Boolean aantalHoogstens(Integer waarde, int grens) {
        return waarde == null ? null : waarde <= grens;
    }

    /** {@code waarde <= grens} ("ten hoogste"), unknown when the value is missing. */
    public static Boolean hoogstens(BigDecimal waarde, BigDecimal grens) {
        return waarde == null ? null : waarde.compareTo(grens) <= 0;
    }

    /** Whether {@code datum} lies on or before {@code uiterst}; unknown when either is missing. */
    public static Boolean uiterlijk(LocalDate datum, LocalDate uiterst) {
        return datum == null || uiterst == null ? null : !datum.isAfter(uiterst);
    }

    /**
     * "Langer dan" a duration: whether more than {@code duur} lies between {@code sinds} and {@code op}
     * ("langer dan een jaar werkloos": the day one year after {@code sinds} is before {@code op}); the duration is complete on the
     * first day after the period of {@code duur} from {@code sinds} ({@link Duur#naPeriodeVanaf}, L-24: six months from 31 August
     * are complete on 1 March); unknown when a date is missing.
     */
    public static Boolean langerDan(LocalDate sinds, LocalDate op, Duur duur) {
        return sinds == null || op == null ? null : duur.naPeriodeVanaf(sinds).isBefore(op);
    }

    /**
     * "Ten minste", "gedurende … of langer": whether at least {@code duur} lies between {@code sinds} and {@code op}
     * (the day {@code duur} after {@code sinds} is not after {@code op}); the duration is complete on the first day after the
     * period of {@code duur} from {@code sinds} ({@link Duur#naPeriodeVanaf}, L-24: a child born on 29 February 2020 is five on
     * 1 March 2025, as a person's age counts it); unknown when a date is missing.
     */
    public static Boolean minstens(LocalDate sinds, LocalDate op, Duur duur) {
        return sinds == null || op == null ? null : !duur.naPeriodeVanaf(sinds).isAfter(op);
    }
}
