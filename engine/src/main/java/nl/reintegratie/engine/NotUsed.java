package nl.reintegratie.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.bevindingen.Bevinding;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.FactSet;
import nl.reintegratie.feiten.Onderwerp;
import nl.reintegratie.feiten.VerleendeVoorziening;

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
            onderwerp(uit, c.aanvragen().get(i), "aanvragen[" + i + "]", "aanvraag", gebruikt.aanvraag, gebruikt, vocabulary, versie, reden);
        }
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            onderwerp(uit, c.verleendeVoorzieningen().get(i), "verleendeVoorzieningen[" + i + "]", "verleende-voorziening", gebruikt.verleend, gebruikt,
                    vocabulary, versie, reden);
        }
        return uit;
    }

    /**
     * The facts and judgements of one onderwerp no rule reads, and those that only rules about other voorzieningen read:
     * the regeling uses them, but not for this voorziening.
     */
    private static void onderwerp(List<Evaluation.NietGebruikt> uit, Onderwerp o, String pad, String houder, Set<String> gelezen, Gebruik gebruikt,
                                  Vocabulary vocabulary, Versie versie, String reden) {
        for (String k : o.getGegevens().keySet()) {
            if (o instanceof VerleendeVoorziening && DOOR_ENGINE.contains(k)) continue;
            Gegeven g = vocabulary.gegevens.get(k);
            if (g != null && g.informatief()) continue;
            if (!gelezen.contains(k)) uit.add(new Evaluation.NietGebruikt(pad + "." + k, reden));
            else {
                String anders = o instanceof VerleendeVoorziening ? gebruikt.nietBijVerleend(houder, k, versie) : null;
                if (anders == null) anders = gebruikt.nietBij(houder, k, o.getVoorziening(), versie);
                if (anders != null) uit.add(new Evaluation.NietGebruikt(pad + "." + k, anders));
            }
        }
        for (String k : o.getOordelen().keySet()) {
            if (!gebruikt.oordelen.contains(k)) uit.add(new Evaluation.NietGebruikt(pad + ".oordelen." + k, reden));
            else {
                String anders = o instanceof VerleendeVoorziening ? gebruikt.nietBijVerleend("oordelen", k, versie) : null;
                if (anders == null) anders = gebruikt.nietBij("oordelen", k, o.getVoorziening(), versie);
                if (anders != null) uit.add(new Evaluation.NietGebruikt(pad + ".oordelen." + k, anders));
            }
        }
    }

    /**
     * The facts and judgements given on an aanvraag or verleende voorziening that only a rule held back from it read: the
     * provision does not apply to that onderwerp (a regeling that does not reach what was granted before it, L-19; an
     * article about voorzieningen and an opdracht; a model rule and a voorziening its regeling does not provide). Each
     * with the provision and why; a fact that a rule which did fire on the onderwerp also reads is not listed.
     */
    static List<Evaluation.NietGebruikt> nietToegepast(List<Toepasbaarheid.Tegengehouden> tegengehouden, Casus c, LoadedVersion.Built b,
                                                        Map<Onderwerp, List<Bevinding>> perOnderwerp, Trace trace) {
        if (tegengehouden.isEmpty()) return List.of();
        Map<Onderwerp, String> paden = new IdentityHashMap<>();
        for (int i = 0; i < c.aanvragen().size(); i++) paden.put(c.aanvragen().get(i), "aanvragen[" + i + "]");
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) paden.put(c.verleendeVoorzieningen().get(i), "verleendeVoorzieningen[" + i + "]");
        Map<Onderwerp, Set<String>> gelezen = new IdentityHashMap<>();
        List<Evaluation.NietGebruikt> uit = new ArrayList<>();
        Set<String> gemeld = new HashSet<>();
        for (Toepasbaarheid.Tegengehouden t : tegengehouden) {
            Onderwerp o = t.onderwerp();
            String pad = paden.get(o);
            Set<String> leest = b.leestPerRegel.get(t.rule().getName());
            if (pad == null || leest == null) continue;
            Set<String> doorGevuurd = gelezen.computeIfAbsent(o, k -> {
                Set<String> s = new HashSet<>();
                for (Bevinding bev : perOnderwerp.getOrDefault(o, List.of())) s.addAll(b.leestPerRegel.getOrDefault(trace.herkomst(bev).rule().getName(), Set.of()));
                return s;
            });
            LoadedVersion.RuleMeta m = b.regels.get(t.rule());
            for (String gegeven : leest) {
                String veld = veld(gegeven, o);
                if (veld == null || doorGevuurd.contains(gegeven) || !gemeld.add(pad + "." + veld)) continue;
                uit.add(new Evaluation.NietGebruikt(pad + "." + veld, reden(m, t.grens(), o)));
            }
        }
        return uit;
    }

    /** The field of the onderwerp a usage path names, if the onderwerp gives it ({@code onderwerp.x} → {@code x}); else {@code null}. */
    private static String veld(String gegeven, Onderwerp o) {
        int punt = gegeven.indexOf('.');
        if (punt < 0) return null;
        String houder = gegeven.substring(0, punt), naam = gegeven.substring(punt + 1);
        boolean vanHetOnderwerp = houder.equals("onderwerp") || houder.equals("aanvraag") && o instanceof Aanvraag
                || houder.equals("verleende-voorziening") && o instanceof VerleendeVoorziening;
        if (vanHetOnderwerp) return o.getGegevens().containsKey(naam) ? naam : null;
        if (houder.equals("oordelen")) return o.getOordelen().containsKey(naam) ? "oordelen." + naam : null;
        return null;
    }

    private static String reden(LoadedVersion.RuleMeta m, Toepasbaarheid.Grens g, Onderwerp o) {
        String bepaling = m == null ? "de bepaling die dit gegeven leest" : Samenvatting.voluit(m.citaat());
        if (g.verleendVanaf() != null && o instanceof VerleendeVoorziening v && v.getVerleendOp() != null && v.getVerleendOp().isBefore(g.verleendVanaf())) {
            return "niet toegepast: " + bepaling + " geldt niet voor een voorziening die vóór " + Samenvatting.datum(g.verleendVanaf())
                    + " is verleend (verleend op " + Samenvatting.datum(v.getVerleendOp()) + "; L-19)";
        }
        if (g.niet() != null && g.niet().contains(o.getVoorziening())) {
            return "niet toegepast: " + bepaling + " geldt voor voorzieningen die het college verleent, niet voor een opdracht als deze";
        }
        return "niet toegepast: " + bepaling + " geldt voor de voorzieningen die de regeling kent, en deze voorziening kent zij niet";
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

        /**
         * From the usage index's paths ({@code persoon.geboortedatum}, {@code onderwerp.x}, {@code oordelen.y}) and, per
         * path that only rules bound to named voorzieningen read, those voorzieningen.
         */
        Gebruik(Set<String> paden, Map<String, Set<String>> beperkt) {
            this(paden, beperkt, Set.of());
        }

        /** Also the paths only rules reading on an aanvraag read: not used on a verleende voorziening. */
        Gebruik(Set<String> paden, Map<String, Set<String>> beperkt, Set<String> alleenBijAanvragen) {
            beperk(paden, beperkt);
            for (String p : paden) {
                int punt = p.indexOf('.');
                if (punt < 0) continue;
                String h = p.substring(0, punt), naam = p.substring(punt + 1);
                if (!h.equals("onderwerp") && !h.equals("oordelen") && !h.equals("verleende-voorziening")) continue;
                String sleutel = (h.equals("oordelen") ? "oordelen." : "") + naam;
                if (alleenBijAanvragen.contains(p)) nietBijVerleend.putIfAbsent(sleutel, Boolean.TRUE);
                else nietBijVerleend.put(sleutel, Boolean.FALSE);
            }
            nietBijVerleend.values().removeIf(v -> !v);
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

        /**
         * Per fact of an aanvraag ({@code aanvraag}), of a verleende voorziening ({@code verleende-voorziening}) and per
         * judgement ({@code oordelen}): the voorzieningen on which the rules read it; absent when some rule reads it on any.
         */
        private final Map<String, Map<String, Set<String>>> alleenBij = new java.util.HashMap<>();
        /** Per voorziening and path, the reason it is not used there (computed once, for the same output every time). */
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, String>> redenen =
                new java.util.concurrent.ConcurrentHashMap<>();

        private void beperk(Set<String> paden, Map<String, Set<String>> beperkt) {
            if (beperkt.isEmpty()) return;
            for (String houder : List.of("aanvraag", "verleende-voorziening", "oordelen")) {
                Map<String, Set<String>> perNaam = new java.util.HashMap<>();
                Set<String> namen = new HashSet<>();
                for (String p : paden) {
                    int punt = p.indexOf('.');
                    String h = p.substring(0, punt);
                    if (h.equals(houder) || !houder.equals("oordelen") && h.equals("onderwerp")) namen.add(p.substring(punt + 1));
                }
                for (String naam : namen) {
                    List<String> kandidaten = houder.equals("oordelen") ? List.of("oordelen." + naam) : List.of(houder + "." + naam, "onderwerp." + naam);
                    Set<String> uit = new java.util.TreeSet<>();
                    boolean overal = false;
                    for (String p : kandidaten) {
                        if (!paden.contains(p)) continue;
                        Set<String> s = beperkt.get(p);
                        if (s == null) { overal = true; break; }
                        uit.addAll(s);
                    }
                    if (!overal) perNaam.put(naam, Set.copyOf(uit));
                }
                alleenBij.put(houder, perNaam);
            }
        }

        /**
         * The voorzieningen on which the rules read this fact of an aanvraag ({@code aanvraag}) or a verleende voorziening
         * ({@code verleende-voorziening}), or this judgement ({@code oordelen}); {@code null} when some rule reads it on any.
         */
        Set<String> alleenBij(String houder, String naam) {
            Map<String, Set<String>> m = alleenBij.get(houder);
            return m == null ? null : m.get(naam);
        }

        /** Facts ({@code x}) and judgements ({@code oordelen.x}) of an onderwerp that only rules reading on an aanvraag read. */
        private final Map<String, Boolean> nietBijVerleend = new java.util.HashMap<>();

        /** Why this fact or judgement of a verleende voorziening is not used there; {@code null} when it is. */
        String nietBijVerleend(String houder, String naam, Versie versie) {
            String sleutel = houder.equals("oordelen") ? "oordelen." + naam : naam;
            if (!nietBijVerleend.containsKey(sleutel)) return null;
            return redenen.computeIfAbsent("", k -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(sleutel,
                    k -> "wordt bij een verleende voorziening niet gebruikt door de regelingen van " + versie.id() + ": zij lezen dit alleen bij een aanvraag");
        }

        /** Why this fact or judgement is not used on an onderwerp of this voorziening; {@code null} when it is. */
        String nietBij(String houder, String naam, String voorziening, Versie versie) {
            Set<String> alleen = alleenBij(houder, naam);
            if (alleen == null || alleen.contains(voorziening)) return null;
            return redenen.computeIfAbsent(voorziening, k -> new java.util.concurrent.ConcurrentHashMap<>())
                    .computeIfAbsent(houder + "." + naam, k -> "wordt bij " + voorziening + " niet gebruikt door de regelingen van " + versie.id()
                            + "; alleen bij " + String.join(", ", new java.util.TreeSet<>(alleen)));
        }
    }
}
