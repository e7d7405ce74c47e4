package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.bevindingen.Bevinding;
import nl.reintegratie.feiten.Onderwerp;
import nl.reintegratie.feiten.VerleendeVoorziening;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Which onderwerpen a rule applies to, where that follows from the regeling rather than from the rule's own conditions:
 * <ul>
 *   <li>a rule cited in an article the regeling's descriptor lists in {@code nietVoorOpdrachten} does not fire on a
 *   match whose onderwerp is an opdracht (the vocabulary's {@code "opdracht": true}: the tegenprestatie, which the
 *   college imposes and does not grant);</li>
 *   <li>a model rule that names voorzieningen fires only on an onderwerp whose voorziening the regeling that applies it
 *   provides: it may name a voorziening that not every applying regeling has (the same provision about the
 *   voorzieningen each has). A model rule that names none (the general grounds of art. 3) applies to every onderwerp,
 *   also to a voorziening granted under an earlier regeling that the regeling in force no longer has.</li>
 * </ul>
 * Resolved once per rule when the version is built; per activation one identity lookup, and for a marked rule a look
 * at the facts it matched. Stateless, shared by every session of the version; {@link #registratie()} gives the filter of
 * one evaluation, which also keeps which rule it held back from which onderwerp, so that the decision can say which
 * facts given were not weighed because the provision that reads them does not apply (nothing a caller sent is
 * silently dropped).
 */
final class Toepasbaarheid implements AgendaFilter {
    /**
     * How a marked rule is bounded: {@code niet} the voorziening codes it does not fire on, {@code alleen} the only ones
     * it fires on, {@code verleendVanaf} the first grant date of a verleende voorziening it judges ({@code null}: no such
     * bound; a verleende voorziening whose grant date is not known is judged).
     */
    record Grens(Set<String> niet, Set<String> alleen, LocalDate verleendVanaf) {
        Grens(Set<String> niet, Set<String> alleen) {
            this(niet, alleen, null);
        }

        boolean laatToe(String voorziening) {
            return (niet == null || !niet.contains(voorziening)) && (alleen == null || alleen.contains(voorziening));
        }

        boolean laatToe(Onderwerp onderwerp) {
            if (!laatToe(onderwerp.getVoorziening())) return false;
            if (verleendVanaf != null && onderwerp instanceof VerleendeVoorziening v) {
                LocalDate op = v.getVerleendOp();
                return op == null || !op.isBefore(verleendVanaf);
            }
            return true;
        }
    }

    private final Map<Rule, Grens> grenzen;

    Toepasbaarheid(Map<Rule, Grens> grenzen) {
        this.grenzen = new IdentityHashMap<>(grenzen);
    }

    /** {@code null} when no rule of the version is bounded: then the session fires without a filter. */
    static Toepasbaarheid van(Map<Rule, Grens> grenzen) {
        return grenzen.isEmpty() ? null : new Toepasbaarheid(grenzen);
    }

    int aantal() { return grenzen.size(); }

    Grens grens(Rule rule) { return grenzen.get(rule); }

    @Override
    public boolean accept(Match match) {
        return tegengehoudenOp(match) == null;
    }

    /** The onderwerp on which the match's rule does not fire; {@code null}: it may fire. */
    private Onderwerp tegengehoudenOp(Match match) {
        Grens g = grenzen.get(match.getRule());
        if (g == null) return null;
        for (Object o : match.getObjects()) {
            Onderwerp onderwerp = o instanceof Onderwerp x ? x : o instanceof Bevinding b ? b.getOnderwerp() : null;
            if (onderwerp != null && !g.laatToe(onderwerp)) return onderwerp;
        }
        return null;
    }

    /** The filter of one evaluation: as this one, and it keeps what it held back. Not thread-safe; one per session. */
    Registratie registratie() { return new Registratie(); }

    /** A rule held back from an onderwerp, with the bound that did it. */
    record Tegengehouden(Rule rule, Onderwerp onderwerp, Grens grens) {}

    /** The filter of one evaluation, keeping each rule it held back from an onderwerp once, in the order met. */
    final class Registratie implements AgendaFilter {
        private List<Tegengehouden> tegengehouden;

        @Override
        public boolean accept(Match match) {
            Onderwerp o = tegengehoudenOp(match);
            if (o == null) return true;
            if (tegengehouden == null) tegengehouden = new ArrayList<>(4);
            Rule r = match.getRule();
            for (Tegengehouden t : tegengehouden) if (t.rule() == r && t.onderwerp() == o) return false;
            tegengehouden.add(new Tegengehouden(r, o, grenzen.get(r)));
            return false;
        }

        List<Tegengehouden> tegengehouden() { return tegengehouden == null ? List.of() : tegengehouden; }
    }
}
