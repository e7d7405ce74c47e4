package nl.reintegratie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.reintegratie.besluit.Format;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * {@code beschikking}: per aanvraag or verleende voorziening of a case, a draft Awb beschikking of the gemeente — in
 * Markdown or as a print-ready HTML page on stdout, or with {@code --uitvoer} both, one file each per onderwerp.
 */
final class Beschikking implements Main.Opdracht {

    @Override public String hulp() {
        return """
                Gebruik: reintegratie beschikking <casus> [--html] [--verzenddatum JJJJ-MM-DD] [--uitvoer map]

                Schrijft per aanvraag of verleende voorziening van de casus een conceptbesluit (beschikking) van de
                gemeente: het besluit, de motivering met de artikelen en hun tekst, de feiten en de redenering, bedragen
                en termijnen, de hardheidsclausule waar die kan gelden, en de bezwaarclausule. Waar de regeling het
                college een keuze laat, staat een gemarkeerde plaats voor de afweging van het college.
                  --html           een afdrukbare HTML-pagina (A4) in plaats van Markdown
                  --verzenddatum   de dag van verzending; daaruit volgt de laatste dag van de bezwaartermijn
                  --uitvoer map    schrijf per onderwerp <casus>-<id>.md en <casus>-<id>.html in de map
                Exitcode 3 als er voor een aanvraag gegevens ontbreken (het concept zegt dan dat het nog niet kan worden
                verzonden); 2 bij ongeldige invoer.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        boolean html = args.remove("--html");
        LocalDate verzenddatum = ZgwFormaat.datum(Main.optie(args, "--verzenddatum"), "--verzenddatum");
        String uitvoer = Main.optie(args, "--uitvoer");
        Main.geenOnbekendeOpties(args, "beschikking");
        if (args.size() != 1) throw new Invoer.Fout("beschikking neemt één casus, bijvoorbeeld: reintegratie beschikking voorbeelden/heemstede-jobcoaching.json");
        byte[] casus = zonderVerwacht(Invoer.casus(args.get(0), c.in), args.get(0));
        ReintegratieEngine engine = c.engine();
        Evaluation e = engine.evaluateJson(casus);
        Casus gelezen = e.casus();
        ClassLoader bronnen = engine.classLoader();
        if (uitvoer == null) {
            Format f = html ? Format.HTML : Format.MARKDOWN;
            c.out.print(nl.reintegratie.besluit.Beschikking.write(e, gelezen, null, f, verzenddatum, bronnen));
        } else {
            Path map = Path.of(uitvoer);
            if (Files.exists(map) && !Files.isDirectory(map)) throw new Invoer.Fout("--uitvoer " + uitvoer + ": is een bestand, geen map");
            Files.createDirectories(map);
            String basis = args.get(0).equals("-") ? "casus" : Path.of(args.get(0)).getFileName().toString().replaceFirst("\\.(json|ya?ml)$", "");
            for (String id : nl.reintegratie.besluit.Beschikking.onderwerpen(e)) {
                for (Format f : Format.values()) {
                    Path doel = map.resolve(basis + "-" + veilig(id) + "." + f.extension());
                    Files.writeString(doel, nl.reintegratie.besluit.Beschikking.write(e, gelezen, id, f, verzenddatum, bronnen), StandardCharsets.UTF_8);
                    c.out.println(doel);
                }
            }
        }
        for (Besluit b : e.besluiten()) {
            if (!nl.reintegratie.besluit.Beschikking.canBeSent(e, b.onderwerp())) {
                c.err.println(b.onderwerp() + ": dit concept kan nog niet worden verzonden (" + (b.openOordelen().isEmpty() ? "" : "het college moet nog oordelen")
                        + (!b.openOordelen().isEmpty() && !b.ontbrekendeGegevens().isEmpty() ? "; " : "")
                        + (b.ontbrekendeGegevens().isEmpty() ? "" : "er ontbreken gegevens") + ")");
            }
        }
        if (verzenddatum == null) c.err.println("zonder --verzenddatum noemt de bezwaarclausule de laatste dag van de bezwaartermijn niet");
        return Evaluate.ontbrekend(e, c);
    }

    /** The case without the expected outcome an example file may carry. */
    private static byte[] zonderVerwacht(byte[] bytes, String naam) throws Invoer.Fout, IOException {
        JsonNode boom;
        try {
            boom = Invoer.json().readTree(bytes);
        } catch (IOException | RuntimeException x) {
            return bytes; // the engine reports what is wrong with it, by field
        }
        if (boom == null || !boom.isObject()) return bytes;
        if (boom.has("scenarios")) throw new Invoer.Fout(naam + " is een scenariobestand; beschikking neemt één casus");
        if (!boom.has("verwacht")) return bytes;
        ObjectNode zonder = ((ObjectNode) boom).deepCopy();
        zonder.remove("verwacht");
        return Invoer.json().writeValueAsBytes(zonder);
    }

    /** An onderwerp id as part of a file name. */
    private static String veilig(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
