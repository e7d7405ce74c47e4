package nl.reintegratie.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import nl.reintegratie.engine.ReintegratieEngine;

/**
 * {@code java -jar reintegratie-server.jar [--port N] [--regels map] ...}: starts the decision service and keeps it
 * running until the process is stopped. SIGTERM (or Ctrl-C) drains the requests in flight, then the JVM exits with
 * status 143, as a JVM does after SIGTERM (systemd: {@code SuccessExitStatus=143}).
 */
public final class Main {
    static final int OK = 0, FOUT = 2, DEFECT = 4;

    static final String GEBRUIK = """
            Gebruik: java -jar reintegratie-server.jar [opties]

            Start de beslisservice: de regels als REST-API onder /api/v1 (OpenAPI-document: /api/v1/openapi.json).

            Opties:
              --port <n>                 de poort (standaard 8080; 0: een vrije poort)
              --host <adres>             het adres om op te luisteren (standaard: alle adressen)
              --regels <map>             de map met regelpakketten (standaard: regels/ naast de jar, of REINTEGRATIE_REGELS)
              --max-gelijktijdig <n>     zoveel beoordelingen tegelijk (standaard: het aantal kernen); daarboven 503
              --tijdslimiet <seconden>   de tijd voor één beoordeling (standaard 10); daarna 503
              --max-verzoek <bytes>      de grootste casus of vergelijking (standaard 1048576); daarboven 413
              --max-batch <bytes>        de grootste batch (standaard 268435456)
              --stoptijd <seconden>      hoe lang een stop wacht op lopende verzoeken (standaard 30)
              --version                  de versie van de API en de engine
              --help                     deze tekst

            Exitcodes: 143 gestopt met SIGTERM (na het afhandelen van de lopende verzoeken); 2 verkeerd gebruik; 4 de regelpakketten kunnen niet worden geladen of de poort is bezet.
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code != OK) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (a.contains("--help") || a.contains("-h")) {
            out.print(GEBRUIK);
            return OK;
        }
        if (a.contains("--version") || a.contains("-V")) {
            out.println("reintegratie-server: API " + OpenApiDocument.laad().versie + ", engine " + ReintegratieEngine.version());
            return OK;
        }
        Instellingen inst;
        try {
            inst = opties(a);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + " (java -jar reintegratie-server.jar --help)");
            return FOUT;
        }
        BeslisService service;
        try {
            Regelpakketten.Geladen geladen = Regelpakketten.laadMetBronnen(inst.regels());
            service = new BeslisService(geladen.engine(), geladen.bronnen(), inst).start();
        } catch (RuntimeException e) {
            err.println("de beslisservice kan niet starten: " + e.getMessage());
            return DEFECT;
        }
        CountDownLatch gestopt = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            gestopt.countDown();
        }, "stop"));
        try {
            gestopt.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    static Instellingen opties(List<String> a) {
        Instellingen inst = Instellingen.standaard();
        for (int i = 0; i < a.size(); i++) {
            String o = a.get(i);
            if (!o.startsWith("--")) throw new IllegalArgumentException("onverwacht argument '" + o + "'");
            if (i + 1 >= a.size()) throw new IllegalArgumentException(o + " verwacht een waarde");
            String w = a.get(++i);
            switch (o) {
                case "--port", "--poort" -> inst = inst.metPoort(getal(o, w, 0, 65535));
                case "--host" -> inst = inst.metHost(w);
                case "--regels" -> inst = inst.metRegels(Path.of(w));
                case "--max-gelijktijdig" -> inst = inst.metMaxGelijktijdig(getal(o, w, 1, 10_000));
                case "--tijdslimiet" -> inst = inst.metTijdslimiet(Duration.ofSeconds(getal(o, w, 1, 3600)));
                case "--max-verzoek" -> inst = inst.metMaxVerzoek(getal(o, w, 1024, Integer.MAX_VALUE));
                case "--max-batch" -> inst = inst.metMaxBatch(getal(o, w, 1024, Integer.MAX_VALUE));
                case "--stoptijd" -> inst = inst.metStopTijd(Duration.ofSeconds(getal(o, w, 0, 3600)));
                default -> throw new IllegalArgumentException("onbekende optie '" + o + "'");
            }
        }
        return inst;
    }

    private static int getal(String optie, String w, int min, int max) {
        try {
            int n = Integer.parseInt(w);
            if (n < min || n > max) throw new IllegalArgumentException(optie + ": " + w + " ligt niet tussen " + min + " en " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(optie + ": '" + w + "' is geen geheel getal");
        }
    }
}
