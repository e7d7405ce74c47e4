package nl.reintegratie.engine;

import java.util.Comparator;
import java.util.List;

/** "Bedoelt u …?": the known names closest to a misspelt one, for error messages. */
final class Suggesties {
    private Suggesties() {}

    static String voor(String gegeven, List<String> bekend) {
        List<String> dichtbij = bekend.stream()
                .filter(b -> afstand(gegeven.toLowerCase(), b.toLowerCase()) <= Math.max(2, gegeven.length() / 4))
                .sorted(Comparator.comparingInt(b -> afstand(gegeven.toLowerCase(), b.toLowerCase()))).limit(3).toList();
        if (!dichtbij.isEmpty()) return "; bedoelt u " + String.join(" of ", dichtbij) + "?";
        return bekend.size() <= 30 ? "; bekende gegevens hier: " + String.join(", ", bekend.stream().sorted().toList())
                : "; zie de vocabulaire (reintegratie schema) voor de " + bekend.size() + " gegevens die hier kunnen staan";
    }

    /** Levenshtein distance. */
    static int afstand(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 10) return Integer.MAX_VALUE / 2;
        int[] vorige = new int[b.length() + 1], huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) vorige[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kost);
            }
            int[] t = vorige; vorige = huidige; huidige = t;
        }
        return vorige[b.length()];
    }
}
