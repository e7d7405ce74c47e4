package nl.reintegratie.cli;

import nl.reintegratie.engine.*;

public class Embedding {
    private static final ReintegratieEngine ENGINE = ReintegratieEngine.load();   // once; immutable and thread-safe

    public static String beslis(String caseJson) {
        try {
            Evaluation e = ENGINE.evaluateJson(caseJson);                 // or ENGINE.evaluate(new Casus(...))
            for (Besluit b : e.besluiten()) {
                System.out.println(b.onderwerp() + ": " + b.uitkomst());  // e.g. KAN_WORDEN_GEWEIGERD
                for (Finding f : b.weigeringsgronden()) {
                    System.out.println("  " + f.citaat().kort() + " " + f.omschrijving() + (f.verplicht() ? " (verplicht)" : " (kan)"));
                }
                for (Finding f : b.openOordelen()) {
                    System.out.println("  open: " + f.vraag() + " (" + f.citaat().kort() + ")");
                }
            }
            return ReintegratieEngine.toJson(e);                          // the decision as JSON
        } catch (InvalidCaseException ex) {
            ex.fouten().forEach(f -> System.err.println(f.veld() + ": " + f.reden()));
            throw ex;
        }
    }
}
