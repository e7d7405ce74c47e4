package nl.reintegratie.besluit;

import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;

/** Cases of the fixture gemeente Midden-Groningen for the content tests, and the engine that evaluates them. */
final class Gevallen {
    static final ReintegratieEngine ENGINE = ReintegratieEngine.load();
    /** A test BSN of the BRP test environment (passes the elfproef). */
    static final String BSN = "999993653";

    private Gevallen() {}

    /** An evaluated case with the case as read, for the beschikking. */
    record Geval(Evaluation evaluatie, Casus casus) {}

    static Geval geval(String json) {
        return new Geval(ENGINE.evaluateJson(json), ENGINE.readCase(json));
    }

    /** A werkstage asked for {@code vanaf} – {@code totEnMet}, received on {@code ontvangen}; the college's judgement given. */
    static String werkstage(String vanaf, String totEnMet, String ontvangen, boolean oordeel) {
        return """
                {"gemeente": "Midden-Groningen", "peildatum": "2025-04-02",
                 "persoon": {"burgerservicenummer": "%s", "geboorte": {"datum": "1990-01-01"}, "behoortTotDoelgroep": true},
                 "aanvragen": [{"id": "w1", "voorziening": "werkstage", "ontvangstdatum": "%s",
                                "gevraagdePeriode": {"vanaf": "%s", "totEnMet": "%s"}%s}]}
                """.formatted(BSN, ontvangen, vanaf, totEnMet, oordeel ? ", \"oordelen\": {\"onvoldoende-bijdrage-arbeidsinschakeling\": false}" : "");
    }

    /** Three months, asked in time: toekenbaar. */
    static final String TOEKENBAAR = werkstage("2025-03-03", "2025-06-02", "2025-03-10", true);
    /** A day longer than three months: must be refused as asked (art. 1a lid 2). */
    static final String TE_LANG = werkstage("2025-03-03", "2025-06-03", "2025-03-10", true);
    /** A day late: may be refused through the general ground of art. 2 lid 1 onder c. */
    static final String TE_LAAT = werkstage("2025-03-03", "2025-06-02", "2025-04-01", true);
    /** In time, but the college's judgement of art. 2 lid 1 onder b is not given. */
    static final String OORDEEL_OPEN = werkstage("2025-03-03", "2025-06-02", "2025-03-10", false);

    static final String TEGENPRESTATIE = """
            {"gemeente": "Midden-Groningen", "peildatum": "2025-03-01",
             "persoon": {"burgerservicenummer": "%s", "geboortedatum": "1990-01-01", "behoortTotDoelgroep": true, "uitkering": "algemene-bijstand"},
             "aanvragen": [{"id": "t1", "voorziening": "tegenprestatie", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """.formatted(BSN);

    static final String ONVOLLEDIG = """
            {"gemeente": "Midden-Groningen", "peildatum": "2025-03-01",
             "persoon": {"burgerservicenummer": "%s", "geboortedatum": "1990-01-01"},
             "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}]}
            """.formatted(BSN);

    static String verleend(boolean doelgroep) {
        return """
                {"gemeente": "Midden-Groningen", "peildatum": "2025-06-01",
                 "persoon": {"burgerservicenummer": "%s", "geboortedatum": "1990-01-01", "behoortTotDoelgroep": %s},
                 "verleendeVoorzieningen": [{"id": "v1", "voorziening": "sociale-activering", "verleendOp": "2025-01-15", "verleendTot": "2025-12-31"}]}
                """.formatted(BSN, doelgroep);
    }

    /** Two decisions in one case: a refusal and a continuation. */
    static final String TWEE = """
            {"gemeente": "Midden-Groningen", "peildatum": "2025-04-02",
             "persoon": {"burgerservicenummer": "%s", "geboortedatum": "1990-01-01", "behoortTotDoelgroep": true},
             "aanvragen": [{"id": "w1", "voorziening": "werkstage", "ontvangstdatum": "2025-03-10",
                            "gevraagdePeriode": {"vanaf": "2025-03-03", "totEnMet": "2025-06-03"},
                            "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}}],
             "verleendeVoorzieningen": [{"id": "v1", "voorziening": "sociale-activering", "verleendOp": "2025-01-15"}]}
            """.formatted(BSN);
}
