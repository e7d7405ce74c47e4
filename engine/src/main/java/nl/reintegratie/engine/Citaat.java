package nl.reintegratie.engine;

/**
 * Where a finding rests in the law: the regeling (with its version: id, citeertitel, date of
 * vaststelling and entry into force), the artikel, lid and onderdeel, and the quoted text of that
 * provision. {@code lid} and {@code onderdeel} are {@code null} when the rule cites a whole article.
 */
public record Citaat(String regeling, String citeertitel, String versie, String artikel, String lid,
                     String onderdeel, String tekst) {

    /** "art. 12C lid 2 onder c" — the short form used in summaries. */
    public String kort() {
        StringBuilder s = new StringBuilder("art. ").append(artikel);
        if (lid != null) s.append(" lid ").append(lid);
        if (onderdeel != null) s.append(" onder ").append(onderdeel);
        return s.toString();
    }
}
