package nl.reintegratie.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One item of a decision: a grondslag, a condition, a weigerings- or beëindigingsgrond, an open
 * judgement, a missing fact, an amount, a term or a remark. Every item names the rule that
 * produced it ({@code omschrijving} is the rule's name, which starts with the citation), carries the
 * structured {@link Citaat}, and lists the rules whose conclusions led to it ({@code afleiding}),
 * nearest first. Fields that do not apply to the kind are {@code null}.
 *
 * @param soort             the kind of finding
 * @param code              stable identifier within the rule package
 * @param omschrijving      the rule's name: citation and what it decides
 * @param toelichting       case-specific detail, or {@code null}
 * @param citaat            where it rests in the law
 * @param afleiding         names of the rules whose findings this rule used, nearest first
 * @param verplicht         grounds: {@code true} for "weigert"/"beëindigt", {@code false} for "kan"
 * @param status            conditions: VERVULD, NIET_VERVULD or ONBEKEND
 * @param gegeven           conditions and missing facts: the case-file field that was missing
 * @param vraag             open judgements: the question the college has to answer
 * @param waarde            amounts: the value, {@code null} when not known to the project
 * @param eenheid           amounts: the unit
 * @param duur              terms: ISO-8601 period
 * @param datum             terms: the resulting date, if the facts fix it
 */
public record Finding(Soort soort, String code, String omschrijving, String toelichting, Citaat citaat,
                      List<String> afleiding, Boolean verplicht, String status, String gegeven, String vraag,
                      BigDecimal waarde, String eenheid, String duur, LocalDate datum) {

    public Finding {
        afleiding = List.copyOf(afleiding);
    }

    /** The kinds of finding. */
    public enum Soort { GRONDSLAG, VOORWAARDE, WEIGERINGSGROND, BEEINDIGINGSGROND, OPEN_OORDEEL, ONTBREKEND_GEGEVEN, BEREKENING, TERMIJN, OPMERKING }
}
