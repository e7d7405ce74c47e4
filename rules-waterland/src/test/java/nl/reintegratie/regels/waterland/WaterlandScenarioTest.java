package nl.reintegratie.regels.waterland;

import java.util.Set;
import nl.reintegratie.testsupport.RulePackageTest;

/**
 * Runs every scenario under {@code scenarios/} (the policy analysts' files) as a JUnit test, and checks that
 * the scenarios fire every rule and show every condition met and not met, and that COVERAGE.md has a row for
 * every lid (see {@link RulePackageTest}).
 */
class WaterlandScenarioTest extends RulePackageTest {
    WaterlandScenarioTest() {
        super("Waterland", Set.of("ondersteuning.aanvrager"));
    }
}
