package nl.reintegratie.besluit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import nl.reintegratie.engine.Citaat;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.Regeling;

/**
 * What the beschikking and the ZGW output read from a gemeente's rule package on the class path, beyond the
 * {@link Evaluation}: the CBS code ({@code pakket.json}), the catalogue of besluittypen, per regeling its quoted
 * provisions (for the aanhef of a lid), its judgements' questions, its CVDR identifier where declared, the usage index
 * (which rule reads which fact), and from the engine's shared vocabulary the names of voorzieningen, which are
 * opdrachten, and what each fact means. Read once per class loader and gemeente; immutable.
 */
final class Bronnen {
    static final String PAKKET = "META-INF/reintegratie/pakket.json";
    static final String BESLUITTYPEN = "META-INF/reintegratie/besluittypen.json";
    /** A municipality's own catalogue for a rule package that has none: {@code META-INF/reintegratie/besluittypen/<gemeente>.json}. */
    static final String EIGEN_BESLUITTYPEN = "META-INF/reintegratie/besluittypen/";
    static final String VOCABULAIRE = "nl/reintegratie/vocabulaire.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<ClassLoader, Map<String, Bronnen>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** A fact as the vocabulary declares it. */
    record Feit(String naam, String over, String type, String omschrijving) {}

    /** A regeling's CVDR identifier and the source that gives it. */
    record Cvdr(String id, String bron) {}

    final String gemeente;
    /** The CBS gemeentecode (GM0397), or {@code null} when the package does not declare one. */
    final String cbsCode;
    final Besluittypen besluittypen;
    private final Map<String, String> teksten;
    private final Map<String, String> vragen;
    private final Map<String, Cvdr> cvdr;
    private final Set<String> wetIsParticipatiewet;
    private final Map<String, Set<String>> feitenPerRegel;
    private final Map<String, Set<String>> oordelenPerRegel;
    private final Map<String, String> voorzieningNamen;
    private final Set<String> opdrachten;
    private final Map<String, Feit> feiten;

    private Bronnen(String gemeente, String cbsCode, Besluittypen besluittypen, Map<String, String> teksten, Map<String, String> vragen,
                    Map<String, Cvdr> cvdr, Set<String> wetIsParticipatiewet, Map<String, Set<String>> feitenPerRegel,
                    Map<String, Set<String>> oordelenPerRegel, Map<String, String> voorzieningNamen, Set<String> opdrachten, Map<String, Feit> feiten) {
        this.gemeente = gemeente;
        this.cbsCode = cbsCode;
        this.besluittypen = besluittypen;
        this.teksten = teksten;
        this.vragen = vragen;
        this.cvdr = cvdr;
        this.wetIsParticipatiewet = wetIsParticipatiewet;
        this.feitenPerRegel = feitenPerRegel;
        this.oordelenPerRegel = oordelenPerRegel;
        this.voorzieningNamen = voorzieningNamen;
        this.opdrachten = opdrachten;
        this.feiten = feiten;
    }

    /** The class loader to read from when the caller names none: the thread's context loader, else this library's. */
    static ClassLoader standaardLader() {
        ClassLoader c = Thread.currentThread().getContextClassLoader();
        return c != null ? c : Bronnen.class.getClassLoader();
    }

    static Bronnen voor(Evaluation e, ClassLoader loader) {
        Map<String, Bronnen> perGemeente = CACHE.computeIfAbsent(loader, k -> new java.util.concurrent.ConcurrentHashMap<>());
        String sleutel = e.versie().id();
        return perGemeente.computeIfAbsent(sleutel, k -> lees(e, loader));
    }

    /** The gemeente as a folder name: lower case, spaces as hyphens ("midden-groningen"). */
    static String sleutel(String gemeente) {
        return gemeente.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", "-");
    }

