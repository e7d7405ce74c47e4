package nl.reintegratie.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.feiten.Duur;

/**
 * The outcome for one aanvraag or one granted voorziening, with everything it rests on. Every item says what it is
 * (a grondslag, a condition, a ground, an open judgement, a missing fact, a calculation, a term, a remark), names the
 * rule that produced it ({@code omschrijving}, which starts with the citation), carries the structured {@link Citaat}
 * and the interpretations of the reading register it applies, and lists the rules whose conclusions led to it
 * ({@code afleiding}, nearest first). All lists are unmodifiable and ordered by citation.
 *
 * @param onderwerp           the caller's id of the aanvraag or verleende voorziening
 * @param soort               what the decision is about
 * @param voorziening         the voorziening's code
 * @param uitkomst            the outcome
 * @param grondslagen         the provisions that give the power or the duty to provide it
 * @param voorwaarden         every condition tested, met or not, or undecidable
 * @param weigeringsgronden   every ground for refusal that applies
 * @param beeindigingsgronden every ground for ending that applies
 * @param afgeschermd         grounds for ending that would apply but that transitional law sets aside for now
 * @param nietToegepast       grounds that would apply but yield to a duty to provide the voorziening (reading register L-20),
 *                            each with the duty's citation
 * @param overgangsrecht      the transitional law that protects a voorziening granted under the previous regeling
 * @param openOordelen        the judgements of the college the case did not give
 * @param ontbrekendeGegevens the facts the case did not give that a condition needs
 * @param berekeningen        amounts and hours that follow
 * @param termijnen           deadlines and maximum durations that follow
 * @param opmerkingen         what the decision must also say; standard remarks (the hardheidsclausule) are marked
 */
