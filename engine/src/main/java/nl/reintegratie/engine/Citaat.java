package nl.reintegratie.engine;

/**
 * Where a finding rests in the law: the regeling (with its version: id, citeertitel, date of
 * vaststelling and entry into force), the artikel, lid and onderdeel, and the quoted text of that
 * provision. {@code lid} and {@code onderdeel} are {@code null} when the rule cites a whole article.
 * {@code interpretaties} names the entries of the package's interpretation register (for example
 * {@code H-01}) that the rule applies in reading this provision; empty when it needs none.
 */
public record Citaat(String regeling, String citeertitel, String versie, String artikel, String lid,
                     String onderdeel, String tekst, java.util.List<String> interpretaties) {

    public Citaat {
        interpretaties = interpretaties == null ? java.util.List.of() : java.util.List.copyOf(interpretaties);
    }

    /** "art. 12C lid 2 onder c" — the short form used in summaries. */
    public String kort() {
        StringBuilder s = new StringBuilder("art. ").append(artikel);
        if (lid != null) s.append(" lid ").append(lid);
        if (onderdeel != null) s.append(" onder ").append(onderdeel);
        return s.toString();
    }
}
