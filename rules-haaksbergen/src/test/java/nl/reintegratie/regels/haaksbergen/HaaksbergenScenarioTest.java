package nl.reintegratie.regels.haaksbergen;

import java.util.Set;
import nl.reintegratie.testsupport.RulePackageTest;

/**
 * Runs every scenario under {@code scenarios/} (the policy analysts' files) as a JUnit test, and checks that
 * the scenarios fire every rule and show every condition met and not met, and that COVERAGE.md has a row for
 * every lid (see {@link RulePackageTest}).
 */
class HaaksbergenScenarioTest extends RulePackageTest {
    HaaksbergenScenarioTest() {
        // A condition that is only ever not met, by its nature (explained in COVERAGE.md): a voorziening granted under the
        // earlier verordening that this verordening does not provide (art. 27 lid 1 with art. 3 lid 2 onder g).
        // ondersteuning.aanvrager (art. 16 lid 1, the model rule ondersteuning.aanvraag) is met or unknown, never not met: the
        // case format knows only the two aanvragers the lid names (COVERAGE.md).
        super("Haaksbergen", Set.of("voorziening-bestaat-in-deze-verordening", "ondersteuning.aanvrager"));
    }
}
