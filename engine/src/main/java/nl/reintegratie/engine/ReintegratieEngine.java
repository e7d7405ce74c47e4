package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The entry point: evaluates cases against the re-integratieverordeningen whose rule packages are visible to a class
 * loader. Load once and share: an instance is immutable and safe to use from many threads at once; each evaluation
 * runs in its own rule session. Loading only discovers the packages; a version's rules are built the first time a
 * case needs them.
 *
 * <pre>{@code
 * ReintegratieEngine engine = ReintegratieEngine.load();
 * Evaluation e = engine.evaluateJson(json);          // or engine.evaluate(casus)
 * Besluit b = e.besluit("a1");
 * b.uitkomst(); b.weigeringsgronden(); b.openOordelen();
 * String uit = ReintegratieEngine.toJson(e);
 * }</pre>
 *
 * <p>Bad input throws {@link InvalidCaseException}, which lists every problem with its field and has an RFC 9457
 * problem-details form. A rule package that cannot be built throws {@link IllegalStateException} saying what is wrong.
 */
public final class ReintegratieEngine {
    private static final String VERSIE = leesVersie();

    private final Registry registry;
    /** Per version id, the policy variant applied and its parameters (built on first use). */
    private final java.util.Map<String, Variant> varianten;
    private final java.util.Map<String, ParameterSet> variantParameters = new java.util.concurrent.ConcurrentHashMap<>();

    private ReintegratieEngine(Registry registry, java.util.Map<String, Variant> varianten) {
        this.registry = registry;
        this.varianten = java.util.Map.copyOf(varianten);
    }

    Registry registry() { return registry; }

    private ReintegratieEngine(Registry registry) {
        this(registry, java.util.Map.of());
    }

    /**
     * The same engine with a policy variant's parameter values for its version (from the variant's date on). The rule
     * bases are shared; only the parameters differ. A parameter the version does not declare is an error.
     */
    public ReintegratieEngine withVariant(Variant variant) {
        Objects.requireNonNull(variant, "variant");
        LoadedVersion v = registry.versie(variant.versie());
        if (v == null) {
            throw new IllegalArgumentException("variant " + variant.naam() + ": no version '" + variant.versie() + "'; versions: "
                    + registry.versies().stream().map(Versie::id).collect(Collectors.joining(", ")));
        }
        v.built().parameters.met(variant);
        java.util.Map<String, Variant> m = new java.util.HashMap<>(varianten);
        m.put(variant.versie(), variant);
        return new ReintegratieEngine(registry, m);
    }

    private Evaluation run(Casus c, LoadedVersion v) {
        Variant variant = varianten.get(v.versie.id());
        String hash = CaseJson.sha256(c);
        if (variant == null) return Evaluator.run(c, v, registry.vocabulary, VERSIE, hash);
        ParameterSet p = variantParameters.computeIfAbsent(v.versie.id(), k -> v.built().parameters.met(variant));
        return Evaluator.run(c, v, registry.vocabulary, VERSIE, hash, p, variant.naam());
    }

