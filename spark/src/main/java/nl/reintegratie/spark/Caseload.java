package nl.reintegratie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Gegeven;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Uitkomst;
import nl.reintegratie.engine.Versie;

/**
 * A synthetic caseload as JSON Lines, for trying a job and for tests: for the rule packages an engine finds, cases on
 * peildata in their versions' periods, with the facts their rules read (from each version's case schema, {@link
 * ReintegratieEngine#schema}) set at random, aanvragen mostly for voorzieningen the version offers, and a share of lines
 * that cannot be evaluated (broken JSON, unknown gemeente, impossible date, wrong type, unknown key, no regeling on
 * the peildatum, bad UTF-8), blank lines and CRLF line endings — everything {@code batch} must answer line for line.
 * The same seed gives the same file. The people are made up.
 *
 * <p>Run it with the rule package jars on the class path, for instance through spark-submit:
 * {@code spark-submit --class nl.reintegratie.spark.Caseload --jars … reintegratie-spark.jar 10000 casussen.jsonl}.
 */
public final class Caseload {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the schema of one version says a case may hold. */
    private record Soort(String gemeente, LocalDate vanaf, LocalDate tot, boolean eerste, List<Feit> persoon, List<Feit> aanvraag,
                         List<Feit> werkgever, List<Feit> dienstbetrekking, List<String> oordelen, List<String> aangeboden,
                         List<String> voorzieningen) {}

    /** A fact a version's schema allows on an object, as the vocabulary declares it, and whether the version's rules read it. */
    private record Feit(Gegeven gegeven, boolean gelezen) {
        String naam() { return gegeven.naam(); }
    }

    private final List<Soort> soorten = new ArrayList<>();
    private final Map<String, Gegeven> vocabulaire = new java.util.HashMap<>();
    private final Random random;

    private Caseload(ReintegratieEngine engine, long seed) {
        this.random = new Random(seed);
        for (Gegeven g : engine.vocabulaire()) vocabulaire.put(g.naam(), g);
        for (Versie v : engine.versies()) {
            LocalDate eerste = engine.versies().stream().filter(x -> x.gemeente().equals(v.gemeente())).map(Versie::geldigVanaf).min(LocalDate::compareTo).orElseThrow();
            JsonNode s = lees(engine.schema(v.id()));
            JsonNode defs = s.path("$defs");
            List<String> voorzieningen = new ArrayList<>();
            defs.path("aanvraag").path("properties").path("voorziening").path("enum").forEach(n -> voorzieningen.add(n.asText()));
            List<String> oordelen = new ArrayList<>();
            defs.path("aanvraag").path("properties").path("oordelen").path("properties").fieldNames().forEachRemaining(oordelen::add);
            LocalDate tot = v.geldigTot() != null ? v.geldigTot() : v.geldigVanaf().plusYears(2);
            soorten.add(new Soort(v.gemeente(), v.geldigVanaf(), tot, eerste.equals(v.geldigVanaf()), feitenVan(defs.path("persoon")), feitenVan(defs.path("aanvraag")),
                    feitenVan(defs.path("werkgever")), feitenVan(defs.path("dienstbetrekking")), oordelen, aangeboden(engine, v, voorzieningen), voorzieningen));
        }
        if (soorten.isEmpty()) throw new IllegalStateException("the engine found no version to make cases for");
    }

    /** Writes {@code aantal} lines (cases, bad lines and blank lines) to {@code out}. */
    public static void schrijf(ReintegratieEngine engine, int aantal, long seed, OutputStream out) throws IOException {
        Caseload c = new Caseload(engine, seed);
        for (int i = 0; i < aantal; i++) out.write(c.regel());
        out.flush();
    }

