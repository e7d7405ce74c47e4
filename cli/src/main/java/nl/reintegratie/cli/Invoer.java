package nl.reintegratie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.reintegratie.testsupport.Scenario;

/** Reading what a user names on the command line: a file, YAML or JSON, or standard input as {@code -}. */
final class Invoer {
    static final ObjectMapper JSON = new ObjectMapper();

    private Invoer() {}

    /** A usage or input problem the CLI reports as "field: reason" with exit code 2. */
    static final class Fout extends Exception {
        Fout(String bericht) { super(bericht, null, false, false); }
    }

    /** The bytes of a case file: a JSON file as is, a YAML file as JSON; {@code -} is standard input (JSON). */
    static byte[] casus(String pad, InputStream stdin) throws IOException, Fout {
        if (pad.equals("-")) return stdin.readAllBytes();
        Path p = bestand(pad);
        String naam = p.getFileName().toString();
        if (naam.endsWith(".yaml") || naam.endsWith(".yml")) {
            try {
                return JSON.writeValueAsBytes(Scenario.readDocument(p));
            } catch (Scenario.ScenarioFormatException e) {
                throw new Fout(e.getMessage());
            }
        }
        return Files.readAllBytes(p);
    }

    static Path bestand(String pad) throws Fout {
        Path p = Path.of(pad);
        if (Files.isDirectory(p)) throw new Fout(pad + ": is een map, geen bestand");
        if (!Files.exists(p)) throw new Fout(pad + ": bestand niet gevonden");
        if (!Files.isReadable(p)) throw new Fout(pad + ": bestand is niet leesbaar");
        return p;
    }

    static String tekst(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static void bestaat(String pad) throws Fout {
        if (!pad.equals("-") && !Files.exists(Path.of(pad))) throw new Fout(pad + ": bestand of map niet gevonden");
    }

    static NoSuchFileException geen(String pad) { return new NoSuchFileException(pad); }
}
