package nl.reintegratie.engine;

import java.time.LocalDate;

/**
 * A regeling as its rule package declares it: id, citeertitel, kind (verordening, beleidsregels), who set it and when,
 * and the dates it is in force ({@code geldigTot} {@code null}: open-ended). {@code inwerkingtreding} states the
 * provision or assumption the start date rests on.
 *
 * @param vastgesteldOp the date it was adopted; with a retroactive start ({@code geldigVanaf} earlier) a voorziening
 *                      granted before that date may have been granted under the regeling it replaced
 * @param vorigeRegeling the citeertitel of the regeling it withdrew and replaced, or {@code null}
 * @param hardheidsclausule whether, and under which provision, the college may deviate from it in an individual case;
 *                      {@code null} when the package does not say
 * @param bekendgemaaktOp the day it was published, or {@code null} when the package does not say
 */
public record Regeling(String id, String citeertitel, String soort, String vastgesteld, LocalDate vastgesteldOp,
                       LocalDate geldigVanaf, LocalDate geldigTot, String inwerkingtreding, String vorigeRegeling,
                       Hardheidsclausule hardheidsclausule, LocalDate bekendgemaaktOp) {
    // equals and hashCode are the record's own, written out (the same components, the same hash): the generated ones
    // are linked through method handles on first use, which a cold start pays for (see the README's Performance)
    @Override public boolean equals(Object other) {
        return other == this || other instanceof Regeling o
                && java.util.Objects.equals(id, o.id)
                && java.util.Objects.equals(citeertitel, o.citeertitel)
                && java.util.Objects.equals(soort, o.soort)
                && java.util.Objects.equals(vastgesteld, o.vastgesteld)
                && java.util.Objects.equals(vastgesteldOp, o.vastgesteldOp)
                && java.util.Objects.equals(geldigVanaf, o.geldigVanaf)
                && java.util.Objects.equals(geldigTot, o.geldigTot)
                && java.util.Objects.equals(inwerkingtreding, o.inwerkingtreding)
                && java.util.Objects.equals(vorigeRegeling, o.vorigeRegeling)
                && java.util.Objects.equals(hardheidsclausule, o.hardheidsclausule)
                && java.util.Objects.equals(bekendgemaaktOp, o.bekendgemaaktOp);
    }

    @Override public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(id);
        h = 31 * h + java.util.Objects.hashCode(citeertitel);
        h = 31 * h + java.util.Objects.hashCode(soort);
        h = 31 * h + java.util.Objects.hashCode(vastgesteld);
        h = 31 * h + java.util.Objects.hashCode(vastgesteldOp);
        h = 31 * h + java.util.Objects.hashCode(geldigVanaf);
        h = 31 * h + java.util.Objects.hashCode(geldigTot);
        h = 31 * h + java.util.Objects.hashCode(inwerkingtreding);
        h = 31 * h + java.util.Objects.hashCode(vorigeRegeling);
        h = 31 * h + java.util.Objects.hashCode(hardheidsclausule);
        h = 31 * h + java.util.Objects.hashCode(bekendgemaaktOp);
        return h;
    }


    /**
     * The provision under which the college may deviate from the regeling in an individual case ({@code artikel},
     * {@code lid}), or, where {@code artikel} is {@code null}, the regeling has none and {@code toelichting} says what
     * follows (reading register L-23).
     */
    public record Hardheidsclausule(String artikel, String lid, String toelichting) {
        // equals and hashCode are the record's own, written out (the same components, the same hash): the generated ones
        // are linked through method handles on first use, which a cold start pays for (see the README's Performance)
        @Override public boolean equals(Object other) {
            return other == this || other instanceof Hardheidsclausule o
                    && java.util.Objects.equals(artikel, o.artikel)
                    && java.util.Objects.equals(lid, o.lid)
                    && java.util.Objects.equals(toelichting, o.toelichting);
        }

        @Override public int hashCode() {
            int h = 0;
            h = 31 * h + java.util.Objects.hashCode(artikel);
            h = 31 * h + java.util.Objects.hashCode(lid);
            h = 31 * h + java.util.Objects.hashCode(toelichting);
            return h;
        }

        public boolean bestaat() { return artikel != null; }

        /** "art. 17", "art. 5.3 lid 1", or "geen". */
        public String kort() {
            return artikel == null ? "geen" : "art. " + artikel + (lid == null ? "" : " lid " + lid);
        }
    }

    /** Whether the regeling is in force on the date. */
    public boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }
}
