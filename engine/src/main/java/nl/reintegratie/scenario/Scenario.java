package nl.reintegratie.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scenario: a case file plus what the analyst expects ({@code verwacht}). Scenario files are JSON:
 * either one case with a {@code verwacht} block, or
 * <pre>{"titel": "...", "basis": {case fields}, "scenarios": [{"naam": "...", ...overrides..., "verwacht": {...}}]}</pre>
 * where each scenario is the {@code basis} with its own fields merged over it (objects merged key by
 * key, lists element by element, {@code null} removes a field).
 */
public record Scenario(Path bestand, String titel, String naam, ObjectNode casus, JsonNode verwacht) {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The case file of this scenario (without {@code verwacht}), as the CLI's evaluate command reads it. */
    public String casusJson() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(casus);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All scenarios in a file, or in every {@code *.json} file below a folder (sorted by path). */
    public static List<Scenario> laad(Path pad) throws IOException {
        List<Path> bestanden = new ArrayList<>();
        if (Files.isDirectory(pad)) {
            try (Stream<Path> s = Files.walk(pad)) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(bestanden::add);
            }
        } else {
            bestanden.add(pad);
        }
        List<Scenario> alle = new ArrayList<>();
        for (Path b : bestanden) alle.addAll(laadBestand(b));
        return alle;
    }

    static List<Scenario> laadBestand(Path bestand) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(bestand));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(bestand + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IOException(bestand + ": a scenario file must be a JSON object");
        List<Scenario> uit = new ArrayList<>();
        if (root.has("scenarios")) {
            String titel = root.path("titel").asText(bestand.getFileName().toString());
            JsonNode basis = root.path("basis");
            int i = 0;
            for (JsonNode s : root.path("scenarios")) {
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
            } else if (v.isArray() && bestaand != null && bestaand.isArray() && !k.equals("verwacht")) {
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
