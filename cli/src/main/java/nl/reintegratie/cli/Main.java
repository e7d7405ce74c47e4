package nl.reintegratie.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * The command line. Every command follows one table of exit codes (see {@link #GEBRUIK}); a user's mistake is
 * reported as "veld: reden" on stderr, never as a stack trace.
 */
public final class Main {
    static final int OK = 0, SCENARIO_MISLUKT = 1, FOUT = 2, ONVOLLEDIG = 3, DEFECT = 4;
    static final java.util.Locale NL = java.util.Locale.forLanguageTag("nl");

    static final String GEBRUIK = """
            Gebruik: reintegratie [--regels <map>] <opdracht> [opties]

            Opdrachten:
              evaluate [--json | --formaat zgw] <casus>
                                                     beoordeel een casus: een leesbare samenvatting, het besluit als JSON,
                                                     of als besluiten van de ZGW Besluiten API
              beschikking <casus> [--html] [--verzenddatum D] [--uitvoer map]
                                                     per aanvraag een conceptbesluit (Awb-beschikking), Markdown of HTML
              vergelijk [--peildatum D] [--json] <casus> (<gemeente>... | --alle)
                                                     dezelfde casus onder meerdere gemeenten, naast elkaar
              scenarios <bestand-of-map>...          draai scenariobestanden; een tabel geslaagd/mislukt
              batch [--csv] <casussen.jsonl | map | ->
                                                     een caseload: per regel een besluit, in volgorde, op alle kernen
              impact <casussen> --variant <bestand>... [--gemeenten A,B]
                                                     wat verandert er in een caseload onder een beleidsvariant of andere regels
              genereer --aantal N [--seed S] [--gemeente G]... [--uitvoer bestand]
                                                     een voorbeeld-caseload van verzonnen personen (JSON Lines)
              versies                                de gemeenten en versies van de regels
              schema [<versie> | --scenario]         het JSON Schema van een casus- of scenariobestand
              regels <versie>                        elke regel van een versie met zijn artikel en de geciteerde tekst
              benchmark <casus> [seconden]           opstarttijd en doorvoer (casussen per seconde) op 1 en op alle kernen

            Een casus is een JSON- of YAML-bestand, of '-' voor standaardinvoer (JSON).
            Opties voor elke opdracht: --help. Algemeen: --version, --help, --regels <map> (anders: regels/ naast de jar,
            of de map in REINTEGRATIE_REGELS).

            Exitcodes (voor elke opdracht dezelfde):
              0  klaar
              1  een scenario is mislukt
              2  ongeldige invoer of verkeerd gebruik (de reden staat op stderr, per veld)
              3  beoordeeld, maar voor ten minste één aanvraag ontbreken gegevens (ze staan op stderr)
              4  de regelpakketten kunnen niet worden geladen, of een interne fout (de melding zegt wat er mis is)
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.in));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, InputStream.nullInputStream());
    }

    static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        Path regels = null;
        if (a.size() >= 2 && a.get(0).equals("--regels")) {
            regels = Path.of(a.get(1));
            a = a.subList(2, a.size());
        }
        if (a.isEmpty()) {
            err.print(GEBRUIK);
            return FOUT;
        }
        String opdracht = a.get(0);
        List<String> rest = new ArrayList<>(a.subList(1, a.size()));
        if (opdracht.equals("--help") || opdracht.equals("-h") || opdracht.equals("help")) {
            out.print(GEBRUIK);
            return OK;
        }
        if (opdracht.equals("--version") || opdracht.equals("-V")) {
            out.println("reintegratie " + ReintegratieEngine.version());
            return OK;
        }
        Opdracht o = opdracht(opdracht);
        if (o == null) {
            err.println("onbekende opdracht '" + opdracht + "'; opdrachten: " + String.join(", ", OPDRACHTEN) + " (reintegratie --help)");
            return FOUT;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(o.hulp());
            return OK;
        }
        // --regels is a general option: after the command as well as before it
        int i = rest.indexOf("--regels");
        if (i >= 0) {
            if (regels != null || i + 1 >= rest.size() || rest.subList(i + 2, rest.size()).contains("--regels")) {
                err.println(i + 1 >= rest.size() ? "--regels: geef een map met regelpakketten (reintegratie --help)" : "--regels: één keer opgeven (reintegratie --help)");
                return FOUT;
            }
            regels = Path.of(rest.get(i + 1));
            rest.subList(i, i + 2).clear();
        }
        Context c = new Context(out, err, in, regels);
        try {
            return o.voerUit(rest, c);
        } catch (Invoer.Fout e) {
            err.println(e.getMessage());
            return FOUT;
        } catch (InvalidCaseException e) {
            err.println("De casus kan niet worden beoordeeld:");
            e.problems().forEach(f -> err.println("  " + f.field() + ": " + f.reason()));
            return FOUT;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            err.println("fout: " + e.getMessage());
            if (System.getenv("REINTEGRATIE_DEBUG") != null) e.printStackTrace(err);
            return DEFECT;
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return FOUT;
        } catch (RuntimeException e) {
            err.println("interne fout: " + e);
            if (System.getenv("REINTEGRATIE_DEBUG") != null) e.printStackTrace(err);
            return DEFECT;
        }
    }

    /** What a command sees: its streams and, loaded once on first use, the engine. */
    static final class Context {
        final PrintStream out, err;
        final InputStream in;
        private final Path regels;
        private ReintegratieEngine engine;

        Context(PrintStream out, PrintStream err, InputStream in, Path regels) {
            this.out = out;
            this.err = err;
            this.in = in;
            this.regels = regels;
        }

        ReintegratieEngine engine() {
            if (engine == null) engine = Regelpakketten.laad(regels);
            return engine;
        }
    }

    /** One command of the CLI. */
    interface Opdracht {
        int voerUit(List<String> args, Context c) throws Invoer.Fout, java.io.IOException;

        String hulp();
    }

    /** The commands, sorted by name. */
    static final List<String> OPDRACHTEN = List.of("batch", "benchmark", "beschikking", "evaluate", "genereer", "impact", "regels",
            "scenarios", "schema", "vergelijk", "versies");

    /**
     * The command of that name, or {@code null}: made when it is run, so that a cold start loads (and verifies) only
     * the one command's classes and the jars they need, not every command's.
     */
    static Opdracht opdracht(String naam) {
        switch (naam) {
            case "batch": return new BatchOpdracht();
            case "benchmark": return new Benchmark();
            case "beschikking": return new Beschikking();
            case "evaluate": return new Evaluate();
            case "genereer": return new Genereer();
            case "impact": return new Impact();
            case "regels": return new RegelsOpdracht();
            case "scenarios": return new ScenariosOpdracht();
            case "schema": return new Schema();
            case "vergelijk": return new Vergelijk();
            case "versies": return new Versies();
            default: return null;
        }
    }

    /** Takes the value of an option ({@code --peildatum 2024-01-01}), or {@code null}; fails when the value is missing. */
    static String optie(List<String> args, String naam) throws Invoer.Fout {
        int i = args.indexOf(naam);
        if (i < 0) return null;
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) throw new Invoer.Fout(naam + " verwacht een waarde");
        String w = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return w;
    }

    /** Fails on an option this command does not know (a misspelt flag). */
    static void geenOnbekendeOpties(List<String> args, String opdracht) throws Invoer.Fout {
        for (String x : args) {
            if (x.startsWith("--") || (x.startsWith("-") && !x.equals("-"))) {
                throw new Invoer.Fout("onbekende optie '" + x + "' voor " + opdracht + " (reintegratie " + opdracht + " --help)");
            }
        }
    }
}
