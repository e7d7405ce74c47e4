package nl.reintegratie.testsupport;

import java.util.List;
import nl.reintegratie.engine.Evaluation;

/**
 * The outcome of running one scenario: passed, or the differences between what was expected and what came out.
 * {@code evaluation} is {@code null} when the case was (expectedly or not) invalid.
 */
public record ScenarioResult(Scenario scenario, boolean passed, List<String> deviations, Evaluation evaluation) {
    public ScenarioResult {
        deviations = List.copyOf(deviations);
    }
}
