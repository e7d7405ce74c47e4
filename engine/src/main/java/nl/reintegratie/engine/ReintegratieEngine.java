package nl.reintegratie.engine;

import java.util.List;
import java.util.Objects;

/**
 * The entry point: evaluates cases against the re-integratieverordeningen whose rule packages are on
 * the class path. Load once (it compiles nothing: the rules were compiled at build time) and share:
 * an instance is immutable and safe to use from many threads at once; every evaluation runs in its
 * own rule session.
 *
 * <pre>{@code
 * ReintegratieEngine engine = ReintegratieEngine.load();
 * Evaluation e = engine.evaluateJson(json);          // or engine.evaluate(casus)
 * Besluit b = e.besluit("a1");
 * b.uitkomst(); b.weigeringsgronden(); b.openOordelen();
 * }</pre>
 *
 * <p>Bad input throws {@link InvalidCaseException}, which lists every problem with its field.
 */
public final class ReintegratieEngine {
    private final Register register;

    private ReintegratieEngine(Register register) {
        this.register = register;
    }

    /** Discovers the rule packages visible to this library's class loader. */
    public static ReintegratieEngine load() {
        return load(ReintegratieEngine.class.getClassLoader());
    }

    /** Discovers the rule packages visible to the given class loader. */
    public static ReintegratieEngine load(ClassLoader classLoader) {
        return new ReintegratieEngine(Register.laad(Objects.requireNonNull(classLoader, "classLoader")));
    }

    /** Evaluates a case built in Java. */
    public Evaluation evaluate(Casus casus) {
        Objects.requireNonNull(casus, "casus");
        if (casus.gemeente() == null || casus.gemeente().isBlank()) throw new InvalidCaseException("gemeente", "is required");
        if (casus.peildatum() == null) throw new InvalidCaseException("peildatum", "is required");
        GeladenVersie versie = register.kies(casus.gemeente(), casus.peildatum());
        Validatie.controleer(casus, versie, register);
        return Beoordeling.voerUit(casus, versie);
    }

    /** Evaluates a case file (JSON, see the README for the format). */
    public Evaluation evaluateJson(String json) {
        return evaluate(readCase(json));
    }

    /** Reads and checks a case file without evaluating it. */
    public Casus readCase(String json) {
        return CaseReader.lees(CaseReader.parse(json), register);
    }

    /** The evaluation as JSON. */
    public static String toJson(Evaluation evaluation) {
        return EvaluationJson.schrijf(evaluation);
    }

    /** The evaluation as a readable Dutch summary with citations. */
    public static String toSummary(Evaluation evaluation) {
        return Samenvatting.schrijf(evaluation);
    }

    /** The rules of one version (see {@link #versies()}), with their citations, ordered by citation. */
    public List<Regel> regels(String versieId) {
        GeladenVersie v = register.geladenVersies().get(versieId);
        if (v == null) throw new IllegalArgumentException("no version '" + versieId + "'");
        return v.regels();
    }

    /** Every version of every gemeente found on the class path, per gemeente oldest first. */
    public List<Versie> versies() {
        return register.versies();
    }
}
