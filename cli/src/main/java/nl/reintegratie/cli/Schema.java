package nl.reintegratie.cli;

import java.util.List;
import nl.reintegratie.engine.Versie;

/** {@code schema}: the JSON Schema of a case file (for all gemeenten or one version) or of a scenario file. */
final class Schema implements Main.Opdracht {
    @Override public String hulp() {
        return """
                Gebruik: reintegratie schema [<versie> | --scenario]

                Schrijft het JSON Schema (2020-12) van een casusbestand: voor alle gemeenten, of voor één versie (met per
                gegeven de regels die het lezen); met --scenario dat van een scenariobestand. Gegenereerd uit de
                declaraties, zodat het niet kan afwijken van wat de lezer aanvaardt. Een editor die JSON Schema kent,
                vult er een casus mee aan en controleert hem tijdens het typen.
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout {
        boolean scenario = args.remove("--scenario");
        Main.geenOnbekendeOpties(args, "schema");
        if (args.size() > 1 || (scenario && !args.isEmpty())) throw new Invoer.Fout("schema neemt hoogstens één versie, of --scenario");
        if (scenario) {
            c.out.print(c.engine().scenarioSchema());
            return Main.OK;
        }
        String versie = args.isEmpty() ? null : args.get(0);
        if (versie != null && c.engine().versies().stream().noneMatch(v -> v.id().equals(versie))) {
            throw new Invoer.Fout("onbekende versie '" + versie + "'; versies: " + String.join(", ", c.engine().versies().stream().map(Versie::id).toList()));
        }
        c.out.print(c.engine().schema(versie));
        return Main.OK;
    }
}
