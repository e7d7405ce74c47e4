package nl.reintegratie.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.reintegratie.feiten.FactSet;

/**
 * The facts and judgements a case gives that no rule of the version in force reads. A case describes a situation, not
 * a package, so they are accepted; the decision lists them, so that nothing a caller sent is silently dropped. Known
 * from the usage index the build of each rule package writes. Facts that are for the reader only ({@code informatief})
 * and the facts the engine itself applies (transitional law) are not listed.
 */
final class NotUsed {
    /** Facts the engine's own legal concepts read, whatever the rules read. */
    private static final Set<String> DOOR_ENGINE = Set.of("verleendOp", "verleendOnder");

    private NotUsed() {}

    static List<Evaluation.NietGebruikt> lijst(Casus c, Versie versie, LoadedVersion.Built b, Vocabulary vocabulary) {
        Set<String> gebruikt = b.gebruikt;
        if (gebruikt == null) return List.of();
        List<Evaluation.NietGebruikt> uit = new ArrayList<>();
        String reden = "wordt niet gebruikt door de regelingen van " + versie.id();
        voeg(uit, c.persoon(), "persoon", gebruikt, vocabulary, reden, "persoon.");
        if (c.werkgever() != null) voeg(uit, c.werkgever(), "werkgever", gebruikt, vocabulary, reden, "werkgever.");
        if (c.dienstbetrekking() != null) voeg(uit, c.dienstbetrekking(), "dienstbetrekking", gebruikt, vocabulary, reden, "dienstbetrekking.");
        for (int i = 0; i < c.aanvragen().size(); i++) {
            var a = c.aanvragen().get(i);
            String pad = "aanvragen[" + i + "]";
            voeg(uit, a, pad, gebruikt, vocabulary, reden, "aanvraag.", "onderwerp.");
            for (String o : a.getOordelen().keySet()) if (!gebruikt.contains("oordelen." + o)) uit.add(new Evaluation.NietGebruikt(pad + ".oordelen." + o, reden));
        }
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            var vv = c.verleendeVoorzieningen().get(i);
            String pad = "verleendeVoorzieningen[" + i + "]";
            for (String k : vv.getGegevens().keySet()) {
                if (DOOR_ENGINE.contains(k)) continue;
                Gegeven g = vocabulary.gegevens.get(k);
                if (g != null && g.informatief()) continue;
                if (!gebruikt.contains("verleende-voorziening." + k) && !gebruikt.contains("onderwerp." + k)) uit.add(new Evaluation.NietGebruikt(pad + "." + k, reden));
            }
            for (String o : vv.getOordelen().keySet()) if (!gebruikt.contains("oordelen." + o)) uit.add(new Evaluation.NietGebruikt(pad + ".oordelen." + o, reden));
        }
        return uit;
    }

    private static void voeg(List<Evaluation.NietGebruikt> uit, FactSet f, String pad, Set<String> gebruikt, Vocabulary vocabulary, String reden,
                             String... voorvoegsels) {
        for (String k : f.getGegevens().keySet()) {
            Gegeven g = vocabulary.gegevens.get(k);
            if (g != null && g.informatief()) continue;
            boolean ja = false;
            for (String v : voorvoegsels) if (gebruikt.contains(v + k)) { ja = true; break; }
            if (!ja) uit.add(new Evaluation.NietGebruikt(pad + "." + k, reden));
        }
    }
}
