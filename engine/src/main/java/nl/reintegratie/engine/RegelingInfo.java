package nl.reintegratie.engine;

import java.time.LocalDate;

/**
 * A regeling as a rule package declares it: id, citeertitel, kind (verordening, beleidsregels),
 * who set it and when, and the dates it is in force ({@code geldigTot} {@code null}: open-ended).
 * {@code inwerkingtreding} states the provision or assumption the start date rests on.
 */
public record RegelingInfo(String id, String citeertitel, String soort, String vastgesteld,
                           LocalDate geldigVanaf, LocalDate geldigTot, String inwerkingtreding) {
}
