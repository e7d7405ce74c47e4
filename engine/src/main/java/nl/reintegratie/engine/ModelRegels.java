package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;

/**
 * The rules of the model verordening that the regelingen share word for word ({@code reintegratie-modelregels}): one
 * DRL file per provision of the model, each rule marked {@code @model(key)}, compiled once into Drools' executable
 * model. A regeling applies a provision by naming its key in its descriptor's {@code "modelregels"} with its own
 * article (and lid); a version's rule base then holds the provision's rules beside the regeling's own, and the engine
 * cites the regeling's article. Found like a rule package, through {@code META-INF/reintegratie/modelregels.json};
 * absent, a regeling that names a model provision cannot be loaded.
 */
final class ModelRegels {
    static final String DESCRIPTOR = "META-INF/reintegratie/modelregels.json";

    /**
     * A regeling's use of a model provision: its key, where the regeling holds it (artikel, and lid or {@code null}),
     * and where its leden and onderdelen are numbered otherwise than the model rules number them: {@code "plaatsen"},
     * from the model's place ({@code "lid 3"}, {@code "lid 3 onder d"}) to the regeling's ({@code "lid 4"},
     * {@code "lid 4 onder c"}); and the places of the model whose rules the regeling does not apply, because it says
     * something else there and has its own rules for it: {@code "zonder": ["lid 2", "lid 3 onder b"]}, in the model's
     * numbering; and the regeling's own entries in its interpretation register that the applied rules rest on besides
     * the project's: {@code "interpretaties": {"*": ["HB-06"], "lid 3 onder a": ["HB-26"]}}, per place of the model
     * ({@code "*"}: every rule of the provision), added to the rules' {@code @interpretatie} in every finding; and
     * {@code "wijktVoorPlicht"} ({@code "elke"} or {@code "wettelijke"}) where the regeling that applies the provision is
     * one whose conditions and grounds yield to a duty (beleidsregels, L-20 item 2): every rule of the provision then
     * yields as a package rule with {@code @wijktVoorPlicht} does, unless the model rule names its own.
     */
    record Toepassing(String model, String artikel, String lid, Map<String, String> plaatsen, Set<String> zonder,
                      Map<String, List<String>> interpretaties, String wijktVoorPlicht) {
        static Toepassing lees(JsonNode n, String pad) {
            String model = n.path("model").asText(""), artikel = n.path("artikel").asText("");
            if (model.isBlank() || artikel.isBlank()) {
                throw new IllegalStateException(pad + ": every entry of 'modelregels' needs \"model\" (a key of the model rules) and \"artikel\" (where the regeling holds it)");
            }
            Map<String, String> plaatsen = new LinkedHashMap<>();
            for (java.util.Iterator<Map.Entry<String, JsonNode>> i = n.path("plaatsen").fields(); i.hasNext(); ) {
                Map.Entry<String, JsonNode> e = i.next();
                if (plaats(e.getKey()) == null || plaats(e.getValue().asText()) == null) {
                    throw new IllegalStateException(pad + ": modelregels '" + model + "': plaatsen \"" + e.getKey() + "\": \"" + e.getValue().asText()
                            + "\" — write \"lid 3\" or \"lid 3 onder d\" on both sides");
                }
                plaatsen.put(e.getKey(), e.getValue().asText());
            }
            Set<String> zonder = new java.util.LinkedHashSet<>();
            for (JsonNode z : n.path("zonder")) {
                if (plaats(z.asText()) == null && !z.asText().trim().matches("onder\\s+\\S+")) {
                    throw new IllegalStateException(pad + ": modelregels '" + model + "': zonder \"" + z.asText() + "\" — write \"lid 2\", \"lid 3 onder b\" or \"onder b\" (the model's numbering)");
                }
                zonder.add(z.asText().trim().replaceAll("\\s+", " "));
            }
            Map<String, List<String>> interpretaties = new LinkedHashMap<>();
            JsonNode in = n.path("interpretaties");
            if (!in.isMissingNode() && !in.isObject()) {
                throw new IllegalStateException(pad + ": modelregels '" + model + "': interpretaties — write an object from a place of the model (\"*\", \"lid 3\", \"lid 3 onder a\", \"onder a\") to a list of entries of the interpretation register");
            }
            for (java.util.Iterator<Map.Entry<String, JsonNode>> i = in.fields(); i.hasNext(); ) {
                Map.Entry<String, JsonNode> e = i.next();
                String plaats = e.getKey().trim().replaceAll("\\s+", " ");
                if (!plaats.equals("*") && plaats(plaats) == null && !plaats.matches("onder \\S+")) {
                    throw new IllegalStateException(pad + ": modelregels '" + model + "': interpretaties \"" + e.getKey() + "\" — write \"*\", \"lid 3\", \"lid 3 onder a\" or \"onder a\" (the model's numbering)");
                }
                List<String> ids = new ArrayList<>();
                if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                    throw new IllegalStateException(pad + ": modelregels '" + model + "': interpretaties \"" + e.getKey() + "\" — write a non-empty list of entries, such as [\"HB-06\"]");
                }
                for (JsonNode id : e.getValue()) {
                    if (!id.isTextual() || id.asText().isBlank()) {
                        throw new IllegalStateException(pad + ": modelregels '" + model + "': interpretaties \"" + e.getKey() + "\" — every entry is the heading of an interpretation, such as \"HB-06\"");
                    }
                    ids.add(id.asText().trim());
                }
                interpretaties.put(plaats, List.copyOf(ids));
            }
            String wijkt = n.hasNonNull("wijktVoorPlicht") ? n.get("wijktVoorPlicht").asText() : null;
            if (wijkt != null && !wijkt.equals("elke") && !wijkt.equals("wettelijke")) {
                throw new IllegalStateException(pad + ": modelregels '" + model + "': wijktVoorPlicht \"" + wijkt
                        + "\" — write \"elke\" (the provision yields to every duty) or \"wettelijke\" (only to a duty of the Participatiewet)");
            }
            return new Toepassing(model, artikel, n.hasNonNull("lid") ? n.get("lid").asText() : null, Collections.unmodifiableMap(plaatsen),
                    Collections.unmodifiableSet(zonder), Collections.unmodifiableMap(interpretaties), wijkt);
        }

