package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.Dienstbetrekking;
import nl.reintegratie.feiten.Persoon;
import nl.reintegratie.feiten.VerleendeVoorziening;
import nl.reintegratie.feiten.Werkgever;

/**
 * Reads a case file (a JSON tree) into a {@link Casus}: its structure and which keys stand where. Every key must be a
 * fact the vocabulary declares for that object, so nothing a caller sends is silently dropped; types, bounds and the
 * fit of the dates are then checked by {@link CaseValidator}, for cases read from JSON and built in Java alike. Every
 * problem is collected with its field path.
 */
final class CaseReader {
    static final Set<String> CASUS_VELDEN = Set.of("naam", "omschrijving", "gemeente", "peildatum", "persoon", "werkgever",
            "dienstbetrekking", "aanvragen", "verleendeVoorzieningen");
    static final Set<String> ONDERWERP_VELDEN = Set.of("id", "voorziening", "oordelen");
    static final int MAX_ONDERWERPEN = 100;

    private final Vocabulary vocabulary;
    private final List<InvalidCaseException.Problem> fouten = new ArrayList<>();

    private CaseReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A case as read, with the problems found so far (the validator adds its own and reports them all). */
    record Gelezen(Casus casus, List<InvalidCaseException.Problem> problems) {}

    static Gelezen lees(JsonNode root, Vocabulary vocabulary) {
        if (!root.isObject()) {
            throw new InvalidCaseException(InvalidCaseException.Kind.INVALID, List.of(new InvalidCaseException.Problem("$",
                    "een casus is een JSON-object met gemeente, peildatum, persoon en aanvragen; kreeg " + Json.soort(root))));
        }
        CaseReader r = new CaseReader(vocabulary);
        Casus c = r.casus(root);
        return new Gelezen(c, List.copyOf(r.fouten));
    }

    private void fout(String veld, String reden) { fouten.add(new InvalidCaseException.Problem(veld, reden)); }

