package nl.reintegratie.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The declaration of one fact a case can give: its name, what it is about, its type and bounds, and what it means.
 * The shared vocabulary ({@code nl/reintegratie/vocabulaire.json} in the engine) declares the facts the model
 * verordening and the Participatiewet speak of; a rule package declares only what is truly its own. One declaration
 * serves the case reader (type and bounds), the build-time check of the rules, the JSON Schema and the documentation.
 *
 * @param naam             the key in the case file, lowerCamelCase
 * @param over             what the fact is about, which is where it stands in the case file
 * @param type             its type
 * @param verplicht        whether a case must give it (only structural facts such as the geboortedatum)
 * @param omschrijving     what it says about the world, in Dutch
 * @param keuzes           the allowed values of a {@code keuze}
 * @param minimum          the lowest allowed number, or {@code null}
 * @param minimumExclusief whether {@code minimum} itself is not allowed
 * @param maximum          the highest allowed number, or {@code null}
 * @param decimalen        the most decimals a number may have ({@code 0} for an {@code aantal})
 * @param datumRegels      how a date must fit the other dates of the case
 * @param bron             the provision of national law that defines the concept, or {@code null}
 * @param herkomst         {@code gedeeld} for the shared vocabulary, else the id of the regeling that declares it
 * @param informatief      for the reader of a decision only (a name, a BSN): no rule reads it, and that is not reported
 */
public record Gegeven(String naam, Over over, Type type, boolean verplicht, String omschrijving, List<String> keuzes,
                      BigDecimal minimum, boolean minimumExclusief, BigDecimal maximum, Integer decimalen,
                      List<DatumRegel> datumRegels, String bron, String herkomst, boolean informatief) {

    public Gegeven {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(over, "over");
        Objects.requireNonNull(type, "type");
        keuzes = keuzes == null ? List.of() : List.copyOf(keuzes);
        datumRegels = datumRegels == null ? List.of() : List.copyOf(datumRegels);
    }

    /** What a fact is about; it stands on that object in the case file. */
    public enum Over {
        PERSOON("persoon"), WERKGEVER("werkgever"), DIENSTBETREKKING("dienstbetrekking"), AANVRAAG("aanvraag"),
        VERLEENDE_VOORZIENING("verleende-voorziening"),
        /** The voorziening itself: it stands on an aanvraag and on a verleende voorziening. */
        ONDERWERP("onderwerp");

        private final String code;

        Over(String code) { this.code = code; }

        public String code() { return code; }

        /** Whether a fact declared "over" this may stand on {@code plaats}. */
        public boolean past(Over plaats) {
            return this == plaats || (this == ONDERWERP && (plaats == AANVRAAG || plaats == VERLEENDE_VOORZIENING));
        }

        static Over vanCode(String code) {
            for (Over o : values()) if (o.code.equals(code)) return o;
            return null;
        }
    }

    /** The types a fact can have. */
    public enum Type {
        JA_NEE("ja-nee"), AANTAL("aantal"), GETAL("getal"), BEDRAG("bedrag"), DATUM("datum"), KEUZE("keuze"),
        TEKST("tekst"), PERIODE("periode"), PERIODEN("perioden");

        private final String code;

        Type(String code) { this.code = code; }

        public String code() { return code; }

        static Type vanCode(String code) {
            for (Type t : values()) if (t.code.equals(code)) return t;
            return null;
        }
    }

    /**
     * How a date must fit the other dates of the case; each names both fields when it fails. Written in a declaration
     * as {@code niet-na-peildatum}, {@code niet-voor-geboortedatum}, {@code niet-voor-ingangsdatum-dienstbetrekking}
     * (for a voorziening that belongs to the dienstbetrekking), {@code niet-voor-verleendop}, or as
     * {@code niet-voor:<veld>}, {@code niet-na:<veld>}, {@code eindigt-voor:<veld>} with a field such as
     * {@code persoon.uitkeringSinds}, {@code dienstbetrekking.ingangsdatum} or {@code aanvraag.gevraagdePeriode.vanaf}
     * (the onderwerp's own field). For a period, the rule applies to its first day ({@code eindigt-voor}: its last).
     *
     * @param relatie    not before, not after, or (a period) ends before
     * @param referentie the other date: {@code peildatum} or a field path
     * @param alleenBijDienstbetrekking the rule holds only for a voorziening that belongs to the dienstbetrekking
     */
    public record DatumRegel(Relatie relatie, String referentie, boolean alleenBijDienstbetrekking) {
        public enum Relatie { NIET_VOOR, NIET_NA, EINDIGT_VOOR }

        static DatumRegel vanCode(String code) {
            switch (code) {
                case "niet-na-peildatum": return new DatumRegel(Relatie.NIET_NA, "peildatum", false);
                case "niet-voor-geboortedatum": return new DatumRegel(Relatie.NIET_VOOR, "persoon.geboortedatum", false);
                case "niet-voor-ingangsdatum-dienstbetrekking": return new DatumRegel(Relatie.NIET_VOOR, "dienstbetrekking.ingangsdatum", true);
                case "niet-voor-verleendop": return new DatumRegel(Relatie.NIET_VOOR, "verleende-voorziening.verleendOp", false);
                default:
            }
            int i = code.indexOf(':');
            if (i < 0) return null;
            String ref = code.substring(i + 1).trim();
            if (!ref.matches("(persoon|werkgever|dienstbetrekking|aanvraag|verleende-voorziening)\\.[a-zA-Z]+(\\.(vanaf|totEnMet))?")) return null;
            return switch (code.substring(0, i)) {
                case "niet-voor" -> new DatumRegel(Relatie.NIET_VOOR, ref, false);
                case "niet-na" -> new DatumRegel(Relatie.NIET_NA, ref, false);
                case "eindigt-voor" -> new DatumRegel(Relatie.EINDIGT_VOOR, ref, false);
                default -> null;
            };
        }

        /** The rule as a declaration writes it. */
        public String code() {
            return (relatie == Relatie.NIET_VOOR ? "niet-voor:" : relatie == Relatie.NIET_NA ? "niet-na:" : "eindigt-voor:") + referentie;
        }
    }
}