    private static Bronnen lees(Evaluation e, ClassLoader loader) {
        URL pakketUrl = null;
        JsonNode pakket = null;
        for (URL u : bronnen(loader, PAKKET)) {
            JsonNode p = json(u);
            if (sleutel(p.path("gemeente").asText()).equals(sleutel(e.gemeente()))) {
                pakketUrl = u;
                pakket = p;
                break;
            }
        }
        if (pakket == null) {
            throw new IllegalStateException("gemeente " + e.gemeente() + ": no rule package (" + PAKKET + ") is visible to the class loader "
                    + "given to the besluit module; pass the loader the engine was loaded from");
        }
        String basis = pakketUrl.toString().substring(0, pakketUrl.toString().length() - PAKKET.length());
        Besluittypen typen = null;
        URL bt = inPakket(loader, basis, BESLUITTYPEN);
        // the catalogue belongs to the gemeente's zaaksysteem more than to its rules: a municipality that runs a rule
        // package without one adds its own, anywhere on the class path (a small jar beside the rule packages)
        if (bt == null) bt = loader.getResource(EIGEN_BESLUITTYPEN + sleutel(e.gemeente()) + ".json");
        if (bt != null) typen = Besluittypen.lees(json(bt), e.gemeente(), bt.toString());

        Map<String, String> teksten = new HashMap<>();
        Map<String, String> vragen = new HashMap<>();
        Map<String, Cvdr> cvdr = new HashMap<>();
        Set<String> wetIsPw = new java.util.HashSet<>();
        Map<String, Set<String>> feitenPerRegel = new HashMap<>();
        Map<String, Set<String>> oordelenPerRegel = new HashMap<>();
        Map<String, String> namen = new HashMap<>();
        Set<String> opdrachten = new java.util.HashSet<>();
        Map<String, Feit> feiten = new LinkedHashMap<>();
        Set<String> inVersie = new java.util.HashSet<>();
        for (Regeling r : e.versie().regelingen()) inVersie.add(r.id());

        URL vocabulaire = loader.getResource(VOCABULAIRE);
        if (vocabulaire != null) {
            JsonNode v = json(vocabulaire);
            for (JsonNode n : v.path("voorzieningen")) {
                namen.put(n.path("code").asText(), n.path("naam").asText());
                if (n.path("opdracht").asBoolean(false)) opdrachten.add(n.path("code").asText());
            }
            for (JsonNode g : v.path("gegevens")) feiten.putIfAbsent(g.path("naam").asText(), feit(g));
        }
        for (JsonNode pad : pakket.path("regelingen")) {
            URL du = inPakket(loader, basis, pad.asText());
            if (du == null) continue;
            JsonNode d = json(du);
            String id = d.path("id").asText();
            for (JsonNode n : d.path("eigenVoorzieningen")) {
                namen.putIfAbsent(n.path("code").asText(), n.path("naam").asText());
                if (n.path("opdracht").asBoolean(false)) opdrachten.add(n.path("code").asText());
            }
            for (JsonNode g : d.path("gegevens")) feiten.putIfAbsent(g.path("naam").asText(), feit(g));
            if (!inVersie.contains(id)) continue;
            for (JsonNode o : d.path("oordelen")) vragen.put(o.path("code").asText(), o.path("vraag").asText());
            JsonNode c = d.path("cvdr");
            if (c.hasNonNull("id") && c.hasNonNull("bron")) cvdr.put(id, new Cvdr(c.get("id").asText(), c.get("bron").asText()));
            URL bu = d.hasNonNull("bepalingen") ? inPakket(loader, basis, d.get("bepalingen").asText()) : null;
            if (bu != null) {
                for (JsonNode b : json(bu).path("bepalingen")) {
                    String tekst = b.path("tekst").asText();
                    teksten.put(sleutel(id, b.path("artikel").asText(), b.path("lid").asText(null), b.path("onderdeel").asText(null)), tekst);
                    if (tekst.matches("(?s).*\\bwet\\s*:\\s*(de\\s+)?Participatiewet\\b.*")) wetIsPw.add(id);
                }
            }
            URL gu = inPakket(loader, basis, "META-INF/reintegratie/gebruik/" + id + ".json");
            if (gu != null) {
                JsonNode g = json(gu);
                g.path("gegevens").fields().forEachRemaining(en -> en.getValue().forEach(regel ->
                        feitenPerRegel.computeIfAbsent(regel.asText(), k -> new LinkedHashSet<>()).add(en.getKey())));
                g.path("oordelen").fields().forEachRemaining(en -> en.getValue().forEach(regel ->
                        oordelenPerRegel.computeIfAbsent(regel.asText(), k -> new LinkedHashSet<>()).add(en.getKey())));
            }
        }
        return new Bronnen(pakket.path("gemeente").asText(e.gemeente()), pakket.path("cbsCode").asText(null), typen, Map.copyOf(teksten),
                Map.copyOf(vragen), Map.copyOf(cvdr), Set.copyOf(wetIsPw), Map.copyOf(feitenPerRegel), Map.copyOf(oordelenPerRegel),
                Map.copyOf(namen), Set.copyOf(opdrachten), Collections.unmodifiableMap(feiten));
    }