    private Casus casus(JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!CASUS_VELDEN.contains(k)) fout(k, "onbekend veld; velden van een casus: " + String.join(", ", new java.util.TreeSet<>(CASUS_VELDEN)));
        }
        tekst(root, "naam");
        tekst(root, "omschrijving", CaseValidator.MAX_TEKST);
        String gemeente = tekst(root, "gemeente");
        if (gemeente == null && !root.hasNonNull("gemeente")) fout("gemeente", "is verplicht");
        Object peildatum = root.hasNonNull("peildatum") ? waarde(root.get("peildatum")) : null;
        if (!root.hasNonNull("peildatum")) fout("peildatum", "is verplicht");
        java.time.LocalDate pd = CaseValidator.datum(peildatum, "peildatum", fouten);

        Persoon persoon = null;
        JsonNode p = object(root, "persoon");
        if (p != null) persoon = new Persoon(brp(p, feiten(brpLos(p), "persoon", Gegeven.Over.PERSOON)));
        else if (!root.hasNonNull("persoon")) fout("persoon", "is verplicht");
        JsonNode w = object(root, "werkgever");
        Werkgever werkgever = w == null ? null : new Werkgever(feiten(w, "werkgever", Gegeven.Over.WERKGEVER));
        JsonNode d = object(root, "dienstbetrekking");
        Dienstbetrekking dienstbetrekking = d == null ? null : new Dienstbetrekking(feiten(d, "dienstbetrekking", Gegeven.Over.DIENSTBETREKKING));

        List<Aanvraag> aanvragen = new ArrayList<>();
        List<JsonNode> a = lijst(root, "aanvragen");
        for (int i = 0; i < a.size(); i++) {
            String pad = "aanvragen[" + i + "]";
            JsonNode n = a.get(i);
            if (!n.isObject()) { fout(pad, "moet een object zijn; kreeg " + Json.soort(n)); continue; }
            aanvragen.add(new Aanvraag(id(n, pad), voorziening(n, pad), feiten(n, pad, Gegeven.Over.AANVRAAG), oordelen(n, pad)));
        }
        List<VerleendeVoorziening> verleend = new ArrayList<>();
        List<JsonNode> v = lijst(root, "verleendeVoorzieningen");
        for (int i = 0; i < v.size(); i++) {
            String pad = "verleendeVoorzieningen[" + i + "]";
            JsonNode n = v.get(i);
            if (!n.isObject()) { fout(pad, "moet een object zijn; kreeg " + Json.soort(n)); continue; }
            verleend.add(new VerleendeVoorziening(id(n, pad), voorziening(n, pad), feiten(n, pad, Gegeven.Over.VERLEENDE_VOORZIENING), oordelen(n, pad)));
        }
        if (a.size() + v.size() > MAX_ONDERWERPEN) {
            fout("aanvragen", "een casus heeft ten hoogste " + MAX_ONDERWERPEN + " aanvragen en verleende voorzieningen samen; kreeg " + (a.size() + v.size()));
        }
        return new Casus(gemeente, pd, persoon, werkgever, dienstbetrekking, aanvragen, verleend);
    }

    private String id(JsonNode n, String pad) {
        String id = tekst(n, pad + ".id");
        if (!n.hasNonNull("id")) fout(pad + ".id", "is verplicht");
        return id == null ? "?" : id;
    }

    private String voorziening(JsonNode n, String pad) {
        String v = tekst(n, pad + ".voorziening");
        if (!n.hasNonNull("voorziening")) fout(pad + ".voorziening", "is verplicht");
        return v == null ? "?" : v;
    }

    /** The facts on one object of the case: every key a declared fact for this kind of object, values as JSON gives them. */
    private Map<String, Object> feiten(JsonNode n, String pad, Gegeven.Over plaats) {
        Map<String, Object> uit = new LinkedHashMap<>();
        boolean onderwerp = plaats == Gegeven.Over.AANVRAAG || plaats == Gegeven.Over.VERLEENDE_VOORZIENING;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            String k = e.getKey();
            if (onderwerp && ONDERWERP_VELDEN.contains(k)) continue;
            String veld = pad + "." + k;
            Gegeven g = vocabulary.gegevens.get(k);
            if (g == null) {
                fout(veld, "onbekend gegeven" + Suggesties.voor(k, vocabulary.op(plaats).stream().map(Gegeven::naam).toList()));
                continue;
            }
            if (!g.over().past(plaats)) {
                fout(veld, "'" + k + "' is een gegeven over " + omschrijving(g.over()) + " en hoort daar te staan, niet bij " + omschrijving(plaats));
                continue;
            }
            if (e.getValue().isNull()) continue;
            uit.put(k, waarde(e.getValue()));
        }
        return uit;
    }

    /**
     * The person as the BRP (Haal Centraal BRP Bevragen) names it: {@code geboorte.datum} beside or instead of
     * {@code geboortedatum}. Both given and different is an error.
     */
    private Map<String, Object> brp(JsonNode p, Map<String, Object> feiten) {
        JsonNode geboorte = p.get("geboorte");
        if (geboorte == null || geboorte.isNull()) return feiten;
        if (!geboorte.isObject()) { fout("persoon.geboorte", "moet een object zijn zoals de BRP het geeft: {\"datum\": \"JJJJ-MM-DD\"}"); return feiten; }
        for (Iterator<String> it = geboorte.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("datum")) fout("persoon.geboorte." + k, "onbekend veld; van de geboorte wordt alleen de datum gelezen");
        }
        JsonNode d = geboorte.get("datum");
        if (d == null || d.isNull()) return feiten;
        Object w = waarde(d);
        if (w instanceof String s && d.isTextual() && feiten.containsKey("geboortedatum") && !s.equals(feiten.get("geboortedatum"))) {
            fout("persoon.geboorte.datum", "verschilt van persoon.geboortedatum; geef er één");
            return feiten;
        }
        Map<String, Object> uit = new LinkedHashMap<>(feiten);
        uit.putIfAbsent("geboortedatum", w);
        return uit;
    }

    /** The person's object without the BRP group {@code geboorte}, which {@link #brp} reads. */
    private static JsonNode brpLos(JsonNode p) {
        if (!p.has("geboorte")) return p;
        com.fasterxml.jackson.databind.node.ObjectNode kopie = ((com.fasterxml.jackson.databind.node.ObjectNode) p).deepCopy();
        kopie.remove("geboorte");
        return kopie;
    }

    static String omschrijving(Gegeven.Over o) {
        return switch (o) {
            case PERSOON -> "de persoon (persoon)";
            case WERKGEVER -> "de werkgever (werkgever)";
            case DIENSTBETREKKING -> "de dienstbetrekking (dienstbetrekking)";
            case AANVRAAG -> "een aanvraag (aanvragen[])";
            case VERLEENDE_VOORZIENING -> "een verleende voorziening (verleendeVoorzieningen[])";
            case ONDERWERP -> "de voorziening (aanvragen[] of verleendeVoorzieningen[])";
        };
    }

    /** A JSON value as a plain Java value for {@link CaseValidator}: the JSON node itself for objects and lists. */
    static Object waarde(JsonNode n) {
        if (n.isBoolean()) return n.booleanValue();
        if (n.isTextual()) return n.textValue();
        if (n.isNumber()) return n.decimalValue();
        return n;
    }

    private Map<String, Boolean> oordelen(JsonNode n, String pad) {
        Map<String, Boolean> uit = new LinkedHashMap<>();
        JsonNode o = n.get("oordelen");
        if (o == null || o.isNull()) return uit;
        if (!o.isObject()) { fout(pad + ".oordelen", "moet een object zijn (oordeel → true/false); kreeg " + Json.soort(o)); return uit; }
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            var e = it.next();
            String veld = pad + ".oordelen." + e.getKey();
            if (e.getValue().isNull()) continue;
            if (!e.getValue().isBoolean()) { fout(veld, "moet true of false zijn; kreeg " + Json.soort(e.getValue())); continue; }
            uit.put(e.getKey(), e.getValue().booleanValue());
        }
        return uit;
    }

    /** A short text (a name, an id, a gemeente): at most 200 characters. */
    private String tekst(JsonNode parent, String pad) {
        return tekst(parent, pad, 200);
    }

    private String tekst(JsonNode parent, String pad, int max) {
        String veld = pad.contains(".") ? pad.substring(pad.lastIndexOf('.') + 1) : pad;
        JsonNode n = parent.get(veld);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) { fout(pad, "moet tekst zijn; kreeg " + Json.soort(n)); return null; }
        if (n.textValue().isBlank()) { fout(pad, "mag niet leeg zijn"); return null; }
        if (n.textValue().length() > max) { fout(pad, "is langer dan " + max + " tekens"); return null; }
        return n.textValue();
    }

    private JsonNode object(JsonNode parent, String veld) {
        JsonNode n = parent.get(veld);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) { fout(veld, "moet een object zijn; kreeg " + Json.soort(n)); return null; }
        return n;
    }

    private List<JsonNode> lijst(JsonNode parent, String veld) {
        JsonNode n = parent.get(veld);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) { fout(veld, "moet een lijst zijn; kreeg " + Json.soort(n)); return List.of(); }
        List<JsonNode> l = new ArrayList<>();
        for (JsonNode x : n) l.add(x);
        return l;
    }
}
