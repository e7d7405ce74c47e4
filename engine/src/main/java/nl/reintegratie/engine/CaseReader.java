package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.AfstandTotArbeidsmarkt;
import nl.reintegratie.feiten.Dienstbetrekking;
import nl.reintegratie.feiten.Employer;
import nl.reintegratie.feiten.Opleidingsniveau;
import nl.reintegratie.feiten.Person;
import nl.reintegratie.feiten.Uitkering;
import nl.reintegratie.feiten.VerleendeVoorziening;

/**
 * Reads a case file (JSON) into a {@link Casus}, collecting every problem with its field path.
 * Unknown fields are errors, so nothing a caller sends is silently dropped.
 */
final class CaseReader {
    static final Set<String> CASUS_VELDEN = Set.of("naam", "omschrijving", "gemeente", "peildatum", "persoon", "werkgever",
            "dienstbetrekking", "aanvragen", "verleendeVoorzieningen");
    static final Set<String> PERSOON_VELDEN = Set.of("geboortedatum", "behoortTotDoelgroep", "afstandTotArbeidsmarkt",
            "uitkering", "heeftStartkwalificatie", "alleenstaandeOuder", "werkloosSinds", "arbeidsbeperking",
            "vsoProOnderwijs", "doelgroepLoonkostensubsidie", "opleidingsniveau");
    static final Set<String> WERKGEVER_VELDEN = Set.of("naam");
    static final Set<String> DIENSTBETREKKING_VELDEN = Set.of("ingangsdatum", "einddatum", "urenPerWeek", "proeftijd", "beschutWerk");
    static final Set<String> AANVRAAG_VELDEN = Set.of("id", "voorziening", "ontvangstdatum", "aanvrager", "omstandigheden", "oordelen");
    static final Set<String> VERLEEND_VELDEN = Set.of("id", "voorziening", "verleendOp", "verleendOnder", "omstandigheden", "oordelen");

