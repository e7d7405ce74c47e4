package nl.reintegratie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Versie;

/**
 * {@code genereer}: an example caseload of invented persons as JSON Lines, for impact runs and benchmarks. Each case
 * starts from one of the shipped situations ({@code caseload/situaties.json}: realistic situations, each with the facts
 * the four packages read for its voorziening), moved to a peildatum in the window asked for, with the birth date moved
 * by up to a few years and, at random, a ja-nee fact or a judgement turned or left out — so that the caseload has cases on
 * both sides of the boundaries and incomplete cases too. The same seed gives the same caseload. Every case is checked by
 * the engine's reader; a mutation that makes a case impossible is drawn again.
 */
final class Genereer implements Main.Opdracht {
    static final String SITUATIES = "/nl/reintegratie/cli/caseload/situaties.json";
    /** Made when the command runs, not when the CLI starts (every command is instantiated at start). */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Chances per fact and per judgement: turned, left out. */
    static final double OMGEDRAAID = 0.06, WEGGELATEN = 0.02, OORDEEL_OMGEDRAAID = 0.10, OORDEEL_WEGGELATEN = 0.05;

    @Override public String hulp() {
        return """
                Gebruik: reintegratie genereer --aantal N [--seed S] [--gemeente G]... [--vanaf D] [--dagen N] [--uitvoer bestand]

                Schrijft een voorbeeld-caseload als JSON Lines (één casus per regel): N verzonnen personen, gevarieerd rond
                realistische situaties (één of meer aanvragen, soms een verleende voorziening), met aan weerszijden van de
                grenzen (leeftijden, data, ja/nee-gegevens, oordelen van het college) en ook onvolledige casussen.
                Dezelfde --seed (standaard 1) geeft dezelfde caseload. Zonder --gemeente om en om elke gemeente van de
                regelpakketten; --gemeente mag vaker. De peildata liggen in --dagen (standaard 180) dagen vanaf --vanaf
                (standaard 2026-01-05). Elke casus vraagt een voorziening die de gemeente kent. Zonder --uitvoer naar
                standaarduitvoer.

                Voorbeeld: reintegratie genereer --aantal 1000 --gemeente Heemstede --uitvoer caseload.jsonl
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        long aantal = geheel(Main.optie(args, "--aantal"), "--aantal", -1);
        long seed = geheel(Main.optie(args, "--seed"), "--seed", 1);
        long dagen = geheel(Main.optie(args, "--dagen"), "--dagen", 180);
        String vanafTekst = Main.optie(args, "--vanaf");
        String uitvoer = Main.optie(args, "--uitvoer");
        List<String> gemeenten = new ArrayList<>();
        for (String g; (g = Main.optie(args, "--gemeente")) != null; ) gemeenten.add(g);
        Main.geenOnbekendeOpties(args, "genereer");
        if (!args.isEmpty()) throw new Invoer.Fout("genereer neemt geen bestanden: onverwacht '" + args.get(0) + "' (reintegratie genereer --help)");
        if (aantal < 0) throw new Invoer.Fout("--aantal is verplicht (reintegratie genereer --help)");
        if (dagen < 1 || dagen > 3660) throw new Invoer.Fout("--dagen: tussen 1 en 3660, niet " + dagen);
        LocalDate vanaf;
        try {
            vanaf = vanafTekst == null ? LocalDate.of(2026, 1, 5) : LocalDate.parse(vanafTekst);
        } catch (DateTimeParseException e) {
            throw new Invoer.Fout("--vanaf: geen datum (JJJJ-MM-DD): " + vanafTekst);
        }
        ReintegratieEngine engine = c.engine();
        if (gemeenten.isEmpty()) gemeenten.addAll(engine.gemeenten());
        for (String g : gemeenten) {
            if (engine.gemeenten().stream().noneMatch(x -> x.equalsIgnoreCase(g))) {
                throw new Invoer.Fout("--gemeente: geen regels voor '" + g + "'; bekend: " + String.join(", ", engine.gemeenten()));
            }
        }
        Generator gen = new Generator(engine, situaties(), gemeenten, vanaf, (int) dagen, seed);
        try (Writer w = uitvoer == null ? new OutputStreamWriter(c.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(uitvoer), StandardCharsets.UTF_8)) {
            BufferedWriter b = new BufferedWriter(w, 1 << 16);
            for (long i = 1; i <= aantal; i++) {
                b.write(Mapper.JSON.writeValueAsString(gen.casus(i)));
                b.write('\n');
            }
            b.flush();
        }
        if (uitvoer != null) c.err.println(aantal + " casussen geschreven naar " + uitvoer);
        return Main.OK;
    }

    private static long geheel(String w, String naam, long standaard) throws Invoer.Fout {
        if (w == null) return standaard;
        try {
            return Long.parseLong(w);
        } catch (NumberFormatException e) {
            throw new Invoer.Fout(naam + ": geen geheel getal: " + w);
        }
    }

    /** The shipped situations, each {@code {naam, gewicht, casus}} with its dates relative to {@code peildatum}. */
    static JsonNode situaties() {
        try (InputStream in = Genereer.class.getResourceAsStream(SITUATIES)) {
            if (in == null) throw new IllegalStateException("situations not found in the CLI jar: " + SITUATIES);
            return Mapper.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the cases; one instance per caseload, not thread-safe. */
    static final class Generator {
        private final ReintegratieEngine engine;
        private final List<JsonNode> situaties = new ArrayList<>();
        private final int[] cumulatief;
        private final List<String> gemeenten;
        private final LocalDate vanaf;
        private final int dagen;
        private final LocalDate basis;
        private final Random random;

        Generator(ReintegratieEngine engine, JsonNode bestand, List<String> gemeenten, LocalDate vanaf, int dagen, long seed) {
            this.engine = engine;
            this.gemeenten = List.copyOf(gemeenten);
            this.vanaf = vanaf;
            this.dagen = dagen;
            this.basis = LocalDate.parse(bestand.path("peildatum").asText());
            this.random = new Random(seed);
            bestand.path("situaties").forEach(situaties::add);
            if (situaties.isEmpty()) throw new IllegalStateException(SITUATIES + " lists no situations");
            cumulatief = new int[situaties.size()];
            int som = 0;
            for (int i = 0; i < situaties.size(); i++) cumulatief[i] = som += Math.max(1, situaties.get(i).path("gewicht").asInt(1));
        }

        /**
         * Case number {@code n}: a valid case (the reader accepts it) under the n-th gemeente in turn, about a voorziening
         * the version in force on its peildatum provides (a caseload of a gemeente asks for what it offers).
         */
        ObjectNode casus(long n) {
            String gemeente = gemeenten.get((int) ((n - 1) % gemeenten.size()));
            long verschuiving = java.time.temporal.ChronoUnit.DAYS.between(basis, vanaf) + random.nextInt(dagen);
            LocalDate peildatum = basis.plusDays(verschuiving);
            Set<String> aanbod = aanbod(gemeente, peildatum);
            JsonNode situatie = kies();
            for (int i = 0; i < 50 && !aanbod.contains(situatie.path("casus").path("aanvragen").path(0).path("voorziening").asText()); i++) situatie = kies();
            for (int poging = 0; ; poging++) {
                ObjectNode c = Mapper.JSON.createObjectNode();
                c.put("naam", "caseload-" + n);
                c.put("gemeente", gemeente);
                c.put("peildatum", peildatum.toString());
                ObjectNode situatieCasus = (ObjectNode) verschuif(situatie.path("casus"), verschuiving);
                situatieCasus.remove(List.of("naam", "gemeente", "peildatum"));
                c.setAll(situatieCasus);
                hernoemOnderwerpen(c, n);
                if (poging < 5) varieer(c);
                try {
                    engine.readCase(c.toString());
                    return c;
                } catch (InvalidCaseException e) {
                    // a situation taken from another gemeente's scenarios may carry a judgement this gemeente's rules do
                    // not know: the invented person simply has no such judgement here
                    if (zonderOnbekendeOordelen(c, e)) {
                        try {
                            engine.readCase(c.toString());
                            return c;
                        } catch (InvalidCaseException opnieuw) {
                            e = opnieuw;
                        }
                    }
                    if (poging >= 5) throw new IllegalStateException("situation '" + situatie.path("naam").asText() + "' is not a valid case under "
                            + gemeente + ": " + e.getMessage());
                }
            }
        }

        private static final Pattern OORDEEL = Pattern.compile("(aanvragen|verleendeVoorzieningen)\\[(\\d+)]\\.oordelen\\.(.+)");

        /** Removes the judgements the reader reports as unknown; whether every problem was one. */
        private static boolean zonderOnbekendeOordelen(ObjectNode c, InvalidCaseException e) {
            boolean alle = !e.problems().isEmpty();
            for (InvalidCaseException.Problem p : e.problems()) {
                java.util.regex.Matcher m = OORDEEL.matcher(p.field());
                if (m.matches() && p.reason().startsWith("onbekend oordeel") && c.path(m.group(1)).path(Integer.parseInt(m.group(2))).get("oordelen") instanceof ObjectNode o) {
                    o.remove(m.group(3));
                } else {
                    alle = false;
                }
            }
            return alle;
        }

        private final Map<String, Set<String>> aanbodPerVersie = new java.util.HashMap<>();

        private Set<String> aanbod(String gemeente, LocalDate peildatum) {
            Versie v = engine.versies().stream().filter(x -> x.gemeente().equalsIgnoreCase(gemeente) && x.geldtOp(peildatum)).findFirst().orElse(null);
            if (v == null) throw new IllegalStateException("no rules of " + gemeente + " in force on " + peildatum);
            return aanbodPerVersie.computeIfAbsent(v.id(), id -> Set.copyOf(engine.voorzieningen(id)));
        }

        private JsonNode kies() {
            int r = random.nextInt(cumulatief[cumulatief.length - 1]);
            for (int i = 0; i < cumulatief.length; i++) if (r < cumulatief[i]) return situaties.get(i);
            throw new AssertionError();
        }

        private static JsonNode verschuif(JsonNode x, long dagen) {
            if (x.isObject()) {
                ObjectNode o = Mapper.JSON.createObjectNode();
                x.fields().forEachRemaining(e -> o.set(e.getKey(), verschuif(e.getValue(), dagen)));
                return o;
            }
            if (x.isArray()) {
                ArrayNode a = Mapper.JSON.createArrayNode();
                x.forEach(v -> a.add(verschuif(v, dagen)));
                return a;
            }
            if (x.isTextual() && DATUM.matcher(x.asText()).matches()) return TextNode.valueOf(LocalDate.parse(x.asText()).plusDays(dagen).toString());
            return x.deepCopy();
        }

        private static void hernoemOnderwerpen(ObjectNode c, long n) {
            for (String lijst : new String[] {"aanvragen", "verleendeVoorzieningen"}) {
                for (JsonNode o : c.path(lijst)) if (o.hasNonNull("id")) ((ObjectNode) o).put("id", o.get("id").asText() + "-" + n);
            }
        }

        private void varieer(ObjectNode c) {
            JsonNode p = c.path("persoon");
            if (p.hasNonNull("geboortedatum")) {
                int jaren = random.nextInt(9) - 4;
                ((ObjectNode) p).put("geboortedatum", LocalDate.parse(p.get("geboortedatum").asText()).plusYears(jaren).plusDays(random.nextInt(61) - 30).toString());
            }
            for (String houder : new String[] {"persoon", "werkgever", "dienstbetrekking"}) {
                if (c.get(houder) instanceof ObjectNode o) varieerFeiten(o);
            }
            for (String lijst : new String[] {"aanvragen", "verleendeVoorzieningen"}) {
                for (JsonNode o : c.path(lijst)) {
                    varieerFeiten((ObjectNode) o);
                    if (o.get("oordelen") instanceof ObjectNode oordelen) varieerOordelen(oordelen);
                }
            }
        }

        private void varieerFeiten(ObjectNode o) {
            List<String> weg = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isBoolean()) continue;
                double r = random.nextDouble();
                if (r < WEGGELATEN) weg.add(e.getKey());
                else if (r < WEGGELATEN + OMGEDRAAID) e.setValue(BooleanNode.valueOf(!e.getValue().asBoolean()));
            }
            weg.forEach(o::remove);
        }

        private void varieerOordelen(ObjectNode oordelen) {
            List<String> weg = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = oordelen.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isBoolean()) continue;
                double r = random.nextDouble();
                if (r < OORDEEL_WEGGELATEN) weg.add(e.getKey());
                else if (r < OORDEEL_WEGGELATEN + OORDEEL_OMGEDRAAID) e.setValue(BooleanNode.valueOf(!e.getValue().asBoolean()));
            }
            weg.forEach(oordelen::remove);
        }
    }
}
