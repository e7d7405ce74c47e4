package nl.reintegratie.engine;

/** The outcome for one aanvraag or granted voorziening, strongest first. */
public enum Uitkomst {
    /** The voorziening asked for does not exist in the regeling in force on the peildatum. */
    BESTAAT_NIET("de voorziening bestaat niet in de regeling die op de peildatum geldt"),
    /** A refusal the text makes mandatory applies ("weigert", "uitsluitend als"). */
    MOET_WORDEN_GEWEIGERD("moet worden geweigerd"),
    /** A refusal the text allows applies ("kan weigeren"): the college weighs it. */
    KAN_WORDEN_GEWEIGERD("kan worden geweigerd"),
    /** A granted voorziening must end. */
    MOET_WORDEN_BEEINDIGD("moet worden beëindigd"),
    /** A granted voorziening may be ended: the college weighs it. */
    KAN_WORDEN_BEEINDIGD("kan worden beëindigd"),
    /** A fact that a condition needs was not given; see the missing facts. */
    ONVOLLEDIG("kan niet worden beoordeeld: er ontbreken gegevens"),
    /** Depends on a judgement of the college that the case did not give; see the open judgements. */
    HANGT_AF_VAN_OORDEEL("hangt af van een oordeel van het college dat nog niet is gegeven"),
    /** No ground for refusal applies and every condition is met. */
    TOEKENBAAR("kan worden toegekend"),
    /** No ground for ending a granted voorziening applies. */
    VOORTZETTEN("kan worden voortgezet: er is geen grond om de voorziening te beëindigen");

    private final String omschrijving;

    Uitkomst(String omschrijving) { this.omschrijving = omschrijving; }

    /** A Dutch sentence fragment for summaries. */
    public String omschrijving() { return omschrijving; }

    /**
     * Whether this outcome is settled whatever facts are missing: a voorziening that does not exist, or a refusal or an
     * ending that the regeling makes mandatory. The decision still lists the facts other conditions would need.
     */
    public boolean staatVast() {
        return this == BESTAAT_NIET || this == MOET_WORDEN_GEWEIGERD || this == MOET_WORDEN_BEEINDIGD;
    }

    /** Whether this outcome refuses or ends. */
    public boolean isNegatief() {
        return this == BESTAAT_NIET || this == MOET_WORDEN_GEWEIGERD || this == KAN_WORDEN_GEWEIGERD
                || this == MOET_WORDEN_BEEINDIGD || this == KAN_WORDEN_BEEINDIGD;
    }
}
