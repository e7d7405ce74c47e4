package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A condition of a provision, tested against the facts: met, not met, or not decidable because a fact is missing.
 * Other rules react to it: an unmet condition leads to a weigeringsgrond through the general ground of the regeling
 * ("er niet wordt voldaan aan de voorwaarden"), which cites this condition's provision as the one not met.
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
     * @param gegeven  the fact that decides it, reported when it is missing: {@code persoon.x}, {@code werkgever.x},
     *                 {@code dienstbetrekking.x}, {@code aanvraag.x} or {@code voorziening.x} (the onderwerp's own fact);
     *                 the engine turns it into the field's path in the case file
     */
    public static Voorwaarde toets(Onderwerp onderwerp, String code, Boolean uitkomst, String gegeven) {
        return toets(onderwerp, code, uitkomst, gegeven, null);
    }

    public static Voorwaarde toets(Onderwerp onderwerp, String code, Boolean uitkomst, String gegeven, String toelichting) {
        if (uitkomst == null) return new Voorwaarde(onderwerp, code, Status.ONBEKEND, gegeven, toelichting);
        return new Voorwaarde(onderwerp, code, uitkomst ? Status.VERVULD : Status.NIET_VERVULD, null, toelichting);
    }

    /**
     * A condition "naar het oordeel van het college": met when the college judges yes, not met when it judges no, and
     * an open judgement (not a missing fact) when the case does not give it.
     */
    public static Voorwaarde naarOordeel(Onderwerp onderwerp, String code, String oordeel) {
        return toets(onderwerp, code, onderwerp.oordeel(oordeel), "oordelen." + oordeel);
    }

    /**
     * A condition met when the college judges no ("er is naar het oordeel van het college geen sprake van …"), not met
     * when it judges yes, and an open judgement when the case does not give it.
     */
    public static Voorwaarde nietNaarOordeel(Onderwerp onderwerp, String code, String oordeel) {
        Boolean o = onderwerp.oordeel(oordeel);
        return toets(onderwerp, code, o == null ? null : !o, "oordelen." + oordeel);
    }

    /** A condition that is met. */
    public static Voorwaarde vervuld(Onderwerp onderwerp, String code, String toelichting) {
        return new Voorwaarde(onderwerp, code, Status.VERVULD, null, toelichting);
    }

    /** A condition that is not met. */
    public static Voorwaarde nietVervuld(Onderwerp onderwerp, String code, String toelichting) {
        return new Voorwaarde(onderwerp, code, Status.NIET_VERVULD, null, toelichting);
    }

    /** A condition that cannot be decided because the named fact is missing. */
    public static Voorwaarde onbekend(Onderwerp onderwerp, String code, String gegeven) {
        return new Voorwaarde(onderwerp, code, Status.ONBEKEND, gegeven, null);
    }

    public Status getStatus() { return status; }

    public boolean isVervuld() { return status == Status.VERVULD; }

    public boolean isNietVervuld() { return status == Status.NIET_VERVULD; }

    public boolean isOnbekend() { return status == Status.ONBEKEND; }

    /** The fact whose absence makes the condition undecidable, or {@code null}. */
    public String getOntbrekendGegeven() { return ontbrekendGegeven; }
}