        /**
         * The regeling's own interpretations for the model rule at the model's {@code lid} and {@code onderdeel}: those
         * for every rule ({@code "*"}), for its lid, for its onderdeel, in that order, each once.
         */
        List<String> interpretatiesVoor(String lid, String onderdeel) {
            if (interpretaties.isEmpty()) return List.of();
            java.util.LinkedHashSet<String> uit = new java.util.LinkedHashSet<>(interpretaties.getOrDefault("*", List.of()));
            if (lid != null) uit.addAll(interpretaties.getOrDefault("lid " + lid, List.of()));
            if (onderdeel != null) {
                uit.addAll(interpretaties.getOrDefault(lid == null ? "onder " + onderdeel : "lid " + lid + " onder " + onderdeel, List.of()));
            }
            return List.copyOf(uit);
        }

        /** Whether the regeling applies the model rule at the model's {@code lid} and {@code onderdeel} (not in "zonder"). */
        boolean past(String lid, String onderdeel) {
            if (lid == null) return onderdeel == null || !zonder.contains("onder " + onderdeel);
            return !zonder.contains("lid " + lid) && (onderdeel == null || !zonder.contains("lid " + lid + " onder " + onderdeel));
        }

        /** The regeling's lid and onderdeel for a model rule's {@code @lid} and {@code @onderdeel} (either may be null). */
        String[] plaatsIn(String lid, String onderdeel) {
            if (lid == null) return new String[] {this.lid, onderdeel};
            String[] p = onderdeel == null ? null : plaats(plaatsen.get("lid " + lid + " onder " + onderdeel));
            if (p != null) return p;
            p = plaats(plaatsen.get("lid " + lid));
            // "lid 4": "lid 4 onder a" — a lid of the model that the regeling holds as an onderdeel of its own lid
            if (p != null) return new String[] {p[0], onderdeel != null ? onderdeel : p[1]};
            return new String[] {lid, onderdeel};
        }

