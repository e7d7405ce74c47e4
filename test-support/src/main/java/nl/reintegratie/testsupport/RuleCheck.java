package nl.reintegratie.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The build-time check of a rule package's DRL against its declarations, run by every rule package's build after the
 * rules are compiled (so it fails {@code mvn}, tests or not): a rule may read only facts the vocabulary declares, on the
 * kind of thing they are about, with the accessor of their type ({@code waar} for ja-nee, {@code datum} for a date …);
 * only judgements its regelingen declare; only parameters declared in every version the rule belongs to; only
 * voorziening codes its package provides (a model rule: codes of the vocabulary, at least one of them provided by the
 * package; the engine does not fire it on the others, listed as {@code modelVoorzieningen} in the usage index); and it may refer only to bevinding codes that some rule inserts. Every
 * problem names the rule and the file.
 *
 * <p>It also writes, per regeling, the usage index the engine reads
 * ({@code META-INF/reintegratie/gebruik/<regeling>.json}): which facts, judgements and parameters its rules read, and
 * by which rules, with a hash of its DRL for the evaluation receipt.
 */
public final class RuleCheck {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> HOUDERS = Set.of("Persoon", "Werkgever", "Dienstbetrekking", "Aanvraag", "VerleendeVoorziening", "Onderwerp");
    static final Set<String> BEVINDINGEN = Set.of("Voorwaarde", "Weigeringsgrond", "Beeindigingsgrond", "Grondslag", "OpenOordeel",
            "Berekening", "Termijn", "Opmerking", "Overgangsrecht", "Grond", "Bevinding");
    static final Map<String, List<String>> TOEGESTAAN = Map.of(
            "waar", List.of("ja-nee"), "aantal", List.of("aantal"), "getal", List.of("getal", "bedrag"), "datum", List.of("datum"),
            "keuze", List.of("keuze", "tekst"), "periode", List.of("periode"), "perioden", List.of("perioden"), "gegeven", List.of());
    /** Methods of the fact classes that read facts besides the plain getters. */
    static final Map<String, List<String>> METHODE_LEEST = Map.ofEntries(
            Map.entry("leeftijdOp", List.of("geboortedatum")), Map.entry("duurtMinstens", List.of("ingangsdatum", "einddatum")),
            Map.entry("begonnenOp", List.of("ingangsdatum")), Map.entry("isEerste", List.of("soort")), Map.entry("isVervolg", List.of("soort")),
            Map.entry("isVerlenging", List.of("soort")), Map.entry("eerste", List.of("soort")), Map.entry("vervolg", List.of("soort")),
            Map.entry("verlenging", List.of("soort")), Map.entry("aantalEerderePerioden", List.of("eerderePerioden")),
            Map.entry("eersteVerleendVanaf", List.of("eerderePerioden")), Map.entry("laatstVerleendTotEnMet", List.of("eerderePerioden")),
            Map.entry("eerstePeriode", List.of("eerderePerioden")), Map.entry("isAmbtshalve", List.of("ambtshalve")), Map.entry("ambtshalve", List.of("ambtshalve")), Map.entry("laatstePeriode", List.of("eerderePerioden")),
            Map.entry("isOnderVorigeRegeling", List.of("verleendOnder")), Map.entry("onderVorigeRegeling", List.of("verleendOnder")));

    private static final Pattern OP_DATUM = Pattern.compile("(\\$\\w+)\\s*\\.\\s*op\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*\\.");
    private static final Pattern SLEUTEL = Pattern.compile("(?:(\\$\\w+|\\b[a-z]\\w*)\\s*\\.\\s*)?\\b(waar|aantal|getal|datum|keuze|periode|perioden|gegeven|oordeel|geheel|duur|bekend|uitTabel)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern VOORZIENING = Pattern.compile("\\bvoorziening\\s*(?:==|!=)\\s*\"([^\"]+)\"|\\bvoorziening\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)|getVoorziening\\(\\)\\s*\\.\\s*equals\\(\\s*\"([^\"]+)\"");
    private static final Pattern CODE_REF = Pattern.compile("\\bcode\\s*(?:==|!=)\\s*\"([^\"]+)\"|\\bcode\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern INVOEGING = Pattern.compile("\\b(?:(Voorwaarde|Weigeringsgrond|Beeindigingsgrond|Grondslag|Berekening|Termijn|Opmerking)\\s*\\.\\s*\\w+|new\\s+(OpenOordeel|Opmerking|Berekening|Overgangsrecht))\\s*\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*,\\s*\"([^\"]*)\"(\\s*\\+)?");
    private static final Pattern NAAR_OORDEEL = Pattern.compile("\\b(?:naarOordeel|nietNaarOordeel|verplichtNaarOordeel|verplichtNietNaarOordeel)\\s*\\(\\s*[^,()]+\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern PAD = Pattern.compile("\"(persoon|werkgever|dienstbetrekking|aanvraag|voorziening|onderwerp|verleende-voorziening|omstandigheden)\\.([A-Za-z]\\w*)\"");
    private static final Pattern GETTER = Pattern.compile("(\\$\\w+)\\s*\\.\\s*(?:get|is)([A-Z]\\w*)\\s*\\(|(\\$\\w+)\\s*\\.\\s*([a-z]\\w*)\\s*\\(");
    private static final Pattern WOORD = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\b");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** One problem, naming the rule (or function) and the file. */
    public record Problem(String rule, String file, String reason) {
        @Override public String toString() { return file + ": rule '" + rule + "': " + reason; }
    }

