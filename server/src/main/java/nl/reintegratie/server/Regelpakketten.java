package nl.reintegratie.server;

import java.nio.file.Path;
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
        if (map != null && !java.nio.file.Files.isDirectory(map)) throw new IllegalStateException("--regels " + map + ": geen map");
        ReintegratieEngine engine = ReintegratieEngine.loadFrom(map != null ? map : standaard());
        return new Geladen(engine, engine.classLoader());
    }

    /** {@code REINTEGRATIE_REGELS}, or {@code regels/} beside the jar (or beside {@code target/classes} in a build). */
    static Path standaard() {
        return ReintegratieEngine.defaultRulesFolder(Regelpakketten.class);
    }
}
