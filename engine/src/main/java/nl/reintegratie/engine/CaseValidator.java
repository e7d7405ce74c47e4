package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.Dienstbetrekking;
import nl.reintegratie.feiten.FactSet;
import nl.reintegratie.feiten.Periode;
import nl.reintegratie.feiten.Persoon;
import nl.reintegratie.feiten.SoortAanvraag;
import nl.reintegratie.feiten.VerleendeVoorziening;
import nl.reintegratie.feiten.Werkgever;

/**
 * Checks a {@link Casus} against the vocabulary, for cases read from JSON and built in Java alike, and returns it with
 * every value in its declared Java type: a whole number where the text counts, within the declared minimum and
 * maximum, a decimal with at most the declared decimals (its size checked before any arithmetic), a date within a
 * plausible range, and dates that fit together (each error names both fields). No rule ever sees an absurd value.
 */
final class CaseValidator {
    static final LocalDate VROEGSTE_DATUM = LocalDate.of(1900, 1, 1);
    static final LocalDate LAATSTE_DATUM = LocalDate.of(2100, 12, 31);
    static final LocalDate VROEGSTE_PEILDATUM = LocalDate.of(2000, 1, 1);
    static final int HOOGSTE_LEEFTIJD = 120;
    static final int MAX_PERIODEN = 100;
    static final int MAX_TEKST = 1000;

    private final Registry registry;
    private final Vocabulary vocabulary;
    private final List<InvalidCaseException.Problem> fouten = new ArrayList<>();

    private CaseValidator(Registry registry, List<InvalidCaseException.Problem> eerder) {
        this.registry = registry;
        this.vocabulary = registry.vocabulary;
        this.fouten.addAll(eerder);
    }

    /**
     * The checked case with normalized values, or an exception listing every problem, those the reader found
     * ({@code eerder}) included, so that a caller sees them all at once.
     */
    static Casus controleer(Casus c, Registry registry, List<InvalidCaseException.Problem> eerder) {
        CaseValidator v = new CaseValidator(registry, eerder);
        Casus uit = v.casus(c);
        if (!v.fouten.isEmpty()) throw new InvalidCaseException(v.fouten);
        return uit;
    }

    private void fout(String veld, String reden) { fouten.add(new InvalidCaseException.Problem(veld, reden)); }

