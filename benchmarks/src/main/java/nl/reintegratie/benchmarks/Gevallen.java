package nl.reintegratie.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The situations the benchmarks run: a typical case (one aanvraag) and a case with five aanvragen and one voorziening
 * already granted. A case describes a situation, not a package: the same file runs under every gemeente, with only its
 * {@code gemeente} set.
 */
final class Gevallen {
    static final List<String> NAMEN = List.of("typisch", "vijf-aanvragen");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gevallen() {}

    /** The case file {@code naam} under {@code gemeente}, as UTF-8 bytes. */
    static byte[] json(String naam, String gemeente) {
        String pad = "/nl/reintegratie/benchmarks/" + naam + ".json";
        try (InputStream in = Gevallen.class.getResourceAsStream(pad)) {
            if (in == null) throw new IllegalArgumentException("no case " + pad + "; known: " + NAMEN);
            ObjectNode casus = (ObjectNode) JSON.readTree(in);
            casus.put("gemeente", gemeente);
            return JSON.writeValueAsString(casus).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
