package nl.reintegratie.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.reintegratie.engine.ReintegratieEngine;

/** Runs the command line in-process, as a user would, and keeps what it printed. */
final class Cli {
    /** The rule packages as the CLI finds them: target/regels (the real ones, when built) plus the fixture on the test class path. */
    static final ReintegratieEngine ENGINE = Regelpakketten.laad(Files.isDirectory(Path.of("target/regels")) ? Path.of("target/regels") : null);

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;

    static Cli run(String... args) {
        return runMetInvoer("", args);
    }

    static Cli runMetInvoer(String stdin, String... args) {
        Cli c = new Cli();
        String[] metRegels = args;
        if (Files.isDirectory(Path.of("target/regels"))) {
            metRegels = new String[args.length + 2];
            metRegels[0] = "--regels";
            metRegels[1] = "target/regels";
            System.arraycopy(args, 0, metRegels, 2, args.length);
        }
        c.code = Main.run(metRegels, new PrintStream(c.out, true, StandardCharsets.UTF_8), new PrintStream(c.err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return c;
    }

    String out() { return out.toString(StandardCharsets.UTF_8); }

    String err() { return err.toString(StandardCharsets.UTF_8); }

    static final String FIXTURE = """
            {"gemeente": "Midden-Groningen", "peildatum": "2025-03-01",
             "persoon": {"geboortedatum": "1990-01-01", "behoortTotDoelgroep": true},
             "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """;
}
