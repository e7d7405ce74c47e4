package nl.reintegratie.engine;

/**
 * Where a finding rests in the law: the regeling (id, citeertitel, and its version: adopted when, in force from
 * when), the artikel, lid and onderdeel, and the quoted text of exactly that provision. {@code lid} and
 * {@code onderdeel} are {@code null} when a whole article is cited. {@code model} names the provision of the VNG model
 * verordening it corresponds to (for example {@code weigering.doelgroep}), so that the same provision can be lined up
 * across gemeenten; {@code null} when the package does not say.
 */
public record Citaat(String regeling, String citeertitel, String versie, String artikel, String lid, String onderdeel, String tekst,
                     String model) {

    /** "art. 12C lid 2 onder c" — the short form used in summaries. */
    public String kort() {
        StringBuilder s = new StringBuilder("art. ").append(artikel);
        if (lid != null) s.append(" lid ").append(lid);
        if (onderdeel != null) s.append(" onder ").append(onderdeel);
        return s.toString();
    }

    /** The key under which the decision's table of bepalingen lists this provision: {@code regeling art. 12C lid 2 onder c}. */
    public String sleutel() {
        return regeling + " " + kort();
    }
}
