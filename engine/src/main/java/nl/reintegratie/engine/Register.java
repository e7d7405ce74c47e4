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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * Finds the rule packages on the class path (every {@code META-INF/reintegratie/pakket.json}),
 * loads their regelingen and versions, and selects the version in force for a gemeente and
 * peildatum. Like java.time's zone rules providers: discovered, checked for duplicates and
 * overlaps, sorted oldest to newest, immutable once built.
 */
final class Register {
    static final String PAKKET = "META-INF/reintegratie/pakket.json";
    static final String NATIONAAL = "nl/reintegratie/nationaal/parameters.json";

    /** Versions per gemeente (lower-case key), oldest first. */
    private final Map<String, List<GeladenVersie>> perGemeente;
    private final Map<String, String> gemeenteNamen;
    /** Every voorziening code any package declares, to tell a typo from a voorziening another regeling lacks. */
    private final Map<String, List<String>> alleVoorzieningen;

    private Register(Map<String, List<GeladenVersie>> perGemeente, Map<String, String> gemeenteNamen,
                     Map<String, List<String>> alleVoorzieningen) {
        this.perGemeente = perGemeente;
        this.gemeenteNamen = gemeenteNamen;
        this.alleVoorzieningen = alleVoorzieningen;
    }

    static Register laad(ClassLoader loader) {
        List<Declaraties.Parameter> nationaal = Regeling.laadParameters(loader, NATIONAAL, null, null);
        KieContainer container = KieServices.Factory.get().getKieClasspathContainer(loader);
        Map<String, List<GeladenVersie>> perGemeente = new TreeMap<>();
        Map<String, String> namen = new TreeMap<>();
        Map<String, List<String>> alleVoorzieningen = new TreeMap<>();
        Enumeration<URL> pakketten;
        try {
            pakketten = loader.getResources(PAKKET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (URL url : Collections.list(pakketten)) {
            JsonNode p;
            try (var in = url.openStream()) {
                p = Json.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("rule package descriptor is not valid JSON: " + url, e);
            }
            String gemeente = p.path("gemeente").asText();
            String sleutel = gemeente.toLowerCase(Locale.ROOT);
            if (perGemeente.containsKey(sleutel)) {
                throw new IllegalStateException("two rule packages declare gemeente " + gemeente + " (" + url + ")");
            }
            Map<String, Regeling> regelingen = new LinkedHashMap<>();
            for (JsonNode pad : p.path("regelingen")) {
                Regeling r = Regeling.laad(loader, pad.asText());
                if (regelingen.put(r.info.id(), r) != null) throw new IllegalStateException("regeling " + r.info.id() + " declared twice");
                for (String v : r.voorzieningen.keySet()) {
                    alleVoorzieningen.computeIfAbsent(v, k -> new ArrayList<>()).add(r.info.id());
                }
            }
            List<GeladenVersie> versies = new ArrayList<>();
            for (JsonNode v : p.path("versies")) {
                List<Regeling> inVersie = new ArrayList<>();
                for (JsonNode id : v.path("regelingen")) {
                    Regeling r = regelingen.get(id.asText());
                    if (r == null) throw new IllegalStateException(gemeente + ": version " + v.path("kbase").asText() + " names unknown regeling " + id.asText());
                    inVersie.add(r);
                }
                // Without geldigVanaf a version starts when the last of its regelingen enters into force, so a start
                // date is stated once, in the regeling descriptor.
                LocalDate vanaf = v.hasNonNull("geldigVanaf") ? LocalDate.parse(v.get("geldigVanaf").asText())
                        : inVersie.stream().map(r -> r.info.geldigVanaf()).max(Comparator.naturalOrder())
                                .orElseThrow(() -> new IllegalStateException(gemeente + ": version " + v.path("kbase").asText() + " has no regelingen"));
                Versie versie = new Versie(v.path("kbase").asText(), gemeente, vanaf,
                        v.hasNonNull("geldigTot") ? LocalDate.parse(v.get("geldigTot").asText()) : null,
                        inVersie.stream().map(r -> r.info).toList());
                controleerLagen(versie, regelingen.values());
                KieBase kieBase = container.getKieBase(versie.id());
                versies.add(new GeladenVersie(versie, kieBase, inVersie, nationaal));
            }
            versies.sort(Comparator.comparing(g -> g.versie.geldigVanaf()));
            for (int i = 1; i < versies.size(); i++) {
                Versie vorige = versies.get(i - 1).versie;
                Versie deze = versies.get(i).versie;
                if (vorige.geldigTot() == null || !vorige.geldigTot().isBefore(deze.geldigVanaf())) {
                    throw new IllegalStateException(gemeente + ": versions " + vorige.id() + " and " + deze.id() + " overlap");
                }
            }
            perGemeente.put(sleutel, List.copyOf(versies));
            namen.put(sleutel, gemeente);
        }
        return new Register(Collections.unmodifiableMap(perGemeente), Collections.unmodifiableMap(namen),
                Collections.unmodifiableMap(alleVoorzieningen));
    }

    /**
     * A version must contain exactly the regelingen in force during its whole period: each of its own
     * regelingen is in force throughout, and no other regeling of the gemeente is in force on any day of it.
     */
    private static void controleerLagen(Versie versie, java.util.Collection<Regeling> alle) {
        for (Regeling r : alle) {
            RegelingInfo i = r.info;
            boolean inVersie = versie.regelingen().contains(i);
            boolean dektGeheel = !i.geldigVanaf().isAfter(versie.geldigVanaf())
                    && (i.geldigTot() == null || (versie.geldigTot() != null && !i.geldigTot().isBefore(versie.geldigTot())));
            LocalDate versieTot = versie.geldigTot() == null ? LocalDate.MAX : versie.geldigTot();
            LocalDate regelingTot = i.geldigTot() == null ? LocalDate.MAX : i.geldigTot();
            boolean overlapt = !i.geldigVanaf().isAfter(versieTot) && !regelingTot.isBefore(versie.geldigVanaf());
            if (inVersie && !dektGeheel) {
                throw new IllegalStateException(versie.id() + " runs " + versie.geldigVanaf() + " to " + versie.geldigTot()
                        + " but its regeling " + i.id() + " is in force only " + i.geldigVanaf() + " to " + i.geldigTot());
            }
            if (!inVersie && overlapt) {
                throw new IllegalStateException(versie.id() + " leaves out regeling " + i.id() + ", which is in force during part of it");
            }
        }
    }

    /** The version in force for the gemeente on the peildatum; a clear error naming what exists otherwise. */
    GeladenVersie kies(String gemeente, LocalDate peildatum) {
        List<GeladenVersie> versies = perGemeente.get(gemeente.toLowerCase(Locale.ROOT));
        if (versies == null) {
            throw new InvalidCaseException("gemeente", "no rule package for gemeente '" + gemeente + "'; known: " + String.join(", ", gemeenteNamen.values()));
        }
        for (GeladenVersie v : versies) if (v.versie.geldtOp(peildatum)) return v;
        String bestaand = versies.stream().map(v -> v.versie.id() + " (" + periode(v.versie) + ")").collect(Collectors.joining(", "));
        throw new InvalidCaseException("peildatum", "no regeling of " + gemeenteNamen.get(gemeente.toLowerCase(Locale.ROOT))
                + " is in force on " + peildatum + "; versions that exist: " + bestaand);
    }

    static String periode(Versie v) {
        return "from " + v.geldigVanaf() + (v.geldigTot() == null ? "" : " to " + v.geldigTot());
    }

    /** The regelingen that declare this voorziening, empty for a code no package knows. */
    List<String> declarantenVan(String voorziening) {
        return alleVoorzieningen.getOrDefault(voorziening, List.of());
    }

    List<String> alleVoorzieningCodes() {
        return List.copyOf(alleVoorzieningen.keySet());
    }

    List<Versie> versies() {
        List<Versie> alle = new ArrayList<>();
        perGemeente.values().forEach(l -> l.forEach(g -> alle.add(g.versie)));
        return List.copyOf(alle);
    }

    Map<String, GeladenVersie> geladenVersies() {
        Map<String, GeladenVersie> m = new HashMap<>();
        perGemeente.values().forEach(l -> l.forEach(g -> m.put(g.versie.id(), g)));
        return m;
    }
}
