package nl.reintegratie.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;

/**
 * Whether a text for a person (the summary, a beschikking) says things in words: no enum name, internal code, ISO date
 * or duration, or true/false reaches the reader, and a standard remark is said once. A case-file field is allowed only
 * where the reader must supply it, marked "veld in de casus: …".
 */
public final class Readability {
    private static final List<Pattern> VERBODEN = List.of(
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"),          // MOET_WORDEN_GEWEIGERD
            Pattern.compile("\\bP\\d+[DWMY]\\b"),                // P24M
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),       // 2025-10-01
            Pattern.compile("\\b(?:true|false|null)\\b"),
            Pattern.compile("\\bnot (?:given|met)\\b"),
            Pattern.compile("niet tot en met"));
    /** A field of the case named for the case worker: "(veld in de casus: …)" in the summary, a code span in Markdown. */
    private static final Pattern VELD = Pattern.compile("\\(veld in de casus: [^)]*\\)|`[^`\\n]*`");
    /** A quoted provision or a quoted question in the text, in straight double quotes on one line. */
    private static final Pattern CITAAT = Pattern.compile("\"[^\"\\n]*\"");

    /**
     * The names the vocabulary gives the voorzieningen, lower case: a code that is the regeling's own term and so the
     * name shown ("scholings-begeleidingsvoucher", defined in Waterland art. 1 lid 1 onder i) is a word, not a code.
     */
    private static final java.util.Map<String, String> NAMEN = namen();

    private Readability() {}

    private static java.util.Map<String, String> namen() {
        java.util.Map<String, String> namen = new java.util.HashMap<>();
        try (java.io.InputStream in = Readability.class.getClassLoader().getResourceAsStream("nl/reintegratie/vocabulaire.json")) {
            if (in == null) throw new IllegalStateException("nl/reintegratie/vocabulaire.json is not on the class path");
            for (com.fasterxml.jackson.databind.JsonNode v : new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("voorzieningen")) {
                namen.put(v.path("code").asText(), v.path("naam").asText().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
        return java.util.Map.copyOf(namen);
    }

    /** What in {@code tekst}, written for evaluation {@code e}, is not in words; empty when all is. */
    public static List<String> problems(Evaluation e, String tekst) {
        List<String> af = new ArrayList<>();
        String zonderVelden = VELD.matcher(tekst).replaceAll("(veld)");
        for (Pattern p : VERBODEN) {
            Matcher m = p.matcher(zonderVelden);
            while (m.find()) af.add("'" + m.group() + "' in: " + regel(zonderVelden, m.start()));
        }
        // a code may occur in the quoted text of a provision ("een leer-werktraject"): that is the law speaking, not a code
        String zonderCitaten = CITAAT.matcher(zonderVelden).replaceAll("\"…\"");
        // the caller's own identifiers of its aanvragen ("Ons kenmerk | sociale-activering") are the caller's words
        java.util.Set<String> kenmerken = new java.util.HashSet<>();
        for (Besluit b : e.besluiten()) kenmerken.add(b.onderwerp());
        // one text may hold several beschikkingen (one per besluit, each under its own "# " heading): a standard remark once in each
        String[] documenten = zonderVelden.split("(?m)^(?=# )");
        for (Besluit b : e.besluiten()) {
            // a hyphenated code that is a word of the regeling itself ("leer-werktraject") is the law's word, not a code
            StringBuilder wet = new StringBuilder();
            for (Besluit.Onderdeel o : b.onderdelen()) if (o.citaat() != null && o.citaat().tekst() != null) wet.append(o.citaat().tekst()).append('\n');
            String woordenVanDeWet = wet.toString().toLowerCase(java.util.Locale.ROOT);
            for (Besluit.Onderdeel o : b.onderdelen()) {
                if (!(o.code().contains(".") || o.code().contains("-")) || isWoordVanDeWet(o.code(), woordenVanDeWet) || kenmerken.contains(o.code()) || isNaam(o.code())) continue;
                if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(o.code()) + "(?![\\w-])").matcher(zonderCitaten).find()) af.add("interne code " + o.code());
            }
            if (b.voorziening().contains("-") && !isWoordVanDeWet(b.voorziening(), woordenVanDeWet) && !kenmerken.contains(b.voorziening()) && !isNaam(b.voorziening())
                    && Pattern.compile("(?<![\\w.-])" + Pattern.quote(b.voorziening()) + "(?![\\w-])").matcher(zonderCitaten).find()) {
                af.add("voorzieningcode " + b.voorziening());
            }
            for (Besluit.Opmerking o : b.opmerkingen()) {
                if (!o.standaard()) continue;
                for (String d : documenten) {
                    if (d.split(Pattern.quote(o.citaat().tekst()), -1).length > 2) { af.add("standaardopmerking vaker dan eens: " + o.code()); break; }
                }
            }
        }
        return af;
    }

    private static boolean isWoordVanDeWet(String code, String wet) {
        return !code.contains(".") && Pattern.compile("(?<![\\w.-])" + Pattern.quote(code) + "(?![\\w-])").matcher(wet).find();
    }

    /** Whether the code is a voorziening's code that its name, the regeling's own term, spells the same way. */
    private static boolean isNaam(String code) {
        return isWoordVanDeWet(code, NAMEN.getOrDefault(code, ""));
    }

    private static String regel(String tekst, int i) {
        int a = tekst.lastIndexOf('\n', i) + 1, z = tekst.indexOf('\n', i);
        return tekst.substring(a, z < 0 ? tekst.length() : z).trim();
    }
}
