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

    /**
     * The provision under which the college may deviate from the regeling in an individual case ({@code artikel},
     * {@code lid}), or, where {@code artikel} is {@code null}, the regeling has none and {@code toelichting} says what
     * follows (reading register L-23).
     */
    public record Hardheidsclausule(String artikel, String lid, String toelichting) {
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
