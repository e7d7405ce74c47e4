package nl.reintegratie.besluit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;

/**
 * The decisions of an {@link Evaluation} as Besluit resources of the ZGW Besluiten API (VNG Realisatie, version
 * 1.0.x): what a municipality's zaaksysteem stores. One resource per aanvraag or verleende voorziening whose outcome
 * proposes a decision; an outcome that cannot be decided yet (facts missing, a judgement of the college open) yields
 * none, and {@link #notWritten} says which and why.
 *
 * <ul>
 *   <li>{@code besluittype}: from the rule package's catalogue of besluittypen ({@code META-INF/reintegratie/besluittypen.json}),
 *       by voorziening and kind of decision; a package without one is an error, since the field is required.</li>
 *   <li>{@code datum}: the beslisdatum given. {@code ingangsdatum}: for a toekenning or opdracht the start of the period
 *       asked for (else of the maximum duration); otherwise the beslisdatum. {@code vervaldatum} and
 *       {@code vervalreden} {@code tijdelijk}: the last day of that period (tot en met), or of a voortgezette voorziening.</li>
 *   <li>{@code toelichting}: the motivering as plain text (template {@code toelichting.txt.mustache}), opening with the
 *       beschikkinghouder's burgerservicenummer where the case gives it — the Besluiten API has no field for the person; in
 *       ZGW the beschikkinghouder is a rol on the zaak (Zaken API).</li>
 *   <li>{@code bestuursorgaan}: the college, at most 50 characters. {@code verantwoordelijkeOrganisatie}: the gemeente's
 *       RSIN where the catalogue states it with its source; otherwise left out, never invented.</li>
 *   <li>{@code verzenddatum} and {@code uiterlijkeReactiedatum} (the last day of the bezwaartermijn) when a verzenddatum is given.</li>
 * </ul>
 */
public final class ZgwBesluit {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ZgwBesluit() {}

    /** The Besluit resources as a JSON array, decided on {@code datum}, with the facts of the case the evaluation carries. */
    public static String write(Evaluation e, LocalDate datum) {
        return write(e, null, datum, null);
    }

    /** As {@link #write(Evaluation, LocalDate)}, with the case's facts and the verzenddatum (both may be {@code null}). */
    public static String write(Evaluation e, Casus casus, LocalDate datum, LocalDate verzenddatum) {
        return write(e, casus, datum, verzenddatum, Bronnen.standaardLader());
    }