    /** What the check found: the problems, and per regeling the usage index to write. */
    public record Result(List<Problem> problems, Map<String, ObjectNode> usage) {}

    private RuleCheck() {}

    /** Checks the compiled rule package in {@code klassen}, then writes the usage indexes; fails with every problem. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: RuleCheck <target/classes of a rule package> <its src/main/resources>");
        Path klassen = Path.of(args[0]);
        Result u = check(klassen, Path.of(args[1]), RuleCheck.class.getClassLoader());
        if (!u.problems().isEmpty()) {
            StringBuilder s = new StringBuilder("The rules read what their declarations do not declare (" + u.problems().size() + " problem(s)):\n");
            u.problems().forEach(f -> s.append("  ").append(f).append('\n'));
            throw new IllegalStateException(s.toString());
        }
        schrijfGebruik(klassen, u);
    }

    static void schrijfGebruik(Path klassen, Result u) throws IOException {
        Path map = klassen.resolve("META-INF/reintegratie/gebruik");
        Files.createDirectories(map);
        for (Map.Entry<String, ObjectNode> e : u.usage().entrySet()) {
            Files.writeString(map.resolve(e.getKey() + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()));
        }
    }

    /**
     * Checks the DRL under {@code bronnen} against the declarations under {@code klassen} (the built resources) and the
     * shared vocabulary the engine ships.
     */
    public static Result check(Path klassen, Path bronnen, ClassLoader engineLoader) throws IOException {
        return new Controle(klassen, bronnen, engineLoader).voerUit();
    }

    private static final class Controle {
        final Path klassen;
        final Path bronnen;
        final List<Problem> fouten = new ArrayList<>();
        /** Fact name → declaration. */
        final Map<String, JsonNode> gegevens = new HashMap<>();
        final Map<String, Regeling> regelingen = new LinkedHashMap<>();
        final Map<String, Regeling> perPakket = new HashMap<>();
        final Set<String> voorzieningen = new HashSet<>();
        final Set<String> nationaleParameters = new HashSet<>();
        /** Per bevinding class, the codes rules insert (and prefixes of codes built at run time). */
        final Map<String, Set<String>> ingevoegd = new HashMap<>();
        final Map<String, Set<String>> ingevoegdPrefix = new HashMap<>();
        final List<Object[]> codeVerwijzingen = new ArrayList<>();
        final Map<String, RuleDescr> regelsOpNaam = new HashMap<>();

        static final class Regeling {
            final String id;
            final Set<String> oordelen = new HashSet<>();
            final Set<String> parameters = new HashSet<>();
            final Set<String> voorzieningen = new HashSet<>();
            final List<Set<String>> versies = new ArrayList<>();
            final Map<String, Set<String>> gebruiktGegevens = new TreeMap<>();
            final Map<String, Set<String>> gebruiktOordelen = new TreeMap<>();
            final Map<String, Set<String>> gebruiktParameters = new TreeMap<>();
            /** Rule → the rule it extends. */
            final Map<String, String> ouders = new TreeMap<>();
            /** Per model rule the regeling applies: the voorziening codes it names (the engine fires it only on those the regeling provides). */
            final Map<String, List<String>> modelVoorzieningen = new TreeMap<>();
            /**
             * Per rule whose onderwerp is bound to named voorzieningen (every positive pattern on Onderwerp, Aanvraag or
             * VerleendeVoorziening has {@code voorziening == "x"} or {@code voorziening in (…)}): those codes. A fact of an
             * onderwerp only such rules read is not used on an onderwerp of another voorziening.
             */
            final Map<String, List<String>> voorzieningenPerRegel = new TreeMap<>();
            /** Per rule whose every positive onderwerp pattern is on an Aanvraag: it reads its facts on an aanvraag only. */
            final Set<String> alleenAanvraag = new TreeSet<>();
            final List<Path> drl = new ArrayList<>();
            /** The model provisions whose shared rules the regeling applies ("modelregels" in its descriptor). */
            final List<String> modelregels = new ArrayList<>();
            /** Per model provision, the model's places whose rules the regeling does not apply ("zonder"). */
            final Map<String, Set<String>> zonder = new HashMap<>();
            /** Their DRL files (resource path → text), checked as rules of this regeling and part of its hash. */
            final Map<String, String> modelDrl = new TreeMap<>();

            Regeling(String id) { this.id = id; }
        }

        final ClassLoader engineLoader;

