package nl.reintegratie.besluit;

import static nl.reintegratie.besluit.Gevallen.BSN;
import static nl.reintegratie.besluit.Gevallen.geval;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ZGW output against the Besluit resource of the Besluiten API as {@code zgw/besluit-resource.json} writes it
 * down (fields, types, formats, lengths, the vervalreden list, required fields), and its values.
 */
class ZgwBesluitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DATUM = LocalDate.of(2025, 4, 4);

    static JsonNode resource() throws IOException {
        try (InputStream in = ZgwBesluitTest.class.getResourceAsStream("/zgw/besluit-resource.json")) {
            return JSON.readTree(in);
        }
    }

    /** Every way one Besluit resource departs from the written-down resource; empty when it fits. */
    static List<String> afwijkingen(JsonNode besluit, JsonNode resource, boolean rsinBekend) {
        List<String> af = new ArrayList<>();
        JsonNode velden = resource.get("velden");
        for (Iterator<Map.Entry<String, JsonNode>> it = besluit.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> en = it.next();
            String veld = en.getKey();
            JsonNode w = en.getValue(), def = velden.get(veld);
            if (def == null) { af.add(veld + ": geen veld van de Besluit-resource"); continue; }
            if (def.path("readOnly").asBoolean()) af.add(veld + ": alleen-lezen, de API vult het zelf");
            if (w.isNull()) { if (!def.path("nullable").asBoolean()) af.add(veld + ": mag niet null zijn"); continue; }
            if (def.path("type").asText().equals("string") && !w.isTextual()) { af.add(veld + ": moet een string zijn"); continue; }
            String s = w.asText();
            if (def.has("maxLength") && s.length() > def.get("maxLength").asInt()) af.add(veld + ": langer dan " + def.get("maxLength").asInt());
            if (def.has("minLength") && s.length() < def.get("minLength").asInt()) af.add(veld + ": korter dan " + def.get("minLength").asInt());
            switch (def.path("format").asText("")) {
                case "date" -> {
                    if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) af.add(veld + ": geen datum JJJJ-MM-DD");
                    else try { LocalDate.parse(s); } catch (RuntimeException x) { af.add(veld + ": geen bestaande datum"); }
                }
                case "uri" -> {
                    try {
                        URI u = URI.create(s);
                        if (!u.isAbsolute() || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) af.add(veld + ": geen absolute http(s)-URL");
                    } catch (RuntimeException x) { af.add(veld + ": geen URI"); }
                }
                default -> { }
            }
            if (def.has("enum")) {
                boolean in = false;
                for (JsonNode e : def.get("enum")) in |= e.asText().equals(s);
                if (!in) af.add(veld + ": '" + s + "' staat niet in de keuzelijst");
            }
        }
        for (JsonNode v : resource.get("verplicht")) {
            String veld = v.asText();
            if (besluit.hasNonNull(veld)) continue;
            if (veld.equals("verantwoordelijkeOrganisatie") && !rsinBekend) continue; // written down as the one exception
            af.add(veld + ": verplicht, maar ontbreekt");
        }
        if (besluit.has("verantwoordelijkeOrganisatie") && !besluit.get("verantwoordelijkeOrganisatie").asText().matches("\\d{9}")) af.add("verantwoordelijkeOrganisatie: geen RSIN");
        if (besluit.has("vervaldatum") != besluit.has("vervalreden")) af.add("vervaldatum en vervalreden horen samen");
        if (besluit.has("ingangsdatum") && besluit.has("vervaldatum")
                && LocalDate.parse(besluit.get("vervaldatum").asText()).isBefore(LocalDate.parse(besluit.get("ingangsdatum").asText()))) {
            af.add("vervaldatum ligt voor de ingangsdatum");
        }
        return af;
    }

    private static JsonNode zgw(String casus, LocalDate verzenddatum) throws IOException {
        Gevallen.Geval g = geval(casus);
        return JSON.readTree(ZgwBesluit.write(g.evaluatie(), g.casus(), DATUM, verzenddatum));
    }

    @Test
    void elkeUitvoerDoorstaatDeVeldtoetsVanDeBesluitResource() throws IOException {
        JsonNode resource = resource();
        int getoetst = 0;
        for (String casus : List.of(Gevallen.TOEKENBAAR, Gevallen.TE_LANG, Gevallen.TE_LAAT, Gevallen.TEGENPRESTATIE, Gevallen.verleend(true),
                Gevallen.verleend(false), Gevallen.TWEE)) {
            for (LocalDate verzend : new LocalDate[] {null, LocalDate.of(2025, 4, 7)}) {
                JsonNode uit = zgw(casus, verzend);
                assertThat(uit.isArray()).isTrue();
                for (JsonNode b : uit) {
                    assertThat(afwijkingen(b, resource, false)).as(b.toPrettyString()).isEmpty();
                    getoetst++;
                }
            }
        }
        assertThat(getoetst).isEqualTo(16);
    }

    @Test
    void deVeldtoetsVindtWatNietKlopt() throws IOException {
        JsonNode fout = JSON.readTree("""
                {"url": "https://x.example/1", "besluittype": "geen-url", "datum": "2025-02-30", "vervalreden": "verlopen",
                 "bestuursorgaan": "%s", "onbekend": "x"}""".formatted("x".repeat(51)));
        assertThat(afwijkingen(fout, resource(), true)).containsExactlyInAnyOrder(
                "url: alleen-lezen, de API vult het zelf", "besluittype: geen absolute http(s)-URL", "datum: geen bestaande datum",
                "vervalreden: 'verlopen' staat niet in de keuzelijst", "bestuursorgaan: langer dan 50", "onbekend: geen veld van de Besluit-resource",
                "verantwoordelijkeOrganisatie: verplicht, maar ontbreekt", "ingangsdatum: verplicht, maar ontbreekt", "vervaldatum en vervalreden horen samen");
    }

    @Test
    void eenToekenningDraagtHaarBesluittypeEnHaarWerkingsperiode() throws IOException {
        JsonNode b = zgw(Gevallen.TOEKENBAAR, LocalDate.of(2024, 2, 19)).get(0);
        assertThat(b.get("besluittype").asText()).endsWith("-000000000003"); // werkstage, toekenning, in the fixture's catalogue
        assertThat(b.get("datum").asText()).isEqualTo("2025-04-04");
        assertThat(b.get("ingangsdatum").asText()).isEqualTo("2025-03-03");
        assertThat(b.get("vervaldatum").asText()).isEqualTo("2025-06-02");
        assertThat(b.get("vervalreden").asText()).isEqualTo("tijdelijk");
        assertThat(b.get("verzenddatum").asText()).isEqualTo("2024-02-19");
        assertThat(b.get("uiterlijkeReactiedatum").asText()).isEqualTo("2024-04-02"); // past Tweede Paasdag
        assertThat(b.get("bestuursorgaan").asText()).isEqualTo("College van B&W Midden-Groningen");
        assertThat(b.has("verantwoordelijkeOrganisatie")).as("the RSIN is not known: left out, never invented").isFalse();
        assertThat(b.get("toelichting").asText()).startsWith("CONCEPT — de afweging van het college moet nog worden vastgelegd.")
                .contains("Beschikkinghouder: burgerservicenummer " + BSN + ".")
                .contains("Het college kent u werkstage toe voor de periode van 3 maart 2025 tot en met 2 juni 2025.")
                .contains("Artikel 1a, eerste lid, van de Re-integratieverordening Midden-Groningen (testfixture): \"Het college kan");
    }

    @Test
    void eenAfwijzingEenOpdrachtEnEenVoortzetting() throws IOException {
        JsonNode af = zgw(Gevallen.TE_LANG, null).get(0);
        assertThat(af.get("besluittype").asText()).endsWith("-000000000001");
        assertThat(af.get("ingangsdatum").asText()).isEqualTo("2025-04-04");
        assertThat(af.has("vervaldatum")).isFalse();
        assertThat(af.has("verzenddatum")).isFalse();
        assertThat(af.get("toelichting").asText()).contains("Artikel 1a, tweede lid").contains("Een werkstage duurt ten hoogste drie maanden.")
                .contains("van 3 maart 2025 tot en met 3 juni 2025");
        assertThat(zgw(Gevallen.TEGENPRESTATIE, null).get(0).get("besluittype").asText()).endsWith("-000000000004");
        JsonNode door = zgw(Gevallen.verleend(true), null).get(0);
        assertThat(door.get("besluittype").asText()).endsWith("-000000000007");
        assertThat(door.get("vervaldatum").asText()).isEqualTo("2025-12-31");
        assertThat(zgw(Gevallen.verleend(false), null).get(0).get("besluittype").asText()).endsWith("-000000000006");
    }

    @Test
    void eenBesluitDatNogNietKanWordenGenomenKrijgtGeenResource() throws IOException {
        Gevallen.Geval g = geval(Gevallen.ONVOLLEDIG);
        assertThat(JSON.readTree(ZgwBesluit.write(g.evaluatie(), g.casus(), DATUM, null))).isEmpty();
        assertThat(ZgwBesluit.notWritten(g.evaluatie())).extracting(ZgwBesluit.NotWritten::onderwerp).containsExactly("a1");
        assertThat(JSON.readTree(ZgwBesluit.write(geval(Gevallen.OORDEEL_OPEN).evaluatie(), DATUM))).isEmpty();
    }

    @Test
    void eenCasusZonderBurgerservicenummerGeeftGeenBeschikkinghouder() throws IOException {
        String zonderBsn = Gevallen.TE_LANG.replace("\"burgerservicenummer\": \"" + BSN + "\", ", "");
        assertThat(zonderBsn).doesNotContain(BSN);
        JsonNode b = JSON.readTree(ZgwBesluit.write(geval(zonderBsn).evaluatie(), DATUM)).get(0);
        assertThat(b.get("toelichting").asText()).doesNotContain(BSN).doesNotContain("Beschikkinghouder");
        assertThat(afwijkingen(b, resource(), false)).isEmpty();
    }
}
