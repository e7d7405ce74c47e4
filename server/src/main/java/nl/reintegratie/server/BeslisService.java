package nl.reintegratie.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.reintegratie.engine.Batch;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Vergelijking;
import nl.reintegratie.engine.Versie;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision service: the engine behind a REST API under {@code /api/v1}, as the OpenAPI document
 * ({@code /api/v1/openapi.json}) describes it. Start with {@link #start()}, stop with {@link #stop()}: a stop lets the
 * requests in flight finish (at most {@link Instellingen#stopTijd()}) and answers new ones with 503.
 *
 * <p>What it guarantees, whatever a client sends: every error is RFC 9457 problem details with {@code invalidParams}
 * per field; no body is read past its size limit; no more evaluations run at once than the bound, and none is waited
 * for past the time limit; and no log line carries anything from a request body, a query string or an unmatched path
 * (a log line names the route, the status, the problem type, the duration and a request id — never a BSN, a date of
 * birth or any other fact of a case).
 */
public final class BeslisService {
    private static final Logger LOG = LoggerFactory.getLogger(BeslisService.class);
    static final String BASIS = "/api/v1";
    private static final String ID = "nl.reintegratie.verzoek-id";
    private static final String PROBLEEM = "nl.reintegratie.probleem";
    private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
    /** How much of a body that is too large the service reads away before it answers 413 (nothing of it is kept). */
    private static final long TE_GROOT_WEGLEZEN = 16L << 20;
    private static final List<String> FORMATEN = List.of("json", "zgw", "beschikking");

    private final ReintegratieEngine engine;
    private final Instellingen instellingen;
    private final OpenApiDocument openapi;
    private final Besluitvormen vormen;
    final Begrenzer begrenzer;
    /** Package-visible so that a test can occupy every batch slot. */
    final Semaphore batches;
    private final AtomicLong lopend = new AtomicLong();
    private final Javalin app;
    private volatile boolean gestart;

    /**
     * A service for the engine with the given settings; nothing listens until {@link #start()}. The rule packages'
     * declarations and templates for {@code ?formaat=zgw} and {@code ?formaat=beschikking} are read from the thread's
     * context class loader.
     */
    public BeslisService(ReintegratieEngine engine, Instellingen instellingen) {
        this(engine, Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                : BeslisService.class.getClassLoader(), instellingen);
    }

    /** As {@link #BeslisService(ReintegratieEngine, Instellingen)}, with the class loader the engine's rule packages were loaded with. */
    public BeslisService(ReintegratieEngine engine, ClassLoader regels, Instellingen instellingen) {
        this.engine = engine;
        this.instellingen = instellingen;
        this.openapi = OpenApiDocument.laad();
        this.vormen = new Besluitvormen(regels);
        this.begrenzer = new Begrenzer(instellingen.maxGelijktijdig(), instellingen.wachttijd(), instellingen.tijdslimiet());
        this.batches = new Semaphore(instellingen.maxBatches());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = instellingen.maxVerzoek();
            config.router.ignoreTrailingSlashes = false;
            config.router.treatMultipleSlashesAsSingleSlash = false;
            QueuedThreadPool threads = new QueuedThreadPool(200, 8, 60_000);
            threads.setName("http");
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> {
                // drains the requests in flight on stop, and answers new ones with 503 meanwhile
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(instellingen.stopTijd().toMillis());
                server.setStopAtShutdown(false);
                server.setErrorHandler(new ProbleemFoutpagina(openapi.versie));
            });
            config.jetty.addConnector((server, http) -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setSendDateHeader(true);
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(instellingen.host());
                c.setPort(instellingen.poort());
                c.setIdleTimeout(instellingen.idleTimeout().toMillis());
                // once a stop begins Jetty closes connections silent for this long: idle keep-alive ones (which would
                // otherwise hold the stop), and a request in flight whose client pauses longer (a batch between lines)
                c.setShutdownIdleTimeout(instellingen.stilBijStop().toMillis());
                return c;
            });
            config.requestLogger.http(this::logVerzoek);
            config.router.javaLangErrorHandler((res, fout) -> {
                LOG.error("interne fout (JVM): {}", spoor(fout));
                res.setStatus(500);
            });
            config.routes.before(this::voorElkVerzoek);
            config.routes.exception(Probleem.class, (e, ctx) -> antwoord(ctx, e));
            config.routes.exception(InvalidCaseException.class, (e, ctx) -> antwoord(ctx, Probleem.van(e)));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> antwoord(ctx, vanJavalin(e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("interne fout bij verzoek {}: {}", id(ctx), spoor(e));
                antwoord(ctx, Probleem.van(500, "interne-fout", "Er ging iets mis in de dienst",
                        "het verzoek kon door een interne fout niet worden afgehandeld; noem het kenmerk (instance) bij een melding"));
            });

            config.routes.post(BASIS + "/beslissingen", this::beslissing);
            config.routes.post(BASIS + "/vergelijkingen", this::vergelijking);
            config.routes.post(BASIS + "/batches", this::batch);
            config.routes.get(BASIS + "/regelingen", this::regelingen);
            config.routes.get(BASIS + "/regelingen/{versie}", this::regeling);
            config.routes.get(BASIS + "/regelingen/{versie}/regels", this::regels);
            config.routes.get(BASIS + "/regelingen/{versie}/schema", this::versieSchema);
            config.routes.get(BASIS + "/schema", this::schema);
            config.routes.get(BASIS + "/openapi.json", this::openapiDocument);
            config.routes.get(BASIS + "/health", this::health);
        });
    }

    /**
     * Builds every version's rule base (so that no request pays for it and the time limit measures evaluation only),
     * then starts listening.
     */
    public BeslisService start() {
        for (Versie v : engine.versies()) engine.regels(v.id());
        app.start();
        gestart = true;
        LOG.info("beslisservice luistert op poort {} onder {} (API-versie {}, engine {}; {} gemeenten, {} versies; {} beoordelingen tegelijk, tijdslimiet {} ms)",
                poort(), BASIS, openapi.versie, ReintegratieEngine.version(), engine.gemeenten().size(), engine.versies().size(),
                instellingen.maxGelijktijdig(), instellingen.tijdslimiet().toMillis());
        return this;
    }

    /** Stops: new requests get 503, those in flight finish (at most the stop time), then the evaluation threads end. */
    public void stop() {
        if (!gestart) return;
        gestart = false;
        LOG.info("beslisservice stopt: {} verzoeken in behandeling", lopend.get());
        app.stop();
        begrenzer.stop(instellingen.stopTijd());
        LOG.info("beslisservice gestopt");
    }

    /** The port it listens on (the real one when started on port 0). */
    public int poort() {
        return app.port();
    }

    /** The API's version, as the {@code API-Version} header and the OpenAPI document give it. */
    public String apiVersie() {
        return openapi.versie;
    }

    /** Method and path of every route the server has, as Javalin routes them (for the test against the OpenAPI document). */
    List<String> routes() {
        List<String> r = new ArrayList<>();
        for (ParsedEndpoint p : app.unsafe.internalRouter.allHttpHandlers()) {
            String m = p.endpoint.method.name();
            if (p.endpoint.method.isHttpMethod()) r.add(m + " " + p.endpoint.path);
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Every request

    private void voorElkVerzoek(Context ctx) {
        ctx.attribute(ID, UUID.randomUUID().toString());
        ctx.header("API-Version", openapi.versie);
        Beveiliging.headers(ctx::header);
    }

    private static String id(Context ctx) {
        Object id = ctx.attribute(ID);
        return id == null ? "-" : id.toString();
    }

    private void antwoord(Context ctx, Probleem p) {
        ctx.attribute(PROBLEEM, p.type);
        if (ctx.res().isCommitted()) return;
        if (p.status == 413) {
            // the body was not read: read the rest of it (up to a bound, nothing kept) before answering, so that the
            // connection closes after the client has sent it and the client reads the 413 instead of a reset connection
            Invoer.leesRestWeg(ctx, TE_GROOT_WEGLEZEN);
            ctx.header("Connection", "close");
        }
        p.headers.forEach(ctx::header);
        ctx.status(p.status).contentType(Probleem.MEDIATYPE).result(p.json(p.status >= 500 ? "urn:uuid:" + id(ctx) : null));
    }

    private Probleem vanJavalin(HttpResponseException e) {
        if (e instanceof MethodNotAllowedResponse m) {
            String toegestaan = m.getDetails().getOrDefault("availableMethods", m.getDetails().getOrDefault("Available methods", ""));
            return Probleem.van(405, "methode-niet-toegestaan", "Deze methode is op dit pad niet toegestaan",
                    "op dit pad zijn toegestaan: " + toegestaan).header("Allow", toegestaan);
        }
        if (e instanceof NotFoundResponse) {
            return Probleem.van(404, "niet-gevonden", "Niet gevonden", "er is geen bron op dit pad; zie " + BASIS + "/openapi.json");
        }
        if (e.getStatus() == 413) return Invoer.teGroot(instellingen.maxVerzoek());
        return Probleem.van(e.getStatus(), "http-" + e.getStatus(), "Het verzoek kon niet worden verwerkt", "HTTP " + e.getStatus());
    }

    /**
     * One line per request, with nothing a client sent: the route (its template, so that an unmatched path, which
     * could hold anything, is never logged), the status, the problem type, the duration and the request id.
     */
    private void logVerzoek(Context ctx, Float ms) {
        String route = ctx.endpoint() == null || ctx.endpoint().path.isEmpty() || ctx.endpoint().path.equals("*") ? "(geen route)" : ctx.endpoint().path;
        Object probleem = ctx.attribute(PROBLEEM);
        LOG.info("verzoek {} {} {} {} {} ms{}", id(ctx), ctx.method().name(), route, ctx.statusCode(), Math.round(ms),
                probleem == null ? "" : " " + probleem);
    }

    /**
     * A stack trace with class names and frames only: an exception's message can hold a fact of the case. Only the
     * messages of linkage and VM errors (a missing class, memory) are kept: they name classes and limits, never input.
     */
    static String spoor(Throwable t) {
        StringBuilder s = new StringBuilder();
        int diepte = 0;
        for (Throwable x = t; x != null && diepte < 5; x = x.getCause(), diepte++) {
            if (diepte > 0) s.append("\n  veroorzaakt door ");
            s.append(x.getClass().getName());
            if ((x instanceof LinkageError || x instanceof VirtualMachineError || x instanceof ClassNotFoundException) && x.getMessage() != null) {
                s.append(": ").append(x.getMessage());
            }
            StackTraceElement[] frames = x.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) s.append("\n    bij ").append(frames[i]);
        }
        return s.toString();
    }

    /** Rejects query parameters the operation does not know (a misspelt {@code formaat} must not pass silently) or repeats. */
    private static void alleenParameters(Context ctx, Set<String> bekend) {
        List<InvalidCaseException.Problem> fouten = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!bekend.contains(e.getKey())) {
                fouten.add(new InvalidCaseException.Problem(e.getKey(), bekend.isEmpty() ? "onbekende parameter; deze bewerking kent geen parameters"
                        : "onbekende parameter; bekend: " + String.join(", ", bekend.stream().sorted().toList())));
            } else if (e.getValue().size() > 1) {
                fouten.add(new InvalidCaseException.Problem(e.getKey(), "komt meer dan één keer voor"));
            }
        }
        if (!fouten.isEmpty()) {
            throw Probleem.parameters(fouten);
        }
    }

    private static String antwoordtype(Context ctx, String... aanbod) {
        String t = Mediatypen.kies(ctx.header("Accept"), List.of(aanbod));
        if (t == null) {
            throw Probleem.van(406, "niet-aanvaardbaar", "Geen van de gevraagde mediatypen is beschikbaar",
                    "Accept vraagt om " + ctx.header("Accept") + "; beschikbaar: " + String.join(", ", aanbod));
        }
        return t;
    }

    private static LocalDate datum(Context ctx, String naam) {
        String w = ctx.queryParam(naam);
        if (w == null) return null;
        try {
            if (!w.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", w, 0);
            return LocalDate.parse(w);
        } catch (DateTimeParseException e) {
            throw Probleem.parameter(naam, "is geen datum in de vorm JJJJ-MM-DD (ISO 8601)");
        }
    }

    private Versie versie(Context ctx) {
        String id = ctx.pathParam("versie");
        for (Versie v : engine.versies()) if (v.id().equals(id)) return v;
        throw Probleem.van(404, "onbekende-versie", "Deze versie van de regels bestaat niet",
                "geen versie '" + id + "'; versies: " + engine.versies().stream().map(Versie::id).collect(Collectors.joining(", ")));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // POST /beslissingen

    private void beslissing(Context ctx) {
        alleenParameters(ctx, Set.of("formaat", "onderwerp", "datum", "verzenddatum"));
        String formaat = ctx.queryParam("formaat") == null ? "json" : ctx.queryParam("formaat");
        if (!FORMATEN.contains(formaat)) throw Probleem.parameter("formaat", "'" + formaat + "' is geen van: " + String.join(", ", FORMATEN));
        String onderwerp = ctx.queryParam("onderwerp");
        LocalDate datum = datum(ctx, "datum");
        LocalDate verzenddatum = datum(ctx, "verzenddatum");
        if (onderwerp != null && !formaat.equals("beschikking")) throw Probleem.parameter("onderwerp", "geldt alleen bij formaat=beschikking");
        if (datum != null && !formaat.equals("zgw")) throw Probleem.parameter("datum", "geldt alleen bij formaat=zgw");
        if (verzenddatum != null && formaat.equals("json")) throw Probleem.parameter("verzenddatum", "geldt alleen bij formaat=zgw en formaat=beschikking");
        Invoer.mediatype(ctx, Set.of(Mediatypen.JSON));
        String type = formaat.equals("beschikking") ? antwoordtype(ctx, Mediatypen.HTML, Mediatypen.MARKDOWN) : antwoordtype(ctx, Mediatypen.JSON);
        byte[] casus = Invoer.lichaam(ctx, instellingen.maxVerzoek());
        LocalDate beslisdatum = datum != null ? datum : LocalDate.now(TIJDZONE);
        byte[] uit = beoordeel(() -> {
            Evaluation e = engine.evaluateJson(casus);
            if (formaat.equals("json")) return JsonUit.evaluatie(e);
            // the besluit module prints the case's facts (the BSN, the dates of the aanvraag): read them as checked
            Casus c = engine.readCase(new String(casus, StandardCharsets.UTF_8)).voorGemeente(e.gemeente());
            try {
                return formaat.equals("zgw") ? vormen.zgw(e, c, beslisdatum, verzenddatum)
                        : vormen.beschikking(e, c, onderwerp(e, onderwerp), type.equals(Mediatypen.HTML), verzenddatum);
            } catch (IllegalStateException ontbreekt) {
                // the rule package lacks what the form needs (its besluittypen, a template): not the caller's doing
                LOG.warn("formaat={} voor versie {} niet te maken: {}", formaat, e.versie().id(), spoor(ontbreekt));
                throw Probleem.van(501, "formaat-niet-beschikbaar", "Dit formaat is voor deze gemeente niet beschikbaar",
                        "formaat=" + formaat + " kan voor " + e.gemeente() + " (versie " + e.versie().id() + ") niet worden gemaakt: het regelpakket "
                                + "declareert niet wat daarvoor nodig is (de besluittypen of een sjabloon); formaat=json is beschikbaar");
            }
        });
        if (type.equals(Mediatypen.HTML)) {
            // the beschikking is one self-contained page with its own style sheet
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        }
        ctx.status(200).contentType(type.startsWith("text/") ? type + "; charset=utf-8" : type).result(uit);
    }

    private static String onderwerp(Evaluation e, String gevraagd) {
        List<String> ids = e.besluiten().stream().map(Besluit::onderwerp).toList();
        if (gevraagd == null) {
            if (ids.size() == 1) return ids.get(0);
            throw Probleem.parameter("onderwerp", "is verplicht bij formaat=beschikking als de casus meer dan één aanvraag of verleende voorziening heeft: "
                    + String.join(", ", ids));
        }
        if (!ids.contains(gevraagd)) {
            throw Probleem.parameter("onderwerp", "de casus heeft geen aanvraag of verleende voorziening '" + gevraagd + "'; wel: " + String.join(", ", ids));
        }
        return gevraagd;
    }

    /** Runs engine work in a slot of the bound, counted as a request in flight. */
    private <T> T beoordeel(java.util.concurrent.Callable<T> taak) {
        lopend.incrementAndGet();
        try {
            return begrenzer.voerUit(taak);
        } finally {
            lopend.decrementAndGet();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // POST /vergelijkingen

    private static final Set<String> VERGELIJKING_VELDEN = Set.of("casus", "gemeenten", "peildatum");
    private static final int MAX_GEMEENTEN = 100;

    private void vergelijking(Context ctx) {
        alleenParameters(ctx, Set.of());
        Invoer.mediatype(ctx, Set.of(Mediatypen.JSON));
        antwoordtype(ctx, Mediatypen.JSON);
        byte[] body = Invoer.lichaam(ctx, instellingen.maxVerzoek());
        JsonNode n = Invoer.json(body);
        byte[] uit = beoordeel(() -> JsonUit.vergelijking(vergelijk(n)));
        ctx.status(200).contentType(Mediatypen.JSON).result(uit);
    }

    private Vergelijking vergelijk(JsonNode n) {
        if (!n.isObject()) {
            throw new InvalidCaseException("$", "een vergelijking is een JSON-object met casus, gemeenten en (naar keuze) peildatum");
        }
        List<InvalidCaseException.Problem> fouten = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!VERGELIJKING_VELDEN.contains(k)) fouten.add(new InvalidCaseException.Problem(k, "onbekend veld; velden van een vergelijking: casus, gemeenten, peildatum"));
        }
        List<String> gemeenten = new ArrayList<>();
        JsonNode g = n.get("gemeenten");
        if (g == null || g.isNull()) {
            fouten.add(new InvalidCaseException.Problem("gemeenten", "is verplicht: een lijst van ten minste één gemeente, bijvoorbeeld [\"Heemstede\", \"Oirschot\"]"));
        } else if (!g.isArray() || g.isEmpty()) {
            fouten.add(new InvalidCaseException.Problem("gemeenten", "moet een lijst van ten minste één gemeente zijn"));
        } else if (g.size() > MAX_GEMEENTEN) {
            fouten.add(new InvalidCaseException.Problem("gemeenten", "ten hoogste " + MAX_GEMEENTEN + " gemeenten; kreeg " + g.size()));
        } else {
            Set<String> gezien = new LinkedHashSet<>();
            for (int i = 0; i < g.size(); i++) {
                JsonNode x = g.get(i);
                if (!x.isTextual() || x.asText().isBlank()) {
                    fouten.add(new InvalidCaseException.Problem("gemeenten[" + i + "]", "moet de naam van een gemeente zijn (tekst)"));
                } else if (!gezien.add(x.asText().toLowerCase(Locale.ROOT))) {
                    fouten.add(new InvalidCaseException.Problem("gemeenten[" + i + "]", "'" + x.asText() + "' staat al eerder in de lijst"));
                } else {
                    gemeenten.add(x.asText());
                }
            }
        }
        LocalDate peildatum = null;
        JsonNode p = n.get("peildatum");
        if (p != null && !p.isNull()) {
            if (!p.isTextual() || !p.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                fouten.add(new InvalidCaseException.Problem("peildatum", "moet een datum zijn in de vorm JJJJ-MM-DD (ISO 8601)"));
            } else {
                try {
                    peildatum = LocalDate.parse(p.asText());
                } catch (DateTimeParseException e) {
                    fouten.add(new InvalidCaseException.Problem("peildatum", p.asText() + " bestaat niet"));
                }
            }
        }
        Casus casus = null;
        JsonNode c = n.get("casus");
        if (c == null || c.isNull()) {
            fouten.add(new InvalidCaseException.Problem("casus", "is verplicht: de casus (persoon, aanvragen, ...) zoals bij /beslissingen; de gemeente erin doet niet ter zake"));
        } else {
            try {
                casus = engine.readSituation(Invoer.tekst(c));
            } catch (InvalidCaseException e) {
                for (InvalidCaseException.Problem f : e.problems()) {
                    String veld = f.field().equals("$") ? "casus" : "casus." + f.field();
                    fouten.add(new InvalidCaseException.Problem(veld, f.reason()));
                }
            }
        }
        if (!fouten.isEmpty()) throw new InvalidCaseException(fouten);
        return engine.compare(casus, gemeenten, peildatum);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // POST /batches

    private void batch(Context ctx) {
        alleenParameters(ctx, Set.of("gemeente", "teksten"));
        Invoer.mediatype(ctx, Set.of(Mediatypen.NDJSON, Mediatypen.JSONL));
        String type = antwoordtype(ctx, Mediatypen.NDJSON, Mediatypen.CSV);
        String gemeente = ctx.queryParam("gemeente");
        if (gemeente != null && engine.gemeenten().stream().noneMatch(x -> x.equalsIgnoreCase(gemeente))) {
            throw Probleem.parameter("gemeente", "geen regels voor gemeente '" + gemeente + "'; bekende gemeenten: " + String.join(", ", engine.gemeenten()));
        }
        String teksten = ctx.queryParam("teksten");
        if (teksten != null && !teksten.equals("true") && !teksten.equals("false")) throw Probleem.parameter("teksten", "is true of false");
        if (ctx.req().getContentLengthLong() > instellingen.maxBatch()) throw Invoer.teGroot(instellingen.maxBatch());
        if (!batches.tryAcquire()) {
            throw Probleem.van(503, "overbelast", "De dienst verwerkt al het grootste aantal batches tegelijk",
                    "er lopen al " + instellingen.maxBatches() + " batches; probeer het later opnieuw").header("Retry-After", "30");
        }
        lopend.incrementAndGet();
        boolean csv = type.equals(Mediatypen.CSV);
        try {
            ctx.status(200);
            ctx.res().setContentType(csv ? type + "; charset=utf-8" : type);
            BegrensdeInvoer in = new BegrensdeInvoer(ctx.req().getInputStream(), instellingen.maxBatch(), instellingen.batchTijdslimiet());
            Batch.Options opties = new Batch.Options(instellingen.batchThreads(), csv, "true".equals(teksten), gemeente);
            try (StromendeUitvoer uit = new StromendeUitvoer(ctx.res().getOutputStream(), Duration.ofMillis(100))) {
                try {
                    Batch.Summary s = new Batch(engine, opties).process(in, uit, null);
                    LOG.info("batch {}: {} regels, {} beoordeeld, {} met een fout", id(ctx), s.lines(), s.evaluated(), s.errors());
                } catch (BegrensdeInvoer.Grens grens) {
                    // the lines read so far have their answers; the last line says why the rest was not read
                    Probleem p = grens.probleem();
                    ctx.attribute(PROBLEEM, p.type);
                    uit.write(csv ? csvRegel(p) : "{\"probleem\":" + new String(p.json(null), StandardCharsets.UTF_8) + "}\n");
                    LOG.info("batch {} afgebroken: {}", id(ctx), p.logvorm());
                }
            }
        } catch (IOException e) {
            // the client went away or stopped reading: there is nobody left to answer
            ctx.attribute(PROBLEEM, "verbinding verbroken (" + e.getClass().getSimpleName() + ")");
        } catch (UncheckedIOException e) {
            ctx.attribute(PROBLEEM, "verbinding verbroken (" + e.getCause().getClass().getSimpleName() + ")");
        } finally {
            lopend.decrementAndGet();
            batches.release();
        }
    }

    private static String csvRegel(Probleem p) {
        return ",,,,,,,,,,,,,\"" + (p.titel + ": " + p.detail).replace("\"", "\"\"") + "\"\n";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GET: the regelingen, their rules and schemas, the OpenAPI document, health

    private void regelingen(Context ctx) {
        alleenParameters(ctx, Set.of());
        antwoordtype(ctx, Mediatypen.JSON);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(200).contentType(Mediatypen.JSON).result(JsonUit.versies(engine.versies()));
    }

    private void regeling(Context ctx) {
        alleenParameters(ctx, Set.of());
        antwoordtype(ctx, Mediatypen.JSON);
        Versie v = versie(ctx);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(200).contentType(Mediatypen.JSON).result(JsonUit.bytes(g -> JsonUit.versie(g, v)));
    }

    private void regels(Context ctx) {
        alleenParameters(ctx, Set.of());
        antwoordtype(ctx, Mediatypen.JSON);
        Versie v = versie(ctx);
        byte[] uit = beoordeel(() -> JsonUit.regels(v.id(), engine.regels(v.id())));
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(200).contentType(Mediatypen.JSON).result(uit);
    }

    private void versieSchema(Context ctx) {
        alleenParameters(ctx, Set.of());
        String type = antwoordtype(ctx, Mediatypen.SCHEMA, Mediatypen.JSON);
        Versie v = versie(ctx);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(200).contentType(type).result(engine.schema(v.id()).getBytes(StandardCharsets.UTF_8));
    }

    private void schema(Context ctx) {
        alleenParameters(ctx, Set.of("soort"));
        String soort = ctx.queryParam("soort") == null ? "casus" : ctx.queryParam("soort");
        if (!soort.equals("casus") && !soort.equals("scenario")) throw Probleem.parameter("soort", "is casus of scenario");
        String type = antwoordtype(ctx, Mediatypen.SCHEMA, Mediatypen.JSON);
        String schema = soort.equals("casus") ? engine.schema(null) : engine.scenarioSchema();
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(200).contentType(type).result(schema.getBytes(StandardCharsets.UTF_8));
    }

    private void openapiDocument(Context ctx) {
        alleenParameters(ctx, Set.of());
        antwoordtype(ctx, Mediatypen.JSON);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(200).contentType(Mediatypen.JSON).result(openapi.bytes);
    }

    private void health(Context ctx) {
        alleenParameters(ctx, Set.of());
        antwoordtype(ctx, Mediatypen.JSON);
        ctx.status(200).contentType(Mediatypen.JSON).result(JsonUit.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("status", "beschikbaar");
            g.writeStringField("apiVersie", openapi.versie);
            g.writeStringField("engineVersie", ReintegratieEngine.version());
            g.writeArrayFieldStart("gemeenten");
            for (String x : engine.gemeenten()) g.writeString(x);
            g.writeEndArray();
            g.writeNumberField("versies", engine.versies().size());
            g.writeNumberField("verzoekenInBehandeling", lopend.get());
            g.writeObjectFieldStart("beoordelingen");
            g.writeNumberField("bezet", begrenzer.bezet());
            g.writeNumberField("capaciteit", begrenzer.capaciteit());
            g.writeNumberField("tijdslimietMs", instellingen.tijdslimiet().toMillis());
            g.writeEndObject();
            g.writeObjectFieldStart("batches");
            g.writeNumberField("bezet", instellingen.maxBatches() - batches.availablePermits());
            g.writeNumberField("capaciteit", instellingen.maxBatches());
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    /** How long a batch may read, for the problem text. */
    static String duur(Duration d) {
        return d.toSeconds() >= 60 ? d.toMinutes() + " minuten" : d.toSeconds() + " seconden";
    }
}
