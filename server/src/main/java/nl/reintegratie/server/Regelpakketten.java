package nl.reintegratie.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * Where the service finds its rule packages, as the command line does: the jars in a folder {@code regels/} next to the
 * service's own jar (the build collects every rule package of the project there; a municipality can drop in its own),
 * or the folder given with {@code --regels} or {@code REINTEGRATIE_REGELS}; and whatever is on the class path.
 */
final class Regelpakketten {
    private Regelpakketten() {}

    /** The engine, and the class loader that sees its rule packages (for the besluit module's declarations and templates). */
    record Geladen(ReintegratieEngine engine, ClassLoader bronnen) {}

    /** Loads the engine from {@code map} (or the default folder when {@code null}) and the class path. */
    static ReintegratieEngine laad(Path map) {
        return laadMetBronnen(map).engine();
    }

    /** As {@link #laad(Path)}, with the class loader. */
    static Geladen laadMetBronnen(Path map) {
        Path regels = map != null ? map : standaard();
        List<URL> jars = new ArrayList<>();
        if (regels != null && Files.isDirectory(regels)) {
            try (Stream<Path> s = Files.list(regels)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".jar")).sorted().toList()) jars.add(url(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (map != null) {
            throw new IllegalStateException("--regels " + map + ": geen map");
        }
        ClassLoader ouder = Regelpakketten.class.getClassLoader();
        ClassLoader loader = jars.isEmpty() ? ouder : new URLClassLoader("regels", jars.toArray(URL[]::new), ouder);
        ClassLoader vorige = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return new Geladen(ReintegratieEngine.load(loader), loader);
        } finally {
            Thread.currentThread().setContextClassLoader(vorige);
        }
    }

    /** {@code REINTEGRATIE_REGELS}, or {@code regels/} beside the jar (or beside {@code target/classes} in a build). */
    static Path standaard() {
        String env = System.getenv("REINTEGRATIE_REGELS");
        if (env != null && !env.isBlank()) return Path.of(env);
        try {
            Path code = Path.of(Regelpakketten.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path naast = code.getParent().resolve("regels");
            return Files.isDirectory(naast) ? naast : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
