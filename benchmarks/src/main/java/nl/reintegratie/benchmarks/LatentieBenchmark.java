package nl.reintegratie.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import nl.reintegratie.engine.ReintegratieEngine;
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

/**
 * The latency of one decision on the JSON path (case file in, decision JSON out) for the typical case: JMH samples
 * each call, and its report gives the percentiles (p50, p99, p99.9).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LatentieBenchmark {
    @Param({"Heemstede", "Haaksbergen", "Waterland", "Oirschot"})
    public String gemeente;

    private ReintegratieEngine engine;
    private byte[] json;

    @Setup
    public void setup() {
        engine = ReintegratieEngine.load();
        json = Gevallen.json("typisch", gemeente);
        engine.evaluateJson(json);
    }

    @Benchmark
    public byte[] jsonPad() {
        // as EvaluatieBenchmark.jsonPad: what the HTTP service does
        ByteArrayOutputStream uit = new ByteArrayOutputStream(32_768);
        ReintegratieEngine.writeJson(engine.evaluateJson(json), uit, false);
        return uit.toByteArray();
    }
}
