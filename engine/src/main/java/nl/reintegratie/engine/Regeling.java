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
 */
public record Regeling(String id, String citeertitel, String soort, String vastgesteld, LocalDate vastgesteldOp,
                       LocalDate geldigVanaf, LocalDate geldigTot, String inwerkingtreding, String vorigeRegeling) {

    /** Whether the regeling is in force on the date. */
    public boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }
}
