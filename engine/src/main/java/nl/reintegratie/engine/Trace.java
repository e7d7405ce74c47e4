package nl.reintegratie.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.bevindingen.Bevinding;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * The audit trail of one evaluation: for every bevinding, the rule that inserted it and the facts that rule matched.
 * One instance per session (a session is single-threaded).
 */
final class Trace extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** The rule that inserted a bevinding and the bevindingen among the facts it matched (the steps before it). */
    record Origin(Rule rule, List<Bevinding> feiten) {}

    private Match huidig;
    /** The origin of what the current firing inserts: computed at its first insert, shared by the others. */
    private Origin huidigeHerkomst;
    private int vuringen;
    private final Map<Bevinding, Origin> herkomst = new IdentityHashMap<>();
    private final List<Bevinding> bevindingen = new ArrayList<>();
    private final Map<Bevinding, List<String>> afleidingen = new IdentityHashMap<>();

    @Override public void beforeMatchFired(BeforeMatchFiredEvent event) { huidig = event.getMatch(); huidigeHerkomst = null; vuringen++; }

    @Override public void afterMatchFired(AfterMatchFiredEvent event) { huidig = null; huidigeHerkomst = null; }

    @Override public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Bevinding b) {
            if (huidig == null) throw new IllegalStateException("bevinding inserted outside a rule: " + b);
            if (huidigeHerkomst == null) {
                List<Bevinding> eerder = new ArrayList<>(2);
                for (Object o : huidig.getObjects()) if (o instanceof Bevinding x) eerder.add(x);
                huidigeHerkomst = new Origin(huidig.getRule(), eerder);
            }
            herkomst.put(b, huidigeHerkomst);
            bevindingen.add(b);
        }
    }

    @Override public void objectUpdated(ObjectUpdatedEvent event) { }

    /** A bevinding a rule retracts (or that falls away with a logical insert's support) is no longer part of the decision. */
    @Override public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Bevinding b && herkomst.remove(b) != null) {
            for (int i = bevindingen.size() - 1; i >= 0; i--) {
                if (bevindingen.get(i) == b) { bevindingen.remove(i); break; }
            }
        }
    }

    List<Bevinding> bevindingen() { return bevindingen; }

    Origin herkomst(Bevinding b) { return herkomst.get(b); }

    int vuringen() { return vuringen; }

    /** Names of the rules whose bevindingen led to this one, nearest first, each once. */
    List<String> afleiding(Bevinding b) {
        Origin h = herkomst.get(b);
        if (h == null || h.feiten().isEmpty()) return List.of();
        // asked after the firing, when the trail no longer changes: computed once per bevinding
        List<String> l = afleidingen.get(b);
        if (l == null) {
            Set<String> keten = new LinkedHashSet<>();
            voegToe(b, keten, new HashSet<>());
            l = List.copyOf(keten);
            afleidingen.put(b, l);
        }
        return l;
    }

    private void voegToe(Bevinding b, Set<String> keten, Set<Object> gezien) {
        Origin h = herkomst.get(b);
        if (h == null) return;
        for (Bevinding eerder : h.feiten()) {
            if (gezien.add(eerder)) {
                Origin he = herkomst.get(eerder);
                if (he != null) keten.add(he.rule().getName());
                voegToe(eerder, keten, gezien);
            }
        }
    }
}
