package nl.reintegratie.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Variant;

/**
 * The engines of this JVM: one per class loader that asks, loaded once, on first use, and shared by every thread (and
 * so by every Spark task) of the JVM. On an executor that is one engine: the task threads all have the executor's
 * class loader as context class loader, which holds the jars given with {@code --jars} (the engine, Drools and each
 * rule package, each its own jar). A {@link ReintegratieEngine} is immutable and thread-safe; a policy variant is the
 * same engine with other parameter values ({@link ReintegratieEngine#withVariant}), made once per variant and sharing
 * the rule bases. In Spark's local mode the driver and the executor threads share one JVM, and one engine (see
 * {@link #loader()}).
 */
final class Engines {
    private static final Map<ClassLoader, PerLoader> ENGINES = new ConcurrentHashMap<>();

    private Engines() {}

    /** The engine and its variants for one class loader; each is made once, when first asked for. */
    private static final class PerLoader {
        final ClassLoader loader;
        private volatile ReintegratieEngine basis;
        private final Map<String, ReintegratieEngine> varianten = new ConcurrentHashMap<>();

        PerLoader(ClassLoader loader) { this.loader = loader; }

        ReintegratieEngine basis() {
            ReintegratieEngine e = basis;
            if (e == null) {
                synchronized (this) {
                    e = basis;
                    if (e == null) basis = e = laad(loader);
                }
            }
            return e;
        }

        ReintegratieEngine variant(String variantJson) {
            ReintegratieEngine b = basis();
            return varianten.computeIfAbsent(variantJson, json -> b.withVariant(Variant.vanJson(json)));
        }
    }

    /**
     * The class loader to load the rule packages with for the calling thread: the thread's context class loader (on an
     * executor, the task's), or a loader that sees the same rule packages more plainly. Spark in local mode runs the
     * tasks in the driver's JVM with a class loader of their own that adds Spark's copy of every {@code --jars} jar to
     * the driver's loader, which already holds the jar: through it every rule package is seen twice, which the engine
     * rightly refuses as two packages for one gemeente. The loader that loaded the engine, or an ancestor of the
     * context class loader, that sees the same rule packages (by jar name) sees each once; the driver and the tasks of
     * that JVM then also share one engine. On a cluster an executor's task loader is the only one with the jars.
     */
    static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader l = context != null ? context : Engines.class.getClassLoader();
        return GEKOZEN.computeIfAbsent(l, Engines::kies);
    }

    /** The rule package descriptor every rule package jar holds (the engine's discovery convention). */
    static final String PAKKET = "META-INF/reintegratie/pakket.json";

    private static final Map<ClassLoader, ClassLoader> GEKOZEN = new ConcurrentHashMap<>();

    private static ClassLoader kies(ClassLoader l) {
        Set<String> pakketten = pakketten(l);
        if (pakketten.isEmpty()) return l;
        ClassLoader engine = ReintegratieEngine.class.getClassLoader();
        if (engine != null && engine != l && pakketten(engine).equals(pakketten)) return engine;
        ClassLoader gekozen = l;
        for (ClassLoader p = l.getParent(); p != null; p = p.getParent()) {
            if (pakketten(p).equals(pakketten)) gekozen = p;
        }
        return gekozen;
    }

    /** The rule packages a class loader sees, by the file name of their jar (or their folder, when not in a jar). */
    private static Set<String> pakketten(ClassLoader l) {
        Set<String> namen = new TreeSet<>();
        try {
            for (URL u : Collections.list(l.getResources(PAKKET))) {
                String s = u.toString();
                int einde = s.lastIndexOf("!/");
                String bron = einde >= 0 ? s.substring(0, einde) : s.substring(0, s.length() - PAKKET.length());
                namen.add(einde >= 0 ? bron.substring(bron.lastIndexOf('/') + 1) : bron);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return namen;
    }

    /** The engine for the calling thread's class loader. */
    static ReintegratieEngine basis() {
        return perLoader().basis();
    }

    /** The engine under a policy variant (a variant file's JSON text), for the calling thread's class loader. */
    static ReintegratieEngine variant(String variantJson) {
        return perLoader().variant(variantJson);
    }

    private static PerLoader perLoader() {
        ClassLoader l = loader();
        return ENGINES.computeIfAbsent(l, PerLoader::new);
    }

    private static ReintegratieEngine laad(ClassLoader loader) {
        // Drools resolves the generated model classes through the context class loader as well
        Thread t = Thread.currentThread();
        ClassLoader vorige = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return ReintegratieEngine.load(loader);
        } finally {
            t.setContextClassLoader(vorige);
        }
    }
}
