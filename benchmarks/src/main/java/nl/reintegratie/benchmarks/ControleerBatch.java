package nl.reintegratie.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a batch run of a JSON Lines caseload: one output line for every non-blank input line, in input order (each
 * output line's {@code regel} is the number of its input line), and counts decisions and error lines. Streams both
 * files, so it checks a million lines in constant memory. Exits 1 on the first mismatch.
 */
public final class ControleerBatch {
    private ControleerBatch() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: ControleerBatch <input.jsonl> <output.jsonl>");
        JsonFactory json = new JsonFactory();
        long invoerNummer = 0, uitvoerRegels = 0, fouten = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedReader uit = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String invoer;
            while ((invoer = in.readLine()) != null) {
                invoerNummer++;
                if (invoer.isBlank()) continue;
                String regel = uit.readLine();
                if (regel == null) stop("input line " + invoerNummer + " has no output line");
                uitvoerRegels++;
                long nummer = -1;
                boolean probleem = false;
                try (JsonParser p = json.createParser(regel)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) stop("output line " + uitvoerRegels + " is not a JSON object");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String veld = p.currentName();
                        p.nextToken();
                        if (veld.equals("regel")) nummer = p.getLongValue();
                        else if (veld.equals("probleem")) probleem = true;
                        p.skipChildren();
                    }
                }
                if (nummer != invoerNummer) stop("output line " + uitvoerRegels + " answers input line " + nummer + ", expected " + invoerNummer);
                if (probleem) fouten++;
            }
            if (uit.readLine() != null) stop("more output lines than input lines");
        }
        System.out.printf("checked: %d input lines, %d output lines in input order, of which %d error lines%n", invoerNummer, uitvoerRegels, fouten);
    }

    private static void stop(String reden) {
        System.err.println("batch check failed: " + reden);
        System.exit(1);
    }
}
