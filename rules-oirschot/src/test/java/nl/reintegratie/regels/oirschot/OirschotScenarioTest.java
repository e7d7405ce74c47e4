package nl.reintegratie.regels.oirschot;

import java.util.Set;
import nl.reintegratie.testsupport.RulePackageTest;

/**
 * Runs every scenario under {@code scenarios/} (the policy analysts' files) as a JUnit test, and checks that
 * the scenarios fire every rule and show every condition met and not met, that COVERAGE.md has a row for
 * every lid, and that every interpretation a rule names is in a register (see {@link RulePackageTest}).
 */
class OirschotScenarioTest extends RulePackageTest {
    OirschotScenarioTest() {
        // ondersteuning.aanvrager (art. 3.16 lid 1): the case format knows only the persoon and the werkgever
        // as aanvrager, the two the article names, so the condition is met or unknown, never not met (COVERAGE.md, 3.16).
        super("Oirschot", Set.of("ondersteuning.aanvrager"));
    }
}
