package nl.reintegratie.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Case and scenario files in YAML, for analysts who like to write comments: the same structure and the same checks as
 * JSON. Dates stay text ({@code 2024-03-15}), numbers are exact decimals, a key twice in one mapping is an error.
 */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Yaml() {}

    static JsonNode lees(Path bestand, byte[] bytes) throws IOException {
        String tekst = new String(bytes, StandardCharsets.UTF_8);
        if (tekst.startsWith("\uFEFF")) tekst = tekst.substring(1);
        if (tekst.isBlank()) throw new Scenario.ScenarioFormatException(bestand, "", "het bestand is leeg");
        try {
            JsonNode n = MAPPER.readTree(tekst);
            if (n == null || n.isMissingNode()) throw new Scenario.ScenarioFormatException(bestand, "", "het bestand bevat geen YAML-document");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new Scenario.ScenarioFormatException(bestand, "", "geen geldige YAML" + (loc == null ? "" : " (regel " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        }
    }
}
