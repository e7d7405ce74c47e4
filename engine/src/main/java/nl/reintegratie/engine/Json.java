package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict JSON for what callers send, and plain JSON for what rule packages ship. A caller's document must be exactly
 * one JSON value in UTF-8 (a byte-order mark is allowed and skipped), with no duplicate keys, no trailing content,
 * numbers of at most {@value #MAX_GETAL_LENGTE} characters, strings of at most {@value #MAX_TEKST_LENGTE} characters
 * and at most {@value #MAX_DIEPTE} levels of nesting; every violation is an {@link InvalidCaseException} that says
 * what is wrong and where.
 */
final class Json {
    static final int MAX_GETAL_LENGTE = 40;
    static final int MAX_TEKST_LENGTE = 100_000;
    static final int MAX_DIEPTE = 32;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(MAX_GETAL_LENGTE).maxStringLength(MAX_TEKST_LENGTE).maxNestingDepth(MAX_DIEPTE).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The rule packages' own resources (trusted, may be large): no limits, but no duplicate keys either. */
    private static final JsonFactory RESOURCE_FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * An {@link ObjectMapper} configured as the resources are read, for writing a tree (the JSON Schema). Made on first
     * use: reading a case or a resource needs no mapper (see {@link #boom}), and a mapper is much of the start-up time.
     */
    static ObjectMapper resources() {
        return Mappers.RESOURCES;
    }

    private static final class Mappers {
        static final ObjectMapper RESOURCES = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    private Json() {}

    /** Parses a caller's document given as bytes: checks the encoding first, so an error names the byte offset. */
    static JsonNode parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) throw InvalidCaseException.onleesbaar("de invoer is leeg");
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) start = 3;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw InvalidCaseException.onleesbaar("de invoer is in UTF-16 gecodeerd; lever UTF-8 aan");
        }
        int fout = ongeldigeUtf8(bytes, start);
        if (fout >= 0) {
            throw InvalidCaseException.onleesbaar("de invoer is geen geldige UTF-8: ongeldige byte 0x"
                    + String.format("%02X", bytes[fout] & 0xFF) + " op byte-positie " + fout + " (vanaf 0 geteld)");
        }
        // the checks on the text (only white space, a NUL) as parse(String) makes them; the bytes themselves are
        // parsed straight, without a copy as text
        int eerste = start;
        while (eerste < bytes.length && isWitruimte(bytes[eerste])) eerste++;
        boolean nul = false;
        for (int i = eerste; i < bytes.length && !nul; i++) nul = bytes[i] == 0;
        if (eerste == bytes.length || (bytes[eerste] & 0x80) != 0 || nul) {
            return parse(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        try (JsonParser p = FACTORY.createParser(bytes, start, bytes.length - start)) {
            return document(p);
        } catch (InvalidCaseException e) {
            // the byte parser counts columns otherwise (in bytes, and after the token): an error is said from the text,
            // in characters, as for a document given as text
            return parse(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWitruimte(byte b) {
        return b >= 0 && Character.isWhitespace((char) b);
    }

    /**
     * The position of the first byte where the bytes from {@code start} stop being well-formed UTF-8 (RFC 3629: no
     * overlong forms, no surrogates, nothing above U+10FFFF), the start of the sequence it breaks; -1 when they are.
     * The same position {@link CharsetDecoder} reports, without decoding.
     */
    static int ongeldigeUtf8(byte[] b, int start) {
        int i = start, n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) { i++; continue; }
            c &= 0xFF;
            int lengte, min = 0x80, max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) lengte = 2;
            else if (c >= 0xE0 && c <= 0xEF) {
                lengte = 3;
                if (c == 0xE0) min = 0xA0;
                else if (c == 0xED) max = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                lengte = 4;
                if (c == 0xF0) min = 0x90;
                else if (c == 0xF4) max = 0x8F;
            } else return i;
            if (i + 1 >= n) return i;
            int c1 = b[i + 1] & 0xFF;
            if (c1 < min || c1 > max) return i;
            for (int k = 2; k < lengte; k++) {
                if (i + k >= n || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += lengte;
        }
        return -1;
    }

    /** Parses a caller's document given as text. */
    static JsonNode parse(String tekst) {
        if (tekst == null || tekst.isEmpty()) throw InvalidCaseException.onleesbaar("de invoer is leeg");
        if (tekst.charAt(0) == '\uFEFF') tekst = tekst.substring(1);
        if (tekst.isBlank()) throw InvalidCaseException.onleesbaar("de invoer bevat alleen witruimte");
        if (tekst.indexOf('\u0000') >= 0) throw InvalidCaseException.onleesbaar("de invoer bevat een NUL-teken: dit is geen tekst maar binaire data");
        try (JsonParser p = FACTORY.createParser(tekst)) {
            return document(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One caller's document from its parser: a JSON error in words, with where. */
    private static JsonNode document(JsonParser p) throws IOException {
        try {
            JsonNode n = boom(p, true);
            if (n == null || n.isMissingNode()) throw InvalidCaseException.onleesbaar("de invoer bevat geen JSON-waarde");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String waar = loc == null ? "" : " (regel " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")";
            String reden = e.getOriginalMessage();
            if (reden != null && reden.startsWith("Trailing token")) {
                reden = "na de eerste JSON-waarde volgt nog meer inhoud; één casus per document";
            } else if (reden != null && reden.contains("Duplicate field")) {
                reden = "een sleutel komt twee keer voor in hetzelfde object: " + reden.replaceAll(".*Duplicate field ('[^']*').*", "$1");
            } else if (reden != null && reden.contains("exceeds the maximum")) {
                reden = "de invoer overschrijdt een grens (getal van ten hoogste " + MAX_GETAL_LENGTE + " tekens, tekst van ten hoogste "
                        + MAX_TEKST_LENGTE + " tekens, ten hoogste " + MAX_DIEPTE + " niveaus diep): " + reden;
            }
            throw InvalidCaseException.onleesbaar("geen geldige JSON" + waar + ": " + reden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON resource shipped in a jar; a missing or broken one is a packaging defect. */
    static JsonNode resource(ClassLoader loader, String pad) {
        try (InputStream in = loader.getResourceAsStream(pad)) {
            if (in == null) throw new IllegalStateException("rule package resource not found: " + pad);
            return resource(in);
        } catch (IOException e) {
            throw new UncheckedIOException("rule package resource is not valid JSON: " + pad, e);
        }
    }

    static JsonNode resource(java.net.URL url) {
        try (InputStream in = url.openStream()) {
            return resource(in);
        } catch (IOException e) {
            throw new UncheckedIOException("rule package resource is not valid JSON: " + url, e);
        }
    }

    /** A resource's tree, read as {@link #resources()} would. */
    static JsonNode resource(InputStream in) throws IOException {
        try (JsonParser p = RESOURCE_FACTORY.createParser(in)) {
            return boom(p, false);
        }
    }

    /**
     * The tree of one JSON document, exactly as {@code ObjectMapper.readTree} builds it with
     * {@code USE_BIG_DECIMAL_FOR_FLOATS} and {@code STRIP_TRAILING_BIGDECIMAL_ZEROES} off (every decimal a
     * {@link DecimalNode} as written, an integer the smallest of int, long and BigInteger), and, when {@code eenWaarde},
     * {@code FAIL_ON_TRAILING_TOKENS}; an empty document is a {@link MissingNode}. Straight from the streaming parser:
     * no {@link ObjectMapper} is needed, which saves a cold process most of Jackson's start-up (JsonTest compares the two).
     */
    static JsonNode boom(JsonParser p, boolean eenWaarde) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return MissingNode.getInstance();
        JsonNode n = waarde(p, t);
        if (eenWaarde) {
            JsonToken na = p.nextToken();
            if (na != null) {
                throw new JsonParseException(p, "Trailing token (of type " + na + ") found after value (bound as "
                        + JsonNode.class.getName() + "): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", p.currentTokenLocation());
            }
        }
        return n;
    }

    private static JsonNode waarde(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                String veld;
                while ((veld = p.nextFieldName()) != null) o.replace(veld, waarde(p, p.nextToken()));
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                JsonToken x;
                while ((x = p.nextToken()) != JsonToken.END_ARRAY) a.add(waarde(p, x));
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new JsonParseException(p, "Unexpected token " + t, p.currentTokenLocation());
        }
    }

    /** The kind of a JSON value, in Dutch, for error messages. */
    static String soort(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            return "de tekst \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber()) return "het getal " + (n.asText().length() > 40 ? n.asText().substring(0, 40) + "…" : n.asText());
        if (n.isBoolean()) return n.asText();
        if (n.isArray()) return "een lijst";
        if (n.isObject()) return "een object";
        if (n.isNull()) return "null";
        return n.getNodeType().toString().toLowerCase();
    }

    static String pad(String pad, String veld) {
        return pad.isEmpty() ? veld : pad + "." + veld;
    }

}
