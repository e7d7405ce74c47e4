package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the rule packages visible to a class loader (every {@code META-INF/reintegratie/pakket.json}), reads their
 * descriptors and the shared vocabulary, and selects the version in force for a gemeente and peildatum. Like
 * java.time's zone rules providers: discovered, checked for duplicates and overlaps, sorted oldest to newest, immutable
 * once built. Discovery reads only small descriptors; a version's rules are built when it is first used.
 */
final class Registry {
    static final String PAKKET = "META-INF/reintegratie/pakket.json";
    static final String NATIONAAL = "nl/reintegratie/nationaal/parameters.json";

    /** One gemeente's rule package. */
    record Pakket(String gemeente, String cbsCode, URL url, List<RegelingDescriptor> regelingen, List<LoadedVersion> versies) {}

    final Vocabulary vocabulary;
    private final Map<String, Pakket> perGemeente;
    /** Every oordeel code any package declares → the regelingen that declare it. */
    final Map<String, List<String>> oordeelCodes;
    /** Every voorziening code a package provides → the regelingen that provide it. */
    final Map<String, List<String>> voorzieningAanbod;

    /** The class loader the rule packages were found through. */
    final ClassLoader loader;

    private Registry(ClassLoader loader, Vocabulary vocabulary, Map<String, Pakket> perGemeente, Map<String, List<String>> oordeelCodes,
                     Map<String, List<String>> voorzieningAanbod) {
        this.loader = loader;
        this.vocabulary = vocabulary;
        this.perGemeente = perGemeente;
        this.oordeelCodes = oordeelCodes;
        this.voorzieningAanbod = voorzieningAanbod;
    }

