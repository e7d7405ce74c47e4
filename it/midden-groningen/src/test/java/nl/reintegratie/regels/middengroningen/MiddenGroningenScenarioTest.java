package nl.reintegratie.regels.middengroningen;

import java.util.Set;
import nl.reintegratie.testsupport.RulePackageTest;

/** The scenarios and coverage checks of the fixture gemeente, as every rule package runs them. */
class MiddenGroningenScenarioTest extends RulePackageTest {
    MiddenGroningenScenarioTest() {
        super("Midden-Groningen", Set.of());
    }
}
