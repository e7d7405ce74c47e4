package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema the service serves, checked with a real validator (networknt json-schema-validator, draft 2020-12,
 * format assertions on): the shipped cases and scenario files are valid, and each class of bad input the schema can
 * express is rejected by the schema and by the reader alike — so that an editor that checks a case against the schema
 * and the service that evaluates it never disagree.
 */
class SchemaValidatieTest {
    static Dienst dienst;
    static Schema alle;
    static Schema versie;
    static Schema scenario;

    @BeforeAll
    static void start() {
        dienst = new Dienst();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        alle = registry.getSchema(schema("/schema"), InputFormat.JSON);
        versie = registry.getSchema(schema("/regelingen/midden-groningen-2025/schema"), InputFormat.JSON);
        scenario = registry.getSchema(schema("/schema?soort=scenario"), InputFormat.JSON);
    }

    private static String schema(String pad) {
        HttpResponse<String> r = dienst.get(pad);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Dienst.type(r)).isEqualTo("application/schema+json");
        assertThat(Dienst.json(r).get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        return r.body();
    }

    @AfterAll
    static void stop() {
        dienst.close();
    }

    private static List<Error> fouten(Schema s, String json) {
        return s.validate(json, InputFormat.JSON);
    }

    /** The scenario files the fixture ships, and the cases the tests send. */
    private static List<Path> scenariobestanden() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("../it/midden-groningen/scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void deMeegeleverdeCasussenEnScenariosZijnGeldig() throws IOException {
        List<Path> bestanden = scenariobestanden();
        assertThat(bestanden).isNotEmpty();
        for (Path p : bestanden) {
            String tekst = Files.readString(p);
            assertThat(fouten(scenario, tekst)).as(p.toString()).isEmpty();
            String basis = Dienst.json(tekst).get("basis").toString();
            assertThat(fouten(alle, basis)).as(p + " basis").isEmpty();
            assertThat(fouten(versie, basis)).as(p + " basis").isEmpty();
            assertThat(dienst.post("/beslissingen", basis).statusCode()).isEqualTo(200);
        }
        List<String> casussen = new ArrayList<>(Casussen.reeks(30, 21));
        casussen.add(Dienst.CASUS);
        casussen.add(Casussen.casus(new Random(4), 100, "veel"));
        for (String c : casussen) {
            assertThat(fouten(alle, c)).as(c).isEmpty();
            assertThat(fouten(versie, c)).as(c).isEmpty();
            assertThat(dienst.post("/beslissingen", c).statusCode()).as(c).isEqualTo(200);
        }
    }

    /** A change to the valid case: a path ({@code persoon.behoortTotDoelgroep}) and its new value as JSON, or removal. */
    private static String met(String pad, String waarde) {
        ObjectNode c = (ObjectNode) Dienst.json(Dienst.CASUS);
        String[] delen = pad.split("\\.");
        JsonNode n = c;
        for (int i = 0; i < delen.length - 1; i++) {
            n = delen[i].matches("\\d+") ? n.get(Integer.parseInt(delen[i])) : n.get(delen[i]);
        }
        String laatste = delen[delen.length - 1];
        if (waarde == null) ((ObjectNode) n).remove(laatste);
        else ((ObjectNode) n).set(laatste, Dienst.json(waarde));
        return c.toString();
    }

    @Test
    void slechteInvoerDieHetSchemaKanUitdrukkenWijzenSchemaEnLezerAllebeiAf() {
        Map<String, String> slecht = new LinkedHashMap<>();
        slecht.put("een onbekende sleutel", met("onbekend", "1"));
        slecht.put("een onbekend gegeven van de persoon", met("persoon.bestaatNiet", "true"));
        slecht.put("een onbekende sleutel in een aanvraag", met("aanvragen.0.bestaatNiet", "true"));
        slecht.put("een datum in de verkeerde vorm", met("peildatum", "\"01-03-2025\""));
        slecht.put("een datum die niet bestaat", met("persoon.geboortedatum", "\"1990-02-30\""));
        slecht.put("een datum als getal", met("peildatum", "20250301"));
        slecht.put("een ja/nee als tekst", met("persoon.behoortTotDoelgroep", "\"ja\""));
        slecht.put("een keuze die niet bestaat", met("persoon.afstandTotArbeidsmarkt", "\"ver\""));
        slecht.put("een onbekende gemeente", met("gemeente", "\"Atlantis\""));
        slecht.put("geen persoon", met("persoon", null));
        slecht.put("geen geboortedatum", met("persoon.geboortedatum", null));
        slecht.put("geen peildatum", met("peildatum", null));
        slecht.put("aanvragen geen lijst", met("aanvragen", "\"a1\""));
        slecht.put("geen aanvraag en geen voorziening", met("aanvragen", "[]"));
        slecht.put("een aanvraag zonder voorziening", met("aanvragen.0.voorziening", null));
        slecht.put("een aanvraag zonder id", met("aanvragen.0.id", null));
        slecht.put("een aanvraag die geen object is", met("aanvragen", "[1]"));
        slecht.put("een geheel getal met een fractie", met("aanvragen.0.eerderePremiesDitKalenderjaar", "1.5"));
        slecht.put("een getal onder het minimum", met("aanvragen.0.eerderePremiesDitKalenderjaar", "-1"));
        slecht.put("een getal boven het maximum", met("aanvragen.0.eerderePremiesDitKalenderjaar", "13"));
        slecht.put("een getal als tekst", met("aanvragen.0.afgelegdeKilometers", "\"12\""));
        slecht.put("een te lange naam", met("naam", "\"" + "n".repeat(201) + "\""));
        slecht.put("meer dan honderd aanvragen", Casussen.casus(new Random(8), 101, "x"));
        slecht.put("een casus die geen object is", "[1, 2]");
        List<String> nietAfgewezen = new ArrayList<>();
        for (Map.Entry<String, String> e : slecht.entrySet()) {
            boolean schema = !fouten(alle, e.getValue()).isEmpty();
            HttpResponse<String> r = dienst.post("/beslissingen", e.getValue());
            boolean lezer = r.statusCode() == 400;
            if (!schema || !lezer) nietAfgewezen.add(e.getKey() + " (schema " + (schema ? "wijst af" : "aanvaardt") + ", lezer " + r.statusCode() + ")");
            if (lezer) assertThat(Dienst.type(r)).isEqualTo("application/problem+json");
        }
        assertThat(nietAfgewezen).as("slechte invoer die niet door beide wordt afgewezen").isEmpty();
    }
}
