package nl.reintegratie.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scenario: a case plus what the analyst expects ({@code verwacht}). A scenario file is either one case with a
 * {@code verwacht} block, or
 * <pre>{"titel": "...", "basis": {case fields}, "scenarios": [{"naam": "...", ...overrides..., "verwacht": {...}}]}</pre>
 * where each scenario is the {@code basis} with its own fields merged over it (objects merged key by key, lists
 * element by element, {@code null} removes a field). The format is checked as strictly as a case: an unknown key, a
 * scenario list that is not a list, an empty file are errors ({@link ScenarioFormatException}).
 */
public record Scenario(Path bestand, String titel, String naam, ObjectNode casus, JsonNode verwacht) {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final Set<String> BESTAND_VELDEN = Set.of("titel", "omschrijving", "basis", "scenarios");

    /** A scenario file that does not follow the format: names the file, the field and the reason. */
    public static final class ScenarioFormatException extends IOException {
        public ScenarioFormatException(Path bestand, String veld, String reden) {
            super(bestand + ": " + (veld.isEmpty() ? "" : veld + ": ") + reden);
        }
    }

    /** The case file of this scenario (without {@code verwacht}), as {@code evaluate} reads it. */
    public String casusJson() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(casus);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All scenarios in a file, or in every scenario file below a folder (sorted by path). */
    public static List<Scenario> load(Path pad) throws IOException {
        List<Path> bestanden = new ArrayList<>();
        if (Files.isDirectory(pad)) {
            try (Stream<Path> s = Files.walk(pad)) {
                s.filter(p -> { String n = p.getFileName().toString(); return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"); })
                        .sorted().forEach(bestanden::add);
            }
            if (bestanden.isEmpty()) throw new ScenarioFormatException(pad, "", "de map bevat geen scenariobestanden (*.json, *.yaml)");
        } else {
            bestanden.add(pad);
        }
        List<Scenario> alle = new ArrayList<>();
        for (Path b : bestanden) alle.addAll(loadFile(b));
        return alle;
    }

    /** Reads a case or scenario file, JSON or YAML, with the same errors. */
    public static JsonNode readDocument(Path bestand) throws IOException {
        byte[] bytes = Files.readAllBytes(bestand);
        String naam = bestand.getFileName().toString();
        if (naam.endsWith(".yaml") || naam.endsWith(".yml")) return Yaml.lees(bestand, bytes);
        String tekst = new String(bytes, StandardCharsets.UTF_8);
        if (tekst.startsWith("\uFEFF")) tekst = tekst.substring(1);
        if (tekst.isBlank()) throw new ScenarioFormatException(bestand, "", "het bestand is leeg");
        try {
            return MAPPER.readTree(tekst);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ScenarioFormatException(bestand, "", "geen geldige JSON" + (loc == null ? "" : " (regel " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        }
    }

    static List<Scenario> loadFile(Path bestand) throws IOException {
        JsonNode root = readDocument(bestand);
        if (root == null || !root.isObject()) throw new ScenarioFormatException(bestand, "", "een scenariobestand is een object; kreeg " + soort(root));
        List<Scenario> uit = new ArrayList<>();
        if (root.has("scenarios") || root.has("basis")) {
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!BESTAND_VELDEN.contains(k)) throw new ScenarioFormatException(bestand, k, "onbekend veld; velden van een scenariobestand: " + String.join(", ", BESTAND_VELDEN));
            }
            String titel = root.path("titel").asText(bestand.getFileName().toString());
            JsonNode basis = root.path("basis");
            if (!basis.isMissingNode() && !basis.isObject()) throw new ScenarioFormatException(bestand, "basis", "moet een object zijn (een casus); kreeg " + soort(basis));
            JsonNode lijst = root.get("scenarios");
            if (lijst == null || !lijst.isArray()) throw new ScenarioFormatException(bestand, "scenarios", "moet een lijst van scenario's zijn; kreeg " + soort(lijst));
            if (lijst.isEmpty()) throw new ScenarioFormatException(bestand, "scenarios", "de lijst is leeg");
            int i = 0;
            for (JsonNode s : lijst) {
                if (!s.isObject()) throw new ScenarioFormatException(bestand, "scenarios[" + i + "]", "moet een object zijn; kreeg " + soort(s));
                i++;
                ObjectNode casus = basis.isObject() ? ((ObjectNode) basis).deepCopy() : MAPPER.createObjectNode();
                meng(casus, (ObjectNode) s);
                JsonNode verwacht = casus.remove("verwacht");
                String naam = casus.path("naam").asText("scenario " + i);
                uit.add(new Scenario(bestand, titel, naam, casus, verwacht));
            }
        } else {
            ObjectNode casus = ((ObjectNode) root).deepCopy();
            JsonNode verwacht = casus.remove("verwacht");
            uit.add(new Scenario(bestand, bestand.getFileName().toString(), casus.path("naam").asText(bestand.getFileName().toString()), casus, verwacht));
        }
        return uit;
    }

    static String soort(JsonNode n) {
        if (n == null || n.isMissingNode()) return "niets";
        if (n.isTextual()) return "de tekst \"" + n.asText() + "\"";
        if (n.isNumber()) return "het getal " + n.asText();
        if (n.isArray()) return "een lijst";
        if (n.isObject()) return "een object";
        return n.asText();
    }

    /** Merges {@code over} into {@code doel}: objects key by key, lists element by element, null removes. */
    static void meng(ObjectNode doel, ObjectNode over) {
        Iterator<String> it = over.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            JsonNode v = over.get(k);
            JsonNode bestaand = doel.get(k);
            if (v.isNull()) {
                doel.remove(k);
            } else if (v.isObject() && bestaand != null && bestaand.isObject()) {
                meng((ObjectNode) bestaand, (ObjectNode) v);
            } else if (v.isArray() && bestaand != null && bestaand.isArray() && !k.equals("verwacht") && !k.equals("eerderePerioden")) {
                ArrayNode a = (ArrayNode) bestaand;
                for (int i = 0; i < v.size(); i++) {
                    JsonNode e = v.get(i);
                    if (i < a.size() && e.isObject() && a.get(i).isObject()) meng((ObjectNode) a.get(i), (ObjectNode) e);
                    else if (i < a.size()) a.set(i, e.deepCopy());
                    else a.add(e.deepCopy());
                }
            } else {
                doel.set(k, v.deepCopy());
            }
        }
    }
}