public record Besluit(String onderwerp, Soort soort, String voorziening, Uitkomst uitkomst,
                      List<Grondslag> grondslagen, List<Voorwaarde> voorwaarden, List<Grond> weigeringsgronden,
                      List<Grond> beeindigingsgronden, List<Grond> afgeschermd, List<Grond> nietToegepast, List<Overgangsrecht> overgangsrecht,
                      List<OpenOordeel> openOordelen, List<OntbrekendGegeven> ontbrekendeGegevens,
                      List<Berekening> berekeningen, List<Termijn> termijnen, List<Opmerking> opmerkingen) {

    public Besluit {
        grondslagen = List.copyOf(grondslagen);
        voorwaarden = List.copyOf(voorwaarden);
        weigeringsgronden = List.copyOf(weigeringsgronden);
        beeindigingsgronden = List.copyOf(beeindigingsgronden);
        afgeschermd = List.copyOf(afgeschermd);
        nietToegepast = List.copyOf(nietToegepast);
        overgangsrecht = List.copyOf(overgangsrecht);
        openOordelen = List.copyOf(openOordelen);
        ontbrekendeGegevens = List.copyOf(ontbrekendeGegevens);
        berekeningen = List.copyOf(berekeningen);
        termijnen = List.copyOf(termijnen);
        opmerkingen = List.copyOf(opmerkingen);
    }

    /** What a decision is about. */
    public enum Soort {
        AANVRAAG("aanvraag"), VERLEENDE_VOORZIENING("verleende-voorziening");

        private final String code;

        Soort(String code) { this.code = code; }

        public String code() { return code; }
    }

    /** All items of this decision, in the order of the record's components. */
    public List<Onderdeel> onderdelen() {
        List<Onderdeel> alle = new ArrayList<>();
        alle.addAll(grondslagen);
        alle.addAll(voorwaarden);
        alle.addAll(weigeringsgronden);
        alle.addAll(beeindigingsgronden);
        alle.addAll(afgeschermd);
        alle.addAll(nietToegepast);
        alle.addAll(overgangsrecht);
        alle.addAll(openOordelen);
        alle.addAll(ontbrekendeGegevens);
        alle.addAll(berekeningen);
        alle.addAll(termijnen);
        alle.addAll(opmerkingen);
        return List.copyOf(alle);
    }

    /** The grounds that decide the outcome: weigerings- or beëindigingsgronden. */
    public List<Grond> gronden() {
        return soort == Soort.AANVRAAG ? weigeringsgronden : beeindigingsgronden;
    }

    /** One item of a decision. */
    public sealed interface Onderdeel permits Grondslag, Voorwaarde, Grond, Overgangsrecht, OpenOordeel, OntbrekendGegeven,
            Berekening, Termijn, Opmerking {
        /** Stable identifier within the rule package. */
        String code();

        /** The name of the rule that produced it: its citation and what it decides. */
        String omschrijving();

        /** Case-specific detail, or {@code null}. */
        String toelichting();

        /** The provision it rests on. */
        Citaat citaat();

        /** The entries of the reading register or the package's interpretation register the rule applies. */
        List<String> interpretaties();

        /** The rules whose findings led to it, nearest first. */
        List<String> afleiding();
    }

    /** The power ({@code plicht == false}) or duty to provide the voorziening. */
    public record Grondslag(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                            List<String> afleiding, boolean plicht, boolean wettelijk) implements Onderdeel {
        public Grondslag { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }
    }

    /** A condition tested: met, not met, or undecidable for want of {@code gegeven} (a path in the case file). */
    public record Voorwaarde(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                             List<String> afleiding, Status status, String gegeven) implements Onderdeel {
        public Voorwaarde { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }

        public enum Status { VERVULD, NIET_VERVULD, ONBEKEND }
    }

    /**
     * A ground for refusal or ending. {@code citaat} is the provision not met or the ground itself; where the ground
     * runs through a general ground ("er niet wordt voldaan aan de voorwaarden die in deze verordening worden
     * gesteld"), {@code via} cites that general ground and {@code voorwaarde} names the condition not met.
     *
     * @param verplicht   {@code true}: the text makes it mandatory; {@code false}: the college may, and weighs it
     * @param afgeschermdDoor for a shielded ground, the transitional provision that sets it aside for now
     * @param wijktVoor       for a ground not applied, the duty it yields to
     * @param ook             further provisions the ground rests on ({@code @ook} of its rule: "lid 1 onder a en lid 3")
     */
    public record Grond(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                        List<String> afleiding, boolean verplicht, Citaat via, String viaOmschrijving, String voorwaarde,
                        Citaat afgeschermdDoor, Citaat wijktVoor, List<Citaat> ook) implements Onderdeel {
        public Grond { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); ook = List.copyOf(ook); }

        Grond metAfgeschermdDoor(Citaat c) {
            return new Grond(code, omschrijving, toelichting, citaat, interpretaties, afleiding, verplicht, via, viaOmschrijving, voorwaarde, c, wijktVoor, ook);
        }

        Grond metWijktVoor(Citaat c) {
            return new Grond(code, omschrijving, toelichting, citaat, interpretaties, afleiding, verplicht, via, viaOmschrijving, voorwaarde, afgeschermdDoor, c, ook);
        }

        /** The same ground, its chain of rules extended with those of another rule that drew it too. */
        Grond metAfleiding(List<String> meer) {
            List<String> l = new java.util.ArrayList<>(afleiding);
            for (String x : meer) if (!l.contains(x)) l.add(x);
            return l.size() == afleiding.size() ? this
                    : new Grond(code, omschrijving, toelichting, citaat, interpretaties, l, verplicht, via, viaOmschrijving, voorwaarde, afgeschermdDoor, wijktVoor, ook);
        }
    }

    /**
     * Transitional law protects the voorziening until and including {@code beschermdTotEnMet} ({@code null}: not known).
     * {@code hangtAfVan}: where the protection holds only if a condition is met whose fact the case does not give, the
     * path of that fact ({@code beschermtOpPeildatum} is then {@code false} and the grounds it would shield are held back
     * as shielded); {@code null} otherwise.
     */
    public record Overgangsrecht(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                                 List<String> afleiding, LocalDate beschermdTotEnMet, boolean beschermtOpPeildatum,
                                 String hangtAfVan) implements Onderdeel {
        public Overgangsrecht { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }
    }

    /** A judgement of the college the case did not give: {@code vraag} is the question, {@code gegeven} where to give it. */
    public record OpenOordeel(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                              List<String> afleiding, String vraag, String gegeven) implements Onderdeel {
        public OpenOordeel { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }
    }

    /** A fact the case did not give that a condition needs: {@code gegeven} is its path in the case file. */
    public record OntbrekendGegeven(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                                    List<String> afleiding, String gegeven) implements Onderdeel {
        public OntbrekendGegeven { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }
    }

    /**
     * An amount, number of hours or percentage. {@code waarde} is {@code null} when the project does not know it
     * ({@code toelichting} says which figure is missing). {@code ook} cites every further provision the calculation applies.
     */
    public record Berekening(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                             List<String> afleiding, BigDecimal waarde, String eenheid, List<Citaat> ook) implements Onderdeel {
        public Berekening { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); ook = List.copyOf(ook); }
    }

    /**
     * A deadline ({@code soort} {@code UITERLIJK}: "uiterlijk 18 maart 2024, vier weken na 19 februari 2024") or a
     * maximum duration ({@code MAXIMAAL}: "tot en met 14 april 2024"). {@code vanaf} and {@code totEnMet} are
     * {@code null} when the facts do not fix the start.
     */
    public record Termijn(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                          List<String> afleiding, Soort soort, Duur duur, LocalDate vanaf, LocalDate totEnMet) implements Onderdeel {
        public Termijn { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }

        public enum Soort { UITERLIJK, MAXIMAAL }
    }

    /** Something the decision must also say; {@code standaard} for a remark every decision carries (the hardheidsclausule). */
    public record Opmerking(String code, String omschrijving, String toelichting, Citaat citaat, List<String> interpretaties,
                            List<String> afleiding, boolean standaard) implements Onderdeel {
        public Opmerking { interpretaties = List.copyOf(interpretaties); afleiding = List.copyOf(afleiding); }
    }
}
