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
    /** The streaming parser as the mapper's own (default settings). */
    private static final com.fasterxml.jackson.core.JsonFactory FABRIEK = new com.fasterxml.jackson.core.JsonFactory();

    private Invoer() {}

    /** The CLI's own mapper, made on first use: {@code evaluate} of a plain case file needs none (a mapper costs a cold start much). */
    static ObjectMapper json() {
        return Mapper.JSON;
    }

    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /**
     * Whether the document is a JSON object with one of these fields at its top level: what {@code readTree} would
     * show, read with the streaming parser alone. {@code false} for anything that is not valid JSON (the engine then
     * says what is wrong with it).
     */
    static boolean heeftVeld(byte[] bytes, String... velden) {
        try (com.fasterxml.jackson.core.JsonParser p = FABRIEK.createParser(bytes)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) return false;
            boolean gevonden = false;
            String veld;
            while ((veld = p.nextFieldName()) != null) {
                for (String v : velden) gevonden |= v.equals(veld);
                p.nextToken();
                p.skipChildren();
            }
            return gevonden;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

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
                return json().writeValueAsBytes(Scenario.readDocument(p));
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
