package nl.reintegratie.besluit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;

/**
 * Draft Awb beschikkingen from an {@link Evaluation}: per aanvraag or verleende voorziening a besluit in Dutch, as the
 * gemeente sends it — aanhef and dictum (toekenning, afwijzing, beëindiging, voortzetting; for an opdracht such as the
 * tegenprestatie: opdragen), the motivering of Awb 3:46 and 3:47 (the specific article, lid and onderdeel with its
 * quoted text, for a ground through a general ground the condition's provision first and then the general ground;
 * the facts it was applied to; the reasoning), amounts and terms in words with dates, the hardheidsclausule where it
 * can apply, and the bezwaarclausule with its last day computed from the verzenddatum (Awb 6:7, 6:8, Algemene
 * termijnenwet).
 *
 * <p>A draft never pretends a discretionary decision was taken: where the text leaves the college a choice (a
 * permissive ground, a grondslag that is a power), it carries a marked place "[Afweging van het college: …]" and, for
 * a permissive refusal or ending, offers both dicta. A draft with open judgements or missing facts says at the top
 * that it cannot be sent yet, and asks them as questions.
 *
 * <p>The documents are rendered from Mustache templates (see the module's README): the defaults in this jar under
 * {@code nl/reintegratie/besluit/sjablonen/}, which a gemeente overrides, whole or one partial at a time, by a file of
 * the same name in its rule package jar under {@code nl/reintegratie/besluit/sjablonen/<gemeente>/}
 * ({@code midden-groningen}). Templates and the package's declarations are read from the class loader given, or the
 * thread's context class loader.
 *
 * <p>The burgerservicenummer of the case ({@code persoon.burgerservicenummer}) is printed in the beschikking; it never
 * appears in an exception message or a log. The facts (the BSN, the dates of the aanvraag, the facts each ground was
 * applied to) come from the case the evaluation carries ({@link Evaluation#casus()}), or from the {@link Casus} passed;
 * where a fact is not there, the draft marks the place to fill in.
 */
public final class Beschikking {
    private Beschikking() {}

    /**
     * The draft beschikkingen of an evaluation, with the facts of the case it carries.
     *
     * @param onderwerpId  the aanvraag or verleende voorziening, or {@code null} for all (one document each, separated)
     * @param verzenddatum the day the besluit is sent (= bekendgemaakt); {@code null}: the bezwaar sentence says how the
     *                     last day follows from it, and the draft asks for it
     */
    public static String write(Evaluation e, String onderwerpId, Format formaat, LocalDate verzenddatum) {
        return write(e, null, onderwerpId, formaat, verzenddatum);
    }

    /** As {@link #write(Evaluation, String, Format, LocalDate)}, with the case's facts ({@code null}: those of the evaluation). */
    public static String write(Evaluation e, Casus casus, String onderwerpId, Format formaat, LocalDate verzenddatum) {
        return write(e, casus, onderwerpId, formaat, verzenddatum, Bronnen.standaardLader());
    }

    /**
     * As {@link #write(Evaluation, Casus, String, Format, LocalDate)}, reading the rule package's declarations and
     * templates from {@code bronnen}: the class loader the engine was loaded from.
     */
    public static String write(Evaluation e, Casus casus, String onderwerpId, Format formaat, LocalDate verzenddatum, ClassLoader bronnen) {
        Objects.requireNonNull(e, "evaluation");
        Objects.requireNonNull(formaat, "formaat");
        Objects.requireNonNull(bronnen, "bronnen");
        if (casus == null) casus = e.casus();
        if (casus != null && !casus.gemeente().equals(e.gemeente())) {
            throw new IllegalArgumentException("the case is for gemeente " + casus.gemeente() + ", the evaluation for " + e.gemeente());
        }
        Bronnen b = Bronnen.voor(e, bronnen);
        List<Ontwerp.Model> modellen = new ArrayList<>();
        for (Besluit besluit : besluiten(e, onderwerpId)) modellen.add(Ontwerp.bouw(e, besluit, casus, b, verzenddatum, !modellen.isEmpty()));
        String sjabloon = formaat == Format.HTML ? "beschikking.html.mustache" : "beschikking.md.mustache";
        String tekst = Sjablonen.schrijf(sjabloon, e.gemeente(), new Documenten(e.gemeente(), modellen), bronnen);
        // the templates keep their sections on lines of their own; empty sections leave blank lines, one is enough
        return tekst.replaceAll("\n[ \t]*\n(?:[ \t]*\n)+", "\n\n").strip() + "\n";
    }

    /** The ids of the aanvragen and verleende voorzieningen the evaluation decides, in order: one beschikking each. */
    public static List<String> onderwerpen(Evaluation e) {
        List<String> l = new ArrayList<>();
        for (Besluit b : e.besluiten()) l.add(b.onderwerp());
        return l;
    }

    /**
     * Whether the draft for this onderwerp can be sent once its marked places are filled in: no judgement of the
     * college is open and no fact is missing, or the decision stands whatever they say (a mandatory refusal or ending,
     * a voorziening that does not exist).
     */
    public static boolean canBeSent(Evaluation e, String onderwerpId) {
        Besluit b = e.besluit(onderwerpId);
        return b.uitkomst().staatVast() || b.openOordelen().isEmpty() && b.ontbrekendeGegevens().isEmpty();
    }

    static List<Besluit> besluiten(Evaluation e, String onderwerpId) {
        if (onderwerpId == null) return e.besluiten();
        for (Besluit b : e.besluiten()) if (b.onderwerp().equals(onderwerpId)) return List.of(b);
        throw new IllegalArgumentException("no aanvraag or verleende voorziening '" + onderwerpId + "'; the evaluation decides: "
                + String.join(", ", onderwerpen(e)));
    }

    /** What the document template renders: one or more drafts. */
    record Documenten(String gemeente, List<Ontwerp.Model> beschikkingen) {
        String titel() {
            return beschikkingen.size() == 1 ? beschikkingen.get(0).titel() : "Conceptbesluiten — gemeente " + gemeente;
        }
    }
}
