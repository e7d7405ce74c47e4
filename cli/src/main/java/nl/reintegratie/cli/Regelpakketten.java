package nl.reintegratie.cli;

import java.nio.file.Path;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * Where the command line finds its rule packages: the jars in a folder {@code regels/} next to the CLI's own jar (the
 * build collects every rule package of the project there; a municipality can drop in its own), or the folder given
 * with {@code --regels} or {@code REINTEGRATIE_REGELS}; and whatever is on the class path.
 */
final class Regelpakketten {
    private Regelpakketten() {}

    static ReintegratieEngine laad(Path map) {
        if (map != null && !java.nio.file.Files.isDirectory(map)) throw new IllegalStateException("--regels " + map + ": geen map");
        return ReintegratieEngine.loadFrom(map != null ? map : standaard());
    }

    /** {@code REINTEGRATIE_REGELS}, or {@code regels/} beside the jar (or beside {@code target/classes} in a build). */
    static Path standaard() {
        return ReintegratieEngine.defaultRulesFolder(Regelpakketten.class);
    }
}
