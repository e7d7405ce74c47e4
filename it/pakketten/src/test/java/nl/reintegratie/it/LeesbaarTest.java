package nl.reintegratie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.besluit.Beschikking;
import nl.reintegratie.besluit.Format;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
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
        for (Scenario s : Pakketten.scenarios()) {
            Evaluation e;
            try {
                e = Pakketten.ENGINE.evaluateJson(s.casus().toString());
            } catch (InvalidCaseException x) {
                continue; // a scenario about bad input has no decision
            }
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
        for (Scenario s : Pakketten.scenarios()) {
            Evaluation e;
            try {
                e = Pakketten.ENGINE.evaluateJson(s.casus().toString());
            } catch (InvalidCaseException x) {
                continue;
            }
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
}