    private Casus casus(Casus c) {
        // the gemeente as its rule package spells it ("haaksbergen" is Haaksbergen): the same case, the same receipt
        String gemeente = c.gemeente();
        if (c.gemeente() == null || c.gemeente().isBlank()) {
            if (fouten.stream().noneMatch(f -> f.field().equals("gemeente"))) fout("gemeente", "is verplicht");
        } else {
            try {
                gemeente = registry.pakket(c.gemeente(), "gemeente").gemeente();
            } catch (InvalidCaseException e) {
                fouten.addAll(e.problems());
            }
        }
        LocalDate pd = c.peildatum();
        if (pd != null && (pd.isBefore(VROEGSTE_PEILDATUM) || pd.isAfter(LAATSTE_DATUM))) {
            fout("peildatum", pd + " is geen plausibele peildatum: kies een datum van " + VROEGSTE_PEILDATUM + " tot en met " + LAATSTE_DATUM);
            pd = null;
        } else if (pd == null && fouten.stream().noneMatch(f -> f.field().equals("peildatum"))) {
            fout("peildatum", "is verplicht");
        }
        Persoon persoon = null;
        if (c.persoon() == null) {
            if (fouten.stream().noneMatch(f -> f.field().equals("persoon"))) fout("persoon", "is verplicht");
        } else {
            persoon = new Persoon(feiten(c.persoon(), "persoon", Gegeven.Over.PERSOON));
        }
        Werkgever werkgever = c.werkgever() == null ? null : new Werkgever(feiten(c.werkgever(), "werkgever", Gegeven.Over.WERKGEVER));
        Dienstbetrekking db = c.dienstbetrekking() == null ? null
                : new Dienstbetrekking(feiten(c.dienstbetrekking(), "dienstbetrekking", Gegeven.Over.DIENSTBETREKKING));
        if (c.aanvragen().isEmpty() && c.verleendeVoorzieningen().isEmpty() && fouten.stream().noneMatch(f -> f.field().startsWith("aanvragen") || f.field().startsWith("verleendeVoorzieningen"))) {
            fout("aanvragen", "de casus heeft geen aanvraag en geen verleende voorziening: er valt niets te beslissen");
        }
        Set<String> ids = new HashSet<>();
        List<Aanvraag> aanvragen = new ArrayList<>();
        for (int i = 0; i < c.aanvragen().size(); i++) {
            Aanvraag a = c.aanvragen().get(i);
            String pad = "aanvragen[" + i + "]";
            if (a == null) { fout(pad, "is leeg"); continue; }
            onderwerp(a.getId(), a.getVoorziening(), a.getOordelen(), pad, ids);
            Map<String, Object> f = feiten(a, pad, Gegeven.Over.AANVRAAG);
            aanvragen.add(new Aanvraag(a.getId(), a.getVoorziening(), f, a.getOordelen()));
        }
        List<VerleendeVoorziening> verleend = new ArrayList<>();
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            VerleendeVoorziening v = c.verleendeVoorzieningen().get(i);
            String pad = "verleendeVoorzieningen[" + i + "]";
            if (v == null) { fout(pad, "is leeg"); continue; }
            onderwerp(v.getId(), v.getVoorziening(), v.getOordelen(), pad, ids);
            verleend.add(new VerleendeVoorziening(v.getId(), v.getVoorziening(), feiten(v, pad, Gegeven.Over.VERLEENDE_VOORZIENING), v.getOordelen()));
        }
        Casus uit = new Casus(gemeente, pd, persoon, werkgever, db, aanvragen, verleend);
        if (fouten.isEmpty() && persoon != null && pd != null) datums(uit);
        return uit;
    }

    private void onderwerp(String id, String voorziening, Map<String, Boolean> oordelen, String pad, Set<String> ids) {
        if (id == null || id.isBlank()) fout(pad + ".id", "is verplicht");
        else if (!ids.add(id)) fout(pad + ".id", "'" + id + "' komt twee keer voor in deze casus; elke aanvraag en verleende voorziening heeft een eigen id");
        if (voorziening == null || voorziening.isBlank()) {
            fout(pad + ".voorziening", "is verplicht");
        } else if (!vocabulary.voorzieningen.containsKey(voorziening)) {
            fout(pad + ".voorziening", "'" + voorziening + "' is een voorziening die geen regeling kent"
                    + Suggesties.voor(voorziening, List.copyOf(vocabulary.voorzieningen.keySet())).replace("bekende gegevens", "bekende voorzieningen"));
        }
        for (String k : oordelen.keySet()) {
            if (!registry.oordeelCodes.containsKey(k)) {
                fout(pad + ".oordelen." + k, "onbekend oordeel" + Suggesties.voor(k, List.copyOf(registry.oordeelCodes.keySet())).replace("bekende gegevens", "bekende oordelen"));
            }
        }
    }

    /** Each given fact typed and bounded by its declaration; required facts present. */
    private Map<String, Object> feiten(FactSet f, String pad, Gegeven.Over plaats) {
        Map<String, Object> uit = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : f.getGegevens().entrySet()) {
            String veld = pad + "." + e.getKey();
            Gegeven g = vocabulary.gegevens.get(e.getKey());
            if (g == null) {
                fout(veld, "onbekend gegeven" + Suggesties.voor(e.getKey(), vocabulary.op(plaats).stream().map(Gegeven::naam).toList()));
                continue;
            }
            if (!g.over().past(plaats)) {
                fout(veld, "'" + e.getKey() + "' is een gegeven over " + CaseReader.omschrijving(g.over()) + ", niet over " + CaseReader.omschrijving(plaats));
                continue;
            }
            Object w = normaliseer(g, e.getValue(), veld);
            if (w != null) uit.put(e.getKey(), w);
        }
        for (Gegeven g : vocabulary.verplichtOp(plaats)) {
            if (!uit.containsKey(g.naam()) && fouten.stream().noneMatch(x -> x.field().equals(pad + "." + g.naam()))) {
                fout(pad + "." + g.naam(), "is verplicht");
            }
        }
        return uit;
    }

    private Object normaliseer(Gegeven g, Object w, String veld) {
        switch (g.type()) {
            case JA_NEE -> {
                if (w instanceof Boolean b) return b;
                fout(veld, "moet true of false zijn; kreeg " + beschrijf(w));
                return null;
            }
            case AANTAL, GETAL, BEDRAG -> {
                BigDecimal b = getal(w, veld);
                if (b == null) return null;
                if (g.type() == Gegeven.Type.AANTAL) {
                    if (b.signum() != 0 && b.stripTrailingZeros().scale() > 0) {
                        fout(veld, b.toPlainString() + " is geen geheel getal: " + g.naam() + " telt in hele eenheden");
                        return null;
                    }
                }
                if (!binnenGrenzen(g, b, veld)) return null;
                if (g.type() == Gegeven.Type.AANTAL) return b.intValueExact();
                if (g.decimalen() != null && b.signum() != 0 && b.stripTrailingZeros().scale() > g.decimalen()) {
                    fout(veld, b.toPlainString() + " heeft meer dan " + g.decimalen() + " decimalen");
                    return null;
                }
                return b;
            }
            case DATUM -> {
                return datum(w, veld, fouten);
            }
            case KEUZE -> {
                if (w instanceof String s && g.keuzes().contains(s)) return s;
                fout(veld, beschrijf(w) + " is geen van: " + String.join(", ", g.keuzes()));
                return null;
            }
            case TEKST -> {
                if (g.naam().equals("burgerservicenummer")) {
                    // never echo a BSN in an error message
                    if (!(w instanceof String s) || !elfproef(s)) { fout(veld, "is geen geldig burgerservicenummer (negen cijfers die de elfproef doorstaan)"); return null; }
                    return s;
                }
                if (!(w instanceof String s)) { fout(veld, "moet tekst zijn; kreeg " + beschrijf(w)); return null; }
                if (s.length() > MAX_TEKST) { fout(veld, "is langer dan " + MAX_TEKST + " tekens"); return null; }
                return s;
            }
            case PERIODE -> {
                return periode(w, veld);
            }
            case PERIODEN -> {
                List<?> lijst = w instanceof List<?> l ? l : w instanceof JsonNode n && n.isArray() ? toList(n) : null;
                if (lijst == null) { fout(veld, "moet een lijst van perioden {vanaf, totEnMet} zijn; kreeg " + beschrijf(w)); return null; }
                if (lijst.size() > MAX_PERIODEN) { fout(veld, "ten hoogste " + MAX_PERIODEN + " perioden; kreeg " + lijst.size()); return null; }
                List<Periode> uit = new ArrayList<>();
                for (int i = 0; i < lijst.size(); i++) {
                    Periode p = periode(lijst.get(i), veld + "[" + i + "]");
                    if (p != null) uit.add(p);
                }
                if (uit.size() != lijst.size()) return null;
                for (int i = 1; i < uit.size(); i++) {
                    if (!uit.get(i).vanaf().isAfter(uit.get(i - 1).totEnMet())) {
                        fout(veld + "[" + i + "].vanaf", uit.get(i).vanaf() + " ligt niet na het einde van de vorige periode (" + uit.get(i - 1).totEnMet()
                                + "): perioden staan op volgorde en overlappen niet");
                        return null;
                    }
                }
                return List.copyOf(uit);
            }
        }
        throw new IllegalStateException("type " + g.type());
    }

    /** The elfproef of a burgerservicenummer: nine digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, not all zero. */
    static boolean elfproef(String bsn) {
        if (bsn.length() != 9) return false;
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') return false;
            som += (i < 8 ? 9 - i : -1) * (c - '0');
        }
        return som % 11 == 0 && !bsn.equals("000000000");
    }

    private static List<Object> toList(JsonNode n) {
        List<Object> l = new ArrayList<>();
        n.forEach(l::add);
        return l;
    }

    private Periode periode(Object w, String veld) {
        Object vanaf, totEnMet;
        if (w instanceof Periode p) return p;
        if (w instanceof JsonNode n && n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("vanaf") && !k.equals("totEnMet")) fout(veld + "." + k, "onbekend veld; een periode heeft vanaf en totEnMet");
            }
            vanaf = n.hasNonNull("vanaf") ? CaseReader.waarde(n.get("vanaf")) : null;
            totEnMet = n.hasNonNull("totEnMet") ? CaseReader.waarde(n.get("totEnMet")) : null;
        } else if (w instanceof Map<?, ?> m) {
            vanaf = m.get("vanaf");
            totEnMet = m.get("totEnMet");
        } else {
            fout(veld, "moet een periode {\"vanaf\": JJJJ-MM-DD, \"totEnMet\": JJJJ-MM-DD} zijn; kreeg " + beschrijf(w));
            return null;
        }
        if (vanaf == null) fout(veld + ".vanaf", "is verplicht");
        if (totEnMet == null) fout(veld + ".totEnMet", "is verplicht");
        LocalDate v = vanaf == null ? null : datum(vanaf, veld + ".vanaf", fouten);
        LocalDate t = totEnMet == null ? null : datum(totEnMet, veld + ".totEnMet", fouten);
        if (v == null || t == null) return null;
        if (t.isBefore(v)) {
            fout(veld + ".totEnMet", t + " ligt vóór " + veld + ".vanaf " + v + ": een periode kan niet eindigen voordat zij begint");
            return null;
        }
        return new Periode(v, t);
    }

    /** A number from JSON or Java, its size checked before any arithmetic. */
    private BigDecimal getal(Object w, String veld) {
        BigDecimal b;
        if (w instanceof BigDecimal d) b = d;
        else if (w instanceof Integer || w instanceof Long || w instanceof Short || w instanceof Byte) b = BigDecimal.valueOf(((Number) w).longValue());
        else if (w instanceof BigInteger i) b = new BigDecimal(i);
        else if (w instanceof Double || w instanceof Float) {
            double d = ((Number) w).doubleValue();
            if (!Double.isFinite(d)) { fout(veld, "moet een eindig getal zijn; kreeg " + d); return null; }
            b = BigDecimal.valueOf(d);
        } else {
            fout(veld, "moet een getal zijn; kreeg " + beschrijf(w));
            return null;
        }
        if (b.scale() > 12 || b.scale() < -12 || b.precision() > 24) {
            fout(veld, "het getal is te groot of te nauwkeurig (ten hoogste 12 cijfers voor en na de komma)");
            return null;
        }
        return b;
    }

    private boolean binnenGrenzen(Gegeven g, BigDecimal b, String veld) {
        if (g.minimum() != null) {
            int c = b.compareTo(g.minimum());
            if (c < 0 || (c == 0 && g.minimumExclusief())) {
                fout(veld, b.toPlainString() + " is onmogelijk: moet " + (g.minimumExclusief() ? "meer dan " : "minstens ") + g.minimum().toPlainString() + " zijn");
                return false;
            }
        }
        if (g.maximum() != null && b.compareTo(g.maximum()) > 0) {
            fout(veld, b.toPlainString() + " is niet plausibel: ten hoogste " + g.maximum().toPlainString());
            return false;
        }
        return true;
    }

    /**
     * JJJJ-MM-DD of ten characters as a date, or {@code null} when it is not one (a 30th of February too): what
     * {@link LocalDate#parse} accepts of ten characters, without its formatter.
     */
    static LocalDate isoDatum(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int j = cijfers(s, 0, 4), m = cijfers(s, 5, 7), d = cijfers(s, 8, 10);
        if (j < 0 || m < 0 || d < 0) return null;
        try {
            return LocalDate.of(j, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int cijfers(String s, int van, int tot) {
        int w = 0;
        for (int i = van; i < tot; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            w = w * 10 + (c - '0');
        }
        return w;
    }

    /** A date as text (JJJJ-MM-DD) or {@link LocalDate}, within the plausible range. */
    static LocalDate datum(Object w, String veld, List<InvalidCaseException.Problem> fouten) {
        if (w == null) return null;
        LocalDate d;
        if (w instanceof LocalDate ld) d = ld;
        else if (w instanceof String s) {
            if (s.length() != 10) {
                fouten.add(new InvalidCaseException.Problem(veld, "'" + (s.length() > 30 ? s.substring(0, 30) + "…" : s) + "' is geen datum (JJJJ-MM-DD)"));
                return null;
            }
            d = isoDatum(s);
            if (d == null) {
                fouten.add(new InvalidCaseException.Problem(veld, "'" + s + "' is geen geldige datum (JJJJ-MM-DD)"));
                return null;
            }
        } else {
            fouten.add(new InvalidCaseException.Problem(veld, "moet een datum zijn als tekst (JJJJ-MM-DD); kreeg " + beschrijf(w)));
            return null;
        }
        if (d.isBefore(VROEGSTE_DATUM) || d.isAfter(LAATSTE_DATUM)) {
            fouten.add(new InvalidCaseException.Problem(veld, d + " is geen plausibele datum: kies een datum van " + VROEGSTE_DATUM + " tot en met " + LAATSTE_DATUM));
            return null;
        }
        return d;
    }

    static String beschrijf(Object w) {
        if (w instanceof JsonNode n) return Json.soort(n);
        if (w instanceof String s) return "de tekst \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        if (w instanceof Number n) return "het getal " + n;
        if (w == null) return "niets";
        return w.getClass().getSimpleName() + " " + w;
    }

    /** Dates that must fit together: each error names both fields. */
    private void datums(Casus c) {
        LocalDate peil = c.peildatum();
        Persoon p = c.persoon();
        LocalDate geboren = p.getGeboortedatum();
        if (geboren.isAfter(peil)) {
            fout("persoon.geboortedatum", geboren + " ligt na de peildatum " + peil + ": de persoon is dan nog niet geboren");
            return;
        }
        if (p.leeftijdOp(peil) > HOOGSTE_LEEFTIJD) {
            fout("persoon.geboortedatum", geboren + ": de persoon zou op de peildatum " + peil + " " + p.leeftijdOp(peil) + " jaar oud zijn; dat is niet plausibel");
        }
        Dienstbetrekking db = c.dienstbetrekking();
        regels(p, "persoon", c, false, null);
        if (c.werkgever() != null) regels(c.werkgever(), "werkgever", c, false, null);
        if (db != null) regels(db, "dienstbetrekking", c, false, null);
        for (int i = 0; i < c.aanvragen().size(); i++) {
            Aanvraag a = c.aanvragen().get(i);
            String pad = "aanvragen[" + i + "]";
            Vocabulary.Voorzieningsoort soort = vocabulary.voorzieningen.get(a.getVoorziening());
            regels(a, pad, c, soort != null && soort.bijDienstbetrekking(), null);
            SoortAanvraag s = SoortAanvraag.vanCode(a.keuze("soort"));
            boolean eerdere = !a.getEerderePerioden().isEmpty();
            if (s == null && eerdere) {
                fout(pad + ".soort", "is verplicht als " + pad + ".eerderePerioden is gegeven: is dit een vervolg of een verlenging?");
            } else if (s == SoortAanvraag.EERSTE && eerdere) {
                fout(pad + ".eerderePerioden", "een eerste aanvraag (" + pad + ".soort) heeft geen eerder verleende perioden");
            }
            if (a.isAmbtshalve()) {
                if (a.datum("ontvangstdatum") != null) fout(pad + ".ontvangstdatum", "een ambtshalve beoordeling (" + pad + ".ambtshalve) heeft geen ontvangstdatum: er is geen aanvraag");
                if (a.keuze("aanvrager") != null) fout(pad + ".aanvrager", "een ambtshalve beoordeling (" + pad + ".ambtshalve) heeft geen aanvrager");
            }
        }
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            VerleendeVoorziening v = c.verleendeVoorzieningen().get(i);
            Vocabulary.Voorzieningsoort soort = vocabulary.voorzieningen.get(v.getVoorziening());
            regels(v, "verleendeVoorzieningen[" + i + "]", c, soort != null && soort.bijDienstbetrekking(), v.getVerleendOp());
        }
    }

    private void regels(FactSet f, String pad, Casus c, boolean bijDienstbetrekking, LocalDate verleendOp) {
        for (Map.Entry<String, Object> e : f.getGegevens().entrySet()) {
            Gegeven g = vocabulary.gegevens.get(e.getKey());
            if (g == null || g.datumRegels().isEmpty()) continue;
            String veld = pad + "." + e.getKey();
            Object w = e.getValue();
            for (Gegeven.DatumRegel r : g.datumRegels()) {
                if (r.alleenBijDienstbetrekking()) {
                    boolean onderwerp = pad.startsWith("aanvragen") || pad.startsWith("verleendeVoorzieningen");
                    String voor = f.keuze("gevraagdVoor");
                    if (onderwerp && (!bijDienstbetrekking || (voor != null && !voor.equals("dienstbetrekking")))) continue;
                }
                Object[] ref = referentie(r.referentie(), c, f, pad);
                if (ref == null) continue;
                String refVeld = (String) ref[0];
                LocalDate refDatum = (LocalDate) ref[1];
                List<Object[]> datums = new ArrayList<>();
                boolean eind = r.relatie() == Gegeven.DatumRegel.Relatie.EINDIGT_VOOR;
                if (w instanceof LocalDate d) datums.add(new Object[] {veld, d});
                else if (w instanceof Periode p) datums.add(new Object[] {veld + (eind ? ".totEnMet" : ".vanaf"), eind ? p.totEnMet() : p.vanaf()});
                else if (w instanceof List<?> l) {
                    for (int i = 0; i < l.size(); i++) {
                        Periode p = (Periode) l.get(i);
                        datums.add(new Object[] {veld + "[" + i + "]" + (eind ? ".totEnMet" : ".vanaf"), eind ? p.totEnMet() : p.vanaf()});
                    }
                }
                for (Object[] x : datums) {
                    String v = (String) x[0];
                    LocalDate d = (LocalDate) x[1];
                    switch (r.relatie()) {
                        case NIET_NA -> {
                            if (d.isAfter(refDatum)) fout(v, d + " ligt na " + refVeld + " " + refDatum + (refVeld.equals("de peildatum") ? "; dat kan nog niet zijn gebeurd" : ""));
                        }
                        case NIET_VOOR -> {
                            if (d.isBefore(refDatum)) {
                                fout(v, d + " ligt vóór " + refVeld + " " + refDatum + (refVeld.equals("dienstbetrekking.ingangsdatum")
                                        ? ": deze voorziening hoort bij de dienstbetrekking en kan niet eerder zijn begonnen" : ""));
                            }
                        }
                        case EINDIGT_VOOR -> {
                            if (!d.isBefore(refDatum)) fout(v, d + " ligt niet vóór " + refVeld + " " + refDatum + ": een eerdere periode eindigt voordat de gevraagde begint");
                        }
                    }
                }
            }
        }
    }

    /** The date a rule compares with, and how to name it; {@code null} when the case does not give it. */
    private static Object[] referentie(String ref, Casus c, FactSet eigen, String eigenPad) {
        if (ref.equals("peildatum")) return new Object[] {"de peildatum", c.peildatum()};
        String[] d = ref.split("\\.");
        FactSet f;
        String pad;
        switch (d[0]) {
            case "persoon" -> { f = c.persoon(); pad = "persoon"; }
            case "werkgever" -> { f = c.werkgever(); pad = "werkgever"; }
            case "dienstbetrekking" -> { f = c.dienstbetrekking(); pad = "dienstbetrekking"; }
            default -> { f = eigen; pad = eigenPad; }
        }
        if (f == null) return null;
        Object w = f.getGegevens().get(d[1]);
        LocalDate datum = null;
        if (w instanceof LocalDate ld) datum = ld;
        else if (w instanceof Periode p && d.length > 2) datum = d[2].equals("totEnMet") ? p.totEnMet() : p.vanaf();
        if (datum == null) return null;
        return new Object[] {pad + "." + d[1] + (d.length > 2 ? "." + d[2] : ""), datum};
    }

}
