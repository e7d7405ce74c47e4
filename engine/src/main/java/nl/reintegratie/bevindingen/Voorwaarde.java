package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A condition of a provision, tested against the facts: met, not met, or not decidable because a
 * fact is missing. Other rules react to it (an unmet condition leads to a weigeringsgrond).
 */
public final class Voorwaarde extends Bevinding {

    public enum Status { VERVULD, NIET_VERVULD, ONBEKEND }

    private final Status status;
    private final String ontbrekendGegeven;

    private Voorwaarde(Onderwerp onderwerp, String code, Status status, String ontbrekendGegeven, String toelichting) {
        super(onderwerp, code, toelichting);
        this.status = status;
        this.ontbrekendGegeven = ontbrekendGegeven;
    }

    /**
     * Tests a condition whose outcome may be unknown.
     *
     * @param uitkomst {@code true} met, {@code false} not met, {@code null} undecidable
     * @param gegeven  the case-file field that decides it, reported when it is missing
     *                 (for example {@code persoon.behoortTotDoelgroep} or {@code omstandigheden.schriftelijkeOvereenkomst})
     */
    public static Voorwaarde toets(Onderwerp onderwerp, String code, Boolean uitkomst, String gegeven) {
        return toets(onderwerp, code, uitkomst, gegeven, null);
    }

    public static Voorwaarde toets(Onderwerp onderwerp, String code, Boolean uitkomst, String gegeven, String toelichting) {
        if (uitkomst == null) return new Voorwaarde(onderwerp, code, Status.ONBEKEND, gegeven, toelichting);
        return new Voorwaarde(onderwerp, code, uitkomst ? Status.VERVULD : Status.NIET_VERVULD, null, toelichting);
    }

    /** A condition that is met. */
    public static Voorwaarde vervuld(Onderwerp onderwerp, String code, String toelichting) {
        return new Voorwaarde(onderwerp, code, Status.VERVULD, null, toelichting);
    }

    /** A condition that is not met. */
    public static Voorwaarde nietVervuld(Onderwerp onderwerp, String code, String toelichting) {
        return new Voorwaarde(onderwerp, code, Status.NIET_VERVULD, null, toelichting);
    }

    /** A condition that cannot be decided because the named field is missing. */
    public static Voorwaarde onbekend(Onderwerp onderwerp, String code, String gegeven) {
        return new Voorwaarde(onderwerp, code, Status.ONBEKEND, gegeven, null);
    }

    public Status getStatus() { return status; }

    public boolean isVervuld() { return status == Status.VERVULD; }

    public boolean isNietVervuld() { return status == Status.NIET_VERVULD; }

    /** The field whose absence makes the condition undecidable, or {@code null}. */
    public String getOntbrekendGegeven() { return ontbrekendGegeven; }
}