    static Registry discover(ClassLoader loader) {
        List<ParameterSet.Parameter> nationaal = ParameterSet.lees(engineLoader(loader), NATIONAAL, null, null);
        List<URL> urls;
        try {
            Enumeration<URL> e = loader.getResources(PAKKET);
            urls = Collections.list(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (urls.isEmpty()) {
            throw new IllegalStateException("no rule package found: no " + PAKKET + " is visible to class loader " + loader
                    + ". Put one or more rule package jars (for example reintegratie-rules-heemstede) on the class path, each as its own jar.");
        }
        ModelRegels modelRegels = ModelRegels.discover(loader);
        Map<String, Pakket> perGemeente = new TreeMap<>();
        Map<String, JsonNode> eigenGegevens = new LinkedHashMap<>();
        Map<String, JsonNode> eigenVoorzieningen = new LinkedHashMap<>();
        Map<String, List<String>> oordelen = new TreeMap<>();
        Map<String, List<String>> aanbod = new TreeMap<>();
        Set<String> regelingIds = new TreeSet<>();
        // the opdracht codes of the vocabulary, read once every package is known (before any version is built)
        java.util.concurrent.atomic.AtomicReference<Set<String>> opdrachten = new java.util.concurrent.atomic.AtomicReference<>(Set.of());
        for (URL url : urls) {
            JsonNode p = Json.resource(url);
            String gemeente = p.path("gemeente").asText();
            if (gemeente.isBlank()) throw new IllegalStateException(url + ": 'gemeente' is required");
            String sleutel = sleutel(gemeente);
            if (perGemeente.containsKey(sleutel)) {
                throw new IllegalStateException("two rule packages declare gemeente " + gemeente + ": " + perGemeente.get(sleutel).url() + " and " + url);
            }
            Map<String, String> modellen = ModelIndex.voor(url);
            Map<String, RegelingDescriptor> regelingen = new LinkedHashMap<>();
            for (JsonNode pad : p.path("regelingen")) {
                RegelingDescriptor r = RegelingDescriptor.lees(loader, pad.asText());
                if (!regelingIds.add(r.info.id())) throw new IllegalStateException("regeling " + r.info.id() + " is declared twice (" + url + ")");
                regelingen.put(r.info.id(), r);
                if (r.eigenGegevens.isArray() && !r.eigenGegevens.isEmpty()) eigenGegevens.put(r.info.id(), r.eigenGegevens);
                if (r.eigenVoorzieningen.isArray() && !r.eigenVoorzieningen.isEmpty()) eigenVoorzieningen.put(r.info.id(), r.eigenVoorzieningen);
                for (String o : r.oordelen.keySet()) voegToe(oordelen, o, r.info.id());
                for (String v : r.voorzieningen.keySet()) voegToe(aanbod, v, r.info.id());
                for (ModelRegels.Toepassing t : r.modelregels) {
                    if (modelRegels == null) {
                        throw new IllegalStateException(r.descriptorPad + " applies the model rules of '" + t.model() + "', but no " + ModelRegels.DESCRIPTOR
                                + " is visible to class loader " + loader + ": put reintegratie-modelregels on the class path (the rule package depends on it)");
                    }
                    if (!modelRegels.drl.containsKey(t.model())) {
                        throw new IllegalStateException(r.descriptorPad + " applies the model rules of '" + t.model() + "', which " + modelRegels.url
                                + " does not hold (it holds: " + String.join(", ", modelRegels.drl.keySet()) + ")");
                    }
                }
            }
            if (regelingen.isEmpty()) throw new IllegalStateException(url + ": the rule package declares no regeling");
            Set<String> geclaimd = new java.util.HashSet<>();
            for (RegelingDescriptor r : regelingen.values()) geclaimd.add(r.drlPackage);
            for (String pkg : modellen.keySet()) {
                if (!pkg.isEmpty() && !geclaimd.contains(pkg)) {
                    throw new IllegalStateException(url + " holds compiled rules for DRL package " + pkg + ", which no regeling of " + gemeente
                            + " declares: are several rule packages merged into one (shaded) jar? Keep each rule package a separate jar.");
                }
            }
            for (RegelingDescriptor r : regelingen.values()) {
                String klasse = modellen.get(r.drlPackage);
                if (klasse == null || loader.getResource(klasse.replace('.', '/') + ".class") == null) {
                    throw new IllegalStateException(url + ": no compiled rules for DRL package " + r.drlPackage + " of regeling " + r.info.id()
                            + ". Build the rule package with kie-maven-plugin (packaging kjar) and keep it a separate jar on the class path"
                            + " (a shaded jar merges the rule packages' indexes).");
                }
            }
            List<LoadedVersion> versies = versies(gemeente, p, regelingen, modellen, modelRegels, loader, nationaal, url, opdrachten);
            perGemeente.put(sleutel, new Pakket(gemeente, p.path("cbsCode").asText(null), url, List.copyOf(regelingen.values()), versies));
        }
        Vocabulary vocabulary = Vocabulary.bouw(Json.resource(engineLoader(loader), Vocabulary.GEDEELD), eigenGegevens, eigenVoorzieningen);
        Set<String> opdrachtCodes = new java.util.TreeSet<>();
        for (var v : vocabulary.voorzieningen.values()) if (v.opdracht()) opdrachtCodes.add(v.code());
        opdrachten.set(Set.copyOf(opdrachtCodes));
        for (Map.Entry<String, List<String>> e : aanbod.entrySet()) {
            if (!vocabulary.voorzieningen.containsKey(e.getKey())) {
                throw new IllegalStateException("regeling " + e.getValue() + " provides voorziening '" + e.getKey()
                        + "', which neither the shared vocabulary nor the package's 'eigenVoorzieningen' declares");
            }
        }
        return new Registry(loader, vocabulary, Collections.unmodifiableMap(perGemeente), Collections.unmodifiableMap(oordelen), Collections.unmodifiableMap(aanbod));
    }

    private static void voegToe(Map<String, List<String>> m, String sleutel, String waarde) {
        List<String> l = m.get(sleutel);
        if (l == null) m.put(sleutel, l = new ArrayList<>());
        l.add(waarde);
    }

    /** The engine's own resources (the shared vocabulary, national parameters) are found through the engine's class loader. */
    private static ClassLoader engineLoader(ClassLoader aanvrager) {
        return aanvrager.getResource(Vocabulary.GEDEELD) != null ? aanvrager : Registry.class.getClassLoader();
    }

    private static List<LoadedVersion> versies(String gemeente, JsonNode p, Map<String, RegelingDescriptor> regelingen, Map<String, String> modellen,
                                               ModelRegels modelRegels, ClassLoader loader, List<ParameterSet.Parameter> nationaal, URL url,
                                               java.util.concurrent.atomic.AtomicReference<Set<String>> opdrachten) {
        record Ruw(String id, List<RegelingDescriptor> regelingen, LocalDate vanaf, LocalDate tot) {}
        List<Ruw> ruw = new ArrayList<>();
        for (JsonNode v : p.path("versies")) {
            String id = v.path("id").asText();
            if (id.isBlank()) throw new IllegalStateException(url + ": a version without 'id'");
            List<RegelingDescriptor> in = new ArrayList<>();
            for (JsonNode r : v.path("regelingen")) {
                RegelingDescriptor d = regelingen.get(r.asText());
                if (d == null) throw new IllegalStateException(gemeente + ": version " + id + " names unknown regeling " + r.asText());
                in.add(d);
            }
            if (in.isEmpty()) throw new IllegalStateException(gemeente + ": version " + id + " has no regelingen");
            // A version starts when the last of its regelingen enters into force, so a start date is stated once.
            LocalDate vanaf = null, tot = null;
            for (RegelingDescriptor r : in) {
                if (vanaf == null || r.info.geldigVanaf().isAfter(vanaf)) vanaf = r.info.geldigVanaf();
                if (r.info.geldigTot() != null && (tot == null || r.info.geldigTot().isBefore(tot))) tot = r.info.geldigTot();
            }
            ruw.add(new Ruw(id, in, vanaf, tot));
        }
        if (ruw.isEmpty()) throw new IllegalStateException(url + ": the rule package declares no version");
        ruw.sort(new Comparator<Ruw>() {
            @Override public int compare(Ruw a, Ruw b) { return a.vanaf().compareTo(b.vanaf()); }
        });
        List<LoadedVersion> versies = new ArrayList<>();
        for (int i = 0; i < ruw.size(); i++) {
            Ruw r = ruw.get(i);
            // A version ends the day before the next one starts, unless a regeling of it ends earlier.
            LocalDate tot = r.tot();
            if (i + 1 < ruw.size()) {
                LocalDate voorVolgende = ruw.get(i + 1).vanaf().minusDays(1);
                if (tot == null || voorVolgende.isBefore(tot)) tot = voorVolgende;
                if (tot.isBefore(r.vanaf())) throw new IllegalStateException(gemeente + ": versions " + r.id() + " and " + ruw.get(i + 1).id() + " start on the same day");
            }
            List<Regeling> infos = new ArrayList<>();
            for (RegelingDescriptor d : r.regelingen()) infos.add(d.info);
            Versie versie = new Versie(r.id(), gemeente, r.vanaf(), tot, java.util.Collections.unmodifiableList(infos));
            controleerLagen(versie, regelingen.values());
            versies.add(new LoadedVersion(versie, r.regelingen(), modellen, modelRegels, loader, nationaal, opdrachten::get));
        }
        return List.copyOf(versies);
    }

    /** A version contains exactly the regelingen in force during its whole period. */
    private static void controleerLagen(Versie versie, java.util.Collection<RegelingDescriptor> alle) {
        LocalDate versieTot = versie.geldigTot() == null ? LocalDate.MAX : versie.geldigTot();
        for (RegelingDescriptor d : alle) {
            Regeling i = d.info;
            boolean inVersie = versie.regelingen().contains(i);
            LocalDate regelingTot = i.geldigTot() == null ? LocalDate.MAX : i.geldigTot();
            boolean dektGeheel = !i.geldigVanaf().isAfter(versie.geldigVanaf()) && !regelingTot.isBefore(versieTot);
            boolean overlapt = !i.geldigVanaf().isAfter(versieTot) && !regelingTot.isBefore(versie.geldigVanaf());
            if (inVersie && !dektGeheel) {
                throw new IllegalStateException(versie.id() + " runs " + versie.periode() + " but its regeling " + i.id() + " is in force only "
                        + i.geldigVanaf() + " to " + i.geldigTot());
            }
            if (!inVersie && overlapt) throw new IllegalStateException(versie.id() + " leaves out regeling " + i.id() + ", which is in force during part of it");
        }
    }

    static String sleutel(String gemeente) {
        return gemeente.toLowerCase(Locale.ROOT);
    }

    /** The gemeente's package, or an error naming the gemeenten that exist. */
    Pakket pakket(String gemeente, String veld) {
        Pakket p = perGemeente.get(sleutel(gemeente));
        if (p == null) {
            throw new InvalidCaseException(veld, "geen regels voor gemeente '" + gemeente + "'; bekende gemeenten: " + gemeenten().stream().collect(Collectors.joining(", ")));
        }
        return p;
    }

    /** The version in force for the gemeente on the peildatum; a clear error naming what exists otherwise. */
    LoadedVersion kies(String gemeente, LocalDate peildatum) {
        Pakket p = pakket(gemeente, "gemeente");
        for (LoadedVersion v : p.versies()) if (v.versie.geldtOp(peildatum)) return v;
        String bestaand = p.versies().stream().map(v -> v.versie.id() + " (" + v.versie.periode() + ")").collect(Collectors.joining(", "));
        throw new InvalidCaseException("peildatum", "op " + peildatum + " geldt geen regeling van " + p.gemeente() + "; versies: " + bestaand);
    }

    /** The version in force, or {@code null} (for a comparison that names a gemeente without rules on the date). */
    LoadedVersion inWerking(String gemeente, LocalDate peildatum) {
        Pakket p = perGemeente.get(sleutel(gemeente));
        if (p == null) return null;
        for (LoadedVersion v : p.versies()) if (v.versie.geldtOp(peildatum)) return v;
        return null;
    }

    List<String> gemeenten() {
        return perGemeente.values().stream().map(Pakket::gemeente).toList();
    }

    List<Pakket> pakketten() {
        return List.copyOf(perGemeente.values());
    }

    List<Versie> versies() {
        List<Versie> alle = new ArrayList<>();
        perGemeente.values().forEach(p -> p.versies().forEach(v -> alle.add(v.versie)));
        return List.copyOf(alle);
    }

    LoadedVersion versie(String id) {
        for (Pakket p : perGemeente.values()) for (LoadedVersion v : p.versies()) if (v.versie.id().equals(id)) return v;
        return null;
    }
}
