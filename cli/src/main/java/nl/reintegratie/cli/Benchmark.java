package nl.reintegratie.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.reintegratie.engine.ReintegratieEngine;

/** {@code benchmark}: start-up time and throughput on this machine, in one run (the JMH benchmarks are in benchmarks/). */
final class Benchmark implements Main.Opdracht {
    @Override public String hulp() {
        return """
                Gebruik: reintegratie benchmark <casus> [seconden]

                Meet de laadtijd, de tijd tot het eerste besluit en het aantal casussen per seconde (JSON in, besluit,
                JSON uit) op één thread en op alle kernen. seconden: per meting, een geheel getal van 1 tot 600 (standaard 5).
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, java.io.IOException {
        Main.geenOnbekendeOpties(args, "benchmark");
        if (args.isEmpty() || args.size() > 2) throw new Invoer.Fout("benchmark neemt een casus en eventueel het aantal seconden per meting");
        int seconden = 5;
        if (args.size() == 2) {
            try {
                seconden = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                throw new Invoer.Fout("seconden moet een geheel getal zijn; kreeg '" + args.get(1) + "'");
            }
            if (seconden < 1 || seconden > 600) throw new Invoer.Fout("seconden moet van 1 tot en met 600 zijn; kreeg " + seconden);
        }
        byte[] json = Invoer.casus(args.get(0), c.in);
        long t0 = System.nanoTime();
        ReintegratieEngine engine = c.engine();
        long t1 = System.nanoTime();
        ReintegratieEngine.toJson(engine.evaluateJson(json));
        long t2 = System.nanoTime();
        c.out.printf("laden (pakketten ontdekken):      %d ms%n", (t1 - t0) / 1_000_000);
        c.out.printf("eerste besluit (versie bouwen):   %d ms%n", (t2 - t1) / 1_000_000);
        meet(engine, json, 1, seconden);
        int kernen = Runtime.getRuntime().availableProcessors();
        double een = meet(engine, json, 1, seconden);
        double alle = meet(engine, json, kernen, seconden);
        c.out.printf("1 thread:   %.0f casussen/s (JSON in, besluit, JSON uit)%n", een);
        c.out.printf("%d threads: %.0f casussen/s (verhouding %.2f)%n", kernen, alle, alle / een);
        return Main.OK;
    }

    private static double meet(ReintegratieEngine engine, byte[] json, int threads, int seconden) {
        AtomicLong teller = new AtomicLong();
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
