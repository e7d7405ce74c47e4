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
    // equals and hashCode are the record's own, written out (the same components, the same hash): the generated ones
    // are linked through method handles on first use, which a cold start pays for (see the README's Performance)
    @Override public boolean equals(Object other) {
        return other == this || other instanceof Citaat o
                && java.util.Objects.equals(regeling, o.regeling)
                && java.util.Objects.equals(citeertitel, o.citeertitel)
                && java.util.Objects.equals(versie, o.versie)
                && java.util.Objects.equals(artikel, o.artikel)
                && java.util.Objects.equals(lid, o.lid)
                && java.util.Objects.equals(onderdeel, o.onderdeel)
                && java.util.Objects.equals(tekst, o.tekst)
                && java.util.Objects.equals(model, o.model);
    }

    @Override public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(regeling);
        h = 31 * h + java.util.Objects.hashCode(citeertitel);
        h = 31 * h + java.util.Objects.hashCode(versie);
        h = 31 * h + java.util.Objects.hashCode(artikel);
        h = 31 * h + java.util.Objects.hashCode(lid);
        h = 31 * h + java.util.Objects.hashCode(onderdeel);
        h = 31 * h + java.util.Objects.hashCode(tekst);
        h = 31 * h + java.util.Objects.hashCode(model);
        return h;
    }


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
