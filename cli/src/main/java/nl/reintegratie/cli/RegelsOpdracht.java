package nl.reintegratie.cli;

import java.util.List;
import java.util.stream.Collectors;
import nl.reintegratie.engine.RuleInfo;
import nl.reintegratie.engine.Versie;

/** {@code regels <versie>}: every rule of a version with its citation and quoted text. */
final class RegelsOpdracht implements Main.Opdracht {
    @Override public String hulp() {
        return "Gebruik: reintegratie regels <versie>\n\nToont elke regel van een versie (zie 'versies') met zijn artikel, de geciteerde tekst en de interpretaties die hij toepast.\n";
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout {
        Main.geenOnbekendeOpties(args, "regels");
        if (args.size() != 1) throw new Invoer.Fout("regels neemt een versie (zie 'reintegratie versies'), bijvoorbeeld: reintegratie regels heemstede-2024");
        String id = args.get(0);
        if (c.engine().versies().stream().noneMatch(v -> v.id().equals(id))) {
            throw new Invoer.Fout("onbekende versie '" + id + "'; versies: " + c.engine().versies().stream().map(Versie::id).collect(Collectors.joining(", ")));
        }
        List<RuleInfo> regels = c.engine().regels(id);
        for (RuleInfo r : regels) {
            c.out.println(r.naam());
            c.out.println("    " + r.citaat().citeertitel() + ", " + r.citaat().kort() + ": \"" + r.citaat().tekst() + "\"");
            if (!r.interpretaties().isEmpty()) c.out.println("    gelezen volgens " + String.join(", ", r.interpretaties()));
            if (r.nietVoorOpdrachten()) c.out.println("    niet voor opdrachten (tegenprestatie): artikel " + r.citaat().artikel() + " gaat alleen over voorzieningen");
            if (r.verleendVanaf() != null) c.out.println("    niet voor een voorziening verleend vóór " + r.verleendVanaf() + ", de inwerkingtreding van " + r.citaat().citeertitel());
        }
        c.out.println(regels.size() + " regels");
        return Main.OK;
    }
}
