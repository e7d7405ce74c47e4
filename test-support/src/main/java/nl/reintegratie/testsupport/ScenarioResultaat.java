package nl.reintegratie.testsupport;

import java.util.List;
import nl.reintegratie.engine.Evaluation;

/**
 * The outcome of running one scenario: passed, or the differences between what was expected and what came out.
 * {@code evaluation} is {@code null} when the case was (expectedly or not) invalid.
 */
public record ScenarioResultaat(Scenario scenario, boolean geslaagd, List<String> afwijkingen, Evaluation evaluation) {
    public ScenarioResultaat {
        afwijkingen = List.copyOf(afwijkingen);
    }
}
