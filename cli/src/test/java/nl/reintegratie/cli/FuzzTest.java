package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.testsupport.Mutations;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test on the fixture package: mutations of the fixture's case and scenario bases ({@link Mutations}). Every
 * mutation must give a decision or the library's own bad-input exception — never any other throwable. The engine
 * bounds the work per case itself (a count of rule firings, not wall time): exceeding it is a throwable and fails here.
 * The four real packages are fuzzed in it/pakketten.
 */
class FuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long SEED = 20261201L;
    static final int MUTATIES_PER_BASIS = 40;

    static List<JsonNode> bases() throws IOException {
        List<JsonNode> bases = new ArrayList<>();
        bases.add(JSON.readTree(Cli.FIXTURE));
        bases.addAll(Mutations.bases(Path.of("../it/midden-groningen/scenarios")));
        return bases;
    }

    @Test
    void geenMutatieGeeftIetsAndersDanEenBesluitOfEenInvoerfout() throws IOException {
        ReintegratieEngine engine = Cli.ENGINE;
        Random r = new Random(SEED);
        List<String> fouten = new ArrayList<>();
        int beoordeeld = 0, geweigerd = 0;
        for (JsonNode basis : bases()) {
            for (int i = 0; i < MUTATIES_PER_BASIS; i++) {
                byte[] invoer = Mutations.mutate(basis, r);
                try {
                    ReintegratieEngine.toJson(engine.evaluateJson(invoer));
                    ReintegratieEngine.toSummary(engine.evaluateJson(invoer));
                    beoordeeld++;
                } catch (InvalidCaseException e) {
                    geweigerd++;
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.toProblemJson()).contains("invalidParams");
                } catch (Throwable t) {
                    if (fouten.size() < 10) fouten.add(t + " for input " + new String(invoer, StandardCharsets.UTF_8).substring(0, Math.min(400, invoer.length)));
                }
            }
        }
        assertThat(fouten).as("throwables other than InvalidCaseException").isEmpty();
        assertThat(beoordeeld).as("some mutations stay valid").isPositive();
        assertThat(geweigerd).as("most mutations are bad input").isPositive();
    }

}
