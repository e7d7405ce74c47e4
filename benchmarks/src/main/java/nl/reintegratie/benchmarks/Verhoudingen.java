package nl.reintegratie.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the files of one JMH run (its {@code -rf json} files) into the table the README shows: per gemeente and case the cases per
 * second of each path and its ratio to the naive baseline of the same run; the two-thread scaling where the run has
 * both; and the latency percentiles of {@link LatentieBenchmark}.
 */
public final class Verhoudingen {
    private Verhoudingen() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) throw new IllegalArgumentException("usage: Verhoudingen <jmh-result.json>…");
        ObjectMapper json = new ObjectMapper();
        // gemeente/geval → threads → method → score
        Map<String, Map<Integer, Map<String, Double>>> doorvoer = new TreeMap<>();
        Map<String, JsonNode> latentie = new TreeMap<>();
        for (String bestand : args) for (JsonNode b : json.readTree(Path.of(bestand).toFile())) {
            String naam = b.path("benchmark").asText();
            String methode = naam.substring(naam.lastIndexOf('.') + 1);
            JsonNode p = b.path("params");
            if (naam.contains("LatentieBenchmark")) {
                latentie.put(p.path("gemeente").asText(), b.path("primaryMetric"));
                continue;
            }
            String sleutel = p.path("gemeente").asText() + " | " + p.path("geval").asText();
            doorvoer.computeIfAbsent(sleutel, k -> new TreeMap<>()).computeIfAbsent(b.path("threads").asInt(), k -> new LinkedHashMap<>())
                    .put(methode, b.path("primaryMetric").path("score").asDouble());
        }
        if (!doorvoer.isEmpty()) {
            System.out.println("| gemeente | case | threads | naive (cases/s) | JSON path (cases/s) | JSON / naive | Java path (cases/s) | Java / naive | Drools alone, pooled (cases/s) | ceiling: Drools alone / naive |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (var e : doorvoer.entrySet()) {
                for (var t : e.getValue().entrySet()) {
                    Map<String, Double> m = t.getValue();
                    Double naief = m.get("naief");
                    System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", e.getKey(), t.getKey(), getal(naief), getal(m.get("jsonPad")),
                            verhouding(m.get("jsonPad"), naief), getal(m.get("javaPad")), verhouding(m.get("javaPad"), naief),
                            getal(m.get("kaal")), verhouding(m.get("kaal"), naief));
                }
                Map<String, Double> een = e.getValue().get(1);
                Map<String, Double> twee = e.getValue().get(2);
                if (een != null && twee != null && een.get("jsonPad") != null && twee.get("jsonPad") != null) {
                    System.out.printf(Locale.ROOT, "|   | two threads / one (JSON path) | | | | %s | | | | |%n", verhouding(twee.get("jsonPad"), een.get("jsonPad")));
                }
            }
        }
        if (!latentie.isEmpty()) {
            System.out.println();
            System.out.println("| gemeente | typical case, JSON path | p50 (µs) | p99 (µs) | p99.9 (µs) |");
            System.out.println("|---|---|---:|---:|---:|");
            for (var e : latentie.entrySet()) {
                JsonNode pc = e.getValue().path("scorePercentiles");
                System.out.printf(Locale.ROOT, "| %s | | %.1f | %.1f | %.1f |%n", e.getKey(), pc.path("50.0").asDouble(), pc.path("99.0").asDouble(), pc.path("99.9").asDouble());
            }
        }
    }

    private static String getal(Double d) { return d == null ? "–" : String.format(Locale.ROOT, "%,.0f", d); }

    private static String verhouding(Double a, Double b) { return a == null || b == null || b == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", a / b); }
}