    /** The quoted text of a provision of a regeling of the version, or {@code null}. */
    String tekst(String regeling, String artikel, String lid, String onderdeel) {
        return teksten.get(sleutel(regeling, artikel, lid, onderdeel));
    }

    /**
     * For a citation of an onderdeel, the aanhef of its lid (or article) when the text quotes it on its own and it
     * ends with a colon ("Het college kan een voorziening weigeren als:"); otherwise {@code null}.
     */
    String aanhef(Citaat c) {
        if (c.onderdeel() == null) return null;
        String t = tekst(c.regeling(), c.artikel(), c.lid(), null);
        return t != null && t.trim().endsWith(":") ? t.trim() : null;
    }

    /** Whether the regeling defines "de wet" as the Participatiewet. */
    boolean wetIsParticipatiewet(String regeling) {
        return wetIsParticipatiewet.contains(regeling);
    }

    Cvdr cvdr(String regeling) {
        return cvdr.get(regeling);
    }

    /** The question of a judgement, or {@code null}. */
    String vraag(String oordeel) {
        return vragen.get(oordeel);
    }

    /** The facts a rule reads, as paths over their holder ({@code persoon.behoortTotDoelgroep}), in the usage index's order. */
    Set<String> feitenVan(String regel) {
        return feitenPerRegel.getOrDefault(regel, Set.of());
    }

    /** The judgements a rule reads. */
    Set<String> oordelenVan(String regel) {
        return oordelenPerRegel.getOrDefault(regel, Set.of());
    }

    /** The name of a voorziening ("Sociale activering"), or its code made readable. */
    String naam(String voorziening) {
        String n = voorzieningNamen.get(voorziening);
        if (n != null && !n.isBlank()) return n;
        String s = voorziening.replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether the college imposes it (the tegenprestatie) rather than grants it. */
    boolean isOpdracht(String voorziening) {
        return opdrachten.contains(voorziening);
    }

    Feit feit(String naam) {
        return feiten.get(naam);
    }

    private static Feit feit(JsonNode g) {
        return new Feit(g.path("naam").asText(), g.path("over").asText(), g.path("type").asText(), g.path("omschrijving").asText());
    }

    private static String sleutel(String regeling, String artikel, String lid, String onderdeel) {
        return regeling + "|" + artikel + "|" + (lid == null ? "" : lid) + "|" + (onderdeel == null ? "" : onderdeel);
    }

    /** The resource in the same jar (or folder) as the package's {@code pakket.json}, or {@code null}. */
    private static URL inPakket(ClassLoader loader, String basis, String pad) {
        for (URL u : bronnen(loader, pad)) if (u.toString().startsWith(basis)) return u;
        return null;
    }

    private static List<URL> bronnen(ClassLoader loader, String pad) {
        try {
            return new ArrayList<>(Collections.list(loader.getResources(pad)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(URL u) {
        try (InputStream in = u.openStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("not valid JSON: " + u, e);
        }
    }
}
