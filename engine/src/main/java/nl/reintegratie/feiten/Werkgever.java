package nl.reintegratie.feiten;

import java.util.Map;

/**
 * The werkgever: "degene die op basis van een arbeidsovereenkomst de bevoegdheid heeft om de arbeid van een werknemer
 * gedurende een overeengekomen periode aan te wenden in zijn organisatie" (the definition all four regelingen share).
 * Optional in a case: only voorzieningen for or through an employer need it. Its facts are declared in the shared
 * vocabulary ("over": "werkgever").
 */
public final class Werkgever extends FactSet {

    public Werkgever(Map<String, ?> gegevens) {
        super(gegevens);
    }

    /** Name, for the reader of a decision only; no rule uses it. */
    public String getNaam() { return keuze("naam"); }
}