        Controle(Path klassen, Path bronnen, ClassLoader engineLoader) throws IOException {
            this.engineLoader = engineLoader;
            this.klassen = klassen;
            this.bronnen = bronnen;
            JsonNode gedeeld = resource(engineLoader, "nl/reintegratie/vocabulaire.json");
            for (JsonNode g : gedeeld.path("gegevens")) gegevens.put(g.path("naam").asText(), g);
            for (JsonNode v : gedeeld.path("voorzieningen")) voorzieningen.add(v.path("code").asText());
            for (JsonNode p : resource(engineLoader, "nl/reintegratie/nationaal/parameters.json").path("parameters")) {
                voegParameterToe(nationaleParameters, p.path("naam").asText());
            }
            Path pakket = klassen.resolve("META-INF/reintegratie/pakket.json");
            if (!Files.exists(pakket)) throw new IllegalStateException(pakket + " not found: is this a rule package?");
            JsonNode p = JSON.readTree(pakket.toFile());
            for (JsonNode pad : p.path("regelingen")) {
                JsonNode d = JSON.readTree(klassen.resolve(pad.asText()).toFile());
                Regeling r = new Regeling(d.path("id").asText());
                regelingen.put(r.id, r);
                perPakket.put(d.path("drlPackage").asText(), r);
                for (JsonNode o : d.path("oordelen")) r.oordelen.add(o.path("code").asText());
                for (JsonNode v : d.path("voorzieningen")) r.voorzieningen.add(v.path("code").asText());
                for (JsonNode m : d.path("modelregels")) {
                    r.modelregels.add(m.path("model").asText());
                    Set<String> z = new HashSet<>();
                    m.path("zonder").forEach(x -> z.add(x.asText().trim().replaceAll("\\s+", " ")));
                    r.zonder.put(m.path("model").asText(), z);
                }
                for (JsonNode v : d.path("eigenVoorzieningen")) voorzieningen.add(v.path("code").asText());
                for (JsonNode g : d.path("gegevens")) gegevens.put(g.path("naam").asText(), g);
                if (d.hasNonNull("parameters")) {
                    for (JsonNode par : JSON.readTree(klassen.resolve(d.get("parameters").asText()).toFile()).path("parameters")) {
                        voegParameterToe(r.parameters, par.path("naam").asText());
                    }
                }
            }
            for (JsonNode v : p.path("versies")) {
                Set<String> in = new HashSet<>();
                v.path("regelingen").forEach(x -> in.add(x.asText()));
                for (String id : in) if (regelingen.containsKey(id)) regelingen.get(id).versies.add(in);
            }
        }

        static void voegParameterToe(Set<String> namen, String naam) {
            namen.add(naam);
            for (int i = naam.lastIndexOf('.'); i > 0; i = naam.lastIndexOf('.', i - 1)) namen.add(naam.substring(0, i));
        }

        Result voerUit() throws IOException {
            List<Path> bestanden;
            try (Stream<Path> s = Files.walk(bronnen)) {
                bestanden = s.filter(x -> x.toString().endsWith(".drl")).sorted().toList();
            }
            if (bestanden.isEmpty()) fouten.add(new Problem("-", bronnen.toString(), "no DRL files found"));
            List<Object[]> geparst = new ArrayList<>();
            for (Path f : bestanden) {
                String tekst = Files.readString(f);
                DrlParser parser = new DrlParser();
                PackageDescr pkg;
                try {
                    pkg = parser.parse(false, tekst);
                } catch (DroolsParserException e) {
                    fouten.add(new Problem("-", bronnen.relativize(f).toString(), "does not parse: " + e.getMessage()));
                    continue;
                }
                if (parser.hasErrors()) {
                    fouten.add(new Problem("-", bronnen.relativize(f).toString(), "does not parse: " + parser.getErrors()));
                    continue;
                }
                Regeling r = perPakket.get(pkg.getName());
                if (r == null) {
                    fouten.add(new Problem("-", bronnen.relativize(f).toString(), "DRL package " + pkg.getName() + " is not the drlPackage of any regeling of this rule package"));
                    continue;
                }
                r.drl.add(f);
                geparst.add(new Object[] {bronnen.relativize(f).toString(), pkg, r, tekst});
                for (RuleDescr rule : pkg.getRules()) verzamelInvoegingen(String.valueOf(rule.getConsequence()));
                for (FunctionDescr fn : pkg.getFunctions()) verzamelInvoegingen(fn.getBody());
            }
            modelregels(geparst);
            for (Object[] g : geparst) for (RuleDescr rule : ((PackageDescr) g[1]).getRules()) regelsOpNaam.put(rule.getName(), rule);
            for (Object[] g : geparst) {
                String bestand = (String) g[0];
                PackageDescr pkg = (PackageDescr) g[1];
                Regeling r = (Regeling) g[2];
                for (RuleDescr rule : pkg.getRules()) regel(rule, r, bestand);
                for (FunctionDescr fn : pkg.getFunctions()) functie(fn, r, bestand);
            }
            for (Object[] v : codeVerwijzingen) {
                String klasse = (String) v[0], code = (String) v[1];
                Set<String> bekend = new HashSet<>();
                Set<String> prefixen = new HashSet<>();
                for (String k : klasse.equals("Grond") || klasse.equals("Bevinding") ? ingevoegd.keySet() : Set.of(klasse)) {
                    bekend.addAll(ingevoegd.getOrDefault(k, Set.of()));
                    prefixen.addAll(ingevoegdPrefix.getOrDefault(k, Set.of()));
                }
                if (!bekend.contains(code) && prefixen.stream().noneMatch(code::startsWith)) {
                    fouten.add(new Problem((String) v[2], (String) v[3], "refers to " + klasse + " code \"" + code + "\", which no rule inserts"));
                }
            }
            Map<String, ObjectNode> gebruik = new LinkedHashMap<>();
            for (Regeling r : regelingen.values()) gebruik.put(r.id, index(r));
            return new Result(List.copyOf(fouten), gebruik);
        }

