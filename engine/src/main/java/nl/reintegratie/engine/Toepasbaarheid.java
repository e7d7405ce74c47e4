package nl.reintegratie.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.bevindingen.Bevinding;
import nl.reintegratie.feiten.Onderwerp;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Which onderwerpen a rule applies to, where the regeling says so for a whole article rather than in every rule: a rule
 * cited in an article the regeling's descriptor lists in {@code nietVoorOpdrachten} does not fire on a match whose
 * onderwerp is an opdracht (the vocabulary's {@code "opdracht": true}: the tegenprestatie, which the college imposes
 * and does not grant). Resolved once per rule when the version is built; per activation one identity lookup, and for a
 * marked rule a look at the facts it matched. Stateless, shared by every session of the version.
 */
final class Toepasbaarheid implements AgendaFilter {
    /** Marked rule → the voorziening codes it does not fire on. */
    private final Map<Rule, Set<String>> nietOp;

    Toepasbaarheid(Map<Rule, Set<String>> nietOp) {
        this.nietOp = new IdentityHashMap<>(nietOp);
    }

    /** {@code null} when no rule of the version is marked: then the session fires without a filter. */
    static Toepasbaarheid van(Map<Rule, Set<String>> nietOp) {
        return nietOp.isEmpty() ? null : new Toepasbaarheid(nietOp);
    }

    int aantal() { return nietOp.size(); }

    @Override
    public boolean accept(Match match) {
        Set<String> uitgesloten = nietOp.get(match.getRule());
        if (uitgesloten == null) return true;
        for (Object o : match.getObjects()) {
            Onderwerp onderwerp = o instanceof Onderwerp x ? x : o instanceof Bevinding b ? b.getOnderwerp() : null;
            if (onderwerp != null && uitgesloten.contains(onderwerp.getVoorziening())) return false;
        }
        return true;
    }
}
