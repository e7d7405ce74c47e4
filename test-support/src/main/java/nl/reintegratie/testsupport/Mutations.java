package nl.reintegratie.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Mutations of case files for a seeded fuzz test: extreme and wrong values (numbers with huge exponents, overflowing
 * counts, dates out of range, impossible dates, long texts, wrong types), keys removed or added, and byte-level damage
 * (truncation, a flipped byte, trailing garbage, a byte-order mark, two documents). Every mutation must give a decision
 * or the library's own bad-input exception.
 */
public final class Mutations {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Mutations() {}

    /**
     * The cases to mutate: every case file (an object with {@code gemeente}) and every scenario file's {@code basis}
     * under the given folders, in file order; folders that do not exist are skipped.
     */
    public static List<JsonNode> bases(Path... mappen) throws IOException {
        List<JsonNode> bases = new ArrayList<>();
        List<Path> bestanden = new ArrayList<>();
        for (Path p : mappen) {
            if (!Files.isDirectory(p)) continue;
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(x -> x.toString().endsWith(".json")).sorted().forEach(bestanden::add);
            }
        }
        for (Path b : bestanden) {
            JsonNode n;
            try {
                n = JSON.readTree(Files.readString(b));
            } catch (IOException e) {
                continue;
            }
            if (n.has("basis") && n.get("basis").isObject()) bases.add(n.get("basis"));
            else if (n.isObject() && n.has("gemeente")) {
                ObjectNode c = ((ObjectNode) n).deepCopy();
                c.remove("verwacht");
                bases.add(c);
            }
        }
        return bases;
    }

    /** One mutation of a case: byte-level damage, or one to three values replaced, removed or added. */
    public static byte[] mutate(JsonNode basis, Random r) throws IOException {
        int soort = r.nextInt(10);
        if (soort == 0) {
            // byte-level damage: truncation, a flipped byte, trailing garbage, a BOM, a second document
            byte[] b = JSON.writeValueAsBytes(basis);
            return switch (r.nextInt(5)) {
                case 0 -> java.util.Arrays.copyOf(b, r.nextInt(Math.max(1, b.length)));
                case 1 -> { b[r.nextInt(b.length)] = (byte) r.nextInt(256); yield b; }
                case 2 -> (new String(b, StandardCharsets.UTF_8) + " x").getBytes(StandardCharsets.UTF_8);
                case 3 -> ("\uFEFF" + new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                default -> (new String(b, StandardCharsets.UTF_8) + new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            };
        }
        JsonNode kopie = basis.deepCopy();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) kopie = muteerBoom(kopie, r);
        return JSON.writeValueAsBytes(kopie);
    }

    /** Replaces one value somewhere in the tree by an extreme or wrong one, or removes or adds a key. */
    private static JsonNode muteerBoom(JsonNode root, Random r) {
        List<Object[]> plekken = new ArrayList<>();
        verzamel(root, plekken);
        if (plekken.isEmpty()) return root;
        Object[] plek = plekken.get(r.nextInt(plekken.size()));
        JsonNode ouder = (JsonNode) plek[0];
        JsonNode nieuw = vreemd(r);
        if (ouder instanceof ObjectNode o) {
            String k = (String) plek[1];
            switch (r.nextInt(4)) {
                case 0 -> o.remove(k);
                case 1 -> o.set(k + (r.nextBoolean() ? "x" : ""), nieuw);
                default -> o.set(k, nieuw);
            }
        } else if (ouder instanceof ArrayNode a) {
            int i = (Integer) plek[1];
            if (r.nextBoolean()) a.set(i, nieuw);
            else a.add(nieuw);
        }
        return root;
    }

    private static void verzamel(JsonNode n, List<Object[]> plekken) {
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                plekken.add(new Object[] {o, k});
                verzamel(o.get(k), plekken);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                plekken.add(new Object[] {a, i});
                verzamel(a.get(i), plekken);
            }
        }
    }

    private static JsonNode vreemd(Random r) {
        return switch (r.nextInt(22)) {
            case 0 -> F.numberNode(new java.math.BigDecimal("1e999999999"));
            case 1 -> F.numberNode(new java.math.BigDecimal("1e-999999999"));
            case 2 -> F.numberNode(2147483648L);
            case 3 -> F.numberNode(4294967296L);
            case 4 -> F.numberNode(-1);
            case 5 -> F.numberNode(new java.math.BigDecimal("0.5"));
            case 6 -> F.numberNode(new java.math.BigDecimal("12345678901234567890.123456789"));
            case 7 -> F.textNode("+999999999-01-01");
            case 8 -> F.textNode("-999999999-01-01");
            case 9 -> F.textNode("+10000-01-01");
            case 10 -> F.textNode("2024-02-30");
            case 11 -> F.textNode("0000-01-01");
            case 12 -> F.textNode("x".repeat(5000));
            case 13 -> F.nullNode();
            case 14 -> F.booleanNode(true);
            case 15 -> F.objectNode().put("a", 1);
            case 16 -> F.arrayNode().add(1).add("b");
            case 17 -> F.textNode("");
            case 18 -> F.textNode("1900-01-01");
            case 19 -> F.textNode("2100-12-31");
            case 20 -> F.numberNode(0);
            default -> F.textNode("vorige-regeling");
        };
    }
}
