package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The seeded fuzz test on the four real packages: a few mutations of every shipped example and every scenario file's
 * basis ({@link Mutations}, several thousand in all). Each must give a decision, its JSON and its summary, or the
 * library's own bad-input exception with problem details — never any other throwable. The work per case is bounded by
 * the engine itself (a count of rule firings), so a rule that loops fails here as a throwable, not as a slow test.
 */
class FuzzTest {
    static final long SEED = 20261202L;
    static final int MUTATIES_PER_BASIS = 8;

    @Test
    void geenMutatieGeeftIetsAndersDanEenBesluitOfEenInvoerfout() throws Exception {
        List<JsonNode> bases = Mutations.bases(Path.of("../../voorbeelden"), Path.of("../../rules-heemstede/scenarios"),
                Path.of("../../rules-haaksbergen/scenarios"), Path.of("../../rules-waterland/scenarios"), Path.of("../../rules-oirschot/scenarios"));
        assertThat(bases).hasSizeGreaterThan(80);
        Random r = new Random(SEED);
        List<String> fouten = new ArrayList<>();
        int beoordeeld = 0, geweigerd = 0;
        for (JsonNode basis : bases) {
            for (int i = 0; i < MUTATIES_PER_BASIS; i++) {
                byte[] invoer = Mutations.mutate(basis, r);
                try {
                    var e = Pakketten.ENGINE.evaluateJson(invoer);
                    ReintegratieEngine.toJson(e);
                    ReintegratieEngine.toSummary(e);
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
        assertThat(beoordeeld + geweigerd).isGreaterThan(1000);
        assertThat(beoordeeld).as("some mutations stay valid").isPositive();
        assertThat(geweigerd).as("many mutations are bad input").isPositive();
    }
}
