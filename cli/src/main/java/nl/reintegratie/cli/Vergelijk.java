package nl.reintegratie.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Citaat;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Vergelijking;

/**
 * {@code vergelijk}: the same situation under several gemeenten. Per aanvraag, each gemeente's outcome, grounds and
 * amounts side by side, lined up by the provision of the model verordening where the packages name it.
 */
final class Vergelijk implements Main.Opdracht {

    @Override public String hulp() {
        return """
                Gebruik: reintegratie vergelijk [--peildatum JJJJ-MM-DD] [--json] <casus> (<gemeente>... | --alle)

                Beoordeelt dezelfde casus onder elke genoemde gemeente (--alle: elke gemeente met regels) op de peildatum
                van de casus of de opgegeven peildatum, en zet per aanvraag de uitkomsten, gronden en bedragen naast
                elkaar, per bepaling van de modelverordening waar de pakketten die noemen. De gemeente in het
                casusbestand doet niet ter zake. Een gemeente zonder regeling op die datum wordt als zodanig genoemd.
                Exitcodes als bij evaluate; 2 ook als geen enkele genoemde gemeente op die datum een regeling heeft.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        String peil = Main.optie(args, "--peildatum");
        boolean json = args.remove("--json");
        boolean alle = args.remove("--alle");
        Main.geenOnbekendeOpties(args, "vergelijk");
        if (args.isEmpty() || (args.size() < 2 && !alle)) {
            throw new Invoer.Fout("vergelijk neemt een casus en een of meer gemeenten (of --alle), bijvoorbeeld: reintegratie vergelijk casus.json Heemstede Oirschot");
        }
        LocalDate peildatum = null;
        if (peil != null) {
            try {
                peildatum = LocalDate.parse(peil);
            } catch (DateTimeParseException e) {
                throw new Invoer.Fout("--peildatum: '" + peil + "' is geen datum (JJJJ-MM-DD)");
            }
        }
        ReintegratieEngine engine = c.engine();
        Casus casus = engine.readSituation(Invoer.tekst(Invoer.casus(args.get(0), c.in)));
        List<String> gemeenten = alle ? engine.gemeenten() : args.subList(1, args.size());
        Vergelijking v = engine.compare(casus, gemeenten, peildatum);
        if (v.uitslagen().stream().noneMatch(Vergelijking.Uitslag::beoordeeld)) {
            c.err.println("Op " + v.peildatum() + " heeft geen van de genoemde gemeenten een regeling in werking:");
            v.uitslagen().forEach(u -> c.err.println("  " + u.gemeente() + ": " + u.reason()));
            return Main.FOUT;
        }
        if (json) schrijfJson(v, c);
        else c.out.print(tabel(v));
        int code = Main.OK;
        for (Vergelijking.Uitslag u : v.uitslagen()) {
            if (u.beoordeeld() && Evaluate.ontbrekend(u.evaluation(), new Main.Context(c.out, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), c.in, null)) == Main.ONVOLLEDIG) {
                code = Main.ONVOLLEDIG;
            }
        }
        if (code == Main.ONVOLLEDIG) c.err.println("Voor ten minste één gemeente ontbreken gegevens (zie 'ontbreekt' in de vergelijking).");
        return code;
    }

    static String tabel(Vergelijking v) {
        StringBuilder s = new StringBuilder();
        s.append("Vergelijking op peildatum ").append(v.peildatum()).append('\n');
        for (Vergelijking.Uitslag u : v.uitslagen()) {
            s.append("  ").append(u.gemeente()).append(": ").append(u.beoordeeld() ? u.evaluation().versie().id() : "niet beoordeeld — " + u.reason()).append('\n');
        }
        List<Vergelijking.Uitslag> beoordeeld = v.uitslagen().stream().filter(Vergelijking.Uitslag::beoordeeld).toList();
        Set<String> onderwerpen = new LinkedHashSet<>();
        beoordeeld.forEach(u -> u.evaluation().besluiten().forEach(b -> onderwerpen.add(b.onderwerp())));
        for (String id : onderwerpen) {
            Besluit eerste = beoordeeld.get(0).evaluation().besluit(id);
            s.append('\n').append(eerste.soort() == Besluit.Soort.AANVRAAG ? "Aanvraag " : "Verleende voorziening ").append(id)
                    .append(" (").append(eerste.voorziening()).append(")\n");
            for (Vergelijking.Uitslag u : beoordeeld) {
                Besluit b = u.evaluation().besluit(id);
                s.append(String.format("  %-18s %s%n", u.gemeente(), b.uitkomst()));
            }
            // The grounds, lined up: one row per provision of the model verordening (or per own provision where none is named).
            Map<String, Map<String, List<String>>> rijen = new LinkedHashMap<>();
            for (Vergelijking.Uitslag u : beoordeeld) {
                Besluit b = u.evaluation().besluit(id);
                List<Besluit.Onderdeel> regels = new ArrayList<>();
                regels.addAll(b.gronden());
                regels.addAll(b.openOordelen());
                regels.addAll(b.ontbrekendeGegevens());
                regels.addAll(b.berekeningen());
                for (Besluit.Onderdeel o : regels) {
                    Citaat c = o.citaat();
                    String rij = c.model() != null ? c.model() : u.gemeente() + " " + c.kort();
                    rijen.computeIfAbsent(rij, k -> new LinkedHashMap<>()).computeIfAbsent(u.gemeente(), k -> new ArrayList<>()).add(cel(o));
                }
            }
            if (!rijen.isEmpty()) {
                s.append("  Per bepaling:\n");
                for (Map.Entry<String, Map<String, List<String>>> r : rijen.entrySet()) {
                    s.append("    ").append(r.getKey()).append('\n');
                    for (Vergelijking.Uitslag u : beoordeeld) {
                        List<String> cellen = r.getValue().get(u.gemeente());
                        s.append(String.format("      %-16s %s%n", u.gemeente(), cellen == null ? "—" : String.join("; ", cellen)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static String cel(Besluit.Onderdeel o) {
        String waar = o.citaat().kort();
        if (o instanceof Besluit.Grond g) return (g.verplicht() ? "grond (verplicht) " : "grond (kan) ") + waar + (g.via() == null ? "" : " via " + g.via().kort()) + ": " + g.code();
        if (o instanceof Besluit.OpenOordeel x) return "open oordeel " + waar + ": " + x.code();
        if (o instanceof Besluit.OntbrekendGegeven x) return "ontbreekt " + x.gegeven() + " (" + waar + ")";
        if (o instanceof Besluit.Berekening x) return x.code() + " = " + (x.waarde() == null ? "niet bekend" : x.waarde().toPlainString() + " " + x.eenheid()) + " (" + waar + ")";
        return o.code() + " (" + waar + ")";
    }

    private static void schrijfJson(Vergelijking v, Main.Context c) throws IOException {
        Writer w = new OutputStreamWriter(c.out, StandardCharsets.UTF_8);
        w.write("{\"peildatum\":\"" + v.peildatum() + "\",\"uitslagen\":[");
        boolean eerste = true;
        for (Vergelijking.Uitslag u : v.uitslagen()) {
            if (!eerste) w.write(',');
            eerste = false;
            w.write("{\"gemeente\":" + Invoer.json().writeValueAsString(u.gemeente()) + ",");
            if (u.beoordeeld()) {
                w.write("\"evaluatie\":");
                w.flush();
                ReintegratieEngine.writeJson(u.evaluation(), w, false);
            } else {
                w.write("\"reden\":" + Invoer.json().writeValueAsString(u.reason()));
            }
            w.write('}');
        }
        w.write("]}\n");
        w.flush();
    }

}