    /**
     * Discovers the rule packages visible to the thread's context class loader (as application servers and Spark
     * executors arrange them), or, without one, to this library's class loader.
     */
    public static ReintegratieEngine load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : ReintegratieEngine.class.getClassLoader());
    }

    /** Discovers the rule packages visible to the given class loader. */
    public static ReintegratieEngine load(ClassLoader classLoader) {
        return new ReintegratieEngine(Registry.discover(Objects.requireNonNull(classLoader, "classLoader")));
    }

    /** The engine's version. */
    /**
     * Discovers the rule packages in the jars of a folder (each package its own jar, as the build collects them in
     * {@code regels/}), on top of what this library's class loader sees; a municipality can drop in a jar of its own.
     * The engine's {@link #classLoader()} is then the class loader of those jars. A folder that does not exist is an
     * error; {@code null} loads from this library's class loader only.
     */
    public static ReintegratieEngine loadFrom(java.nio.file.Path folder) {
        ClassLoader ouder = ReintegratieEngine.class.getClassLoader();
        if (folder == null) return load(ouder);
        if (!java.nio.file.Files.isDirectory(folder)) throw new IllegalStateException(folder + ": geen map met regelpakketten");
        java.util.List<java.net.URL> jars = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(folder)) {
            List<java.nio.file.Path> paden = new ArrayList<>();
            for (java.util.Iterator<java.nio.file.Path> i = s.iterator(); i.hasNext(); ) {
                java.nio.file.Path p = i.next();
                if (p.toString().endsWith(".jar")) paden.add(p);
            }
            java.util.Collections.sort(paden);
            for (java.nio.file.Path p : paden) jars.add(p.toUri().toURL());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ClassLoader loader = jars.isEmpty() ? ouder : new java.net.URLClassLoader("regels", jars.toArray(new java.net.URL[0]), ouder);
        ClassLoader vorige = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return load(loader);
        } finally {
            Thread.currentThread().setContextClassLoader(vorige);
        }
    }

    /**
     * Where an application finds its rule packages by default: the folder in {@code REINTEGRATIE_REGELS}, else a folder
     * {@code regels/} beside the jar (or the classes folder) of {@code toepassing}; {@code null} when there is neither.
     */
    public static java.nio.file.Path defaultRulesFolder(Class<?> toepassing) {
        String env = System.getenv("REINTEGRATIE_REGELS");
        if (env != null && !env.isBlank()) return java.nio.file.Path.of(env);
        try {
            java.nio.file.Path code = java.nio.file.Path.of(toepassing.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path naast = code.getParent().resolve("regels");
            return java.nio.file.Files.isDirectory(naast) ? naast : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    public static String version() {
        return VERSIE;
    }

    /** Evaluates a case built in Java. */
    public Evaluation evaluate(Casus casus) {
        Objects.requireNonNull(casus, "casus");
        return evaluate(casus, List.of());
    }

    private Evaluation evaluate(Casus casus, List<InvalidCaseException.Problem> eerder) {
        Casus c = CaseValidator.controleer(casus, registry, eerder);
        LoadedVersion v = registry.kies(c.gemeente(), c.peildatum());
        return run(c, v);
    }

    /** Evaluates a case file (JSON text; see the README for the format). */
    public Evaluation evaluateJson(String json) {
        return evaluateTree(Json.parse(json));
    }

    /** Evaluates a case file given as UTF-8 bytes (a byte-order mark is allowed). */
    public Evaluation evaluateJson(byte[] json) {
        return evaluateTree(Json.parse(json));
    }

    private Evaluation evaluateTree(JsonNode root) {
        CaseReader.Gelezen g = CaseReader.lees(root, registry.vocabulary);
        return evaluate(g.casus(), g.problems());
    }

    /** Reads and checks a case file without evaluating it; the values are in their declared types. */
    public Casus readCase(String json) {
        CaseReader.Gelezen g = CaseReader.lees(Json.parse(json), registry.vocabulary);
        Casus c = CaseValidator.controleer(g.casus(), registry, g.problems());
        registry.kies(c.gemeente(), c.peildatum());
        return c;
    }

    /**
     * The same case under several gemeenten on its peildatum (or {@code peildatum} when given). A gemeente without a
     * regeling in force on that date is named with the reason; an unknown gemeente is bad input.
     */
    public Vergelijking compare(Casus casus, List<String> gemeenten, LocalDate peildatum) {
        Objects.requireNonNull(casus, "casus");
        if (gemeenten == null || gemeenten.isEmpty()) throw new InvalidCaseException("gemeenten", "noem ten minste één gemeente");
        List<InvalidCaseException.Problem> onbekend = new ArrayList<>();
        for (String g : gemeenten) {
            try {
                registry.pakket(g, "gemeenten");
            } catch (InvalidCaseException e) {
                onbekend.addAll(e.problems());
            }
        }
        if (!onbekend.isEmpty()) throw new InvalidCaseException(onbekend);
        LocalDate datum = peildatum != null ? peildatum : casus.peildatum();
        Casus basis = CaseValidator.controleer(casus.voorGemeente(gemeenten.get(0)).opPeildatum(datum), registry, List.of());
        List<Vergelijking.Uitslag> uitslagen = new ArrayList<>();
        for (String g : gemeenten) {
            LoadedVersion v = registry.inWerking(g, datum);
            String naam = registry.pakket(g, "gemeenten").gemeente();
            if (v == null) {
                String versies = registry.pakket(g, "gemeenten").versies().stream().map(x -> x.versie.id() + " (" + x.versie.periode() + ")")
                        .collect(Collectors.joining(", "));
                uitslagen.add(new Vergelijking.Uitslag(naam, null, "op " + datum + " geldt geen regeling van " + naam + "; versies: " + versies));
                continue;
            }
            Casus c = basis.voorGemeente(naam);
            uitslagen.add(new Vergelijking.Uitslag(naam, run(c, v), null));
        }
        return new Vergelijking(datum, uitslagen);
    }

    /** Reads a case file for a comparison: the gemeente it names, if any, is not needed. */
    public Casus readSituation(String json) {
        CaseReader.Gelezen g = CaseReader.lees(Json.parse(json), registry.vocabulary);
        List<InvalidCaseException.Problem> fouten = g.problems().stream().filter(f -> !f.field().equals("gemeente")).toList();
        // the gemeente does not matter for a situation: one the packages do not know is not an error here
        String gemeente = g.casus().gemeente();
        boolean bekend = gemeente != null && registry.gemeenten().stream().anyMatch(x -> x.equalsIgnoreCase(gemeente.trim()));
        Casus c = bekend ? g.casus() : g.casus().voorGemeente(registry.gemeenten().get(0));
        return CaseValidator.controleer(c, registry, fouten);
    }

    /**
     * The evaluation as JSON on one line, as a service sends it (the CLI's {@code --json} indents it:
     * {@link #writeJson(Evaluation, Writer, boolean)}).
     */
    public static String toJson(Evaluation evaluation) {
        StringBuilderWriter w = new StringBuilderWriter(16_384);
        writeJson(evaluation, w, false);
        return w.toString();
    }

    /** A writer into a {@link StringBuilder}: a {@link StringWriter} locks a {@link StringBuffer} for every write. */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder sb;

        StringBuilderWriter(int capaciteit) {
            sb = new StringBuilder(capaciteit);
        }

        @Override public void write(char[] cbuf, int off, int len) { sb.append(cbuf, off, len); }
        @Override public void write(String str, int off, int len) { sb.append(str, off, off + len); }
        @Override public void write(int c) { sb.append((char) c); }
        @Override public void flush() {}
        @Override public void close() {}
        @Override public String toString() { return sb.toString(); }
    }

    /**
     * Writes the evaluation as JSON in UTF-8 to {@code out}, indented or on one line: what a service sends (no
     * characters in between, so faster than a {@link Writer} over the stream). Does not close {@code out}.
     */
    public static void writeJson(Evaluation evaluation, java.io.OutputStream out, boolean pretty) {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) g.useDefaultPrettyPrinter();
            EvaluationJson.schrijf(evaluation, g, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the evaluation as JSON to {@code out}, indented or on one line (for JSON Lines). */
    public static void writeJson(Evaluation evaluation, Writer out, boolean pretty) {
        writeJson(evaluation, out, pretty, true);
    }

    /**
     * Writes the evaluation as JSON; without {@code teksten} the table of quoted provisions is left out (every item
     * still names its provision by key; {@code regels <versie>} lists the texts), as a batch of many cases may want.
     */
    public static void writeJson(Evaluation evaluation, Writer out, boolean pretty, boolean teksten) {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) g.useDefaultPrettyPrinter();
            EvaluationJson.schrijf(evaluation, g, teksten);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The evaluation as a readable Dutch summary with citations, for a case worker. */
    public static String toSummary(Evaluation evaluation) {
        return Samenvatting.schrijf(evaluation);
    }

    /** A case as a canonical case file (keys sorted, values as checked). */
    public static String toJson(Casus casus) {
        return CaseJson.alsTekst(casus);
    }

    /** The rules of one version (see {@link #versies()}), with their citations, ordered by citation. Builds the version. */
    public List<RuleInfo> regels(String versieId) {
        LoadedVersion v = registry.versie(versieId);
        if (v == null) {
            throw new IllegalArgumentException("no version '" + versieId + "'; versions: " + registry.versies().stream().map(Versie::id).collect(Collectors.joining(", ")));
        }
        return v.built().alleRegels.stream().map(m -> new RuleInfo(m.naam(), m.citaat(), m.interpretaties(), m.ook(), m.ouder(), m.nietVoorOpdrachten(), m.verleendVanaf())).toList();
    }

    /** Every quoted provision of a version's regelingen, in the order the packages quote them. Builds the version. */
    public List<Bepaling> bepalingen(String versieId) {
        LoadedVersion v = registry.versie(versieId);
        if (v == null) throw new IllegalArgumentException("no version '" + versieId + "'");
        return v.built().bepalingen;
    }

    /** Every version of every gemeente found, per gemeente oldest first. Does not build any rule base. */
    public List<Versie> versies() {
        return registry.versies();
    }

    /**
     * The voorzieningen a version provides (the codes an aanvraag may ask for and get a grondslag), sorted. Does not
     * build the rule base.
     */
    public List<String> voorzieningen(String versieId) {
        LoadedVersion v = registry.versie(versieId);
        if (v == null) throw new IllegalArgumentException("no version '" + versieId + "'");
        return v.regelingen.stream().flatMap(r -> r.voorzieningen.keySet().stream()).distinct().sorted().toList();
    }

    /** The gemeenten found, by name. */
    public List<String> gemeenten() {
        return registry.gemeenten();
    }

    /**
     * The kinds of voorziening a case can ask for (the shared vocabulary and the packages' own): code, name, whether it
     * is about a dienstbetrekking, and whether it is an opdracht (a tegenprestatie is laid on a person, not granted).
     */
    public List<Voorzieningsoort> voorzieningsoorten() {
        return registry.vocabulary.voorzieningen.values().stream()
                .map(v -> new Voorzieningsoort(v.code(), v.naam(), v.omschrijving(), v.bijDienstbetrekking(), v.opdracht())).toList();
    }

    /**
     * The class loader the rule packages were found through: for reading a package's own resources beside its rules (the
     * beschikking templates and the besluittypen catalogue of the besluit module).
     */
    public ClassLoader classLoader() {
        return registry.loader;
    }

    /** Every fact a case can give: the shared vocabulary and each rule package's own, with types and bounds. */
    public List<Gegeven> vocabulaire() {
        return List.copyOf(registry.vocabulary.gegevens.values());
    }

    /**
     * The JSON Schema (2020-12) of a case file: for every gemeente ({@code versieId == null}), or for one version, with
     * per fact which of that version's rules read it. Generated from the declarations; does not build a rule base.
     */
    public String schema(String versieId) {
        LoadedVersion v = null;
        if (versieId != null) {
            v = registry.versie(versieId);
            if (v == null) throw new IllegalArgumentException("no version '" + versieId + "'; versions: " + registry.versies().stream().map(Versie::id).collect(Collectors.joining(", ")));
        }
        return schrijf(SchemaGenerator.casus(registry, v));
    }

    /** The JSON Schema (2020-12) of a scenario file. */
    public String scenarioSchema() {
        return schrijf(SchemaGenerator.scenario(registry));
    }

    private static String schrijf(com.fasterxml.jackson.databind.JsonNode n) {
        try {
            return Json.resources().writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a version's rule base has been built (for measuring lazy loading). */
    public boolean isBuilt(String versieId) {
        LoadedVersion v = registry.versie(versieId);
        return v != null && v.isBuilt();
    }

    private static String leesVersie() {
        try (InputStream in = ReintegratieEngine.class.getResourceAsStream("/nl/reintegratie/engine/engine.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p.getProperty("versie", "onbekend");
        } catch (IOException e) {
            return "onbekend";
        }
    }
}
