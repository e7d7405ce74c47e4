package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON Schema (2020-12) of a case file and of a scenario file, generated from the declarations — the shared
 * vocabulary, each package's own facts, voorzieningen and judgements — so that it cannot drift from what the reader
 * accepts. An editor that knows JSON Schema then completes and checks a case as it is typed. The schema of one version
 * documents, per fact, which of its rules read it.
 */
final class SchemaGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private SchemaGenerator() {}

    /** The case schema for all gemeenten ({@code versie == null}) or one version. */
    static ObjectNode casus(Registry registry, LoadedVersion versie) {
        ObjectNode s = F.objectNode();
        s.put("$schema", DRAFT);
        s.put("$id", "urn:nl-reintegratie:schema:casus" + (versie == null ? "" : ":" + versie.versie.id()));
        s.put("title", versie == null ? "Casus" : "Casus voor " + versie.versie.gemeente() + " (" + versie.versie.id() + ", " + versie.versie.periode() + ")");
        s.put("description", "Een situatie: de persoon, de werkgever, de dienstbetrekking, de aanvragen en de al verleende voorzieningen, op een peildatum. "
                + "Een gegeven dat de regeling niet gebruikt, wordt aanvaard en in het besluit als niet gebruikt genoemd.");
        Map<String, Set<String>> gebruik = versie == null ? Map.of() : gebruik(versie);
        ObjectNode defs = s.putObject("$defs");
        defs.set("periode", periode());
        defs.set("persoon", houder("De persoon voor wie een voorziening wordt gevraagd of is verleend.", registry.vocabulary, Gegeven.Over.PERSOON, gebruik, "persoon."));
        defs.set("werkgever", houder("De werkgever.", registry.vocabulary, Gegeven.Over.WERKGEVER, gebruik, "werkgever."));
        defs.set("dienstbetrekking", houder("De dienstbetrekking (begonnen of aangeboden).", registry.vocabulary, Gegeven.Over.DIENSTBETREKKING, gebruik, "dienstbetrekking."));
        ObjectNode aanvraag = houder("Een aanvraag om een voorziening.", registry.vocabulary, Gegeven.Over.AANVRAAG, gebruik, "aanvraag.", "onderwerp.");
        onderwerp(aanvraag, registry, versie);
        defs.set("aanvraag", aanvraag);
        ObjectNode verleend = houder("Een voorziening die al is verleend en op de peildatum loopt.", registry.vocabulary, Gegeven.Over.VERLEENDE_VOORZIENING, gebruik,
                "verleende-voorziening.", "onderwerp.");
        onderwerp(verleend, registry, versie);
        defs.set("verleendeVoorziening", verleend);
        s.put("type", "object");
        ArrayNode req = s.putArray("required");
        req.add("gemeente").add("peildatum").add("persoon");
        ObjectNode p = s.putObject("properties");
        p.putObject("naam").put("type", "string").put("maxLength", 200).put("description", "Een naam voor de casus, voor de lezer.");
        p.putObject("omschrijving").put("type", "string").put("maxLength", CaseValidator.MAX_TEKST).put("description", "Een omschrijving, voor de lezer.");
        ObjectNode gemeente = p.putObject("gemeente").put("type", "string").put("description", "De gemeente wier regels gelden.");
        ArrayNode g = gemeente.putArray("enum");
        if (versie == null) registry.gemeenten().forEach(g::add);
        else g.add(versie.versie.gemeente());
        p.set("peildatum", datum("De datum waarop wordt beoordeeld: zij kiest de regeling die geldt, en leeftijden en termijnen worden ertegen berekend."
                + (versie == null ? "" : " Deze versie geldt " + versie.versie.periode() + ".")));
        p.putObject("persoon").put("$ref", "#/$defs/persoon");
        p.putObject("werkgever").put("$ref", "#/$defs/werkgever");
        p.putObject("dienstbetrekking").put("$ref", "#/$defs/dienstbetrekking");
        ObjectNode a = p.putObject("aanvragen").put("type", "array").put("maxItems", CaseReader.MAX_ONDERWERPEN);
        a.putObject("items").put("$ref", "#/$defs/aanvraag");
        ObjectNode v = p.putObject("verleendeVoorzieningen").put("type", "array").put("maxItems", CaseReader.MAX_ONDERWERPEN);
        v.putObject("items").put("$ref", "#/$defs/verleendeVoorziening");
        ArrayNode een = s.putArray("anyOf");
        ObjectNode metAanvraag = een.addObject();
        metAanvraag.putObject("properties").putObject("aanvragen").put("minItems", 1);
        metAanvraag.putArray("required").add("aanvragen");
        ObjectNode metVoorziening = een.addObject();
        metVoorziening.putObject("properties").putObject("verleendeVoorzieningen").put("minItems", 1);
        metVoorziening.putArray("required").add("verleendeVoorzieningen");
        s.put("additionalProperties", false);
        return s;
    }

    private static void onderwerp(ObjectNode h, Registry registry, LoadedVersion versie) {
        ObjectNode p = (ObjectNode) h.get("properties");
        p.putObject("id").put("type", "string").put("minLength", 1).put("maxLength", 200).put("description", "Het id van de aanvraag of voorziening, uniek in de casus.");
        ObjectNode vz = p.putObject("voorziening").put("type", "string").put("description", "De code van de voorziening.");
        ArrayNode e = vz.putArray("enum");
        registry.vocabulary.voorzieningen.keySet().forEach(e::add);
        ObjectNode o = p.putObject("oordelen").put("type", "object")
                .put("description", "De oordelen van het college ('naar het oordeel van het college'): code → ja/nee. Een oordeel dat ontbreekt, is open.");
        ObjectNode op = o.putObject("properties");
        Map<String, String> vragen = new TreeMap<>();
        for (Registry.Pakket pk : registry.pakketten()) {
            for (RegelingDescriptor r : pk.regelingen()) {
                if (versie != null && !versie.regelingen.contains(r)) continue;
                r.oordelen.values().forEach(x -> vragen.merge(x.code(), x.vraag() + " (" + r.info.citeertitel() + ", " + Regelingen.kort("art. " + x.artikel(), x.lid(), x.onderdeel()) + ")",
                        (a, b) -> a + "; " + b));
            }
        }
        if (versie != null) registry.oordeelCodes.keySet().forEach(c -> vragen.putIfAbsent(c, "Een oordeel dat de regelingen van " + versie.versie.id() + " niet vragen."));
        vragen.forEach((code, vraag) -> op.putObject(code).put("type", "boolean").put("description", vraag));
        o.put("additionalProperties", false);
        ArrayNode req = h.has("required") ? (ArrayNode) h.get("required") : h.putArray("required");
        req.add("id").add("voorziening");
    }

    private static ObjectNode houder(String omschrijving, Vocabulary voc, Gegeven.Over over, Map<String, Set<String>> gebruik, String... paden) {
        ObjectNode h = F.objectNode();
        h.put("type", "object");
        h.put("description", omschrijving);
        ObjectNode p = h.putObject("properties");
        ArrayNode req = F.arrayNode();
        for (Gegeven g : voc.op(over)) {
            ObjectNode f = veld(g);
            Set<String> door = new TreeSet<>();
            for (String pad : paden) door.addAll(gebruik.getOrDefault(pad + g.naam(), Set.of()));
            if (!door.isEmpty()) f.put("description", f.path("description").asText() + " Gelezen door: " + String.join("; ", door) + ".");
            p.set(g.naam(), f);
            if (g.verplicht()) req.add(g.naam());
        }
        if (!req.isEmpty()) h.set("required", req);
        h.put("additionalProperties", false);
        return h;
    }

    static ObjectNode veld(Gegeven g) {
        ObjectNode f = F.objectNode();
        String beschrijving = g.omschrijving() + (g.bron() == null ? "" : " (" + g.bron() + ")");
        switch (g.type()) {
            case JA_NEE -> f.set("type", types("boolean", g));
            case AANTAL -> { f.set("type", types("integer", g)); grenzen(f, g); }
            case GETAL, BEDRAG -> { f.set("type", types("number", g)); grenzen(f, g); }
            case DATUM -> { f.set("type", types("string", g)); f.put("format", "date"); f.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"); }
            case KEUZE -> { f.set("type", types("string", g)); ArrayNode e = f.putArray("enum"); g.keuzes().forEach(e::add); if (!g.verplicht()) e.addNull(); }
            case TEKST -> { f.set("type", types("string", g)); f.put("maxLength", CaseValidator.MAX_TEKST); }
            case PERIODE -> f.putArray("anyOf").add(F.objectNode().put("$ref", "#/$defs/periode")).add(F.objectNode().put("type", "null"));
            case PERIODEN -> {
                f.set("type", types("array", g));
                f.put("maxItems", CaseValidator.MAX_PERIODEN);
                f.putObject("items").put("$ref", "#/$defs/periode");
            }
        }
        f.put("description", beschrijving);
        return f;
    }

    private static JsonNode types(String type, Gegeven g) {
        if (g.verplicht()) return F.textNode(type);
        return F.arrayNode().add(type).add("null");
    }

    private static void grenzen(ObjectNode f, Gegeven g) {
        if (g.minimum() != null) {
            if (g.minimumExclusief()) f.put("exclusiveMinimum", g.minimum());
            else f.put("minimum", g.minimum());
        }
        if (g.maximum() != null) f.put("maximum", g.maximum());
    }

    private static ObjectNode datum(String omschrijving) {
        return F.objectNode().put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("description", omschrijving);
    }

    private static ObjectNode periode() {
        ObjectNode p = F.objectNode().put("type", "object").put("description", "Een periode van hele dagen: van vanaf tot en met totEnMet.");
        p.putArray("required").add("vanaf").add("totEnMet");
        ObjectNode pp = p.putObject("properties");
        pp.set("vanaf", datum("De eerste dag."));
        pp.set("totEnMet", datum("De laatste dag (tot en met)."));
        p.put("additionalProperties", false);
        return p;
    }

    /** Which rules read each fact path, as citations ("Art. 12C lid 2 onder c"), from the usage index of the version. */
    private static Map<String, Set<String>> gebruik(LoadedVersion v) {
        Map<String, Set<String>> m = new TreeMap<>();
        ClassLoader loader = v.loader();
        for (RegelingDescriptor r : v.regelingen) {
            String pad = Regelingen.gebruikPad(r.info.id());
            if (loader.getResource(pad) == null) continue;
            JsonNode n = Json.resource(loader, pad);
            n.path("gegevens").fields().forEachRemaining(e -> {
                Set<String> s = m.computeIfAbsent(e.getKey(), k -> new TreeSet<>());
                for (JsonNode regel : e.getValue()) {
                    String naam = regel.asText();
                    int streep = naam.indexOf(" — ");
                    s.add(r.info.id() + " " + (streep > 0 ? naam.substring(0, streep) : naam));
                }
            });
        }
        return m;
    }

    /** The scenario file schema: a case (the basis) and scenarios that override it, each with what is expected. */
    static ObjectNode scenario(Registry registry) {
        ObjectNode s = F.objectNode();
        s.put("$schema", DRAFT);
        s.put("$id", "urn:nl-reintegratie:schema:scenario");
        s.put("title", "Scenariobestand");
        s.put("description", "Een casus (basis) en scenario's die er velden van overschrijven (objecten sleutel voor sleutel, lijsten element voor element, null verwijdert), elk met wat wordt verwacht.");
        ObjectNode casus = casus(registry, null);
        ObjectNode defs = s.putObject("$defs");
        casus.get("$defs").fields().forEachRemaining(e -> defs.set(e.getKey(), e.getValue()));
        ObjectNode deel = casus.deepCopy();
        deel.remove("$defs");
        deel.remove("$schema");
        deel.remove("$id");
        deel.remove("required");
        deel.remove("anyOf");
        defs.set("casus", deel);
        defs.set("verwacht", verwacht());
        s.put("type", "object");
        ObjectNode p = s.putObject("properties");
        p.putObject("titel").put("type", "string");
        p.putObject("omschrijving").put("type", "string");
        p.putObject("basis").put("$ref", "#/$defs/casus");
        ObjectNode sc = p.putObject("scenarios").put("type", "array").put("minItems", 1);
        ObjectNode item = sc.putObject("items");
        item.put("type", "object");
        item.putArray("required").add("naam").add("verwacht");
        ObjectNode ip = item.putObject("properties");
        ip.putObject("naam").put("type", "string").put("description", "Een zin die zegt wat het scenario laat zien.");
        ip.putObject("verwacht").put("$ref", "#/$defs/verwacht");
        deel.get("properties").fields().forEachRemaining(e -> ip.set(e.getKey(), F.objectNode().put("description", "Overschrijft dit veld van de basis (null verwijdert het).")));
        item.put("additionalProperties", false);
        s.put("additionalProperties", false);
        return s;
    }

    private static ObjectNode verwacht() {
        ObjectNode v = F.objectNode().put("type", "object").put("description", "Per id van een aanvraag of verleende voorziening wat er wordt verwacht; bovenaan versie, nietGebruikt (velden die als niet gebruikt moeten zijn vermeld), gebruikt (velden die dat niet mogen zijn) of fout.");
        ObjectNode p = v.putObject("properties");
        p.putObject("versie").put("type", "string");
        p.putObject("nietGebruikt").put("type", "array").putObject("items").put("type", "string");
        p.putObject("gebruikt").put("type", "array").putObject("items").put("type", "string");
        ObjectNode fout = p.putObject("fout").put("type", "object");
        fout.putObject("properties").putObject("veld").put("type", "string");
        ((ObjectNode) fout.get("properties")).putObject("reden").put("type", "string");
        fout.put("additionalProperties", false);
        ObjectNode per = v.putObject("additionalProperties").put("type", "object");
        ObjectNode pp = per.putObject("properties");
        ArrayNode uitkomsten = pp.putObject("uitkomst").put("type", "string").putArray("enum");
        for (Uitkomst u : Uitkomst.values()) uitkomsten.add(u.name());
        ObjectNode citaat = F.objectNode();
        citaat.putArray("anyOf").add(F.objectNode().put("type", "string")).add(F.objectNode().put("type", "object").set("properties", F.objectNode()
                .set("code", F.objectNode().put("type", "string"))));
        for (String k : List.of("weigeringsgronden", "beeindigingsgronden", "afgeschermd", "openOordelen", "ontbrekendeGegevens", "grondslagen", "opmerkingen")) {
            pp.putObject(k).put("type", "array").set("items", citaat.deepCopy());
        }
        ObjectNode statussen = pp.putObject("voorwaarden").put("type", "object");
        statussen.putObject("additionalProperties").putArray("enum").add("VERVULD").add("NIET_VERVULD").add("ONBEKEND");
        pp.putObject("berekeningen").put("type", "object").putObject("additionalProperties").putArray("type").add("number").add("null");
        pp.putObject("termijnen").put("type", "object");
        pp.putObject("overgangsrecht").put("type", "object");
        pp.putObject("afwezig").put("type", "array").putObject("items").put("type", "string");
        per.put("additionalProperties", false);
        return v;
    }

}
