package nl.reintegratie.cli;

import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;

/** The decision of one scenario as a page of the scenario report: the readable summary, self-contained. */
final class BesluitPagina {
    private BesluitPagina() {}

    static String html(String titel, Evaluation e) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + Svg.esc(titel) + "</title>"
                + "<style>body{font-family:'Segoe UI',Helvetica,Arial,sans-serif;margin:2rem auto;max-width:60rem}pre{white-space:pre-wrap;font-family:inherit}</style>"
                + "</head><body><p><a href=\"../index.html\">← terug naar het rapport</a></p><h1>" + Svg.esc(titel) + "</h1><pre>"
                + Svg.esc(ReintegratieEngine.toSummary(e)) + "</pre></body></html>";
    }
}
