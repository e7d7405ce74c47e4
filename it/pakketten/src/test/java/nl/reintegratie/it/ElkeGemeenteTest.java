package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.testsupport.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A case describes a situation, not a package: every scenario of every package, moved to a date on which all four
 * gemeenten have rules in force, is a valid case under each of the other three — no input error, no failure, a decision
 * for every aanvraag and voorziening granted. Facts another package does not read are accepted and listed as not used.
 *
 * <p>The only field taken out is {@code verleendOnder} ("granted under this regeling or the one before"), which names a
 * regeling of the package the scenario was written for.
 */
class ElkeGemeenteTest {
    /** All four in force: Waterland from 2025-01-31, Oirschot from 2024-10-01. */
    static final LocalDate GEMEENSCHAPPELIJK = LocalDate.of(2025, 9, 1);
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void elkeSituatieIsEenGeldigeCasusOnderElkeGemeente() {
        List<String> fouten = new ArrayList<>();
        int beoordeeld = 0, nietGebruikt = 0;
        for (Scenario s : Pakketten.scenarios()) {
            if (s.verwacht() != null && s.verwacht().has("fout")) continue; // a scenario about bad input
            ObjectNode casus = s.casus();
            String eigen = casus.path("gemeente").asText();
            long dagen = ChronoUnit.DAYS.between(LocalDate.parse(casus.path("peildatum").asText()), GEMEENSCHAPPELIJK);
            ObjectNode verschoven = (ObjectNode) verschuif(casus, dagen);
            for (JsonNode v : verschoven.path("verleendeVoorzieningen")) ((ObjectNode) v).remove("verleendOnder");
            for (String g : Pakketten.GEMEENTEN) {
                if (g.equalsIgnoreCase(eigen)) continue;
                verschoven.put("gemeente", g);
                try {
                    Evaluation e = Pakketten.ENGINE.evaluateJson(verschoven.toString());
                    int onderwerpen = verschoven.path("aanvragen").size() + verschoven.path("verleendeVoorzieningen").size();
                    if (e.besluiten().size() != onderwerpen) fouten.add(s.bestand().getFileName() + " / " + s.naam() + " onder " + g + ": " + e.besluiten().size() + " besluiten, " + onderwerpen + " onderwerpen");
                    beoordeeld++;
                    nietGebruikt += e.nietGebruikt().size();
                } catch (InvalidCaseException x) {
                    fouten.add(s.bestand().getFileName() + " / " + s.naam() + " onder " + g + ": " + x.getMessage());
                } catch (RuntimeException x) {
                    fouten.add(s.bestand().getFileName() + " / " + s.naam() + " onder " + g + ": " + x);
                }
            }
        }
        assertThat(fouten).isEmpty();
        assertThat(beoordeeld).isGreaterThan(2000);
        assertThat(nietGebruikt).as("facts of one package are accepted, and listed as not used, under another").isPositive();
    }

    static JsonNode verschuif(JsonNode x, long dagen) {
        if (x instanceof ObjectNode o) {
            ObjectNode n = o.objectNode();
            o.fields().forEachRemaining(e -> n.set(e.getKey(), verschuif(e.getValue(), dagen)));
            return n;
        }
        if (x instanceof ArrayNode a) {
            ArrayNode n = a.arrayNode();
            a.forEach(v -> n.add(verschuif(v, dagen)));
            return n;
        }
        if (x.isTextual() && DATUM.matcher(x.asText()).matches()) return TextNode.valueOf(LocalDate.parse(x.asText()).plusDays(dagen).toString());
        return x;
    }
}
