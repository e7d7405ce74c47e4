package voorbeeld;

import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;

/** What a case-management system does with the library: load once, evaluate a case file, read the outcome. */
public final class Beoordeling {
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();

    private Beoordeling() {}

    /** The outcome of each aanvraag of a case file, as "onderwerp: UITKOMST (artikel)". */
    public static String uitkomsten(String casusJson) {
        Evaluation e = ENGINE.evaluateJson(casusJson);
        StringBuilder s = new StringBuilder();
        for (Besluit b : e.besluiten()) {
            s.append(b.onderwerp()).append(": ").append(b.uitkomst());
            b.grondslagen().stream().findFirst().ifPresent(g -> s.append(" (").append(g.citaat().kort()).append(')'));
            s.append('\n');
        }
        return s.toString();
    }
}
