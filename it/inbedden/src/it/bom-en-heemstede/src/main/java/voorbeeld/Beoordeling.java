package voorbeeld;

import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;

/** What a case-management system does with the library: load once, evaluate a case file, read the decision. */
public final class Beoordeling {
    // once per application: immutable and thread-safe; rule bases are built on first use
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();

    private Beoordeling() {}

    /** Per aanvraag the outcome, the grounds with the provision each rests on, and the college's open judgements. */
    public static String uitkomsten(String casusJson) {
        Evaluation e;
        try {
            e = ENGINE.evaluateJson(casusJson);
        } catch (InvalidCaseException fout) {
            // bad input: every problem names its field; fout.toProblemJson() is RFC 9457 problem details
            StringBuilder s = new StringBuilder("ongeldig:");
            fout.problems().forEach(f -> s.append(' ').append(f.field()).append(" (").append(f.reason()).append(')'));
            return s.toString();
        }
        StringBuilder s = new StringBuilder();
        for (Besluit b : e.besluiten()) {
            s.append(b.onderwerp()).append(": ").append(b.uitkomst()).append('\n');
            for (Besluit.Grond g : b.gronden()) {
                s.append("  grond ").append(g.citaat().kort()).append(g.verplicht() ? " (verplicht)" : " (het college kan)").append('\n');
            }
            for (Besluit.OpenOordeel o : b.openOordelen()) {
                s.append("  open: ").append(o.vraag()).append(" (").append(o.citaat().kort()).append(")\n");
            }
        }
        return s.toString();
    }

    /** The decision as JSON, as an HTTP service would send it. */
    public static String alsJson(String casusJson) {
        return ReintegratieEngine.toJson(ENGINE.evaluateJson(casusJson));
    }
}
