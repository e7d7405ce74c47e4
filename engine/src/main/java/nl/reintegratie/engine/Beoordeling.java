package nl.reintegratie.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.reintegratie.bevindingen.Beeindigingsgrond;
import nl.reintegratie.bevindingen.Berekening;
import nl.reintegratie.bevindingen.Bevinding;
import nl.reintegratie.bevindingen.Grondslag;
import nl.reintegratie.bevindingen.OpenOordeel;
import nl.reintegratie.bevindingen.Opmerking;
import nl.reintegratie.bevindingen.Termijn;
import nl.reintegratie.bevindingen.Voorwaarde;
import nl.reintegratie.bevindingen.Weigeringsgrond;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.Onderwerp;
import nl.reintegratie.feiten.Peildatum;
import org.kie.api.runtime.KieSession;

/** Runs one validated case through its version's rule base and turns the bevindingen into an {@link Evaluation}. */
final class Beoordeling {
    private Beoordeling() {}

    static Evaluation voerUit(Casus casus, GeladenVersie versie) {
        Spoor spoor = new Spoor();
        KieSession sessie = versie.sessies.newKieSession();
        sessie.addEventListener((org.kie.api.event.rule.AgendaEventListener) spoor);
        sessie.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) spoor);
        try {
            sessie.insert(new Peildatum(casus.peildatum()));
            sessie.insert(versie.parametersOp(casus.peildatum()));
            for (Regeling r : versie.regelingen) sessie.insert(new nl.reintegratie.feiten.InWerking(r.info.id(), r.info.geldigVanaf()));
            sessie.insert(casus.person());
            if (casus.employer() != null) sessie.insert(casus.employer());
            if (casus.dienstbetrekking() != null) sessie.insert(casus.dienstbetrekking());
            casus.aanvragen().forEach(sessie::insert);
            casus.verleendeVoorzieningen().forEach(sessie::insert);
            sessie.fireAllRules();
        } finally {
            sessie.removeEventListener((org.kie.api.event.rule.AgendaEventListener) spoor);
            sessie.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) spoor);
            sessie.dispose();
        }

        Map<Onderwerp, List<Bevinding>> perOnderwerp = new IdentityHashMap<>();
        for (Bevinding b : spoor.bevindingen()) perOnderwerp.computeIfAbsent(b.getOnderwerp(), k -> new ArrayList<>()).add(b);
        List<Besluit> besluiten = new ArrayList<>();
        for (Onderwerp o : casus.aanvragen()) besluiten.add(besluit(o, perOnderwerp.getOrDefault(o, List.of()), spoor, versie));
        for (Onderwerp o : casus.verleendeVoorzieningen()) besluiten.add(besluit(o, perOnderwerp.getOrDefault(o, List.of()), spoor, versie));
        return new Evaluation(versie.versie.gemeente(), casus.peildatum(), versie.versie, besluiten);
    }

    private static Besluit besluit(Onderwerp o, List<Bevinding> bevindingen, Spoor spoor, GeladenVersie versie) {
        List<Finding> grondslagen = new ArrayList<>(), voorwaarden = new ArrayList<>(), weigering = new ArrayList<>(),
                beeindiging = new ArrayList<>(), open = new ArrayList<>(), ontbrekend = new ArrayList<>(),
                berekeningen = new ArrayList<>(), termijnen = new ArrayList<>(), opmerkingen = new ArrayList<>();
        for (Bevinding b : bevindingen) {
            Spoor.Herkomst h = spoor.herkomst(b);
            Citaat c = versie.citaat(h.rule());
            String naam = h.rule().getName();
            List<String> afleiding = spoor.afleiding(b);
            if (b instanceof Grondslag g) {
                grondslagen.add(new Finding(Finding.Soort.GRONDSLAG, g.getCode(), naam, g.getToelichting(), c,
                        afleiding, g.isPlicht(), null, null, null, null, null, null, null));
            } else if (b instanceof Voorwaarde v) {
                voorwaarden.add(new Finding(Finding.Soort.VOORWAARDE, v.getCode(), naam, v.getToelichting(), c, afleiding,
                        null, v.getStatus().name(), v.getOntbrekendGegeven(), null, null, null, null, null));
                if (v.getStatus() == Voorwaarde.Status.ONBEKEND) {
                    ontbrekend.add(new Finding(Finding.Soort.ONTBREKEND_GEGEVEN, v.getCode(), naam,
                            "not given: " + v.getOntbrekendGegeven(), c, afleiding, null, null, v.getOntbrekendGegeven(),
                            null, null, null, null, null));
                }
            } else if (b instanceof Weigeringsgrond w) {
                weigering.add(new Finding(Finding.Soort.WEIGERINGSGROND, w.getCode(), naam,
                        w.getToelichting(), c, afleiding, w.isVerplicht(), null, null, null, null, null, null, null));
            } else if (b instanceof Beeindigingsgrond w) {
                beeindiging.add(new Finding(Finding.Soort.BEEINDIGINGSGROND, w.getCode(), naam,
                        w.getToelichting(), c, afleiding, w.isVerplicht(), null, null, null, null, null, null, null));
            } else if (b instanceof OpenOordeel oo) {
                Declaraties.Oordeel decl = versie.oordelen.get(oo.getCode());
                if (decl == null) throw new IllegalStateException("rule '" + naam + "' reports undeclared oordeel '" + oo.getCode() + "'");
                open.add(new Finding(Finding.Soort.OPEN_OORDEEL, oo.getCode(), naam, oo.getToelichting(), c, afleiding,
                        null, null, "oordelen." + oo.getCode(), decl.vraag(), null, null, null, null));
            } else if (b instanceof Berekening r) {
                berekeningen.add(new Finding(Finding.Soort.BEREKENING, r.getCode(), naam, r.getToelichting(),
                        c, afleiding, null, null, null, null, r.getWaarde(), r.getEenheid(), null, null));
            } else if (b instanceof Termijn t) {
                termijnen.add(new Finding(Finding.Soort.TERMIJN, t.getCode(), naam, t.getToelichting(), c,
                        afleiding, null, null, null, null, null, null, t.getDuur(), t.getDatum()));
            } else if (b instanceof Opmerking m) {
                opmerkingen.add(new Finding(Finding.Soort.OPMERKING, m.getCode(), naam, m.getToelichting(),
                        c, afleiding, null, null, null, null, null, null, null, null));
            } else {
                throw new IllegalStateException("unknown kind of bevinding: " + b);
            }
        }
        boolean aanvraag = o instanceof Aanvraag;
        Uitkomst uitkomst = uitkomst(aanvraag, grondslagen, weigering, beeindiging, ontbrekend, open);
        List<List<Finding>> alle = List.of(grondslagen, voorwaarden, weigering, beeindiging, open, ontbrekend, berekeningen, termijnen, opmerkingen);
        alle.forEach(l -> l.sort(OP_CITAAT));
        return new Besluit(o.getId(), aanvraag ? "aanvraag" : "verleende-voorziening", o.getVoorziening(), uitkomst,
                grondslagen, voorwaarden, weigering, beeindiging, open, ontbrekend, berekeningen, termijnen, opmerkingen);
    }

    static Uitkomst uitkomst(boolean aanvraag, List<Finding> grondslagen, List<Finding> weigering, List<Finding> beeindiging,
                             List<Finding> ontbrekend, List<Finding> open) {
        if (aanvraag) {
            if (grondslagen.isEmpty()) return Uitkomst.BESTAAT_NIET;
            if (weigering.stream().anyMatch(f -> Boolean.TRUE.equals(f.verplicht()))) return Uitkomst.MOET_WORDEN_GEWEIGERD;
            if (!weigering.isEmpty()) return Uitkomst.KAN_WORDEN_GEWEIGERD;
        } else {
            if (beeindiging.stream().anyMatch(f -> Boolean.TRUE.equals(f.verplicht()))) return Uitkomst.MOET_WORDEN_BEEINDIGD;
            if (!beeindiging.isEmpty()) return Uitkomst.KAN_WORDEN_BEEINDIGD;
        }
        if (!ontbrekend.isEmpty()) return Uitkomst.ONVOLLEDIG;
        if (!open.isEmpty()) return Uitkomst.HANGT_AF_VAN_OORDEEL;
        return aanvraag ? Uitkomst.TOEKENBAAR : Uitkomst.VOORTZETTEN;
    }

    /** Orders findings by regeling, then artikel, lid and onderdeel in natural order ("3" before "12A" before "12K"), then code. */
    static final Comparator<Finding> OP_CITAAT = Comparator
            .comparing((Finding f) -> f.citaat().regeling())
            .thenComparing(f -> f.citaat().artikel(), Beoordeling::natuurlijk)
            .thenComparing(f -> f.citaat().lid() == null ? "" : f.citaat().lid(), Beoordeling::natuurlijk)
            .thenComparing(f -> f.citaat().onderdeel() == null ? "" : f.citaat().onderdeel(), Beoordeling::natuurlijk)
            .thenComparing(Finding::code);

    static int natuurlijk(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = Long.compare(Long.parseLong(a.substring(si, i)), Long.parseLong(b.substring(sj, j)));
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
