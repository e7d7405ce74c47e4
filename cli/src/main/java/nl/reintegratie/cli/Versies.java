package nl.reintegratie.cli;

import java.util.List;
import nl.reintegratie.engine.Versie;

/** {@code versies}: the gemeenten and versions found, without building any rule base. */
final class Versies implements Main.Opdracht {
    @Override public String hulp() {
        return "Gebruik: reintegratie versies\n\nToont elke gemeente en versie van de regels, met de regelingen en waarop hun inwerkingtreding berust.\n";
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout {
        Main.geenOnbekendeOpties(args, "versies");
        if (!args.isEmpty()) throw new Invoer.Fout("versies neemt geen argumenten");
        for (Versie v : c.engine().versies()) {
            c.out.println(v.gemeente() + "  " + v.id() + "  " + v.periode());
            v.regelingen().forEach(r -> c.out.println("    " + r.citeertitel() + " — " + r.inwerkingtreding()));
        }
        return Main.OK;
    }
}
