package nl.reintegratie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.testsupport.Scenario;
import nl.reintegratie.testsupport.ScenarioResult;
import nl.reintegratie.testsupport.Scenarios;

/** {@code evaluate}: one case; a summary for a person, or the decision as JSON. */
final class Evaluate implements Main.Opdracht {

    @Override public String hulp() {
        return """
                Gebruik: reintegratie evaluate [--json | --formaat tekst|json|zgw [--datum D] [--verzenddatum D]] <casus>

                Beoordeelt één casus (JSON of YAML, of '-' voor standaardinvoer) en schrijft een leesbare samenvatting
                (tekst, standaard), met --json of --formaat json het besluit als JSON, of met --formaat zgw de besluiten
                als Besluit-resources van de ZGW Besluiten API (--datum: de beslisdatum, standaard de peildatum;
                --verzenddatum: dan ook de uiterlijke reactiedatum). Een casusbestand met 'verwacht' wordt ook daartegen
                gecontroleerd.
                Exitcode 3 als er voor een aanvraag gegevens ontbreken; 2 bij ongeldige invoer.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        boolean json = args.remove("--json");
        String formaat = Main.optie(args, "--formaat");
        if (formaat != null && !List.of("tekst", "json", "zgw").contains(formaat)) {
            throw new Invoer.Fout("--formaat: 'tekst', 'json' of 'zgw', niet '" + formaat + "'");
        }
        if (json && formaat != null && !formaat.equals("json")) throw new Invoer.Fout("--json en --formaat " + formaat + " sluiten elkaar uit");
        json |= "json".equals(formaat);
        ZgwFormaat.Opties zgw = "zgw".equals(formaat) ? ZgwFormaat.opties(args) : null;
        Main.geenOnbekendeOpties(args, "evaluate");
        if (args.size() != 1) throw new Invoer.Fout("evaluate neemt één casus, bijvoorbeeld: reintegratie evaluate voorbeelden/heemstede-jobcoaching.json");
        byte[] bytes = Invoer.casus(args.get(0), c.in);
        JsonNode verwacht = null;
        byte[] casus = bytes;
        // only a file with 'scenarios' or 'verwacht' at the top needs its tree here (a mapper costs a cold start much)
        JsonNode boom = Invoer.heeftVeld(bytes, "scenarios", "verwacht") ? probeerBoom(bytes) : null;
        if (boom != null && boom.isObject()) {
            if (boom.has("scenarios")) {
                throw new Invoer.Fout(args.get(0) + " is een scenariobestand met " + boom.path("scenarios").size()
                        + " scenario's; evaluate neemt één casus (gebruik 'reintegratie scenarios " + args.get(0) + "')");
            }
            if (boom.has("verwacht")) {
                verwacht = boom.get("verwacht");
                ObjectNode zonder = ((ObjectNode) boom).deepCopy();
                zonder.remove("verwacht");
                casus = Invoer.json().writeValueAsBytes(zonder);
            }
        }
        ReintegratieEngine engine = c.engine();
        Evaluation e = engine.evaluateJson(casus);
        if (zgw != null) {
            int code = ZgwFormaat.schrijf(e, zgw, c);
            controleerVerwacht(engine, args.get(0), casus, verwacht, c);
            return code;
        }
        if (json) {
            Writer w = new OutputStreamWriter(c.out, StandardCharsets.UTF_8);
            ReintegratieEngine.writeJson(e, w, true);
            w.write('\n');
            w.flush();
        } else {
            c.out.print(ReintegratieEngine.toSummary(e));
        }
        controleerVerwacht(engine, args.get(0), casus, verwacht, c);
        return ontbrekend(e, c);
    }

    private static void controleerVerwacht(ReintegratieEngine engine, String pad, byte[] casus, JsonNode verwacht, Main.Context c) throws IOException {
        if (verwacht == null) return;
        Scenario s = new Scenario(java.nio.file.Path.of(pad), pad, pad, (ObjectNode) Invoer.json().readTree(casus), verwacht);
        ScenarioResult r = Scenarios.run(engine, s);
        c.err.println(r.passed() ? "verwacht: zoals verwacht" : "verwacht: NIET zoals verwacht: " + String.join("; ", r.deviations()));
    }

    /**
     * Names the missing facts on stderr and returns exit code 3 when there are any, for the decisions they leave open: a
     * decision that stands whatever they say (a mandatory refusal or ending, a voorziening that does not exist) lists
     * them in the decision only.
     */
    static int ontbrekend(Evaluation e, Main.Context c) {
        List<String> ontbrekend = new ArrayList<>();
        for (Besluit b : e.besluiten()) {
            if (b.uitkomst().staatVast()) continue;
            for (Besluit.OntbrekendGegeven f : b.ontbrekendeGegevens()) {
                ontbrekend.add(b.onderwerp() + ": " + f.gegeven() + " is nodig voor " + f.citaat().kort() + " (" + f.omschrijving() + ")");
            }
        }
        if (ontbrekend.isEmpty()) return Main.OK;
        c.err.println("Er ontbreken gegevens, dus niet elke aanvraag kon worden beslist:");
        ontbrekend.forEach(m -> c.err.println("  " + m));
        return Main.ONVOLLEDIG;
    }

    private static JsonNode probeerBoom(byte[] bytes) {
        try {
            return Invoer.json().readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // the engine reports what is wrong with it, by field
        }
    }
}
