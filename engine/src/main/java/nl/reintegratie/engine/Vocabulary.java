package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every fact a case can give: the shared vocabulary of the engine plus what each rule package declares as its own,
 * and every voorziening code. Immutable once built. The reader types and bounds every value by it; the build-time
 * rule check reads the same declarations.
 */
final class Vocabulary {
    static final String GEDEELD = "nl/reintegratie/vocabulaire.json";

    /** A voorziening code as the shared vocabulary declares it. */
    record Voorzieningsoort(String code, String naam, String omschrijving, boolean bijDienstbetrekking, boolean opdracht) {}

    final Map<String, Gegeven> gegevens;
    final Map<String, Voorzieningsoort> voorzieningen;

    private Vocabulary(Map<String, Gegeven> gegevens, Map<String, Voorzieningsoort> voorzieningen) {
        this.gegevens = Collections.unmodifiableMap(gegevens);
        this.voorzieningen = Collections.unmodifiableMap(voorzieningen);
    }

    /** Builds the vocabulary from the shared file and the packages' own declarations ({@code eigen}: regeling id → array). */
    static Vocabulary bouw(JsonNode gedeeld, Map<String, JsonNode> eigen, Map<String, JsonNode> eigenVoorzieningen) {
        Map<String, Gegeven> g = new LinkedHashMap<>();
        for (JsonNode n : gedeeld.path("gegevens")) voegToe(g, lees(n, "gedeeld"));
        for (Map.Entry<String, JsonNode> e : eigen.entrySet()) for (JsonNode n : e.getValue()) voegToe(g, lees(n, e.getKey()));
        Map<String, Voorzieningsoort> v = new TreeMap<>();
        for (JsonNode n : gedeeld.path("voorzieningen")) voegToe(v, voorziening(n));
        for (JsonNode lijst : eigenVoorzieningen.values()) for (JsonNode n : lijst) voegToe(v, voorziening(n));
        return new Vocabulary(g, v);
    }

    private static void voegToe(Map<String, Gegeven> g, Gegeven nieuw) {
        Gegeven eerder = g.putIfAbsent(nieuw.naam(), nieuw);
        if (eerder != null) {
            throw new IllegalStateException("fact '" + nieuw.naam() + "' is declared twice (" + eerder.herkomst() + " and " + nieuw.herkomst()
                    + "); a fact two rule packages need belongs in the shared vocabulary " + GEDEELD);
        }
    }

    private static void voegToe(Map<String, Voorzieningsoort> v, Voorzieningsoort nieuw) {
        if (v.putIfAbsent(nieuw.code(), nieuw) != null) throw new IllegalStateException("voorziening '" + nieuw.code() + "' is declared twice");
    }

    private static Voorzieningsoort voorziening(JsonNode n) {
        String code = verplicht(n, "code", "voorziening");
        return new Voorzieningsoort(code, verplicht(n, "naam", "voorziening " + code), n.path("omschrijving").asText(null),
                n.path("bijDienstbetrekking").asBoolean(false), n.path("opdracht").asBoolean(false));
    }

    static Gegeven lees(JsonNode n, String herkomst) {
        String naam = verplicht(n, "naam", "fact");
        String wat = "fact '" + naam + "' (" + herkomst + ")";
        Gegeven.Over over = Gegeven.Over.vanCode(verplicht(n, "over", wat));
        if (over == null) throw new IllegalStateException(wat + ": 'over' must be one of persoon, werkgever, dienstbetrekking, aanvraag, verleende-voorziening, onderwerp");
        Gegeven.Type type = Gegeven.Type.vanCode(verplicht(n, "type", wat));
        if (type == null) throw new IllegalStateException(wat + ": unknown type '" + n.path("type").asText() + "'");
        List<String> keuzes = new ArrayList<>();
        for (JsonNode k : n.path("keuzes")) keuzes.add(k.asText());
        if (type == Gegeven.Type.KEUZE && keuzes.isEmpty()) throw new IllegalStateException(wat + ": a keuze needs 'keuzes'");
        List<Gegeven.DatumRegel> regels = new ArrayList<>();
        for (JsonNode r : n.path("datumRegels")) {
            Gegeven.DatumRegel dr = Gegeven.DatumRegel.vanCode(r.asText());
            if (dr == null) throw new IllegalStateException(wat + ": unknown datumRegel '" + r.asText() + "'");
            regels.add(dr);
        }
        BigDecimal min = n.hasNonNull("minimum") ? n.get("minimum").decimalValue() : null;
        BigDecimal max = n.hasNonNull("maximum") ? n.get("maximum").decimalValue() : null;
        Integer decimalen = n.hasNonNull("decimalen") ? n.get("decimalen").asInt() : null;
        boolean getal = type == Gegeven.Type.AANTAL || type == Gegeven.Type.GETAL || type == Gegeven.Type.BEDRAG;
        if (getal && (min == null || max == null)) throw new IllegalStateException(wat + ": a number needs 'minimum' and 'maximum'");
        if (type == Gegeven.Type.AANTAL) {
            decimalen = 0;
            if (max.compareTo(BigDecimal.valueOf(1_000_000)) > 0) throw new IllegalStateException(wat + ": an aantal's maximum must be at most 1000000");
        }
        if (type == Gegeven.Type.BEDRAG && decimalen == null) decimalen = 2;
        if (type == Gegeven.Type.GETAL && decimalen == null) throw new IllegalStateException(wat + ": a getal needs 'decimalen'");
        if (getal && max.abs().compareTo(new BigDecimal("1e12")) > 0) throw new IllegalStateException(wat + ": bounds beyond 10^12 are not plausible");
        return new Gegeven(naam, over, type, n.path("verplicht").asBoolean(false), verplicht(n, "omschrijving", wat), keuzes,
                min, n.path("minimumExclusief").asBoolean(false), max, decimalen, regels, n.path("bron").asText(null), herkomst,
                n.path("informatief").asBoolean(false));
    }

    private static String verplicht(JsonNode n, String veld, String wat) {
        if (!n.hasNonNull(veld) || n.get(veld).asText().isBlank()) throw new IllegalStateException(wat + ": '" + veld + "' is required");
        return n.get(veld).asText();
    }

    private final java.util.concurrent.ConcurrentHashMap<Gegeven.Over, List<Gegeven>> perPlaats = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<Gegeven.Over, List<Gegeven>> verplichtPerPlaats = new java.util.concurrent.ConcurrentHashMap<>();

    /** The facts that may stand on this kind of object, by name (computed once per kind). */
    List<Gegeven> op(Gegeven.Over plaats) {
        List<Gegeven> op = perPlaats.get(plaats);
        if (op == null) {
            List<Gegeven> l = new ArrayList<>();
            for (Gegeven g : gegevens.values()) if (g.over().past(plaats)) l.add(g);
            List<Gegeven> eerder = perPlaats.putIfAbsent(plaats, op = List.copyOf(l));
            if (eerder != null) op = eerder;
        }
        return op;
    }

    /** The facts a case must give on this kind of object. */
    List<Gegeven> verplichtOp(Gegeven.Over plaats) {
        List<Gegeven> verplicht = verplichtPerPlaats.get(plaats);
        if (verplicht == null) {
            List<Gegeven> l = new ArrayList<>();
            for (Gegeven g : op(plaats)) if (g.verplicht()) l.add(g);
            List<Gegeven> eerder = verplichtPerPlaats.putIfAbsent(plaats, verplicht = Collections.unmodifiableList(l));
            if (eerder != null) verplicht = eerder;
        }
        return verplicht;
    }
}
