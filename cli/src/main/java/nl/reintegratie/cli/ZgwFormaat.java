package nl.reintegratie.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.reintegratie.besluit.ZgwBesluit;
import nl.reintegratie.engine.Evaluation;

/**
 * {@code evaluate --formaat zgw}: the decisions as Besluit resources of the ZGW Besluiten API, a JSON array on
 * stdout; on stderr which decisions yield none yet and whether the RSIN had to be left out. {@code Evaluate} takes
 * this command's options with {@link #opties} before it checks for unknown ones, and writes with {@link #schrijf}.
 */
final class ZgwFormaat {
    private ZgwFormaat() {}

    /**
     * The options of the ZGW form: {@code --datum} (the beslisdatum; default the peildatum of the case, so that the same
     * case gives the same output) and {@code --verzenddatum} (then {@code verzenddatum} and {@code uiterlijkeReactiedatum}
     * are written).
     */
    record Opties(LocalDate datum, LocalDate verzenddatum) {}

    /** Takes {@code --datum} and {@code --verzenddatum} out of {@code args}. */
    static Opties opties(List<String> args) throws Invoer.Fout {
        return new Opties(datum(Main.optie(args, "--datum"), "--datum"), datum(Main.optie(args, "--verzenddatum"), "--verzenddatum"));
    }

    /** Writes the Besluit resources of an evaluated case; returns the exit code (3 when facts are missing, as evaluate). */
    static int schrijf(Evaluation e, Opties o, Main.Context c) {
        ClassLoader bronnen = c.engine().classLoader();
        LocalDate datum = o.datum() != null ? o.datum() : e.peildatum();
        c.out.print(ZgwBesluit.write(e, e.casus(), datum, o.verzenddatum(), bronnen));
        for (ZgwBesluit.NotWritten n : ZgwBesluit.notWritten(e)) c.err.println(n.onderwerp() + ": geen ZGW-besluit: " + n.reason());
        if (!ZgwBesluit.rsinKnown(e, bronnen)) {
            c.err.println("verantwoordelijkeOrganisatie is weggelaten: het regelpakket van " + e.gemeente() + " noemt het RSIN van de gemeente niet;"
                    + " de Besluiten API vraagt het, vul het aan bij het registreren");
        }
        return Evaluate.ontbrekend(e, c);
    }

    static LocalDate datum(String waarde, String optie) throws Invoer.Fout {
        if (waarde == null) return null;
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException x) {
            throw new Invoer.Fout(optie + ": '" + waarde + "' is geen datum (JJJJ-MM-DD)");
        }
    }
}
