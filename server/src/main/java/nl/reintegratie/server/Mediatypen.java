package nl.reintegratie.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation: which of the media types a resource offers the client's {@code Accept} header prefers
 * (RFC 9110 §12.5.1: media ranges with wildcards and q-values; the most specific range that matches decides a type's
 * weight; q=0 excludes). Without an {@code Accept} header the first offered type is chosen.
 */
final class Mediatypen {
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    static final String CSV = "text/csv";
    static final String HTML = "text/html";
    static final String MARKDOWN = "text/markdown";
    static final String SCHEMA = "application/schema+json";

    private Mediatypen() {}

    private record Bereik(String type, String subtype, double q, int specifiek) {}

    /** The offered type the client prefers, or {@code null} when it accepts none of them (406). */
    static String kies(String accept, List<String> aanbod) {
        if (accept == null || accept.isBlank()) return aanbod.get(0);
        List<Bereik> bereiken = lees(accept);
        if (bereiken.isEmpty()) return aanbod.get(0);
        String beste = null;
        double besteQ = 0;
        for (String t : aanbod) {
            String[] d = t.split("/", 2);
            Bereik passend = null;
            for (Bereik b : bereiken) {
                boolean past = (b.type.equals("*") || b.type.equals(d[0])) && (b.subtype.equals("*") || b.subtype.equals(d[1]));
                if (past && (passend == null || b.specifiek > passend.specifiek)) passend = b;
            }
            if (passend != null && passend.q > besteQ) {
                beste = t;
                besteQ = passend.q;
            }
        }
        return beste;
    }

    private static List<Bereik> lees(String accept) {
        List<Bereik> uit = new ArrayList<>();
        for (String deel : accept.split(",")) {
            String[] stukken = deel.split(";");
            String mt = stukken[0].trim().toLowerCase(Locale.ROOT);
            if (mt.isEmpty()) continue;
            if (mt.equals("*")) mt = "*/*";
            String[] d = mt.split("/", 2);
            if (d.length != 2 || d[0].isEmpty() || d[1].isEmpty()) continue;
            double q = 1;
            for (int i = 1; i < stukken.length; i++) {
                String p = stukken[i].trim();
                if (p.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            int specifiek = d[0].equals("*") ? 0 : d[1].equals("*") ? 1 : 2;
            uit.add(new Bereik(d[0], d[1], Math.max(0, Math.min(1, q)), specifiek));
        }
        return uit;
    }

    /** The media type of a {@code Content-Type} header without its parameters, in lower case; {@code null} when absent. */
    static String basis(String contentType) {
        if (contentType == null) return null;
        int i = contentType.indexOf(';');
        String t = (i < 0 ? contentType : contentType.substring(0, i)).trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    /** The charset parameter of a {@code Content-Type} header, or {@code null}. */
    static String charset(String contentType) {
        if (contentType == null) return null;
        for (String p : contentType.split(";")) {
            String s = p.trim();
            if (s.regionMatches(true, 0, "charset=", 0, 8)) return s.substring(8).trim().replace("\"", "");
        }
        return null;
    }
}