    private CaseReader() {}

    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) throw new InvalidCaseException("$", "the case file is empty");
        try {
            JsonNode n = Json.MAPPER.readTree(json);
            if (n == null || !n.isObject()) throw new InvalidCaseException("$", "a case must be a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String waar = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InvalidCaseException("$", "malformed JSON" + waar + ": " + e.getOriginalMessage());
        }
    }

    /** Reads gemeente and peildatum first (they select the rules), then the rest against that version's declarations. */
    static Casus lees(JsonNode root, Register register) {
        Json.Lezer l = new Json.Lezer();
        l.alleenBekend(root, "", CASUS_VELDEN);
        l.tekst(root, "", "naam", false);
        l.tekst(root, "", "omschrijving", false);
        String gemeente = l.tekst(root, "", "gemeente", true);
        LocalDate peildatum = l.datum(root, "", "peildatum", true);
        if (!l.fouten.isEmpty()) throw new InvalidCaseException(l.fouten);
        GeladenVersie versie = register.kies(gemeente, peildatum);

        Person persoon = null;
        JsonNode p = l.object(root, "", "persoon", true);
        if (p != null) {
            l.alleenBekend(p, "persoon", PERSOON_VELDEN);
            persoon = new Person(l.datum(p, "persoon", "geboortedatum", true), l.janee(p, "persoon", "behoortTotDoelgroep"),
                    keuze(l, p, "persoon", "afstandTotArbeidsmarkt", AfstandTotArbeidsmarkt.values(), AfstandTotArbeidsmarkt::code),
                    keuze(l, p, "persoon", "uitkering", Uitkering.values(), Uitkering::code),
                    l.janee(p, "persoon", "heeftStartkwalificatie"), l.janee(p, "persoon", "alleenstaandeOuder"),
                    l.datum(p, "persoon", "werkloosSinds", false), l.janee(p, "persoon", "arbeidsbeperking"),
                    l.janee(p, "persoon", "vsoProOnderwijs"), l.janee(p, "persoon", "doelgroepLoonkostensubsidie"),
                    keuze(l, p, "persoon", "opleidingsniveau", Opleidingsniveau.values(), Opleidingsniveau::code));
        }
        Employer werkgever = null;
        JsonNode w = l.object(root, "", "werkgever", false);
        if (w != null) {
            l.alleenBekend(w, "werkgever", WERKGEVER_VELDEN);
            werkgever = new Employer(l.tekst(w, "werkgever", "naam", false));
        }
        Dienstbetrekking dienstbetrekking = null;
        JsonNode d = l.object(root, "", "dienstbetrekking", false);
        if (d != null) {
            l.alleenBekend(d, "dienstbetrekking", DIENSTBETREKKING_VELDEN);
            dienstbetrekking = new Dienstbetrekking(l.datum(d, "dienstbetrekking", "ingangsdatum", true),
                    l.datum(d, "dienstbetrekking", "einddatum", false), l.getal(d, "dienstbetrekking", "urenPerWeek", true),
                    l.janee(d, "dienstbetrekking", "proeftijd"), l.janee(d, "dienstbetrekking", "beschutWerk"));
        }
        List<Aanvraag> aanvragen = new ArrayList<>();
        List<JsonNode> aNodes = l.array(root, "", "aanvragen");
        for (int i = 0; i < aNodes.size(); i++) {
            String pad = "aanvragen[" + i + "]";
            JsonNode a = aNodes.get(i);
            if (!a.isObject()) { l.fout(pad, "must be an object, got " + Json.soort(a)); continue; }
            l.alleenBekend(a, pad, AANVRAAG_VELDEN);
            aanvragen.add(new Aanvraag(l.tekst(a, pad, "id", true), l.tekst(a, pad, "voorziening", true),
                    l.datum(a, pad, "ontvangstdatum", false), aanvrager(l, a, pad),
                    omstandigheden(l, a, pad, versie), oordelen(l, a, pad, versie)));
        }
        List<VerleendeVoorziening> verleend = new ArrayList<>();
        List<JsonNode> vNodes = l.array(root, "", "verleendeVoorzieningen");
        for (int i = 0; i < vNodes.size(); i++) {
            String pad = "verleendeVoorzieningen[" + i + "]";
            JsonNode v = vNodes.get(i);
            if (!v.isObject()) { l.fout(pad, "must be an object, got " + Json.soort(v)); continue; }
            l.alleenBekend(v, pad, VERLEEND_VELDEN);
            verleend.add(new VerleendeVoorziening(l.tekst(v, pad, "id", true), l.tekst(v, pad, "voorziening", true),
                    l.datum(v, pad, "verleendOp", true), l.tekst(v, pad, "verleendOnder", false),
                    omstandigheden(l, v, pad, versie), oordelen(l, v, pad, versie)));
        }
        if (!l.fouten.isEmpty()) throw new InvalidCaseException(l.fouten);
        return new Casus(gemeente, peildatum, persoon, werkgever, dienstbetrekking, aanvragen, verleend);
    }

    private static String aanvrager(Json.Lezer l, JsonNode a, String pad) {
        String s = l.tekst(a, pad, "aanvrager", false);
        if (s != null && !s.equals("persoon") && !s.equals("werkgever")) {
            l.fout(pad + ".aanvrager", "'" + s + "' is not one of: persoon, werkgever");
            return null;
        }
        return s;
    }

    private static <E extends Enum<E>> E keuze(Json.Lezer l, JsonNode n, String pad, String veld, E[] waarden,
                                               java.util.function.Function<E, String> code) {
        String s = l.tekst(n, pad, veld, false);
        if (s == null) return null;
        for (E e : waarden) if (code.apply(e).equals(s)) return e;
        List<String> codes = new ArrayList<>();
        for (E e : waarden) codes.add(code.apply(e));
        l.fout(pad + "." + veld, "'" + s + "' is not one of: " + String.join(", ", codes));
        return null;
    }

    /** Reads the omstandigheden, typed by the version's declarations. */
    private static Map<String, Object> omstandigheden(Json.Lezer l, JsonNode a, String pad, GeladenVersie versie) {
        Map<String, Object> uit = new LinkedHashMap<>();
        JsonNode o = l.object(a, pad, "omstandigheden", false);
        if (o == null) return uit;
        var it = o.fields();
        while (it.hasNext()) {
            var e = it.next();
            String veld = pad + ".omstandigheden." + e.getKey();
            Declaraties.Omstandigheid decl = versie.omstandigheden.get(e.getKey());
            if (decl == null) {
                l.fout(veld, "unknown omstandigheid for " + versie.versie.id() + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(versie.omstandigheden.keySet())));
                continue;
            }
            JsonNode n = e.getValue();
            if (n.isNull()) continue;
            Object waarde = switch (decl.type()) {
                case JA_NEE -> l.janeeWaarde(n, veld);
                case GETAL -> l.getalWaarde(n, veld);
                case DATUM -> l.datumWaarde(n, veld);
                case KEUZE -> {
                    if (!n.isTextual() || !decl.keuzes().contains(n.asText())) {
                        l.fout(veld, Json.soort(n) + " is not one of: " + String.join(", ", decl.keuzes()));
                        yield null;
                    }
                    yield n.asText();
                }
            };
            if (waarde != null) uit.put(e.getKey(), waarde);
        }
        return uit;
    }

    private static Map<String, Boolean> oordelen(Json.Lezer l, JsonNode a, String pad, GeladenVersie versie) {
        Map<String, Boolean> uit = new LinkedHashMap<>();
        JsonNode o = l.object(a, pad, "oordelen", false);
        if (o == null) return uit;
        var it = o.fields();
        while (it.hasNext()) {
            var e = it.next();
            String veld = pad + ".oordelen." + e.getKey();
            if (!versie.oordelen.containsKey(e.getKey())) {
                l.fout(veld, "unknown oordeel for " + versie.versie.id() + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(versie.oordelen.keySet())));
                continue;
            }
            if (e.getValue().isNull()) continue;
            Boolean b = l.janeeWaarde(e.getValue(), veld);
            if (b != null) uit.put(e.getKey(), b);
        }
        return uit;
    }
}
