package nl.reintegratie.engine;

import java.util.List;

/** What a regeling declares besides its rules. Package-private records read from the rule packages' JSON. */
final class Declaraties {
    private Declaraties() {}

    /** A voorziening the regeling knows, by code. */
    record Voorziening(String code, String naam, String artikel, String regeling) {}

    /** The types an omstandigheid can have in a case file. */
    enum Type { JA_NEE, GETAL, DATUM, KEUZE }

    /**
     * A fact of the case that only some provisions use, declared with its type and the articles that use it.
     * {@code keuzes} lists the allowed values of a KEUZE. {@code minimum} bounds a GETAL from below.
     */
    record Omstandigheid(String naam, Type type, List<String> keuzes, java.math.BigDecimal minimum,
                         String omschrijving, List<String> artikelen, String regeling) {}

    /** A judgement "naar het oordeel van het college", with the question and the provision that leaves it to the college. */
    record Oordeel(String code, String vraag, String artikel, String lid, String onderdeel, String regeling) {}

    /** A dated parameter: one value per period, each with the regeling and article it comes from. */
    record Parameter(String naam, String omschrijving, String eenheid, String bron, List<Waarde> waarden) {
        java.math.BigDecimal op(java.time.LocalDate datum) {
            for (Waarde w : waarden) {
                if (!datum.isBefore(w.vanaf()) && (w.tot() == null || !datum.isAfter(w.tot()))) return w.waarde();
            }
            return null;
        }
    }

    record Waarde(java.time.LocalDate vanaf, java.time.LocalDate tot, java.math.BigDecimal waarde) {}
}
