package nl.reintegratie.engine;

import java.util.Comparator;

/** Small shared helpers about citations and regelingen. */
final class Regelingen {
    private Regelingen() {}

    /** The usage index the build writes for a regeling: which facts and judgements its rules read. */
    static String gebruikPad(String regelingId) {
        return "META-INF/reintegratie/gebruik/" + regelingId + ".json";
    }

    /** "12C lid 2 onder c", the key of a quoted provision. */
    static String kort(String artikel, String lid, String onderdeel) {
        StringBuilder s = new StringBuilder(artikel);
        if (lid != null) s.append(" lid ").append(lid);
        if (onderdeel != null) s.append(" onder ").append(onderdeel);
        return s.toString();
    }

    static String versie(Regeling r) {
        return "vastgesteld " + r.vastgesteld() + ", in werking vanaf " + r.geldigVanaf();
    }

    /** Natural order of article numbers: "3" before "12A" before "12K", "3.2" before "3.10". */
    static int natuurlijk(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String na = a.substring(si, i), nb = b.substring(sj, j);
                int c = na.length() <= 18 && nb.length() <= 18 ? Long.compare(Long.parseLong(na), Long.parseLong(nb)) : na.compareTo(nb);
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** By regeling, then artikel, lid and onderdeel in their natural order (an absent lid or onderdeel first). */
    static final Comparator<Citaat> OP_CITAAT = new OpCitaat();

    /** By citation ({@link #OP_CITAAT}), then by rule name. */
    static final Comparator<LoadedVersion.RuleMeta> OP_CITAAT_REGEL = new OpCitaatRegel();

    // written out, not composed of lambdas: each lambda costs a cold start a class spun at run time
    private static final class OpCitaat implements Comparator<Citaat> {
        @Override public int compare(Citaat a, Citaat b) {
            int c = a.regeling().compareTo(b.regeling());
            if (c == 0) c = natuurlijk(a.artikel(), b.artikel());
            if (c == 0) c = natuurlijk(a.lid() == null ? "" : a.lid(), b.lid() == null ? "" : b.lid());
            if (c == 0) c = natuurlijk(a.onderdeel() == null ? "" : a.onderdeel(), b.onderdeel() == null ? "" : b.onderdeel());
            return c;
        }
    }

    private static final class OpCitaatRegel implements Comparator<LoadedVersion.RuleMeta> {
        @Override public int compare(LoadedVersion.RuleMeta a, LoadedVersion.RuleMeta b) {
            int c = OP_CITAAT.compare(a.citaat(), b.citaat());
            return c != 0 ? c : a.naam().compareTo(b.naam());
        }
    }
}
