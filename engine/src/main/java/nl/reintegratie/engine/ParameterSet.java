package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.reintegratie.feiten.Duur;
import nl.reintegratie.feiten.Parameters;

/**
 * The dated parameters of a version (its regelingen's and the national ones), resolved per date. Values change only
 * on the dates a parameter file names, so the {@link Parameters} fact is built once per interval between those dates
 * and shared by every evaluation that falls in it.
 */
final class ParameterSet {
    record Waarde(LocalDate vanaf, LocalDate tot, BigDecimal waarde) {}

    record Parameter(String naam, String omschrijving, String eenheid, String bron, List<Waarde> waarden) {
        BigDecimal op(LocalDate datum) {
            for (Waarde w : waarden) if (!datum.isBefore(w.vanaf()) && (w.tot() == null || !datum.isAfter(w.tot()))) return w.waarde();
            return null;
        }
    }

    final List<Parameter> parameters;
    private final Set<String> gedeclareerd;
    private final Map<String, Duur.Eenheid> eenheden;
    private final LocalDate[] grenzen;
    private final Map<Integer, Parameters> perInterval = new ConcurrentHashMap<>();

    ParameterSet(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        Set<String> namen = new HashSet<>();
        Map<String, Duur.Eenheid> units = new HashMap<>();
        TreeSet<LocalDate> g = new TreeSet<>();
        for (Parameter p : parameters) {
            if (!namen.add(p.naam())) throw new IllegalStateException("parameter '" + p.naam() + "' is declared twice in one version");
            String prefix = p.naam();
            for (int i = prefix.lastIndexOf('.'); i > 0; i = prefix.lastIndexOf('.', i - 1)) namen.add(prefix.substring(0, i));
            Duur.Eenheid e = Duur.Eenheid.vanNaam(p.eenheid());
            if (e != null) units.put(p.naam(), e);
            for (Waarde w : p.waarden()) {
                g.add(w.vanaf());
                if (w.tot() != null) g.add(w.tot().plusDays(1));
            }
        }
        this.gedeclareerd = Set.copyOf(namen);
        this.eenheden = Map.copyOf(units);
        this.grenzen = g.toArray(LocalDate[]::new);
    }

    /** The parameters' values on the date; a parameter without a value for that date is unknown. */
    Parameters op(LocalDate datum) {
        int interval = Arrays.binarySearch(grenzen, datum);
        int sleutel = interval >= 0 ? interval + 1 : -interval - 1;
        return perInterval.computeIfAbsent(sleutel, k -> {
            Map<String, BigDecimal> waarden = new HashMap<>();
            for (Parameter p : parameters) {
                BigDecimal w = p.op(datum);
                if (w != null) waarden.put(p.naam(), w);
            }
            return new Parameters(waarden, eenheden, gedeclareerd, this::op);
        });
    }

    boolean gedeclareerd(String naam) {
        return gedeclareerd.contains(naam);
    }

    /** The same parameters with a variant's values from its date on; a name the version does not declare is an error. */
    ParameterSet met(Variant v) {
        java.util.List<String> onbekend = new ArrayList<>();
        for (String naam : v.parameters().keySet()) {
            if (parameters.stream().noneMatch(p -> p.naam().equals(naam))) onbekend.add(naam);
        }
        if (!onbekend.isEmpty()) {
            throw new IllegalArgumentException("variant " + v.naam() + ": " + v.versie() + " declares no parameter " + String.join(", ", onbekend));
        }
        List<Parameter> uit = new ArrayList<>();
        for (Parameter p : parameters) {
            BigDecimal nieuw = v.parameters().get(p.naam());
            if (nieuw == null) { uit.add(p); continue; }
            List<Waarde> w = new ArrayList<>();
            for (Waarde x : p.waarden()) {
                if (!x.vanaf().isBefore(v.vanaf())) continue;
                LocalDate tot = x.tot() == null || !x.tot().isBefore(v.vanaf()) ? v.vanaf().minusDays(1) : x.tot();
                w.add(new Waarde(x.vanaf(), tot, x.waarde()));
            }
            w.add(new Waarde(v.vanaf(), null, nieuw));
            uit.add(new Parameter(p.naam(), p.omschrijving(), p.eenheid(), p.bron() + "; variant " + v.naam() + " vanaf " + v.vanaf(), List.copyOf(w)));
        }
        return new ParameterSet(uit);
    }

    /**
     * Reads a dated parameter file; {@code standaardBron} names the regeling when an entry's bron gives only the article.
     * A value without {@code vanaf} applies from {@code standaardVanaf}, the regeling's entry into force, so that an
     * assumed start date is stated in one place only (the regeling descriptor).
     */
    static List<Parameter> lees(ClassLoader loader, String pad, String standaardBron, LocalDate standaardVanaf) {
        JsonNode p = Json.resource(loader, pad);
        List<Parameter> lijst = new ArrayList<>();
        for (JsonNode e : p.path("parameters")) {
            String naam = e.path("naam").asText();
            if (naam.isBlank()) throw new IllegalStateException(pad + ": a parameter without 'naam'");
            List<Waarde> waarden = new ArrayList<>();
            for (JsonNode w : e.path("waarden")) {
                if (!w.hasNonNull("vanaf") && standaardVanaf == null) throw new IllegalStateException(pad + ": value of " + naam + " has no 'vanaf'");
                if (!w.path("waarde").isNumber()) throw new IllegalStateException(pad + ": value of " + naam + " is not a number");
                waarden.add(new Waarde(w.hasNonNull("vanaf") ? LocalDate.parse(w.path("vanaf").asText()) : standaardVanaf,
                        w.hasNonNull("tot") ? LocalDate.parse(w.get("tot").asText()) : null, w.path("waarde").decimalValue()));
            }
            String bron = e.path("bron").asText();
            if (bron.isBlank()) throw new IllegalStateException(pad + ": parameter " + naam + " has no 'bron'");
            if (!bron.contains(",") && standaardBron != null) bron = standaardBron + ", " + bron;
            lijst.add(new Parameter(naam, e.path("omschrijving").asText(), e.path("eenheid").asText(), bron, List.copyOf(waarden)));
        }
        return lijst;
    }
}