    /** {@code Caseload <aantal> <bestand> [seed]}: writes a caseload for the rule packages on the class path. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Gebruik: Caseload <aantal> <bestand.jsonl> [seed]");
            System.exit(2);
        }
        int aantal = Integer.parseInt(args[0]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 20250101L;
        ReintegratieEngine engine = Engines.basis();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            schrijf(engine, aantal, seed, out);
        }
        System.out.println(aantal + " regels geschreven naar " + args[1] + " voor " + String.join(", ", engine.gemeenten()));
    }

    /** One line, with its line ending. */
    private byte[] regel() throws IOException {
        double p = random.nextDouble();
        if (p < 0.02) return (random.nextBoolean() ? "\n" : "   \t\n").getBytes(StandardCharsets.UTF_8);
        Soort s = soorten.get(random.nextInt(soorten.size()));
        ObjectNode casus = casus(s);
        String einde = "\n";
        if (p < 0.10) {
            switch (random.nextInt(10)) {
                case 0 -> { return ("{\"gemeente\": \"" + s.gemeente() + "\", \"peildatum\": \n").getBytes(StandardCharsets.UTF_8); }
                case 1 -> { return "[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8); }
                case 2 -> casus.put("bsn", "123456782");
                case 3 -> casus.remove("peildatum");
                case 4 -> casus.put("gemeente", "Atlantis");
                case 5 -> {
                    if (s.eerste()) casus.put("peildatum", s.vanaf().minusDays(1 + random.nextInt(400)).toString());
                    else casus.put("peildatum", s.vanaf().getYear() + "-02-30");
                }
                case 6 -> casus.put("peildatum", s.vanaf().getYear() + "-02-30");
                case 7 -> {
                    Feit f = s.persoon().stream().filter(x -> x.gegeven().type() == Gegeven.Type.JA_NEE).findFirst().orElse(null);
                    if (f != null) ((ObjectNode) casus.get("persoon")).put(f.naam(), "ja");
                    else casus.remove("persoon");
                }
                case 8 -> {
                    byte[] b = JSON.writeValueAsBytes(casus);
                    byte[] uit = new byte[b.length + 3];
                    System.arraycopy(b, 0, uit, 0, b.length);
                    // a lone continuation byte inside the document: not UTF-8
                    uit[b.length - 1] = (byte) 0x80;
                    uit[b.length] = '}';
                    uit[b.length + 1] = '\r';
                    uit[b.length + 2] = '\n';
                    return uit;
                }
                default -> ((ObjectNode) casus.get("aanvragen").get(0)).put("voorziening", "bestaat-niet-" + random.nextInt(3));
            }
        } else if (p < 0.15) {
            einde = "\r\n";
        } else if (p < 0.17) {
            casus.put("gemeente", s.gemeente().toUpperCase(java.util.Locale.ROOT));
        }
        return (JSON.writeValueAsString(casus) + einde).getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode casus(Soort s) {
        int dagen = (int) Math.max(0, s.tot().toEpochDay() - s.vanaf().toEpochDay());
        LocalDate peildatum = s.vanaf().plusDays(random.nextInt(dagen + 1));
        ObjectNode c = JSON.createObjectNode();
        c.put("gemeente", s.gemeente());
        c.put("peildatum", peildatum.toString());
        ObjectNode persoon = c.putObject("persoon");
        persoon.put("geboortedatum", peildatum.minusYears(18 + random.nextInt(48)).minusDays(random.nextInt(365)).toString());
        feiten(persoon, s.persoon(), 0.75, peildatum);
        if (random.nextDouble() < 0.3) feiten(c.putObject("werkgever"), s.werkgever(), 0.6, peildatum);
        if (random.nextDouble() < 0.3) {
            ObjectNode d = c.putObject("dienstbetrekking");
            LocalDate in = peildatum.minusDays(random.nextInt(200));
            d.put("ingangsdatum", in.toString());
            if (random.nextBoolean()) d.put("einddatum", in.plusDays(180 + random.nextInt(550)).toString());
            d.put("urenPerWeek", 8 + random.nextInt(33));
            feiten(d, s.dienstbetrekking().stream().filter(f -> !List.of("ingangsdatum", "einddatum", "urenPerWeek").contains(f.naam())).toList(), 0.6, peildatum);
        }
        int aantal = 1 + (random.nextDouble() < 0.2 ? 1 : 0) + (random.nextDouble() < 0.05 ? 1 : 0);
        var aanvragen = c.putArray("aanvragen");
        for (int i = 0; i < aantal; i++) {
            ObjectNode a = aanvragen.addObject();
            a.put("id", "a" + (i + 1));
            List<String> uit = random.nextDouble() < 0.9 && !s.aangeboden().isEmpty() ? s.aangeboden() : s.voorzieningen();
            a.put("voorziening", uit.get(random.nextInt(uit.size())));
            if (random.nextDouble() < 0.9) a.put("ontvangstdatum", peildatum.minusDays(random.nextInt(90)).toString());
            feiten(a, s.aanvraag().stream().filter(f -> !List.of("id", "voorziening", "ontvangstdatum", "oordelen").contains(f.naam())).toList(), 0.4, peildatum);
            ObjectNode o = JSON.createObjectNode();
            for (String code : s.oordelen()) if (random.nextDouble() < 0.6) o.put(code, random.nextDouble() < 0.3);
            if (!o.isEmpty()) a.set("oordelen", o);
        }
        passend(c);
        return c;
    }

    /** Sets each fact the rules read with probability {@code kans}; now and then one they do not read. */
    private void feiten(ObjectNode n, List<Feit> feiten, double kans, LocalDate peildatum) {
        boolean ongelezen = random.nextDouble() < 0.05;
        for (Feit f : feiten) {
            if (n.has(f.naam()) || !(f.gelezen() ? random.nextDouble() < kans : ongelezen && random.nextDouble() < 0.1)) continue;
            Gegeven g = f.gegeven();
            switch (g.type()) {
                case JA_NEE -> n.put(f.naam(), random.nextBoolean());
                case KEUZE -> {
                    if (!g.keuzes().isEmpty()) n.put(f.naam(), g.keuzes().get(random.nextInt(g.keuzes().size())));
                }
                case DATUM -> n.put(f.naam(), peildatum.minusDays(random.nextInt(1000)).toString());
                case AANTAL, GETAL, BEDRAG -> n.put(f.naam(), getal(g));
                default -> { }
            }
        }
    }

    /** A number within the fact's bounds, with at most its decimals. */
    private BigDecimal getal(Gegeven g) {
        int decimalen = g.type() == Gegeven.Type.AANTAL ? 0 : g.decimalen() != null ? g.decimalen() : 2;
        BigDecimal stap = BigDecimal.ONE.movePointLeft(decimalen);
        BigDecimal min = g.minimum() == null ? BigDecimal.ZERO : g.minimumExclusief() ? g.minimum().add(stap) : g.minimum();
        BigDecimal max = g.maximum() != null ? g.maximum() : min.add(BigDecimal.valueOf(g.type() == Gegeven.Type.BEDRAG ? 5000 : 40));
        BigDecimal w = min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextDouble())));
        return w.setScale(decimalen, RoundingMode.DOWN).max(min.setScale(decimalen, RoundingMode.UP)).min(max);
    }

    /**
     * Moves the dates of a case until they fit the rules the vocabulary declares for them (not after the peildatum, not
     * before the geboortedatum, …), as far as a few passes get them: a case should be wrong only where it is meant to be.
     */
    private void passend(ObjectNode casus) {
        List<ObjectNode> objecten = new ArrayList<>();
        for (String o : List.of("persoon", "werkgever", "dienstbetrekking")) if (casus.get(o) instanceof ObjectNode n) objecten.add(n);
        casus.path("aanvragen").forEach(a -> objecten.add((ObjectNode) a));
        for (int ronde = 0; ronde < 4; ronde++) {
            for (ObjectNode n : objecten) {
                for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                    String naam = it.next();
                    Gegeven g = vocabulaire.get(naam);
                    if (g == null || g.type() != Gegeven.Type.DATUM || !n.get(naam).isTextual()) continue;
                    for (Gegeven.DatumRegel r : g.datumRegels()) {
                        LocalDate ref = datum(casus, n, r.referentie());
                        if (ref == null) continue;
                        LocalDate d = LocalDate.parse(n.get(naam).asText());
                        if (r.relatie() == Gegeven.DatumRegel.Relatie.NIET_NA && d.isAfter(ref)
                                || r.relatie() == Gegeven.DatumRegel.Relatie.NIET_VOOR && d.isBefore(ref)) n.put(naam, ref.toString());
                    }
                }
            }
        }
    }

    /** The date a rule refers to ({@code peildatum}, {@code persoon.x}, {@code aanvraag.x} on the same object), if given. */
    private static LocalDate datum(ObjectNode casus, ObjectNode eigen, String referentie) {
        JsonNode w;
        if (referentie.equals("peildatum")) {
            w = casus.get("peildatum");
        } else {
            String[] d = referentie.split("\\.");
            if (d.length != 2) return null;
            JsonNode object = switch (d[0]) {
                case "persoon", "werkgever", "dienstbetrekking" -> casus.get(d[0]);
                default -> eigen;
            };
            w = object == null ? null : object.get(d[1]);
        }
        if (w == null || !w.isTextual()) return null;
        try {
            return LocalDate.parse(w.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The facts the schema allows on one object that this generator can fill, with their declarations. */
    private List<Feit> feitenVan(JsonNode def) {
        List<Feit> uit = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = def.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Gegeven g = vocabulaire.get(e.getKey());
            if (g == null || g.informatief()) continue;
            boolean gelezen = e.getValue().path("description").asText("").contains("Gelezen door");
            uit.add(new Feit(g, gelezen));
        }
        return uit;
    }

    /** The voorzieningen the version offers: those for which a plain case is not answered with BESTAAT_NIET. */
    private static List<String> aangeboden(ReintegratieEngine engine, Versie v, List<String> voorzieningen) {
        List<String> uit = new ArrayList<>();
        LocalDate peildatum = v.geldigVanaf();
        for (String code : voorzieningen) {
            String casus = "{\"gemeente\":" + JSON.valueToTree(v.gemeente()) + ",\"peildatum\":\"" + peildatum + "\",\"persoon\":{\"geboortedatum\":\""
                    + peildatum.minusYears(30) + "\"},\"aanvragen\":[{\"id\":\"a1\",\"voorziening\":\"" + code + "\",\"ontvangstdatum\":\"" + peildatum + "\"}]}";
            try {
                for (Besluit b : engine.evaluateJson(casus).besluiten()) if (b.uitkomst() != Uitkomst.BESTAAT_NIET) uit.add(code);
            } catch (InvalidCaseException e) {
                // a voorziening that needs more than a plain case to be read is left to the random part
            }
        }
        return List.copyOf(uit);
    }

    private static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
