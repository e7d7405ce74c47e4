package nl.reintegratie.engine;

import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;

/**
 * What benchmarks and measurements need to look under the engine: a version's rule base and the facts the engine
 * inserts for a case. Not part of the stable API: it may change with any release, and an embedder has no use for it.
 */
public final class Diagnostics {
    private Diagnostics() {}

    /** The rule base of a version, built if it was not yet. */
    public static KieBase kieBase(ReintegratieEngine engine, String versieId) {
        return engine.registry().versie(versieId).built().kieBase;
    }

    /**
     * The facts the engine inserts for a checked case, in its order: the peildatum, the parameters for that date, the
     * regelingen in force, the person, the employer and the employment, the aanvragen and the voorzieningen granted.
     */
    public static List<Object> feiten(ReintegratieEngine engine, Casus casus) {
        Objects.requireNonNull(casus, "casus");
        Casus c = CaseValidator.controleer(casus, engine.registry(), List.of());
        LoadedVersion v = engine.registry().kies(c.gemeente(), c.peildatum());
        return Evaluator.feiten(Evaluator.leidVerleendOnderAf(c, v), v, v.built().parameters);
    }

    /** The id of the version that decides the case. */
    public static String versie(ReintegratieEngine engine, Casus casus) {
        return engine.registry().kies(casus.gemeente(), casus.peildatum()).versie.id();
    }
}
