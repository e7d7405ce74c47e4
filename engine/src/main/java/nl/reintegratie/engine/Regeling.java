package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One regeling of a rule package as loaded from its descriptor: its metadata, the DRL package that
 * encodes it, the quoted provisions, the parameters and the declarations. Immutable after loading.
 */
final class Regeling {
    final RegelingInfo info;
    final String drlPackage;
    final Map<String, String> teksten;
    final Map<String, Declaraties.Voorziening> voorzieningen;
    final Map<String, Declaraties.Omstandigheid> omstandigheden;
    final Map<String, Declaraties.Oordeel> oordelen;
    final List<Declaraties.Parameter> parameters;

    private Regeling(RegelingInfo info, String drlPackage, Map<String, String> teksten,
                     Map<String, Declaraties.Voorziening> voorzieningen,
                     Map<String, Declaraties.Omstandigheid> omstandigheden,
                     Map<String, Declaraties.Oordeel> oordelen, List<Declaraties.Parameter> parameters) {
        this.info = info;
        this.drlPackage = drlPackage;
        this.teksten = Map.copyOf(teksten);
        this.voorzieningen = Map.copyOf(voorzieningen);
        this.omstandigheden = Map.copyOf(omstandigheden);
        this.oordelen = Map.copyOf(oordelen);
        this.parameters = List.copyOf(parameters);
    }

    static String sleutel(String artikel, String lid, String onderdeel) {
        return artikel + "|" + (lid == null ? "" : lid) + "|" + (onderdeel == null ? "" : onderdeel);
    }

    /** The quoted text of exactly this provision, or {@code null}. */
    String tekst(String artikel, String lid, String onderdeel) {
        return teksten.get(sleutel(artikel, lid, onderdeel));
    }

    /** Loads a regeling descriptor and the files it names. Any defect is a packaging error. */
    static Regeling laad(ClassLoader loader, String pad) {
        JsonNode d = Json.resource(loader, pad);
        String id = verplicht(d, "id", pad);
        RegelingInfo info = new RegelingInfo(id, verplicht(d, "citeertitel", pad), verplicht(d, "soort", pad),
                verplicht(d, "vastgesteld", pad), LocalDate.parse(verplicht(d, "geldigVanaf", pad)),
                d.hasNonNull("geldigTot") ? LocalDate.parse(d.get("geldigTot").asText()) : null,
                verplicht(d, "inwerkingtreding", pad));

        Map<String, String> teksten = new HashMap<>();
        String bepalingenPad = verplicht(d, "bepalingen", pad);
        JsonNode b = Json.resource(loader, bepalingenPad);
        if (!id.equals(b.path("regeling").asText())) {
            throw new IllegalStateException(bepalingenPad + " belongs to regeling '" + b.path("regeling").asText() + "', not '" + id + "'");
        }
        for (JsonNode e : b.path("bepalingen")) {
            String k = sleutel(e.path("artikel").asText(), tekstOfNull(e, "lid"), tekstOfNull(e, "onderdeel"));
            if (teksten.putIfAbsent(k, e.path("tekst").asText()) != null) {
                throw new IllegalStateException(bepalingenPad + " quotes " + k + " twice");
            }
        }

        Map<String, Declaraties.Voorziening> voorzieningen = new LinkedHashMap<>();
        for (JsonNode v : d.path("voorzieningen")) {
            String code = v.path("code").asText();
            voorzieningen.put(code, new Declaraties.Voorziening(code, v.path("naam").asText(), v.path("artikel").asText(), id));
        }
        Map<String, Declaraties.Omstandigheid> omstandigheden = new LinkedHashMap<>();
        for (JsonNode o : d.path("omstandigheden")) {
            String naam = o.path("naam").asText();
            Declaraties.Type type = Declaraties.Type.valueOf(o.path("type").asText().toUpperCase().replace('-', '_'));
            List<String> keuzes = new ArrayList<>();
            o.path("keuzes").forEach(k -> keuzes.add(k.asText()));
            List<String> artikelen = new ArrayList<>();
            o.path("artikelen").forEach(k -> artikelen.add(k.asText()));
            omstandigheden.put(naam, new Declaraties.Omstandigheid(naam, type, List.copyOf(keuzes),
                    o.hasNonNull("minimum") ? o.get("minimum").decimalValue() : null,
                    o.path("omschrijving").asText(), List.copyOf(artikelen), id));
        }
        Map<String, Declaraties.Oordeel> oordelen = new LinkedHashMap<>();
        for (JsonNode o : d.path("oordelen")) {
            String code = o.path("code").asText();
            oordelen.put(code, new Declaraties.Oordeel(code, o.path("vraag").asText(), o.path("artikel").asText(),
                    tekstOfNull(o, "lid"), tekstOfNull(o, "onderdeel"), id));
        }
        List<Declaraties.Parameter> parameters = new ArrayList<>();
        if (d.hasNonNull("parameters")) parameters.addAll(laadParameters(loader, d.get("parameters").asText(), info.citeertitel(), info.geldigVanaf()));

        Regeling r = new Regeling(info, verplicht(d, "drlPackage", pad), teksten, voorzieningen, omstandigheden, oordelen, parameters);
        for (Declaraties.Oordeel o : oordelen.values()) {
            if (r.tekst(o.artikel(), o.lid(), o.onderdeel()) == null) {
                throw new IllegalStateException(pad + ": oordeel '" + o.code() + "' cites a provision that " + bepalingenPad + " does not quote");
            }
        }
        return r;
    }

    /**
     * Reads a dated parameter file; {@code standaardBron} names the regeling when an entry's bron gives only the
     * article. A value without {@code vanaf} applies from {@code standaardVanaf}, the regeling's entry into force,
     * so that an assumed start date is stated in one place only (the regeling descriptor).
     */
    static List<Declaraties.Parameter> laadParameters(ClassLoader loader, String pad, String standaardBron, LocalDate standaardVanaf) {
        JsonNode p = Json.resource(loader, pad);
        List<Declaraties.Parameter> lijst = new ArrayList<>();
        for (JsonNode e : p.path("parameters")) {
            List<Declaraties.Waarde> waarden = new ArrayList<>();
            for (JsonNode w : e.path("waarden")) {
                if (!w.hasNonNull("vanaf") && standaardVanaf == null) throw new IllegalStateException(pad + ": value of " + e.path("naam").asText() + " has no 'vanaf'");
                waarden.add(new Declaraties.Waarde(w.hasNonNull("vanaf") ? LocalDate.parse(w.path("vanaf").asText()) : standaardVanaf,
                        w.hasNonNull("tot") ? LocalDate.parse(w.get("tot").asText()) : null, w.path("waarde").decimalValue()));
            }
            String bron = e.path("bron").asText();
            if (!bron.contains(",") && standaardBron != null) bron = standaardBron + ", " + bron;
            lijst.add(new Declaraties.Parameter(e.path("naam").asText(), e.path("omschrijving").asText(),
                    e.path("eenheid").asText(), bron, List.copyOf(waarden)));
        }
        return lijst;
    }

    private static String verplicht(JsonNode d, String veld, String pad) {
        if (!d.hasNonNull(veld)) throw new IllegalStateException(pad + ": '" + veld + "' is required");
        return d.get(veld).asText();
    }

    private static String tekstOfNull(JsonNode n, String veld) {
        return n.hasNonNull(veld) ? n.get(veld).asText() : null;
    }
}
