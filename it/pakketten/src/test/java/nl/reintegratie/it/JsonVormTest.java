package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.testsupport.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The compact JSON (written from fragments prepared once per provision and version) says exactly what the indented
 * JSON says, for every scenario of the four packages; and the same case gives the same receipt.
 */
class JsonVormTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void compactEnIngesprongenZeggenHetzelfde() throws Exception {
        int n = 0;
        for (Pakketten.Beoordeeld be : Pakketten.beoordeeld()) {
            Scenario s = be.scenario();
            Evaluation e = be.evaluation();
            StringWriter compact = new StringWriter();
            ReintegratieEngine.writeJson(e, compact, false);
            JsonNode a = JSON.readTree(compact.toString());
            JsonNode b = JSON.readTree(ReintegratieEngine.toJson(e));
            assertThat(a).as(s.bestand().getFileName() + " / " + s.naam()).isEqualTo(b);
            // the UTF-8 bytes the service sends, and the indented form, say the same
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ReintegratieEngine.writeJson(e, bytes, false);
            assertThat(JSON.readTree(bytes.toByteArray())).as(s.bestand().getFileName() + " / " + s.naam() + " (bytes)").isEqualTo(b);
            java.io.ByteArrayOutputStream ingesprongen = new java.io.ByteArrayOutputStream();
            ReintegratieEngine.writeJson(e, ingesprongen, true);
            assertThat(JSON.readTree(ingesprongen.toByteArray())).as(s.bestand().getFileName() + " / " + s.naam() + " (indented bytes)").isEqualTo(b);
            // the receipt: the same case, again, gives the same hashes
            assertThat(Pakketten.ENGINE.evaluateJson(s.casus().toString()).ontvangstbewijs()).isEqualTo(e.ontvangstbewijs());
            n++;
        }
        assertThat(n).isGreaterThan(800);
    }
}
