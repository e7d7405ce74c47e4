package nl.reintegratie.engine;

import java.util.ArrayList;
import java.util.HashSet;
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
        Gebruik gebruikt = b.gebruik;
        if (gebruikt == null) return List.of();
        List<Evaluation.NietGebruikt> uit = new ArrayList<>();
        String reden = "wordt niet gebruikt door de regelingen van " + versie.id();
        voeg(uit, c.persoon(), "persoon", gebruikt.persoon, vocabulary, reden);
        if (c.werkgever() != null) voeg(uit, c.werkgever(), "werkgever", gebruikt.werkgever, vocabulary, reden);
        if (c.dienstbetrekking() != null) voeg(uit, c.dienstbetrekking(), "dienstbetrekking", gebruikt.dienstbetrekking, vocabulary, reden);
        for (int i = 0; i < c.aanvragen().size(); i++) {
            var a = c.aanvragen().get(i);
            voeg(uit, a, "aanvragen[" + i + "]", gebruikt.aanvraag, vocabulary, reden);
            for (String o : a.getOordelen().keySet()) if (!gebruikt.oordelen.contains(o)) uit.add(new Evaluation.NietGebruikt("aanvragen[" + i + "].oordelen." + o, reden));
        }
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            var vv = c.verleendeVoorzieningen().get(i);
            String pad = "verleendeVoorzieningen[" + i + "]";
            for (String k : vv.getGegevens().keySet()) {
                if (DOOR_ENGINE.contains(k)) continue;
                Gegeven g = vocabulary.gegevens.get(k);
                if (g != null && g.informatief()) continue;
                if (!gebruikt.verleend.contains(k)) uit.add(new Evaluation.NietGebruikt(pad + "." + k, reden));
            }
            for (String o : vv.getOordelen().keySet()) if (!gebruikt.oordelen.contains(o)) uit.add(new Evaluation.NietGebruikt(pad + ".oordelen." + o, reden));
        }
        return uit;
    }

    private static void voeg(List<Evaluation.NietGebruikt> uit, FactSet f, String pad, Set<String> gebruikt, Vocabulary vocabulary, String reden) {
        for (String k : f.getGegevens().keySet()) {
            if (gebruikt.contains(k)) continue;
            Gegeven g = vocabulary.gegevens.get(k);
            if (g != null && g.informatief()) continue;
            uit.add(new Evaluation.NietGebruikt(pad + "." + k, reden));
        }
    }

    /** Per kind of holder, the names of the facts some rule of the version reads; and the judgements they read. */
    static final class Gebruik {
        final Set<String> persoon = new HashSet<>(), werkgever = new HashSet<>(), dienstbetrekking = new HashSet<>(),
                aanvraag = new HashSet<>(), verleend = new HashSet<>(), oordelen = new HashSet<>();

        /** From the usage index's paths ({@code persoon.geboortedatum}, {@code onderwerp.x}, {@code oordelen.y}). */
        Gebruik(Set<String> paden) {
            for (String p : paden) {
                int punt = p.indexOf('.');
                if (punt < 0) continue;
                String houder = p.substring(0, punt), naam = p.substring(punt + 1);
                switch (houder) {
                    case "persoon" -> persoon.add(naam);
                    case "werkgever" -> werkgever.add(naam);
                    case "dienstbetrekking" -> dienstbetrekking.add(naam);
                    case "aanvraag" -> aanvraag.add(naam);
                    case "verleende-voorziening" -> verleend.add(naam);
                    case "onderwerp" -> { aanvraag.add(naam); verleend.add(naam); }
                    case "oordelen" -> oordelen.add(naam);
                    default -> { }
                }
            }
        }
    }
}