        /**
         * The model verordening's shared rules that a regeling applies: read from the model rules on the class path
         * ({@code META-INF/reintegratie/modelregels.json}), only the rules of the provisions the regeling names, and
         * checked as the regeling's own (they read its parameters and the shared vocabulary).
         */
        private void modelregels(List<Object[]> geparst) throws IOException {
            JsonNode descriptor = null;
            for (Regeling r : regelingen.values()) {
                if (r.modelregels.isEmpty()) continue;
                if (descriptor == null) {
                    if (engineLoader.getResource("META-INF/reintegratie/modelregels.json") == null) {
                        fouten.add(new Problem("-", "META-INF/reintegratie/modelregels.json", "regeling " + r.id + " applies model rules " + r.modelregels
                                + ", but reintegratie-modelregels is not on the class path"));
                        return;
                    }
                    descriptor = resource(engineLoader, "META-INF/reintegratie/modelregels.json");
                }
                for (String model : r.modelregels) {
                    String pad = null;
                    for (JsonNode e : descriptor.path("regels")) if (e.path("model").asText().equals(model)) pad = e.path("drl").asText();
                    if (pad == null) {
                        fouten.add(new Problem("-", "modelregels", "regeling " + r.id + " applies model rules '" + model + "', which reintegratie-modelregels does not hold"));
                        continue;
                    }
                    String tekst;
                    // the jar keeps only the compiled rules at their path; the text ships under META-INF (modelregels/pom.xml)
                    try (InputStream in = engineLoader.getResourceAsStream("META-INF/reintegratie/modelregels-bron/" + pad)) {
                        if (in == null) { fouten.add(new Problem("-", pad, "listed in modelregels.json but not on the class path")); continue; }
                        tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    DrlParser parser = new DrlParser();
                    PackageDescr pkg;
                    try {
                        pkg = parser.parse(false, tekst);
                    } catch (DroolsParserException e) {
                        fouten.add(new Problem("-", pad, "does not parse: " + e.getMessage()));
                        continue;
                    }
                    // the rules at places the regeling says otherwise ("zonder") are not its rules
                    Set<String> zonder = r.zonder.getOrDefault(model, Set.of());
                    pkg.getRules().removeIf(rule -> {
                        String lid = annotatie(rule, "lid"), onderdeel = annotatie(rule, "onderdeel");
                        if (lid == null) return onderdeel != null && zonder.contains("onder " + onderdeel);
                        return zonder.contains("lid " + lid) || (onderdeel != null && zonder.contains("lid " + lid + " onder " + onderdeel));
                    });
                    for (RuleDescr rule : pkg.getRules()) {
                        Object m = rule.getAnnotation("model") == null ? null : rule.getAnnotation("model").getSingleValueAsString();
                        if (m == null || !model.equals(String.valueOf(m).replace("\"", ""))) {
                            fouten.add(new Problem(rule.getName(), pad, "a model rule of '" + model + "' must carry @model(\"" + model + "\")"));
                        }
                    }
                    r.modelDrl.put(pad, tekst);
                    geparst.add(new Object[] {"modelregels:" + pad, pkg, r, tekst});
                    for (RuleDescr rule : pkg.getRules()) verzamelInvoegingen(String.valueOf(rule.getConsequence()));
                    for (FunctionDescr fn : pkg.getFunctions()) verzamelInvoegingen(fn.getBody());
                }
            }
        }

        private static String annotatie(RuleDescr rule, String naam) {
            if (rule.getAnnotation(naam) == null) return null;
            String w = rule.getAnnotation(naam).getSingleValueAsString();
            return w == null ? null : w.replace("\"", "").trim();
        }

        private void verzamelInvoegingen(String code) {
            if (code == null) return;
            Matcher m = INVOEGING.matcher(code);
            while (m.find()) {
                String klasse = m.group(1) != null ? m.group(1) : m.group(2);
                if (m.group(4) != null) ingevoegdPrefix.computeIfAbsent(klasse, k -> new HashSet<>()).add(m.group(3));
                else ingevoegd.computeIfAbsent(klasse, k -> new HashSet<>()).add(m.group(3));
            }
        }

        private ObjectNode index(Regeling r) throws IOException {
            ObjectNode n = JSON.createObjectNode();
            n.put("regeling", r.id);
            n.put("drlSha256", hash(r.drl, r.modelDrl));
            n.set("gegevens", JSON.valueToTree(r.gebruiktGegevens));
            n.set("oordelen", JSON.valueToTree(r.gebruiktOordelen));
            n.set("parameters", JSON.valueToTree(r.gebruiktParameters));
            n.set("ouders", JSON.valueToTree(r.ouders));
            // the voorzieningen each model rule names: the engine fires it only on an onderwerp whose voorziening the
            // applying regeling provides (a model rule may name one that not every applying regeling has)
            if (!r.modelVoorzieningen.isEmpty()) n.set("modelVoorzieningen", JSON.valueToTree(r.modelVoorzieningen));
            // the voorzieningen each rule's onderwerp is bound to: the engine lists a fact of an onderwerp that only rules
            // bound to other voorzieningen read as not used on it
            if (!r.voorzieningenPerRegel.isEmpty()) n.set("voorzieningen", JSON.valueToTree(r.voorzieningenPerRegel));
            // and the rules that read on an aanvraag only: a fact or judgement only they read is not used on a verleende voorziening
            if (!r.alleenAanvraag.isEmpty()) n.set("alleenAanvraag", JSON.valueToTree(r.alleenAanvraag));
            return n;
        }

        private String hash(List<Path> bestanden, Map<String, String> modelDrl) throws IOException {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (Path p : bestanden.stream().sorted().toList()) {
                    md.update(bronnen.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(p));
                }
                // the model rules the regeling applies are part of its encoding (none: the hash is as before)
                for (Map.Entry<String, String> e : modelDrl.entrySet()) {
                    md.update(("modelregels:" + e.getKey()).getBytes(StandardCharsets.UTF_8));
                    md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                return HexFormat.of().formatHex(md.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** One rule: bindings from its patterns, then every fragment of its conditions and its consequence. */
        private void regel(RuleDescr rule, Regeling r, String bestand) {
            if (rule.getParentName() != null) {
                if (!regelsOpNaam.containsKey(rule.getParentName())) fouten.add(new Problem(rule.getName(), bestand, "extends \"" + rule.getParentName() + "\", which is no rule of this package"));
                r.ouders.put(rule.getName(), rule.getParentName());
            }
            Map<String, String> bindingen = new HashMap<>();
            // a rule that extends another has its parent's bindings (the parent's own reads are checked with the parent)
            Set<String> gezien = new HashSet<>();
            for (RuleDescr o = ouder(rule); o != null && gezien.add(o.getName()); o = ouder(o)) loop(o.getLhs(), null, bindingen, new ArrayList<>());
            List<String[]> fragmenten = new ArrayList<>();
            evalGezien = false;
            loop(rule.getLhs(), null, bindingen, fragmenten);
            if (evalGezien) fouten.add(new Problem(rule.getName(), bestand, "has an eval(...) condition; Drools cannot index or share it and "
                    + "re-evaluates it on every change: write the test as a constraint in the pattern of the fact it reads"));
            fragmenten.add(new String[] {null, String.valueOf(rule.getConsequence())});
            String naam = rule.getName();
            List<String> alleen = onderwerpVoorzieningen(rule);
            if (alleen != null) r.voorzieningenPerRegel.put(naam, alleen);
            if (alleenOpAanvragen(rule)) r.alleenAanvraag.add(naam);
            genoemd = new ArrayList<>();
            for (String[] fr : fragmenten) fragment(fr[0], fr[1], bindingen, r, naam, bestand, true);
            // a model rule may name a voorziening that not every applying regeling provides: the engine fires a model rule
            // that names voorzieningen only on an onderwerp whose voorziening the applying regeling provides. It must name
            // one this package provides, or it could never fire here.
            if (isModelregel(bestand) && !genoemd.isEmpty()) r.modelVoorzieningen.put(naam, List.copyOf(genoemd));
            if (isModelregel(bestand) && !genoemd.isEmpty() && genoemd.stream().noneMatch(this::aangeboden)) {
                fouten.add(new Problem(naam, bestand, "names voorziening" + (genoemd.size() == 1 ? " \"" + genoemd.get(0) + "\"" : "en " + genoemd)
                        + ", which no regeling of this package provides"));
            }
            genoemd = null;
        }

        private static final Set<String> ONDERWERPEN = Set.of("Onderwerp", "Aanvraag", "VerleendeVoorziening");
        private static final Pattern IS_VOORZIENING = Pattern.compile("\\s*voorziening\\s*==\\s*\"([^\"]+)\"\\s*");
        private static final Pattern IN_VOORZIENINGEN = Pattern.compile("\\s*voorziening\\s+in\\s*\\(([^)]*)\\)\\s*");

        /**
         * The voorzieningen a rule's onderwerp is bound to: the codes of every positive pattern on an onderwerp (its own
         * and its parents'), when each of them names its voorziening; {@code null} when one does not, or there is none.
         * Patterns under {@code not}, {@code exists}, {@code forall} or an accumulate ask about other onderwerpen.
         */
        private List<String> onderwerpVoorzieningen(RuleDescr rule) {
            List<PatternDescr> patronen = new ArrayList<>();
            Set<String> gezien = new HashSet<>();
            for (RuleDescr o = rule; o != null && gezien.add(o.getName()); o = ouder(o)) positief(o.getLhs(), patronen);
            if (patronen.isEmpty()) return null;
            Set<String> codes = new TreeSet<>();
            for (PatternDescr p : patronen) {
                Set<String> eigen = new TreeSet<>();
                if (p.getConstraint() != null) {
                    for (BaseDescr c : p.getConstraint().getDescrs()) {
                        if (c instanceof ExprConstraintDescr e) eigen.addAll(voorzieningen(e.getExpression()));
                    }
                }
                if (eigen.isEmpty()) return null;
                codes.addAll(eigen);
            }
            return List.copyOf(codes);
        }

        /**
         * The codes a constraint binds the voorziening to: {@code voorziening == "x"}, {@code voorziening in ("x", "y")},
         * or alternatives of these joined by {@code ||}; empty when it is anything else.
         */
        static Set<String> voorzieningen(String expressie) {
            Set<String> codes = new TreeSet<>();
            for (String deel : expressie.split("\\|\\|")) {
                String d = deel.trim();
                while (d.startsWith("(") && d.endsWith(")")) d = d.substring(1, d.length() - 1).trim();
                Matcher is = IS_VOORZIENING.matcher(d);
                Matcher in = IN_VOORZIENINGEN.matcher(d);
                if (is.matches()) codes.add(is.group(1));
                else if (in.matches()) {
                    Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(in.group(1));
                    while (q.find()) codes.add(q.group(1));
                } else {
                    return Set.of();
                }
            }
            return codes;
        }

        /** Whether every positive onderwerp pattern of the rule (and its parents) is on an Aanvraag, and there is one. */
        private boolean alleenOpAanvragen(RuleDescr rule) {
            List<PatternDescr> patronen = new ArrayList<>();
            Set<String> gezien = new HashSet<>();
            for (RuleDescr o = rule; o != null && gezien.add(o.getName()); o = ouder(o)) positief(o.getLhs(), patronen);
            return !patronen.isEmpty() && patronen.stream().allMatch(p -> p.getObjectType().endsWith("Aanvraag"));
        }

        private static void positief(BaseDescr d, List<PatternDescr> uit) {
            if (d instanceof PatternDescr p) {
                String type = p.getObjectType();
                String kort = type == null ? null : type.substring(type.lastIndexOf('.') + 1);
                if (ONDERWERPEN.contains(kort) && p.getSource() == null) uit.add(p);
            } else if (d instanceof org.drools.drl.ast.descr.AndDescr || d instanceof org.drools.drl.ast.descr.OrDescr) {
                for (BaseDescr x : ((ConditionalElementDescr) d).getDescrs()) positief(x, uit);
            }
        }

        /** The voorziening codes the model rule being checked names (known ones), or {@code null} outside a rule. */
        private List<String> genoemd;

        private static boolean isModelregel(String bestand) { return bestand.startsWith("modelregels:"); }

        private boolean aangeboden(String code) { return regelingen.values().stream().anyMatch(x -> x.voorzieningen.contains(code)); }

        /** Whether the conditions walked since the last reset hold an {@code eval}. */
        private boolean evalGezien;

        private RuleDescr ouder(RuleDescr rule) {
            return rule.getParentName() == null ? null : regelsOpNaam.get(rule.getParentName());
        }

        private void functie(FunctionDescr fn, Regeling r, String bestand) {
            Map<String, String> bindingen = new HashMap<>();
            for (int i = 0; i < fn.getParameterNames().size(); i++) {
                String type = fn.getParameterTypes().get(i);
                bindingen.put(fn.getParameterNames().get(i), type.substring(type.lastIndexOf('.') + 1));
            }
            fragment(null, fn.getBody(), bindingen, r, "function " + fn.getName(), bestand, false);
        }

        private void loop(BaseDescr d, String context, Map<String, String> bindingen, List<String[]> fragmenten) {
            if (d == null) return;
            if (d instanceof PatternDescr p) {
                String type = p.getObjectType();
                String kort = type == null ? null : type.substring(type.lastIndexOf('.') + 1);
                if (p.getIdentifier() != null) bindingen.put(p.getIdentifier(), kort);
                if (p.getConstraint() != null) for (BaseDescr c : p.getConstraint().getDescrs()) loop(c, kort, bindingen, fragmenten);
                if (p.getSource() != null) loop(p.getSource(), null, bindingen, fragmenten);
                for (String b : p.getAllBoundIdentifiers()) bindingen.putIfAbsent(b, "?");
            } else if (d instanceof ExprConstraintDescr e) {
                fragmenten.add(new String[] {context, e.getExpression()});
                Matcher m = Pattern.compile("(\\$\\w+)\\s*:\\s*([a-zA-Z]\\w*)\\b(?!\\s*\\()").matcher(e.getExpression());
                while (m.find()) bindingen.putIfAbsent(m.group(1), "?");
            } else if (d instanceof EvalDescr e) {
                evalGezien = true;
                fragmenten.add(new String[] {null, String.valueOf(e.getContent())});
            } else if (d instanceof FromDescr f) {
                fragmenten.add(new String[] {null, f.getExpression()});
            } else if (d instanceof AccumulateDescr a) {
                if (a.getInput() != null) loop(a.getInput(), null, bindingen, fragmenten);
                for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
                    fragmenten.add(new String[] {null, String.join(",", f.getParams())});
                    if (f.getBind() != null) bindingen.putIfAbsent(f.getBind(), "?");
                }
            } else if (d instanceof ConditionalElementDescr c) {
                for (BaseDescr x : c.getDescrs()) loop(x, context, bindingen, fragmenten);
            } else if (d.getText() != null) {
                fragmenten.add(new String[] {context, d.getText()});
            }
        }

        private void fragment(String context, String tekst, Map<String, String> bindingen, Regeling r, String regel, String bestand, boolean isRegel) {
            if (tekst == null) return;
            // the parameters on another date ("$par.op(begin).getal(\"x\")") read the same declared names as "$par.getal(\"x\")"
            tekst = OP_DATUM.matcher(tekst).replaceAll("$1.");
            Matcher m = SLEUTEL.matcher(tekst);
            while (m.find()) {
                String ontvanger = m.group(1), methode = m.group(2), sleutel = m.group(3);
                String type;
                if (ontvanger == null) type = context;
                else if (ontvanger.startsWith("$") || bindingen.containsKey(ontvanger)) type = bindingen.get(ontvanger);
                else continue; // a method of another object (Toets, a local variable) with the same name
                if (type == null || type.equals("?")) {
                    if (methode.equals("oordeel") || TOEGESTAAN.containsKey(methode)) {
                        fouten.add(new Problem(regel, bestand, "reads " + methode + "(\"" + sleutel + "\") on " + (ontvanger == null ? "an object" : ontvanger)
                                + " whose type the check cannot tell; bind the fact with a pattern (\"$a : Aanvraag(...)\") and call it on the binding"));
                    }
                    continue;
                }
                if (type.equals("Parameters")) {
                    if (!Set.of("getal", "geheel", "duur", "bekend", "uitTabel").contains(methode)) continue;
                    parameter(sleutel, r, regel, bestand);
                } else if (HOUDERS.contains(type)) {
                    if (methode.equals("oordeel")) oordeel(sleutel, r, regel, bestand);
                    else if (TOEGESTAAN.containsKey(methode)) feit(type, methode, sleutel, r, regel, bestand);
                }
            }
            Matcher no = NAAR_OORDEEL.matcher(tekst);
            while (no.find()) oordeel(no.group(1), r, regel, bestand);
            String zonderTekst = STRING.matcher(tekst).replaceAll("\"\"");
            if (context != null && HOUDERS.contains(context)) {
                Matcher w = WOORD.matcher(zonderTekst);
                while (w.find()) eigenschap(context, w.group(1), r, regel);
            }
            Matcher g = GETTER.matcher(tekst);
            while (g.find()) {
                String var = g.group(1) != null ? g.group(1) : g.group(3);
                String type = bindingen.get(var);
                if (type == null || !HOUDERS.contains(type)) continue;
                String prop = g.group(2) != null ? Character.toLowerCase(g.group(2).charAt(0)) + g.group(2).substring(1) : g.group(4);
                eigenschap(type, prop, r, regel);
            }
            Matcher p = PAD.matcher(tekst);
            while (p.find()) {
                String houder = p.group(1), naam = p.group(2);
                if (houder.equals("omstandigheden")) {
                    fouten.add(new Problem(regel, bestand, "names the field \"omstandigheden." + naam + "\"; facts stand on their object: \"aanvraag." + naam
                            + "\", \"persoon." + naam + "\", …"));
                    continue;
                }
                String over = switch (houder) {
                    case "voorziening", "verleende-voorziening" -> "VerleendeVoorziening";
                    case "aanvraag" -> "Aanvraag";
                    case "onderwerp" -> "Onderwerp";
                    default -> Character.toUpperCase(houder.charAt(0)) + houder.substring(1);
                };
                JsonNode decl = gegevens.get(naam);
                if (decl == null) {
                    if (houder.equals("persoon") || houder.equals("aanvraag") || houder.equals("dienstbetrekking") || houder.equals("werkgever")
                            || houder.equals("onderwerp") || houder.equals("voorziening")) {
                        fouten.add(new Problem(regel, bestand, "names the field \"" + houder + "." + naam + "\", which no vocabulary declares"));
                    }
                } else if (!past(decl, over)) {
                    fouten.add(new Problem(regel, bestand, "names the field \"" + houder + "." + naam + "\", but " + naam + " is declared over " + decl.path("over").asText()));
                } else {
                    gebruik(r.gebruiktGegevens, pad(over, naam), regel);
                }
            }
            if (isRegel) {
                Matcher v = VOORZIENING.matcher(tekst);
                while (v.find()) {
                    List<String> codes = new ArrayList<>();
                    if (v.group(1) != null) codes.add(v.group(1));
                    if (v.group(3) != null) codes.add(v.group(3));
                    if (v.group(2) != null) {
                        Matcher s = Pattern.compile("\"([^\"]+)\"").matcher(v.group(2));
                        while (s.find()) codes.add(s.group(1));
                    }
                    for (String c : codes) voorziening(c, regel, bestand);
                }
                if (context != null && BEVINDINGEN.contains(context)) {
                    Matcher c = CODE_REF.matcher(tekst);
                    while (c.find()) {
                        List<String> codes = new ArrayList<>();
                        if (c.group(1) != null) codes.add(c.group(1));
                        if (c.group(2) != null) {
                            Matcher s = Pattern.compile("\"([^\"]+)\"").matcher(c.group(2));
                            while (s.find()) codes.add(s.group(1));
                        }
                        for (String code : codes) codeVerwijzingen.add(new Object[] {context, code, regel, bestand});
                    }
                }
            }
        }

        private static String pad(String type, String naam) {
            return switch (type) {
                case "Persoon" -> "persoon.";
                case "Werkgever" -> "werkgever.";
                case "Dienstbetrekking" -> "dienstbetrekking.";
                case "Aanvraag" -> "aanvraag.";
                case "VerleendeVoorziening" -> "verleende-voorziening.";
                default -> "onderwerp.";
            } + naam;
        }

        private static boolean past(JsonNode decl, String type) {
            String over = decl.path("over").asText();
            return switch (type) {
                case "Persoon" -> over.equals("persoon");
                case "Werkgever" -> over.equals("werkgever");
                case "Dienstbetrekking" -> over.equals("dienstbetrekking");
                case "Aanvraag" -> over.equals("aanvraag") || over.equals("onderwerp");
                case "VerleendeVoorziening" -> over.equals("verleende-voorziening") || over.equals("onderwerp");
                case "Onderwerp" -> over.equals("onderwerp");
                default -> false;
            };
        }

        private void feit(String type, String methode, String naam, Regeling r, String regel, String bestand) {
            JsonNode decl = gegevens.get(naam);
            if (decl == null) {
                fouten.add(new Problem(regel, bestand, "reads " + methode + "(\"" + naam + "\"), a fact no vocabulary declares"));
                return;
            }
            if (!past(decl, type)) {
                fouten.add(new Problem(regel, bestand, "reads " + methode + "(\"" + naam + "\") on " + type + ", but " + naam + " is declared over "
                        + decl.path("over").asText()));
                return;
            }
            List<String> types = TOEGESTAAN.get(methode);
            if (!types.isEmpty() && !types.contains(decl.path("type").asText())) {
                fouten.add(new Problem(regel, bestand, "reads " + methode + "(\"" + naam + "\"), but " + naam + " is declared as " + decl.path("type").asText()
                        + "; read it with " + accessor(decl.path("type").asText())));
                return;
            }
            gebruik(r.gebruiktGegevens, pad(type, naam), regel);
        }

        private void eigenschap(String type, String prop, Regeling r, String regel) {
            List<String> via = METHODE_LEEST.get(prop);
            if (via != null) {
                for (String naam : via) if (gegevens.containsKey(naam) && past(gegevens.get(naam), type)) gebruik(r.gebruiktGegevens, pad(type, naam), regel);
                return;
            }
            JsonNode decl = gegevens.get(prop);
            if (decl != null && past(decl, type)) gebruik(r.gebruiktGegevens, pad(type, prop), regel);
        }

        private static String accessor(String type) {
            return switch (type) {
                case "ja-nee" -> "waar";
                case "aantal" -> "aantal";
                case "getal", "bedrag" -> "getal";
                case "datum" -> "datum";
                case "keuze", "tekst" -> "keuze";
                case "periode" -> "periode";
                case "perioden" -> "perioden";
                default -> "?";
            };
        }

        private void oordeel(String code, Regeling r, String regel, String bestand) {
            boolean bekend = regelingen.values().stream().anyMatch(x -> x.oordelen.contains(code) && x.versies.stream().anyMatch(v -> r.versies.contains(v)))
                    || r.oordelen.contains(code);
            if (!bekend) fouten.add(new Problem(regel, bestand, "reads oordeel(\"" + code + "\"), which no regeling of its versions declares"));
            else gebruik(r.gebruiktOordelen, code, regel);
        }

        private void parameter(String naam, Regeling r, String regel, String bestand) {
            if (r.versies.isEmpty()) {
                fouten.add(new Problem(regel, bestand, "its regeling " + r.id + " is in no version of pakket.json"));
                return;
            }
            for (Set<String> versie : r.versies) {
                boolean gedeclareerd = nationaleParameters.contains(naam)
                        || versie.stream().map(regelingen::get).anyMatch(x -> x != null && x.parameters.contains(naam));
                if (!gedeclareerd) {
                    fouten.add(new Problem(regel, bestand, "reads parameter \"" + naam + "\", which not every version containing " + r.id
                            + " declares (missing in the version of " + new TreeSet<>(versie) + ")"));
                    return;
                }
            }
            gebruik(r.gebruiktParameters, naam, regel);
        }

        private void voorziening(String code, String regel, String bestand) {
            if (!voorzieningen.contains(code)) {
                fouten.add(new Problem(regel, bestand, "names voorziening \"" + code + "\", which the vocabulary does not declare"));
            } else if (isModelregel(bestand) && genoemd != null) {
                if (!genoemd.contains(code)) genoemd.add(code);
            } else if (!aangeboden(code)) {
                fouten.add(new Problem(regel, bestand, "names voorziening \"" + code + "\", which no regeling of this package provides"));
            }
        }

        private static void gebruik(Map<String, Set<String>> index, String sleutel, String regel) {
            index.computeIfAbsent(sleutel, k -> new TreeSet<>()).add(regel);
        }

        private static JsonNode resource(ClassLoader loader, String pad) throws IOException {
            try (InputStream in = loader.getResourceAsStream(pad)) {
                if (in == null) throw new IllegalStateException(pad + " not found on the class path (is reintegratie-engine a dependency?)");
                return JSON.readTree(in);
            }
        }
    }

    static UncheckedIOException unchecked(IOException e) { return new UncheckedIOException(e); }

    /** The voorziening codes a pattern constraint binds the onderwerp to (empty: none, or not only that); for tests. */
    static Set<String> voorzieningenVan(String constraint) { return Controle.voorzieningen(constraint); }
}