        /** "lid 3" → {3, null}; "lid 3 onder d" → {3, d}; anything else → null. */
        private static String[] plaats(String s) {
            if (s == null) return null;
            String[] d = s.trim().split("\\s+");
            if (d.length == 2 && d[0].equals("lid")) return new String[] {d[1], null};
            if (d.length == 4 && d[0].equals("lid") && d[2].equals("onder")) return new String[] {d[1], d[3]};
            return null;
        }
    }

    final URL url;
    final String drlPackage;
    /** Model key → the DRL file (a resource) that encodes it. */
    final Map<String, String> drl;
    private final String modelKlasse;
    private final ClassLoader loader;
    private volatile Model model;

    private ModelRegels(URL url, String drlPackage, Map<String, String> drl, String modelKlasse, ClassLoader loader) {
        this.url = url;
        this.drlPackage = drlPackage;
        this.drl = drl;
        this.modelKlasse = modelKlasse;
        this.loader = loader;
    }

    /** The model rules visible to {@code loader}, or {@code null} when there are none. */
    static ModelRegels discover(ClassLoader loader) {
        List<URL> urls;
        try {
            urls = new ArrayList<>(new java.util.LinkedHashSet<>(Collections.list(loader.getResources(DESCRIPTOR))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (urls.isEmpty()) return null;
        if (urls.size() > 1) throw new IllegalStateException("the model rules are on the class path more than once: " + urls + "; keep one reintegratie-modelregels jar");
        URL url = urls.get(0);
        JsonNode d = Json.resource(url);
        String pkg = d.path("drlPackage").asText("");
        if (pkg.isBlank()) throw new IllegalStateException(url + ": 'drlPackage' is required");
        Map<String, String> drl = new LinkedHashMap<>();
        for (JsonNode r : d.path("regels")) {
            String model = r.path("model").asText(""), pad = r.path("drl").asText("");
            if (model.isBlank() || pad.isBlank()) throw new IllegalStateException(url + ": every entry of 'regels' needs \"model\" and \"drl\"");
            if (!LoadedVersion.MODEL_SLEUTELS.contains(model)) {
                throw new IllegalStateException(url + ": '" + model + "' is not a provision of nl/reintegratie/modelverordening.json");
            }
            if (drl.put(model, pad) != null) throw new IllegalStateException(url + ": model provision '" + model + "' is listed twice");
        }
        String klasse = ModelIndex.voor(url).get(pkg);
        if (klasse == null) {
            throw new IllegalStateException(url + ": no compiled rules for DRL package " + pkg + ". Build reintegratie-modelregels with kie-maven-plugin (packaging kjar).");
        }
        return new ModelRegels(url, pkg, Collections.unmodifiableMap(drl), klasse, loader);
    }

    /** The compiled model rules, loaded once for all versions (their classes are shared). */
    Model model() {
        Model m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    try {
                        model = m = (Model) Class.forName(modelKlasse, true, loader).getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException | LinkageError e) {
                        throw new IllegalStateException("cannot load the compiled model rules " + modelKlasse + ": " + e, e);
                    }
                }
            }
        }
        return m;
    }

    /** The model's rules that the regelingen apply ({@code toepassingen}, by key), as a model to build a rule base from. */
    Model voor(Map<String, Toepassing> toepassingen) {
        Model alle = model();
        List<Rule> regels = new ArrayList<>();
        for (Rule r : alle.getRules()) {
            String key = model(r);
            if (key == null) throw new IllegalStateException("model rule '" + r.getName() + "' has no @model");
            if (!drl.containsKey(key)) throw new IllegalStateException("model rule '" + r.getName() + "' names @model(\"" + key + "\"), which " + url + " does not list");
            Toepassing t = toepassingen.get(key);
            if (t != null && t.past(meta(r, "lid"), meta(r, "onderdeel"))) regels.add(r);
        }
        List<Rule> gekozen = List.copyOf(regels);
        return new Model() {
            @Override public String getName() { return alle.getName(); }
            @Override public String getPackageName() { return alle.getPackageName(); }
            @Override public List<Global> getGlobals() { return alle.getGlobals(); }
            @Override public List<Rule> getRules() { return gekozen; }
            @Override public List<Query> getQueries() { return alle.getQueries(); }
            @Override public List<TypeMetaData> getTypeMetaDatas() { return alle.getTypeMetaDatas(); }
            @Override public List<EntryPoint> getEntryPoints() { return alle.getEntryPoints(); }
        };
    }

    /** The model key a rule names ({@code @model}), or {@code null}. */
    static String model(Rule r) {
        return meta(r, "model");
    }

    private static String meta(Rule r, String sleutel) {
        return LoadedVersion.metaTekst(r.getMetaData().get(sleutel));
    }
}
