package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Small helpers for reading JSON trees with field paths in every error. Package-private. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}

    /** Reads a JSON resource shipped in a jar; a missing or broken one is a packaging defect. */
    static JsonNode resource(ClassLoader loader, String pad) {
        try (InputStream in = loader.getResourceAsStream(pad)) {
            if (in == null) throw new IllegalStateException("rule package resource not found: " + pad);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("rule package resource is not valid JSON: " + pad, e);
        }
    }

    /** Collects errors while reading a caller's document. */
    static final class Lezer {
        final List<InvalidCaseException.Fout> fouten = new ArrayList<>();

        void fout(String veld, String reden) { fouten.add(new InvalidCaseException.Fout(veld, reden)); }

        /** Reports every key of {@code node} not in {@code bekend}. */
        void alleenBekend(JsonNode node, String pad, Set<String> bekend) {
            if (node == null || !node.isObject()) return;
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!bekend.contains(k)) fout(pad(pad, k), "unknown field; known fields here: " + String.join(", ", new java.util.TreeSet<>(bekend)));
            }
        }

        ObjectNode object(JsonNode parent, String pad, String veld, boolean verplicht) {
            JsonNode n = parent.get(veld);
            if (n == null || n.isNull()) {
                if (verplicht) fout(pad(pad, veld), "is required");
                return null;
            }
            if (!n.isObject()) { fout(pad(pad, veld), "must be an object, got " + soort(n)); return null; }
            return (ObjectNode) n;
        }

        List<JsonNode> array(JsonNode parent, String pad, String veld) {
            JsonNode n = parent.get(veld);
            if (n == null || n.isNull()) return List.of();
            if (!n.isArray()) { fout(pad(pad, veld), "must be a list, got " + soort(n)); return List.of(); }
            List<JsonNode> l = new ArrayList<>();
            n.forEach(l::add);
            return l;
        }

        String tekst(JsonNode parent, String pad, String veld, boolean verplicht) {
            JsonNode n = parent.get(veld);
            if (n == null || n.isNull()) { if (verplicht) fout(pad(pad, veld), "is required"); return null; }
            if (!n.isTextual()) { fout(pad(pad, veld), "must be text, got " + soort(n)); return null; }
            if (verplicht && n.asText().isBlank()) { fout(pad(pad, veld), "must not be empty"); return null; }
            return n.asText();
        }

        LocalDate datum(JsonNode parent, String pad, String veld, boolean verplicht) {
            JsonNode n = parent.get(veld);
            if (n == null || n.isNull()) { if (verplicht) fout(pad(pad, veld), "is required"); return null; }
            return datumWaarde(n, pad(pad, veld));
        }

        LocalDate datumWaarde(JsonNode n, String pad) {
            if (!n.isTextual()) { fout(pad, "must be a date as text (YYYY-MM-DD), got " + soort(n)); return null; }
            try {
                return LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                fout(pad, "'" + n.asText() + "' is not a valid date (YYYY-MM-DD)");
                return null;
            }
        }

        Boolean janee(JsonNode parent, String pad, String veld) {
            JsonNode n = parent.get(veld);
            if (n == null || n.isNull()) return null;
            return janeeWaarde(n, pad(pad, veld));
        }

        Boolean janeeWaarde(JsonNode n, String pad) {
            if (!n.isBoolean()) { fout(pad, "must be true or false, got " + soort(n)); return null; }
            return n.booleanValue();
        }

        BigDecimal getal(JsonNode parent, String pad, String veld, boolean verplicht) {
            JsonNode n = parent.get(veld);
            if (n == null || n.isNull()) { if (verplicht) fout(pad(pad, veld), "is required"); return null; }
            return getalWaarde(n, pad(pad, veld));
        }

        BigDecimal getalWaarde(JsonNode n, String pad) {
            if (!n.isNumber()) { fout(pad, "must be a number, got " + soort(n)); return null; }
            return n.decimalValue();
        }
    }

    static String pad(String pad, String veld) {
        return pad.isEmpty() ? veld : pad + "." + veld;
    }

    static String soort(JsonNode n) {
        if (n.isTextual()) return "text \"" + n.asText() + "\"";
        if (n.isNumber()) return "number " + n.asText();
        if (n.isBoolean()) return n.asText();
        if (n.isArray()) return "a list";
        if (n.isObject()) return "an object";
        return n.getNodeType().toString().toLowerCase();
    }
}
