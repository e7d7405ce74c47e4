package nl.reintegratie.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.reintegratie.engine.Diagnostics;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Versie;

/**
 * Heap and metaspace per built version: the engine is loaded (which only discovers the versions), then each version's
 * rule base is built in turn, and the retained heap (after full collections) and the metaspace are measured before and
 * after. Run it with {@code benchmarks/geheugen}; the figures go into the README's performance section.
 */
public final class Geheugen {
    private Geheugen() {}

    public static void main(String[] args) {
        Meting start = Meting.nu();
        ReintegratieEngine engine = ReintegratieEngine.load();
        Meting geladen = Meting.nu();
        System.out.printf(Locale.ROOT, "%-32s %10s %10s%n", "", "heap MB", "metaspace MB");
        System.out.printf(Locale.ROOT, "%-32s %10.2f %10.2f%n", "load() (discovery only)", geladen.heap - start.heap, geladen.metaspace - start.metaspace);
        List<double[]> perVersie = new ArrayList<>();
        Meting vorige = geladen;
        List<Object> vasthouden = new ArrayList<>();
        for (Versie v : engine.versies()) {
            vasthouden.add(Diagnostics.kieBase(engine, v.id()));
            Meting na = Meting.nu();
            double heap = na.heap - vorige.heap;
            double meta = na.metaspace - vorige.metaspace;
            perVersie.add(new double[] {heap, meta});
            System.out.printf(Locale.ROOT, "%-32s %10.2f %10.2f%n", "+ " + v.id(), heap, meta);
            vorige = na;
        }
        double heapNaEerste = 0, metaNaEerste = 0;
        for (int i = 1; i < perVersie.size(); i++) {
            heapNaEerste += perVersie.get(i)[0];
            metaNaEerste += perVersie.get(i)[1];
        }
        int verder = perVersie.size() - 1;
        if (verder > 0) {
            System.out.printf(Locale.ROOT, "%-32s %10.2f %10.2f%n", "each further version (mean)", heapNaEerste / verder, metaNaEerste / verder);
        }
        System.out.printf(Locale.ROOT, "%-32s %10.2f %10.2f%n", "all versions built", vorige.heap - start.heap, vorige.metaspace - start.metaspace);
        if (vasthouden.size() != engine.versies().size()) throw new AssertionError();
    }

    private record Meting(double heap, double metaspace) {
        static Meting nu() {
            for (int i = 0; i < 4; i++) {
                System.gc();
                try { Thread.sleep(50); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            }
            long heap = 0, meta = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) heap += p.getUsage().getUsed();
                else if (p.getName().equals("Metaspace")) meta += p.getUsage().getUsed();
            }
            return new Meting(heap / 1048576.0, meta / 1048576.0);
        }
    }
}
