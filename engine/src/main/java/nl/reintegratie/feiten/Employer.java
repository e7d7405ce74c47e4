package nl.reintegratie.feiten;

/**
 * The werkgever: "degene die op basis van een arbeidsovereenkomst de bevoegdheid heeft om de arbeid
 * van een werknemer gedurende een overeengekomen periode aan te wenden in zijn organisatie"
 * (Heemstede verordening 2023, art. 1). Optional in a case: only voorzieningen for or through an
 * employer need it. What the ordinances ask of a particular employer (an intention to hire, a
 * written agreement, another subsidy) is an omstandigheid of the aanvraag, declared by the rule package.
 */
public final class Employer {
    private final String naam;

    public Employer(String naam) {
        this.naam = naam;
    }

    /** Name, for the reader of a decision only; no rule uses it. */
    public String getNaam() { return naam; }
}