    /** As {@link #write(Evaluation, Casus, LocalDate, LocalDate)}, reading the rule package's declarations from {@code bronnen}. */
    public static String write(Evaluation e, Casus casus, LocalDate datum, LocalDate verzenddatum, ClassLoader bronnen) {
        Objects.requireNonNull(e, "evaluation");
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(bronnen, "bronnen");
        if (casus == null) casus = e.casus();
        if (casus != null && !casus.gemeente().equals(e.gemeente())) {
            throw new IllegalArgumentException("the case is for gemeente " + casus.gemeente() + ", the evaluation for " + e.gemeente());
        }
        Bronnen b = Bronnen.voor(e, bronnen);
        ArrayNode uit = JSON.createArrayNode();
        for (Besluit besluit : e.besluiten()) {
            Ontwerp.Soort soort = Ontwerp.soort(besluit, b.isOpdracht(besluit.voorziening()));
            if (soort == Ontwerp.Soort.GEEN) continue;
            if (b.besluittypen == null) {
                throw new IllegalStateException("gemeente " + e.gemeente() + ": geen catalogus van besluittypen. Een ZGW-besluit verwijst naar een "
                        + "besluittype uit de zaaktypecatalogus van de gemeente; het regelpakket noemt er geen (" + Bronnen.BESLUITTYPEN + "). Leg de "
                        + "catalogus van de gemeente op het klassenpad als " + Bronnen.EIGEN_BESLUITTYPEN + Bronnen.sleutel(e.gemeente())
                        + ".json (bijvoorbeeld in een jar naast de regelpakketten; de vorm staat in besluit/README.md)");
            }
            Besluittypen.Type type = b.besluittypen.voor(besluit.voorziening(), soort.code);
            if (type == null) {
                throw new IllegalStateException("gemeente " + e.gemeente() + ": " + Bronnen.BESLUITTYPEN + " declares no besluittype for voorziening '"
                        + besluit.voorziening() + "' and soort '" + soort.code + "' (nor for voorziening '*')");
            }
            Ontwerp.Model m = Ontwerp.bouw(e, besluit, casus, b, verzenddatum, false);
            ObjectNode n = uit.addObject();
            n.put("besluittype", type.url());
            n.put("datum", datum.toString());
            n.put("ingangsdatum", (m.ingangsdatum() != null ? m.ingangsdatum() : datum).toString());
            if (m.vervaldatum() != null) {
                n.put("vervaldatum", m.vervaldatum().toString());
                n.put("vervalreden", "tijdelijk");
            }
            n.put("toelichting", toelichting(Sjablonen.schrijf("toelichting.txt.mustache", e.gemeente(), m, bronnen)));
            n.put("bestuursorgaan", bestuursorgaan(b));
            if (b.besluittypen.verantwoordelijkeOrganisatie() != null) n.put("verantwoordelijkeOrganisatie", b.besluittypen.verantwoordelijkeOrganisatie());
            if (verzenddatum != null) {
                n.put("verzenddatum", verzenddatum.toString());
                n.put("uiterlijkeReactiedatum", Termijnenwet.bezwaartermijn(verzenddatum).laatsteDag().toString());
            }
        }
        try {
            return JSON.writeValueAsString(uit) + "\n";
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("cannot write the ZGW besluiten", x);
        }
    }

    /** The plain-text motivering: blank lines only between its parts (the concept notes, the besluit, the motivering). */
    static String toelichting(String tekst) {
        return tekst.strip().replaceAll("\n[ \t]*\n(?:[ \t]*\n)*(?!Besluit:|Motivering|Beschikkinghouder|CONCEPT)", "\n");
    }

    /** A decision for which no Besluit resource is written, and why (in Dutch, for the user). */
    public record NotWritten(String onderwerp, String reason) {}

    /** The aanvragen and verleende voorzieningen that yield no Besluit resource because no decision can be taken yet. */
    public static List<NotWritten> notWritten(Evaluation e) {
        List<NotWritten> l = new ArrayList<>();
        for (Besluit b : e.besluiten()) {
            switch (b.uitkomst()) {
                case ONVOLLEDIG -> l.add(new NotWritten(b.onderwerp(), "er ontbreken gegevens; er kan nog niet worden beslist"));
                case HANGT_AF_VAN_OORDEEL -> l.add(new NotWritten(b.onderwerp(), "het besluit hangt af van een oordeel van het college dat nog niet is gegeven"));
                default -> { }
            }
        }
        return l;
    }

    /** Whether the gemeente's RSIN is known (else {@code verantwoordelijkeOrganisatie}, required by the API, is left out). */
    public static boolean rsinKnown(Evaluation e, ClassLoader bronnen) {
        Bronnen b = Bronnen.voor(e, bronnen);
        return b.besluittypen != null && b.besluittypen.verantwoordelijkeOrganisatie() != null;
    }

    /** "College van burgemeester en wethouders <gemeente>" where it fits the API's 50 characters, else shorter. */
    static String bestuursorgaan(Bronnen b) {
        if (b.besluittypen != null && b.besluittypen.bestuursorgaan() != null) return b.besluittypen.bestuursorgaan();
        for (String s : new String[] {"College van burgemeester en wethouders " + b.gemeente, "College van B&W " + b.gemeente}) {
            if (s.length() <= 50) return s;
        }
        return "College van burgemeester en wethouders";
    }
}
