package nl.reintegratie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Variant;

/**
 * {@code impact}: a caseload under the regelingen as they are and under policy variants or other gemeenten' regelingen;
 * what changes, as a CSV per comparison and one self-contained HTML report with charts.
 */
final class Impact implements Main.Opdracht {

    @Override public String hulp() {
        return """
                Gebruik: reintegratie impact <casussen.jsonl | map> (--variant <bestand>)... [--gemeenten A,B,...] [--uitvoer map]

                Beoordeelt een caseload onder de regelingen zoals ze zijn (de basis: elke casus onder zijn eigen gemeente) en
                onder elke beleidsvariant (andere waarden voor parameters, vanaf een datum) en elke genoemde gemeente, op alle
                kernen, en rapporteert wat er verandert: uitkomsten die veranderen (van wat naar wat, per voorziening),
                gronden die verschijnen of verdwijnen (per artikel), en totalen en verdelingen van bedragen en termijnen.
                Schrijft in de uitvoermap (standaard: impact/) per vergelijking een CSV met de besluiten die veranderen en
                één HTML-rapport (impact.html) met grafieken, dat offline opent.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        List<String> varianten = new ArrayList<>();
        String v;
        while ((v = Main.optie(args, "--variant")) != null) varianten.add(v);
        String gemeentenOptie = Main.optie(args, "--gemeenten");
        String uitvoer = Main.optie(args, "--uitvoer");
        Main.geenOnbekendeOpties(args, "impact");
        if (args.size() != 1) throw new Invoer.Fout("impact neemt één caseload (JSON Lines of een map met casussen)");
        List<String> gemeenten = gemeentenOptie == null ? List.of() : Arrays.stream(gemeentenOptie.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        if (varianten.isEmpty() && gemeenten.isEmpty()) throw new Invoer.Fout("impact heeft ten minste één --variant of --gemeenten nodig om mee te vergelijken");
        ReintegratieEngine basis = c.engine();
        for (String g : gemeenten) {
            if (basis.gemeenten().stream().noneMatch(x -> x.equalsIgnoreCase(g))) {
                throw new Invoer.Fout("--gemeenten: geen regels voor '" + g + "'; bekende gemeenten: " + String.join(", ", basis.gemeenten()));
            }
        }
        Path map = Path.of(uitvoer == null ? "impact" : uitvoer);
        Files.createDirectories(map);
        List<Alternatief> alternatieven = new ArrayList<>();
        List<Writer> writers = new ArrayList<>();
        for (String pad : varianten) {
            Variant variant;
            try {
                variant = Variant.vanJson(Invoer.tekst(Invoer.casus(pad, c.in)));
            } catch (InvalidCaseException e) {
                throw new Invoer.Fout(pad + ": " + e.getMessage());
            }
            ReintegratieEngine engine;
            try {
                engine = basis.withVariant(variant);
            } catch (IllegalArgumentException e) {
                throw new Invoer.Fout(pad + ": " + e.getMessage());
            }
            Writer w = writer(map.resolve("variant-" + variant.naam() + ".csv"));
            writers.add(w);
            alternatieven.add(new Alternatief(engine, null, new ImpactAnalyse("variant " + variant.naam(), variant.reason() + " (" + variant.versie() + ", vanaf "
                    + variant.vanaf() + ": " + variant.parameters() + ")", w)));
        }
        for (String g : gemeenten) {
            Writer w = writer(map.resolve("gemeente-" + g.toLowerCase(java.util.Locale.ROOT) + ".csv"));
            writers.add(w);
            alternatieven.add(new Alternatief(basis, g, new ImpactAnalyse("regelingen van " + g, "elke casus onder de regelingen van " + g + " in plaats van die van zijn eigen gemeente", w)));
        }
        long start = System.nanoTime();
        try (InputStream in = BatchOpdracht.invoer(args.get(0), c)) {
            verwerk(in, basis, alternatieven);
        } finally {
            for (Writer w : writers) w.close();
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        Path html = map.resolve("impact.html");
        Files.writeString(html, ImpactRapport.html(args.get(0), alternatieven.stream().map(Alternatief::analyse).toList(), seconden), StandardCharsets.UTF_8);
        for (Alternatief a : alternatieven) {
            ImpactAnalyse x = a.analyse();
            c.err.printf(Main.NL, "%s: %,d casussen, %,d besluiten, %,d gewijzigd, %,d met een fout%n", x.naam, x.casussen, x.besluiten, x.gewijzigd, x.fouten);
        }
        c.err.println("Rapport: " + html + " (en per vergelijking een CSV in " + map + ")");
        return Main.OK;
    }

    record Alternatief(ReintegratieEngine engine, String gemeente, ImpactAnalyse analyse) {}

    /** One case under the base and every alternative; {@code null} where a run could not evaluate it. */
    record Uitslag(long regel, Evaluation basis, Evaluation[] alternatieven) {}

    private static void verwerk(InputStream in, ReintegratieEngine basis, List<Alternatief> alternatieven) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> { Thread t = new Thread(r, "impact"); t.setDaemon(true); return t; });
        BlockingQueue<CompletableFuture<Uitslag>> wachtrij = new ArrayBlockingQueue<>(threads * 4);
        java.util.concurrent.atomic.AtomicBoolean klaar = new java.util.concurrent.atomic.AtomicBoolean();
        IOException[] leesfout = new IOException[1];
        Thread lezer = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String regel;
                long n = 0;
                while ((regel = r.readLine()) != null) {
                    n++;
                    if (regel.isBlank()) continue;
                    long nummer = n;
                    String casus = regel;
                    wachtrij.put(CompletableFuture.supplyAsync(() -> beoordeel(nummer, casus, basis, alternatieven), pool));
                }
            } catch (IOException e) {
                leesfout[0] = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                klaar.set(true);
            }
        }, "impact-lezer");
        lezer.setDaemon(true);
        lezer.start();
        try {
            while (true) {
                CompletableFuture<Uitslag> f = wachtrij.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (klaar.get() && wachtrij.isEmpty()) break;
                    continue;
                }
                Uitslag u = f.join();
                for (int i = 0; i < alternatieven.size(); i++) alternatieven.get(i).analyse().tel(u.regel(), u.basis(), u.alternatieven()[i]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("impact interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (leesfout[0] != null) throw leesfout[0];
    }

    private static Uitslag beoordeel(long regel, String casus, ReintegratieEngine basis, List<Alternatief> alternatieven) {
        Evaluation b = null;
        Casus situatie = null;
        try {
            situatie = basis.readCase(casus);
            b = basis.evaluate(situatie);
        } catch (InvalidCaseException e) {
            // counted as an error line in every comparison
        }
        Evaluation[] a = new Evaluation[alternatieven.size()];
        for (int i = 0; i < a.length && situatie != null; i++) {
            Alternatief x = alternatieven.get(i);
            try {
                a[i] = x.gemeente() == null ? x.engine().evaluate(situatie) : x.engine().evaluate(situatie.voorGemeente(x.gemeente()));
            } catch (InvalidCaseException e) {
                a[i] = null;
            }
        }
        return new Uitslag(regel, b, a);
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }
}
