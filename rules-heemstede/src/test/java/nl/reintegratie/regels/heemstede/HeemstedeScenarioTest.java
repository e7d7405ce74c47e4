package nl.reintegratie.regels.heemstede;

import java.util.Set;
import nl.reintegratie.testsupport.RulePackageTest;

/**
 * Runs every scenario under {@code scenarios/} (the policy analysts' files) as a JUnit test, and checks that
 * the scenarios fire every rule and show every condition met and not met, and that COVERAGE.md has a row for
 * every lid (see {@link RulePackageTest}).
 */
class HeemstedeScenarioTest extends RulePackageTest {
    HeemstedeScenarioTest() {
        // ondersteuning.aanvrager (art. 12D lid 1, the model rule ondersteuning.aanvraag): the case format knows only the persoon
        // and the werkgever as aanvrager, the two the lid names, so the condition is met or unknown, never not met (COVERAGE.md).
        super("Heemstede", Set.of("ondersteuning.aanvrager"));
    }
}
