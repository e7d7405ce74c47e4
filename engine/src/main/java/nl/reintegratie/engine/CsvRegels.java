package nl.reintegratie.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The flat table of a batch, for an analyst's spreadsheet: one row per decision (a case with three aanvragen gives
 * three rows), one row per input line that cannot be evaluated. Grounds, open judgements, missing facts and amounts
 * are lists in one cell, separated by "; ". RFC 4180 quoting.
 */
public final class CsvRegels {
    public static final String KOP = "regel,gemeente,versie,variant,peildatum,onderwerp,soort,voorziening,uitkomst,gronden,openOordelen,ontbrekendeGegevens,bedragen,fout\n";

    private CsvRegels() {}

    /** The rows of one evaluated case. */
    public static String rijen(long regel, Evaluation e) {
        StringBuilder s = new StringBuilder();
        for (Besluit b : e.besluiten()) {
            s.append(regel).append(',').append(cel(e.gemeente())).append(',').append(cel(e.versie().id())).append(',')
                    .append(cel(e.variant())).append(',').append(e.peildatum()).append(',').append(cel(b.onderwerp())).append(',')
                    .append(b.soort().code()).append(',').append(cel(b.voorziening())).append(',').append(b.uitkomst()).append(',')
                    .append(cel(gronden(b.gronden()))).append(',')
                    .append(cel(b.openOordelen().stream().map(o -> o.code() + " (" + o.citaat().kort() + ")").collect(Collectors.joining("; ")))).append(',')
                    .append(cel(b.ontbrekendeGegevens().stream().map(Besluit.OntbrekendGegeven::gegeven).distinct().collect(Collectors.joining("; ")))).append(',')
                    .append(cel(b.berekeningen().stream().map(r -> r.code() + "=" + (r.waarde() == null ? "onbekend" : r.waarde().toPlainString()))
                            .collect(Collectors.joining("; ")))).append(",\n");
        }
        return s.toString();
    }

    /** The row of a line that cannot be evaluated. */
    public static String fout(long regel, InvalidCaseException ex) {
        return regel + ",,,,,,,,,,,,," + cel(ex.problems().stream().map(InvalidCaseException.Problem::toString).collect(Collectors.joining("; "))) + "\n";
    }

    static String gronden(List<Besluit.Grond> gronden) {
        return gronden.stream().map(g -> g.citaat().regeling() + " " + g.citaat().kort() + (g.via() == null ? "" : " via " + g.via().kort())
                + (g.verplicht() ? " (verplicht)" : " (kan)")).collect(Collectors.joining("; "));
    }

    static String cel(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
