package nl.reintegratie.besluit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to an article of national law, linkable by its JuriConnect identifier (JCI 1.3):
 * {@code jci1.3:c:BWBR0015703&artikel=10d&lid=1}, resolved by wetten.overheid.nl. Only laws whose BWB identifier the
 * project has from a source are linked: the Participatiewet (BWBR0015703) and the Algemene wet bestuursrecht
 * (BWBR0005537), both given in issue 10, and the Algemene termijnenwet (BWBR0002448, as wetten.overheid.nl names it).
 * Any other law is cited in words only. The onderdeel stays in the words: the identifier names artikel and lid.
 *
 * @param tekst   the reference as the text makes it ("artikel 7, eerste lid, onderdeel a, van de Participatiewet")
 * @param wet     the law's name
 * @param bwb     its BWB identifier
 * @param artikel the article
 * @param lid     the lid, or {@code null}
 */
record Wetsverwijzing(String tekst, String wet, String bwb, String artikel, String lid) {
    static final String PARTICIPATIEWET = "BWBR0015703";
    static final String AWB = "BWBR0005537";
    static final String ATW = "BWBR0002448";

    /** The JuriConnect identifier. */
    public String jci() {
        return "jci1.3:c:" + bwb + "&artikel=" + artikel + (lid == null ? "" : "&lid=" + lid);
    }

    /** Where wetten.overheid.nl resolves it. */
    public String url() {
        return "https://wetten.overheid.nl/" + jci();
    }

    /** The Awb article as the beschikking cites it ("artikel 6:7 Awb"). */
    static Wetsverwijzing awb(String artikel) {
        return new Wetsverwijzing("artikel " + artikel + " van de Algemene wet bestuursrecht", "Algemene wet bestuursrecht", AWB, artikel, null);
    }

    static Wetsverwijzing termijnenwet(String artikel) {
        return new Wetsverwijzing("artikel " + artikel + " van de Algemene termijnenwet", "Algemene termijnenwet", ATW, artikel, null);
    }

    private static final String ARTNR = "\\d+[a-z]?(?::\\d+[a-z]?)?";
    private static final String RANG = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde";
    /**
     * "artikel 10a", "de artikelen 9 en 17", "artikel 7, eerste lid, onderdeel a,", "artikel 10d eerste of tweede lid",
     * "artikel 10a lid 5" — followed closely by the law: "van de wet", "van de Participatiewet", "Participatiewet",
     * "Pw", "van de Algemene wet bestuursrecht", "Awb".
     */
    private static final Pattern VERWIJZING = Pattern.compile(
            "\\b(?:de\\s+)?(artikel(?:en)?)\\s+(" + ARTNR + "(?:\\s*(?:,|en|of)\\s*" + ARTNR + ")*)"
                    + "((?:[\\s,]+(?:(?:" + RANG + ")(?:\\s+(?:of|en)\\s+(?:" + RANG + "))?\\s+lid|lid\\s+\\d+|aanhef|en|onder(?:deel)?\\s+[a-z0-9°]+|ten\\s+\\w+|sub\\s+[a-z0-9]+))*)"
                    + "[\\s,]+(van\\s+de\\s+wet\\b|(?:van\\s+de\\s+)?Participatiewet\\b|Pw\\b|(?:van\\s+de\\s+)?Algemene\\s+wet\\s+bestuursrecht\\b|Awb\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> RANGNUMMER = rangnummers();

    /**
     * The references to the Participatiewet and the Awb in a quoted text. "De wet" is the Participatiewet only when the
     * regeling defines it so ({@code wetIsParticipatiewet}), as every re-integratieverordening does in its article 1.
     */
    static List<Wetsverwijzing> in(String tekst, boolean wetIsParticipatiewet) {
        List<Wetsverwijzing> uit = new ArrayList<>();
        if (tekst == null) return uit;
        Matcher m = VERWIJZING.matcher(tekst);
        while (m.find()) {
            String wet = m.group(4).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String bwb;
            String naam;
            if (wet.contains("bestuursrecht") || wet.equals("awb")) {
                bwb = AWB;
                naam = "Algemene wet bestuursrecht";
            } else if (wet.equals("van de wet")) {
                if (!wetIsParticipatiewet) continue;
                bwb = PARTICIPATIEWET;
                naam = "Participatiewet";
            } else {
                bwb = PARTICIPATIEWET;
                naam = "Participatiewet";
            }
            String[] artikelen = m.group(2).split("\\s*(?:,|\\ben\\b|\\bof\\b)\\s*");
            String lid = artikelen.length == 1 ? enkelLid(m.group(3)) : null;
            String tekstDeel = m.group().trim().replaceFirst("(?i)^de\\s+", "");
            if (wet.equals("van de wet")) tekstDeel = tekstDeel.substring(0, tekstDeel.length() - "wet".length()) + "Participatiewet";
            for (String a : artikelen) {
                if (a.isBlank()) continue;
                Wetsverwijzing w = new Wetsverwijzing(tekstDeel, naam, bwb, a.trim(), lid);
                if (uit.stream().noneMatch(x -> x.jci().equals(w.jci()))) uit.add(w);
            }
        }
        return uit;
    }

    /** The one lid a reference names ("eerste lid", "lid 5"); {@code null} for none or several. */
    private static String enkelLid(String leden) {
        if (leden == null || leden.isBlank()) return null;
        List<String> gevonden = new ArrayList<>();
        Matcher r = Pattern.compile("\\b((?:" + RANG + ")(?:\\s+(?:of|en)\\s+(?:" + RANG + "))*)\\s+lid\\b", Pattern.CASE_INSENSITIVE).matcher(leden);
        while (r.find()) {
            for (String w : r.group(1).split("\\s+(?:of|en)\\s+")) gevonden.add(RANGNUMMER.get(w.toLowerCase(Locale.ROOT)));
        }
        Matcher n = Pattern.compile("\\blid\\s+(\\d+)").matcher(leden);
        while (n.find()) gevonden.add(n.group(1));
        return gevonden.size() == 1 ? gevonden.get(0) : null;
    }

    private static Map<String, String> rangnummers() {
        String[] r = RANG.split("\\|");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < r.length; i++) m.put(r[i], Integer.toString(i + 1));
        return Map.copyOf(m);
    }
}
