package nl.reintegratie.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.reintegratie.engine.InvalidCaseException;

/**
 * What a request sends: its media type, its body within the size limit, and — for the envelope of a comparison — the
 * same strict JSON the engine reads a case with: exactly one value in UTF-8 (a byte-order mark is skipped), no
 * duplicate keys, no trailing content, numbers of at most 40 characters, bounded strings and nesting.
 */
final class Invoer {
    /** The same bounds as the engine's reader (the envelope adds one level of nesting). */
    static final ObjectMapper STRIKT = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(40).maxStringLength(100_000).maxNestingDepth(33).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Invoer() {}

    /**
     * Checks the request's {@code Content-Type} against the accepted media types and the charset (UTF-8 only).
     *
     * @throws Probleem 415 with {@code Accept-Post} naming what is accepted
     */
    static String mediatype(Context ctx, Set<String> aanvaard) {
        String ct = ctx.header("Content-Type");
        String basis = Mediatypen.basis(ct);
        String lijst = String.join(", ", aanvaard.stream().sorted().toList());
        if (basis == null || !aanvaard.contains(basis)) {
            throw Probleem.van(415, "mediatype-niet-ondersteund", "Het mediatype van het verzoek wordt niet ondersteund",
                    (basis == null ? "het verzoek noemt geen Content-Type" : "Content-Type " + basis + " wordt niet aanvaard") + "; stuur " + lijst)
                    .header("Accept-Post", lijst);
        }
        String charset = Mediatypen.charset(ct);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw Probleem.van(415, "mediatype-niet-ondersteund", "Het mediatype van het verzoek wordt niet ondersteund",
                    "alleen UTF-8 wordt aanvaard; het verzoek noemt charset " + charset).header("Accept-Post", lijst);
        }
        return basis;
    }

    /**
     * The body, at most {@code max} bytes: a declared length over the limit is refused before anything is read, and
     * a body without a declared length is read no further than one byte past it.
     *
     * @throws Probleem 413
     */
    static byte[] lichaam(Context ctx, long max) {
        long lengte = ctx.req().getContentLengthLong();
        if (lengte > max) throw teGroot(max);
        try {
            InputStream in = ctx.req().getInputStream();
            ByteArrayOutputStream uit = new ByteArrayOutputStream((int) Math.min(Math.max(lengte, 1024), max));
            byte[] buffer = new byte[16 * 1024];
            long totaal = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                totaal += n;
                if (totaal > max) throw teGroot(max);
                uit.write(buffer, 0, n);
            }
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and discards what is left of the request body, at most {@code max} bytes; a body that is larger, or a client
     * that stops sending, is left to the connection's close and idle timeout. Never throws.
     */
    static void leesRestWeg(Context ctx, long max) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long totaal = 0;
            int n;
            while (totaal < max && (n = in.read(buffer)) != -1) totaal += n;
        } catch (IOException | RuntimeException e) {
            // the answer is sent anyway; a body that cannot be read is no reason to fail it
        }
    }

    static Probleem teGroot(long max) {
        return Probleem.van(413, "te-groot", "Het verzoek is te groot",
                "de body van het verzoek is groter dan de grens van " + max + " bytes" + (max >= 1 << 20 ? " (" + (max >> 20) + " MiB)" : ""));
    }

    /** Parses a JSON document strictly; every problem is an {@link InvalidCaseException} of the kind ONLEESBAAR (400). */
    static JsonNode json(byte[] bytes) {
        if (bytes.length == 0) throw onleesbaar("de invoer is leeg");
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) start = 3;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw onleesbaar("de invoer is in UTF-16 gecodeerd; lever UTF-8 aan");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer tekst = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, tekst, true);
        if (r.isError()) {
            throw onleesbaar("de invoer is geen geldige UTF-8: ongeldige byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + " op byte-positie " + in.position() + " (vanaf 0 geteld)");
        }
        decoder.flush(tekst);
        tekst.flip();
        String s = tekst.toString();
        if (s.isBlank()) throw onleesbaar("de invoer bevat alleen witruimte");
        if (s.indexOf('\u0000') >= 0) throw onleesbaar("de invoer bevat een NUL-teken: dit is geen tekst maar binaire data");
        try {
            JsonNode n = STRIKT.readTree(s);
            if (n == null || n.isMissingNode()) throw onleesbaar("de invoer bevat geen JSON-waarde");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String waar = loc == null ? "" : " (regel " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")";
            String reden = e.getOriginalMessage();
            if (reden != null && reden.startsWith("Trailing token")) {
                reden = "na de eerste JSON-waarde volgt nog meer inhoud; één document per verzoek";
            } else if (reden != null && reden.contains("Duplicate field")) {
                reden = "een sleutel komt twee keer voor in hetzelfde object: " + reden.replaceAll(".*Duplicate field ('[^']*').*", "$1");
            } else if (reden != null && reden.contains("exceeds the maximum")) {
                reden = "de invoer overschrijdt een grens (getal van ten hoogste 40 tekens, tekst van ten hoogste 100000 tekens, ten hoogste 33 niveaus diep)";
            }
            throw onleesbaar("geen geldige JSON" + waar + ": " + reden);
        }
    }

    /** The JSON text of a node, as the engine's reader takes it. */
    static String tekst(JsonNode n) {
        try {
            return STRIKT.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidCaseException onleesbaar(String reden) {
        return new InvalidCaseException(InvalidCaseException.Kind.UNREADABLE, List.of(new InvalidCaseException.Problem("$", reden)));
    }
}
