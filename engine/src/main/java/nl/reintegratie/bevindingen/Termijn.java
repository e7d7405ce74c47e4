package nl.reintegratie.bevindingen;

import java.time.LocalDate;
import java.util.Objects;
import nl.reintegratie.feiten.Duur;
import nl.reintegratie.feiten.Onderwerp;

/**
 * A term that follows from the provisions: a deadline ("moet binnen 4 weken na de ingangsdatum zijn ontvangen":
 * {@link #uiterlijk}) or a maximum duration ("duurt maximaal 3 maanden": {@link #maximaal}). Where the facts fix the
 * date it counts from, the resulting last day is given ("uiterlijk 18 maart 2024", "tot en met 14 april 2024").
 */
public final class Termijn extends Bevinding {

    /** What the term is. */
    public enum Soort {
        /** Something must happen on or before the last day (an aanvraagtermijn). */
        UITERLIJK,
        /** A voorziening lasts at most until the last day, that day included. */
        MAXIMAAL
    }

    private final Soort soort;
    private final Duur duur;
    private final LocalDate vanaf;
    private final LocalDate totEnMet;

    private Termijn(Onderwerp onderwerp, String code, Soort soort, Duur duur, LocalDate vanaf, LocalDate totEnMet, String toelichting) {
        super(onderwerp, code, toelichting);
        this.soort = soort;
        if (duur == null && totEnMet == null) throw new IllegalArgumentException(code + ": a term needs a duration or a last day");
        this.duur = duur;
        this.vanaf = vanaf;
        this.totEnMet = totEnMet;
    }

    /** A deadline: {@code duur} after {@code na} (which may be {@code null} when the facts do not fix it). */
    public static Termijn uiterlijk(Onderwerp onderwerp, String code, Duur duur, LocalDate na, String toelichting) {
        return new Termijn(onderwerp, code, Soort.UITERLIJK, duur, na, na == null ? null : duur.na(na), toelichting);
    }

    /** A maximum duration from {@code vanaf} (which may be {@code null}): the last day is included. */
    public static Termijn maximaal(Onderwerp onderwerp, String code, Duur duur, LocalDate vanaf, String toelichting) {
        return new Termijn(onderwerp, code, Soort.MAXIMAAL, duur, vanaf, vanaf == null ? null : duur.periodeVanaf(vanaf).totEnMet(), toelichting);
    }

    /**
     * A deadline fixed by a date rather than a duration ("uiterlijk op de dag voor de inwerkingtreding", the room left
     * under a maximum that earlier periods used): the last day, included.
     */
    public static Termijn uiterlijkOp(Onderwerp onderwerp, String code, LocalDate totEnMet, String toelichting) {
        return new Termijn(onderwerp, code, Soort.UITERLIJK, null, null, Objects.requireNonNull(totEnMet, "totEnMet"), toelichting);
    }

    /**
     * A maximum fixed by a date rather than a duration: the voorziening lasts from {@code vanaf} (which may be
     * {@code null}) at most until {@code totEnMet}, that day included.
     */
    public static Termijn maximaalTot(Onderwerp onderwerp, String code, LocalDate vanaf, LocalDate totEnMet, String toelichting) {
        return new Termijn(onderwerp, code, Soort.MAXIMAAL, null, vanaf, Objects.requireNonNull(totEnMet, "totEnMet"), toelichting);
    }

    public Soort getSoort() { return soort; }

    /** The duration, or {@code null} for a term fixed by its last day ({@link #uiterlijkOp}, {@link #maximaalTot}). */
    public Duur getDuur() { return duur; }

    /** The date the term counts from, or {@code null}. */
    public LocalDate getVanaf() { return vanaf; }

    /** The last day, included; {@code null} when the facts do not fix the start. */
    public LocalDate getTotEnMet() { return totEnMet; }
}
