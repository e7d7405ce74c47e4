package nl.reintegratie.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.engine.Batch;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Variant;

/**
 * The reference for the Spark tests: {@link Batch} run directly, in a JVM of its own as the CLI's {@code batch} runs,
 * so that a difference between processes (an order that depends on the JVM, say) shows up as it would between the CLI
 * and a cluster. {@code BatchReferentie <invoer> <uitvoermap> <run>…}, a run being {@code gemeente|-:variantbestand|-:json|csv};
 * writes per run {@code <n>.uit} (the batch output) and {@code <n>.samenvatting} (its summary).
 */
public final class BatchReferentie {
    private BatchReferentie() {}

    public static void main(String[] args) throws IOException {
        Path invoer = Path.of(args[0]), uit = Path.of(args[1]);
        ReintegratieEngine engine = ReintegratieEngine.load(BatchReferentie.class.getClassLoader());
        for (int i = 2; i < args.length; i++) {
            String[] run = args[i].split(":", -1);
            ReintegratieEngine e = run[1].equals("-") ? engine : engine.withVariant(Variant.vanJson(Files.readString(Path.of(run[1]))));
            Batch.Options opties = new Batch.Options(2, run[2].equals("csv"), false, run[0].equals("-") ? null : run[0]);
            Batch.Summary s;
            try (InputStream in = Files.newInputStream(invoer);
                 Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(uit.resolve((i - 2) + ".uit")), StandardCharsets.UTF_8))) {
                s = new Batch(e, opties).process(in, w, null);
            }
            Files.writeString(uit.resolve((i - 2) + ".samenvatting"), s.text());
        }
    }

    /** Runs the reference in a new JVM with this test's class path; returns per run its output and its summary. */
    static List<String[]> inEigenJvm(Path invoer, Path map, List<String> runs) throws IOException, InterruptedException {
        Files.createDirectories(map);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", cp, BatchReferentie.class.getName(), invoer.toString(), map.toString()));
        cmd.addAll(runs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(map.resolve("log.txt").toFile()).start();
        if (p.waitFor() != 0) throw new IllegalStateException("the reference batch failed: " + Files.readString(map.resolve("log.txt")));
        List<String[]> uit = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            uit.add(new String[] {Files.readString(map.resolve(i + ".uit")), Files.readString(map.resolve(i + ".samenvatting"))});
        }
        return uit;
    }
}
