package nl.reintegratie.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.RuleInfo;
import nl.reintegratie.engine.Versie;

/**
 * What the scenarios of a gemeente leave untested: rules that never produced an item, and conditions never seen both
 * met and not met (every conditional provision needs a case that meets it and one that fails it). And what the
 * coverage table leaves out: every lid of the quoted provisions needs a row; a row that says "nog niet gecodeerd" is
 * reported as such, not as a failure, so a package can be built while it is being encoded.
 */
public final class Coverage {
    static final String NOG_NIET = "nog niet gecodeerd";

    private Coverage() {}

    /**
     * @param vrijgesteld condition codes that cannot be seen both ways (each needs a reason in the coverage table)
     * @return one line per gap; empty when the scenarios cover every rule and both sides of every condition
     */
    public static List<String> gaps(ReintegratieEngine engine, String gemeente, List<ScenarioResult> resultaten, Set<String> vrijgesteld) {
        Set<String> gevuurd = new HashSet<>();
        Map<String, Set<String>> statussen = new HashMap<>();
        for (ScenarioResult r : resultaten) {
            if (r.evaluation() == null) continue;
            for (Besluit b : r.evaluation().besluiten()) {
                for (Besluit.Onderdeel f : b.onderdelen()) {
                    gevuurd.add(f.omschrijving());
                    gevuurd.addAll(f.afleiding());
                    if (f instanceof Besluit.Grond g && g.viaOmschrijving() != null) gevuurd.add(g.viaOmschrijving());
                    if (f instanceof Besluit.Voorwaarde v) statussen.computeIfAbsent(v.code(), k -> new TreeSet<>()).add(v.status().name());
                }
            }
        }
        List<String> gaten = new ArrayList<>();
        Set<String> alleRegels = new TreeSet<>();
        Map<String, String> ouders = new HashMap<>();
        for (Versie v : engine.versies()) {
            if (!v.gemeente().equalsIgnoreCase(gemeente)) continue;
            for (RuleInfo regel : engine.regels(v.id())) {
                alleRegels.add(regel.naam());
                if (regel.ouder() != null) ouders.put(regel.naam(), regel.ouder());
            }
        }
        // a rule that others extend fires whenever one of them does: its conditions are theirs
        for (String kind : new ArrayList<>(gevuurd)) {
            for (String o = ouders.get(kind); o != null && gevuurd.add(o); o = ouders.get(o)) { }
        }
        for (String naam : alleRegels) if (!gevuurd.contains(naam)) gaten.add("geen scenario laat deze regel vuren: " + naam);
        statussen.forEach((code, s) -> {
            if (vrijgesteld.contains(code) || s.equals(Set.of("ONBEKEND"))) return;
            if (!s.contains("VERVULD")) gaten.add("voorwaarde in geen scenario vervuld: " + code);
            if (!s.contains("NIET_VERVULD")) gaten.add("voorwaarde in geen scenario niet vervuld: " + code);
        });
        gaten.sort(null);
        return gaten;
    }

    /** The rows of a coverage table and which of them say the provision is not encoded yet. */
    public record Table(Set<String> rijen, Set<String> nogNietGecodeerd) {}

    static Table readTable(Path coverageMd) throws IOException {
        Set<String> rijen = new HashSet<>();
        Set<String> nogNiet = new TreeSet<>();
        for (String regel : Files.readAllLines(coverageMd)) {
            String t = regel.trim();
            if (!t.startsWith("|") || t.startsWith("|--") || t.startsWith("| --")) continue;
            String[] cellen = t.substring(1).split("\\|", -1);
            if (cellen.length < 3) continue;
            String k = sleutel(cellen[0].trim(), cellen[1].trim(), cellen[2].trim());
            rijen.add(k);
            if (t.toLowerCase(Locale.ROOT).contains(NOG_NIET)) nogNiet.add(k.replace("|", " "));
        }
        return new Table(rijen, nogNiet);
    }

    /**
     * Checks a module's coverage table against its quoted provisions and its rules. The table is Markdown with rows
     * {@code | regeling | artikel | lid | ... |}; every lid of every quoted provision (or the artikel, when it has no
     * leden) needs a row, and so does every artikel/lid a rule cites.
     *
     * @return one line per provision without a row
     */
    public static List<String> tableGaps(ReintegratieEngine engine, String gemeente, Path coverageMd, List<Path> bepalingen) throws IOException {
        Set<String> rijen = readTable(coverageMd).rijen();
        Set<String> nodig = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Path b : bepalingen) {
            JsonNode root = mapper.readTree(Files.readString(b));
            String regeling = root.path("regeling").asText();
            Set<String> artikelenMetLeden = new HashSet<>();
            for (JsonNode e : root.path("bepalingen")) if (e.hasNonNull("lid")) artikelenMetLeden.add(e.path("artikel").asText());
            for (JsonNode e : root.path("bepalingen")) {
                String artikel = e.path("artikel").asText();
                if (e.hasNonNull("onderdeel")) continue;
                if (e.hasNonNull("lid")) nodig.add(sleutel(regeling, artikel, e.path("lid").asText()));
                else if (!artikelenMetLeden.contains(artikel)) nodig.add(sleutel(regeling, artikel, ""));
            }
        }
        for (Versie v : engine.versies()) {
            if (!v.gemeente().equalsIgnoreCase(gemeente)) continue;
            for (RuleInfo r : engine.regels(v.id())) {
                nodig.add(sleutel(r.citaat().regeling(), r.citaat().artikel(), r.citaat().lid() == null ? "" : r.citaat().lid()));
            }
        }
        List<String> gaten = new ArrayList<>();
        for (String n : nodig) if (!rijen.contains(n)) gaten.add("geen rij in " + coverageMd.getFileName() + " voor " + n.replace("|", " "));
        return gaten;
    }

    private static String sleutel(String regeling, String artikel, String lid) {
        return regeling + "|" + artikel + "|" + lid;
    }
}
