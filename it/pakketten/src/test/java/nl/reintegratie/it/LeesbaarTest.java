package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.besluit.Beschikking;
import nl.reintegratie.besluit.Format;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.testsupport.Readability;
import nl.reintegratie.testsupport.Scenario;
import org.junit.jupiter.api.Test;

/**
 * What a case worker reads is in words, for every scenario of the four packages: the summary and the draft
 * beschikking show no internal code, enum name, ISO date or duration ({@link Readability}), and every decision can be
 * written out as a beschikking, in Markdown and in HTML.
 */
class LeesbaarTest {
    @Test
    void samenvattingEnBeschikkingInWoordenVoorElkScenario() {
        List<String> af = new ArrayList<>();
        int gelezen = 0;
        for (Pakketten.Beoordeeld be : Pakketten.beoordeeld()) {
            Scenario s = be.scenario();
            Evaluation e = be.evaluation();
            gelezen++;
            String waar = s.bestand().getFileName() + " / " + s.naam() + ": ";
            for (String p : Readability.problems(e, ReintegratieEngine.toSummary(e))) af.add(waar + "samenvatting: " + p);
            try {
                String md = Beschikking.write(e, null, Format.MARKDOWN, null);
                for (String p : Readability.problems(e, md)) af.add(waar + "beschikking: " + p);
                assertThat(Beschikking.write(e, null, Format.HTML, null)).startsWith("<!DOCTYPE html>");
            } catch (RuntimeException x) {
                af.add(waar + "beschikking: " + x);
            }
        }
        assertThat(gelezen).isGreaterThan(800);
        assertThat(af).isEmpty();
    }
    /**
     * A condition of a granted voorziening whose fact the case does not give does not make the decision incomplete
     * (LEESREGELS L-19), but the case worker sees it: the summary lists it as not established, with the field to fill.
     */
    @Test
    void eenNietVastgesteldeVoorwaardeVanEenVerleendeVoorzieningStaatInDeSamenvatting() {
        List<String> af = new ArrayList<>();
        int gezien = 0;
        for (Pakketten.Beoordeeld be : Pakketten.beoordeeld()) {
            Scenario s = be.scenario();
            Evaluation e = be.evaluation();
            String t = ReintegratieEngine.toSummary(e);
            for (nl.reintegratie.engine.Besluit b : e.besluiten()) {
                if (b.soort() != nl.reintegratie.engine.Besluit.Soort.VERLEENDE_VOORZIENING) continue;
                for (nl.reintegratie.engine.Besluit.Voorwaarde v : b.voorwaarden()) {
                    if (v.status() != nl.reintegratie.engine.Besluit.Voorwaarde.Status.ONBEKEND || v.gegeven() == null || v.gegeven().contains(".oordelen.")) continue;
                    gezien++;
                    if (!t.contains("Niet vastgesteld") || !t.contains("(veld in de casus: " + v.gegeven() + ")")) {
                        af.add(s.bestand().getFileName() + " / " + s.naam() + ": " + v.code() + " (" + v.gegeven() + ") niet als niet vastgesteld genoemd");
                    }
                }
            }
        }
        assertThat(gezien).isGreaterThan(0);
        assertThat(af).isEmpty();
    }

    /**
     * A decision that stands whatever the missing facts say (a mandatory refusal or ending, a voorziening that does not
     * exist) is not held up by them: the summary says the decision does not depend on them and the draft beschikking can
     * be sent; any other decision with a missing fact or an open judgement cannot. Over every scenario, and for one case
     * written out: an ambtshalve interne werkbegeleiding in Waterland, which art. 20j lid 1 allows only "op aanvraag".
     */
    @Test
    void eenBesluitDatVaststaatWachtNietOpOntbrekendeGegevens() {
        int vast = 0, open = 0;
        List<String> af = new ArrayList<>();
        for (Pakketten.Beoordeeld be : Pakketten.beoordeeld()) {
            Scenario s = be.scenario();
            Evaluation e = be.evaluation();
            String t = ReintegratieEngine.toSummary(e);
            for (nl.reintegratie.engine.Besluit b : e.besluiten()) {
                boolean wacht = !b.ontbrekendeGegevens().isEmpty() || !b.openOordelen().isEmpty();
                if (!wacht) continue;
                boolean verzendbaar = Beschikking.canBeSent(e, b.onderwerp());
                if (b.uitkomst().staatVast()) {
                    vast++;
                    if (!verzendbaar) af.add(s.naam() + " / " + b.onderwerp() + ": " + b.uitkomst() + " maar niet verzendbaar");
                    if (!b.ontbrekendeGegevens().isEmpty() && !t.contains("het besluit hangt er niet van af")) af.add(s.naam() + ": samenvatting zegt niet dat het besluit er niet van afhangt");
                } else {
                    open++;
                    if (verzendbaar) af.add(s.naam() + " / " + b.onderwerp() + ": " + b.uitkomst() + " met ontbrekende gegevens of open oordelen, toch verzendbaar");
                }
            }
        }
        assertThat(vast).isGreaterThan(0);
        assertThat(open).isGreaterThan(0);
        assertThat(af).isEmpty();

        Evaluation e = Pakketten.ENGINE.evaluateJson("{\"gemeente\": \"Waterland\", \"peildatum\": \"2025-06-02\", \"persoon\": {\"geboortedatum\": \"1999-05-05\","
                + " \"behoortTotDoelgroep\": true, \"uitkering\": \"geen\", \"arbeidsbeperking\": true}, \"werkgever\": {\"naam\": \"W\"},"
                + " \"dienstbetrekking\": {\"ingangsdatum\": \"2025-05-01\", \"urenPerWeek\": 32},"
                + " \"aanvragen\": [{\"id\": \"a1\", \"voorziening\": \"interne-werkbegeleiding\", \"ambtshalve\": true}]}");
        nl.reintegratie.engine.Besluit b = e.besluit("a1");
        assertThat(b.uitkomst()).isEqualTo(nl.reintegratie.engine.Uitkomst.MOET_WORDEN_GEWEIGERD);
        assertThat(b.ontbrekendeGegevens()).isNotEmpty();
        assertThat(Beschikking.canBeSent(e, "a1")).isTrue();
        assertThat(ReintegratieEngine.toSummary(e)).contains("Gegevens die ontbreken voor andere voorwaarden (het besluit hangt er niet van af)");
    }
}
