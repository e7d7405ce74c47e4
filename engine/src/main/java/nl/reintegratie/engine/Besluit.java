package nl.reintegratie.engine;

import java.util.List;

/**
 * The outcome for one aanvraag or one granted voorziening, with everything it rests on. All lists
 * are unmodifiable and ordered by citation.
 *
 * @param onderwerp           the caller's id of the aanvraag or verleende voorziening
 * @param soort               {@code aanvraag} or {@code verleende-voorziening}
 * @param voorziening         the voorziening's code
 * @param uitkomst            the outcome
 * @param grondslagen         the provisions that give the power or duty to provide it
 * @param voorwaarden         every condition tested, met or not, or undecidable
 * @param weigeringsgronden   every ground for refusal that applies
 * @param beeindigingsgronden every ground for ending that applies
 * @param openOordelen        the judgements of the college the case did not give
 * @param ontbrekendeGegevens the facts the case did not give that a condition needs
 * @param berekeningen        amounts and hours that follow
 * @param termijnen           maximum durations and deadlines that follow
 * @param opmerkingen         what the decision must also say (hardheidsclausule, nadere regels, ...)
 */
public record Besluit(String onderwerp, String soort, String voorziening, Uitkomst uitkomst,
                      List<Finding> grondslagen, List<Finding> voorwaarden, List<Finding> weigeringsgronden,
                      List<Finding> beeindigingsgronden, List<Finding> openOordelen,
                      List<Finding> ontbrekendeGegevens, List<Finding> berekeningen, List<Finding> termijnen,
                      List<Finding> opmerkingen) {

    public Besluit {
        grondslagen = List.copyOf(grondslagen);
        voorwaarden = List.copyOf(voorwaarden);
        weigeringsgronden = List.copyOf(weigeringsgronden);
        beeindigingsgronden = List.copyOf(beeindigingsgronden);
        openOordelen = List.copyOf(openOordelen);
        ontbrekendeGegevens = List.copyOf(ontbrekendeGegevens);
        berekeningen = List.copyOf(berekeningen);
        termijnen = List.copyOf(termijnen);
        opmerkingen = List.copyOf(opmerkingen);
    }

    /** All findings of this decision, in the order of the record's components. */
    public List<Finding> alleFindings() {
        var alle = new java.util.ArrayList<Finding>();
        for (List<Finding> l : List.of(grondslagen, voorwaarden, weigeringsgronden, beeindigingsgronden,
                openOordelen, ontbrekendeGegevens, berekeningen, termijnen, opmerkingen)) alle.addAll(l);
        return List.copyOf(alle);
    }
}
