package nl.reintegratie.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.reintegratie.bevindingen.Bevinding;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Diagnostics;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cases per second, per gemeente and case, in three ways on the same rule base:
 * <ul>
 *   <li>{@code jsonPad}: what the HTTP service does, a case file's bytes in and the decision's JSON bytes out
 *       ({@link ReintegratieEngine#evaluateJson(byte[])} and
 *       {@link ReintegratieEngine#writeJson(Evaluation, java.io.OutputStream, boolean)});</li>
 *   <li>{@code javaPad}: a case built in Java in, the {@link Evaluation} out;</li>
 *   <li>{@code naief}: the baseline, naive Drools: a new {@link StatelessKieSession} per case on the same KieBase,
 *       given the facts the engine inserts (already read, so the baseline does no JSON at all), the inserted
 *       bevindingen collected by a listener. No citations, no trace, no outcome, no output.</li>
 *   <li>{@code kaal}: Drools alone as the engine runs it, for scale: a session from a pool on the same KieBase, the same
 *       facts inserted, the rules fired, the session given back (reset) — no listener, no trail, nothing read or
 *       written. What the engine's paths could reach if the engine itself took no time: the ceiling of
 *       {@code jsonPad / naief}.</li>
 * </ul>
 * The engine's figure of merit is {@code jsonPad / naief}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluatieBenchmark {
    @Param({"Heemstede", "Haaksbergen", "Waterland", "Oirschot"})
    public String gemeente;

    @Param({"typisch", "vijf-aanvragen"})
    public String geval;

    private ReintegratieEngine engine;
    private byte[] json;
    private Casus casus;
    private KieBase kieBase;
    private List<Object> feiten;
    private KieSessionsPool pool;

    @Setup
    public void setup() {
        engine = ReintegratieEngine.load();
        json = Gevallen.json(geval, gemeente);
        casus = engine.readCase(new String(json, StandardCharsets.UTF_8));
        kieBase = Diagnostics.kieBase(engine, Diagnostics.versie(engine, casus));
        feiten = Diagnostics.feiten(engine, casus);
        pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        // the three paths must do the same work: check once that they see the same case
        Evaluation e = engine.evaluateJson(json);
        int onderwerpen = casus.aanvragen().size() + casus.verleendeVoorzieningen().size();
        if (e.besluiten().size() != onderwerpen) throw new IllegalStateException("expected " + onderwerpen + " decisions, got " + e.besluiten().size());
        if (naiefUitvoeren().isEmpty()) throw new IllegalStateException("the naive baseline inserted nothing for " + gemeente + "/" + geval);
    }

    @Benchmark
    public byte[] jsonPad() {
        // what the HTTP service does: the case's bytes in, the decision's UTF-8 bytes out
        ByteArrayOutputStream uit = new ByteArrayOutputStream(32_768);
        ReintegratieEngine.writeJson(engine.evaluateJson(json), uit, false);
        return uit.toByteArray();
    }

    @Benchmark
    public Evaluation javaPad() {
        return engine.evaluate(casus);
    }

    @Benchmark
    public void naief(Blackhole bh) {
        bh.consume(naiefUitvoeren());
    }

    @Benchmark
    public int kaal() {
        KieSession sessie = pool.newKieSession();
        try {
            for (Object feit : feiten) sessie.insert(feit);
            return sessie.fireAllRules();
        } finally {
            sessie.dispose();
        }
    }

    private List<Object> naiefUitvoeren() {
        StatelessKieSession sessie = kieBase.newStatelessKieSession();
        List<Object> bevindingen = new ArrayList<>();
        sessie.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Bevinding) bevindingen.add(event.getObject());
            }
        });
        sessie.execute(feiten);
        return bevindingen;
    }
}
