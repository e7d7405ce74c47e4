package nl.reintegratie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.Finding;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.Regel;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Versie;
import nl.reintegratie.scenario.Scenario;
import nl.reintegratie.scenario.ScenarioResultaat;
import nl.reintegratie.scenario.Scenarios;

/**
 * The command line: evaluate a case file, run scenario files, compare gemeenten, list versions and rules.
 * Exit codes: 0 done; 1 scenarios failed; 2 bad input or usage (the reason on stderr, no stack trace);
 * 3 evaluated, but facts are missing for at least one aanvraag (named on stderr).
 */
public final class Main {
    static final int OK = 0, SCENARIOS_GEFAALD = 1, FOUT = 2, ONVOLLEDIG = 3;

    private static final String GEBRUIK = """
            Usage: reintegratie <command> [options]

              evaluate [--json] <case.json>        evaluate a case file; a readable summary, or the decision as JSON
              scenarios <file-or-folder>...        run scenario files and print a pass/fail table
              vergelijk <case.json> <gemeente>...  evaluate one case under several gemeenten, side by side
              versies                              list the gemeenten and versions of the rules on the class path
              regels <versie>                      list every rule of a version with its citation and quoted text
              benchmark <case.json> [seconds]      start-up time and throughput (cases/s) on 1 and on all cores

            Exit codes: 0 done, 1 a scenario failed, 2 bad input or usage, 3 facts missing for an aanvraag.
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(GEBRUIK);
            return args.length == 0 ? FOUT : OK;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "evaluate" -> evaluate(rest, out, err);
                case "scenarios" -> scenarios(rest, out, err);
                case "vergelijk" -> vergelijk(rest, out, err);
                case "versies" -> versies(out);
                case "regels" -> regels(rest, out, err);
                case "benchmark" -> benchmark(rest, out, err);
                default -> {
                    err.println("unknown command '" + args[0] + "'");
                    err.print(GEBRUIK);
                    yield FOUT;
                }
            };
        } catch (InvalidCaseException e) {
            err.println("The case cannot be evaluated:");
            e.fouten().forEach(f -> err.println("  " + f.veld() + ": " + f.reden()));
            return FOUT;
        } catch (NoSuchFileException e) {
            err.println("file not found: " + e.getFile());
            return FOUT;
        } catch (IOException e) {
            err.println(e.getMessage());
            return FOUT;
        }
    }

    private static int evaluate(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean json = args.remove("--json");
        if (args.size() != 1) {
            err.println("evaluate takes one case file, e.g.: reintegratie evaluate voorbeelden/heemstede-2024-participatieplaats.json");
            return FOUT;
        }
        ReintegratieEngine engine = ReintegratieEngine.load();
        Path pad = Path.of(args.get(0));
        List<Scenario> gelezen = Scenario.laad(pad);
        if (gelezen.size() != 1) {
            err.println(pad + " holds " + gelezen.size() + " cases; evaluate takes a single case (use 'scenarios' for a scenario file)");
            return FOUT;
        }
        Scenario casus = gelezen.get(0);
        Evaluation e = engine.evaluateJson(casus.casusJson());
        out.print(json ? ReintegratieEngine.toJson(e) + "\n" : ReintegratieEngine.toSummary(e));
        if (casus.verwacht() != null) {
            ScenarioResultaat r = Scenarios.voerUit(engine, casus);
            err.println(r.geslaagd() ? "verwacht: as expected" : "verwacht: NOT as expected: " + String.join("; ", r.afwijkingen()));
        }
        List<String> ontbrekend = new ArrayList<>();
        for (Besluit b : e.besluiten()) {
            for (Finding f : b.ontbrekendeGegevens()) {
                ontbrekend.add(b.onderwerp() + ": " + f.gegeven() + " is needed for " + f.citaat().kort() + " (" + f.omschrijving() + ")");
            }
        }
        if (!ontbrekend.isEmpty()) {
            err.println("Facts are missing, so not every aanvraag could be decided:");
            ontbrekend.forEach(m -> err.println("  " + m));
            return ONVOLLEDIG;
        }
        return OK;
    }

    private static int scenarios(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.isEmpty()) {
            err.println("scenarios takes one or more scenario files or folders, e.g.: reintegratie scenarios rules-heemstede/scenarios");
            return FOUT;
        }
        ReintegratieEngine engine = ReintegratieEngine.load();
        List<ScenarioResultaat> resultaten = new ArrayList<>();
        for (String a : args) {
            for (Scenario s : Scenario.laad(Path.of(a))) resultaten.add(Scenarios.voerUit(engine, s));
        }
        out.print(Scenarios.rapport(resultaten));
        return resultaten.stream().allMatch(ScenarioResultaat::geslaagd) ? OK : SCENARIOS_GEFAALD;
    }

    private static int vergelijk(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() < 2) {
            err.println("vergelijk takes a case file and one or more gemeenten, e.g.: reintegratie vergelijk case.json Heemstede Oirschot");
            return FOUT;
        }
        ReintegratieEngine engine = ReintegratieEngine.load();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode basis;
        try {
            basis = mapper.readTree(Files.readString(Path.of(args.get(0))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidCaseException("$", "malformed JSON: " + e.getOriginalMessage());
        }
        if (basis == null || !basis.isObject()) throw new InvalidCaseException("$", "a case must be a JSON object");
        ((ObjectNode) basis).remove("verwacht");
        StringBuilder s = new StringBuilder();
        for (String gemeente : args.subList(1, args.size())) {
            ObjectNode casus = ((ObjectNode) basis).deepCopy();
            casus.put("gemeente", gemeente);
            s.append("== ").append(gemeente).append('\n');
            try {
                Evaluation e = engine.evaluateJson(mapper.writeValueAsString(casus));
                s.append("   versie ").append(e.versie().id()).append('\n');
                for (Besluit b : e.besluiten()) {
                    s.append("   ").append(b.onderwerp()).append(" (").append(b.voorziening()).append("): ").append(b.uitkomst()).append('\n');
                    for (Finding f : b.weigeringsgronden()) s.append("      weigeringsgrond ").append(f.citaat().kort()).append(": ").append(f.omschrijving()).append('\n');
                    for (Finding f : b.beeindigingsgronden()) s.append("      beëindigingsgrond ").append(f.citaat().kort()).append(": ").append(f.omschrijving()).append('\n');
                    for (Finding f : b.openOordelen()) s.append("      open oordeel ").append(f.citaat().kort()).append(": ").append(f.code()).append('\n');
                    for (Finding f : b.ontbrekendeGegevens()) s.append("      ontbreekt ").append(f.gegeven()).append(" (").append(f.citaat().kort()).append(")\n");
                    for (Finding f : b.berekeningen()) s.append("      ").append(f.code()).append(": ")
                            .append(f.waarde() == null ? "niet bekend" : f.waarde().toPlainString() + " " + f.eenheid()).append('\n');
                }
            } catch (InvalidCaseException e) {
                s.append("   cannot be evaluated here: ").append(e.fouten().stream().map(Object::toString).collect(Collectors.joining("; "))).append('\n');
            }
        }
        out.print(s);
        return OK;
    }

    private static int versies(PrintStream out) {
        ReintegratieEngine engine = ReintegratieEngine.load();
        for (Versie v : engine.versies()) {
            out.println(v.gemeente() + "  " + v.id() + "  " + v.geldigVanaf() + " .. " + (v.geldigTot() == null ? "" : v.geldigTot()));
            v.regelingen().forEach(r -> out.println("    " + r.citeertitel() + " — " + r.inwerkingtreding()));
        }
        return OK;
    }

    private static int regels(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("regels takes a version id (see 'versies'), e.g.: reintegratie regels heemstede-2024");
            return FOUT;
        }
        ReintegratieEngine engine = ReintegratieEngine.load();
        List<Regel> regels;
        try {
            regels = engine.regels(args.get(0));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; versions: " + engine.versies().stream().map(Versie::id).collect(Collectors.joining(", ")));
            return FOUT;
        }
        for (Regel r : regels) {
            out.println(r.naam());
            out.println("    " + r.citaat().citeertitel() + ", " + r.citaat().kort() + ": \"" + r.citaat().tekst() + "\"");
        }
        out.println(regels.size() + " rules");
        return OK;
    }

    private static int benchmark(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.isEmpty() || args.size() > 2) {
            err.println("benchmark takes a case file and optionally the seconds per measurement, e.g.: reintegratie benchmark voorbeelden/heemstede-2024-jobcoaching.json 5");
            return FOUT;
        }
        int seconden;
        try {
            seconden = args.size() == 2 ? Integer.parseInt(args.get(1)) : 5;
        } catch (NumberFormatException e) {
            err.println("seconds must be a whole number, got '" + args.get(1) + "'");
            return FOUT;
        }
        String json = Files.readString(Path.of(args.get(0)));
        long t0 = System.nanoTime();
        ReintegratieEngine engine = ReintegratieEngine.load();
        long t1 = System.nanoTime();
        engine.evaluateJson(json);
        long t2 = System.nanoTime();
        out.printf("load (discover and build every version): %d ms%n", (t1 - t0) / 1_000_000);
        out.printf("first decision after load:                %d ms%n", (t2 - t1) / 1_000_000);
        meet(engine, json, 1, seconden, out); // warm-up, not reported
        int kernen = Runtime.getRuntime().availableProcessors();
        double een = meet(engine, json, 1, seconden, out);
        double alle = meet(engine, json, kernen, seconden, out);
        out.printf("1 thread:   %.0f cases/s (JSON in, decision, JSON out)%n", een);
        out.printf("%d threads: %.0f cases/s (ratio %.2f)%n", kernen, alle, alle / een);
        return OK;
    }

    private static double meet(ReintegratieEngine engine, String json, int threads, int seconden, PrintStream out) {
        java.util.concurrent.atomic.AtomicLong teller = new java.util.concurrent.atomic.AtomicLong();
        long einde = System.nanoTime() + seconden * 1_000_000_000L;
        List<Thread> draden = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < einde) {
                    ReintegratieEngine.toJson(engine.evaluateJson(json));
                    teller.incrementAndGet();
                }
            });
            draden.add(t);
            t.start();
        }
        for (Thread t : draden) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return teller.get() / (double) seconden;
    }
}
