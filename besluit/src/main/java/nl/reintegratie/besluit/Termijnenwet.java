package nl.reintegratie.besluit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The bezwaartermijn of a besluit and the Algemene termijnenwet.
 *
 * <p>Awb 6:7: the term for a bezwaarschrift is six weeks; Awb 6:8 lid 1: it starts on the day after the besluit was
 * made known (for a beschikking sent to the addressee: the verzenddatum, Awb 3:41). Six weeks counted from that day
 * end on the same weekday six weeks after the verzenddatum. Algemene termijnenwet art. 1 lid 1: a term set by law that
 * ends on a Saturday, a Sunday or an algemeen erkende feestdag runs on until and including the next day that is none
 * of these. Art. 3 lid 1 names the feestdagen: Nieuwjaarsdag, the Christelijke tweede Paas- en Pinksterdag, both
 * Kerstdagen, Hemelvaartsdag, the day on which the King's birthday is celebrated, and 5 mei; lid 2 treats Goede Vrijdag
 * as one of them. Days designated under lid 3 by a later decree are not known to this class.
 */
final class Termijnenwet {
    /** Awb 6:7: six weeks. */
    static final int BEZWAARTERMIJN_WEKEN = 6;

    private Termijnenwet() {}

    /** The bezwaartermijn of a besluit sent on {@code verzenddatum}: its first day, the day six weeks on, and its last day. */
    record Bezwaartermijn(LocalDate verzenddatum, LocalDate eersteDag, LocalDate zesWekenNa, LocalDate laatsteDag) {
        /** Whether the Algemene termijnenwet moved the last day. */
        boolean verlengd() {
            return !laatsteDag.equals(zesWekenNa);
        }
    }

    static Bezwaartermijn bezwaartermijn(LocalDate verzenddatum) {
        Objects.requireNonNull(verzenddatum, "verzenddatum");
        LocalDate eind = verzenddatum.plusWeeks(BEZWAARTERMIJN_WEKEN);
        return new Bezwaartermijn(verzenddatum, verzenddatum.plusDays(1), eind, volgendeWerkdag(eind));
    }

    /** The day itself when it is no Saturday, Sunday or algemeen erkende feestdag; otherwise the first day after it that is none. */
    static LocalDate volgendeWerkdag(LocalDate dag) {
        LocalDate d = dag;
        while (!isWerkdag(d)) d = d.plusDays(1);
        return d;
    }

    static boolean isWerkdag(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && feestdag(d) == null;
    }

    /** Why a day is not a working day in the sense of the Algemene termijnenwet ("zaterdag", "Tweede Paasdag"), or {@code null}. */
    static String waaromGeenWerkdag(LocalDate d) {
        String f = feestdag(d);
        if (f != null) return f;
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) return "een zaterdag";
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) return "een zondag";
        return null;
    }

    /** The algemeen erkende feestdag of art. 3 Algemene termijnenwet on this day, by name, or {@code null}. */
    static String feestdag(LocalDate d) {
        int jaar = d.getYear();
        if (d.getMonthValue() == 1 && d.getDayOfMonth() == 1) return "Nieuwjaarsdag";
        if (d.getMonthValue() == 12 && d.getDayOfMonth() == 25) return "Eerste Kerstdag";
        if (d.getMonthValue() == 12 && d.getDayOfMonth() == 26) return "Tweede Kerstdag";
        if (d.getMonthValue() == 5 && d.getDayOfMonth() == 5) return "5 mei (Bevrijdingsdag)";
        if (d.equals(koningsdag(jaar))) return "de dag waarop de verjaardag van de Koning wordt gevierd";
        LocalDate pasen = pasen(jaar);
        if (d.equals(pasen.minusDays(2))) return "Goede Vrijdag";
        if (d.equals(pasen.plusDays(1))) return "Tweede Paasdag";
        if (d.equals(pasen.plusDays(39))) return "Hemelvaartsdag";
        if (d.equals(pasen.plusDays(50))) return "Tweede Pinksterdag";
        return null;
    }

    /**
     * The day on which the King's (until 2013 the Queen's) birthday is celebrated: from 2014 27 April, or 26 April when
     * the 27th is a Sunday; from 1980 to 2013 30 April, or 29 April when the 30th is a Sunday. Earlier years are not
     * needed for a bezwaartermijn and are refused rather than guessed.
     */
    static LocalDate koningsdag(int jaar) {
        if (jaar >= 2014) {
            LocalDate d = LocalDate.of(jaar, 4, 27);
            return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d;
        }
        if (jaar >= 1980) {
            LocalDate d = LocalDate.of(jaar, 4, 30);
            return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d;
        }
        throw new IllegalArgumentException("the celebrated birthday of the head of state before 1980 is not known to this class: " + jaar);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
