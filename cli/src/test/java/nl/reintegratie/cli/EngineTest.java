package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.Finding;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Uitkomst;
import org.junit.jupiter.api.Test;

/** The engine as an embedding system uses it, with the real rule packages on the class path. */
class EngineTest {
    static final ReintegratieEngine ENGINE = ReintegratieEngine.load();
    static final Path VOORBEELD = Path.of("../voorbeelden/heemstede-2024-jobcoaching.json");

    static String voorbeeld() throws IOException {
        return Files.readString(VOORBEELD);
    }

    static String participatieplaats(String peildatum) {
        return """
                {"gemeente": "Heemstede", "peildatum": "%s",
                 "persoon": {"geboortedatum": "1990-01-01", "behoortTotDoelgroep": true, "afstandTotArbeidsmarkt": "groot", "uitkering": "algemene-bijstand"},
                 "aanvragen": [{"id": "a1", "voorziening": "participatieplaats", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": false}},
                               {"id": "a2", "voorziening": "scholingsbudget"}]}
                """.formatted(peildatum);
    }

    @Test
    void hetVoorbeeldIsToekenbaarEnElkeBevindingDraagtEenCitaatMetTekst() throws IOException {
        Evaluation e = ENGINE.evaluateJson(voorbeeld());
        Besluit b = e.besluit("jobcoach-1");
        assertThat(b.uitkomst()).isEqualTo(Uitkomst.TOEKENBAAR);
        assertThat(b.alleFindings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.citaat().regeling()).startsWith("heemstede-");
            assertThat(f.citaat().artikel()).isNotBlank();
            assertThat(f.citaat().tekst()).isNotBlank();
            assertThat(f.omschrijving()).startsWith("Art. ");
        });
        assertThat(b.opmerkingen()).extracting(Finding::code).contains("hardheidsclausule-verordening", "hardheidsclausule-beleidsregels");
    }

    @Test
    void eenWeigeringsgrondUitEenVoorwaardeToontDeAfleiding() {
        Evaluation e = ENGINE.evaluateJson(participatieplaats("2023-10-01").replace("1990-01-01", "2000-01-01"));
        Finding grond = e.besluit("a1").weigeringsgronden().get(0);
        assertThat(grond.citaat().kort()).isEqualTo("art. 3 lid 2 onder e");
        assertThat(grond.verplicht()).isFalse();
        assertThat(grond.afleiding()).anyMatch(r -> r.startsWith("Art. 8 lid 1"));
    }

    @Test
    void beleidsregels2024GeldenAlleenVanaf2024() {
        Evaluation in2023 = ENGINE.evaluateJson(participatieplaats("2023-10-01"));
        Evaluation in2024 = ENGINE.evaluateJson(participatieplaats("2024-03-01"));
        assertThat(in2023.versie().id()).isEqualTo("heemstede-2023");
        assertThat(in2024.versie().id()).isEqualTo("heemstede-2024");
        assertThat(in2023.besluit("a2").uitkomst()).isEqualTo(Uitkomst.BESTAAT_NIET);
        assertThat(in2024.besluit("a2").uitkomst()).isNotEqualTo(Uitkomst.BESTAAT_NIET);
        assertThat(in2023.besluiten()).flatMap(Besluit::alleFindings)
                .noneMatch(f -> f.citaat().regeling().equals("heemstede-beleidsregels-2024"));
        assertThat(in2024.besluiten()).flatMap(Besluit::alleFindings)
                .anyMatch(f -> f.citaat().regeling().equals("heemstede-beleidsregels-2024"));
    }

    @Test
    void eenPeildatumVoorElkeRegelingIsEenFoutDieDeBestaandeVersiesNoemt() {
        assertThatThrownBy(() -> ENGINE.evaluateJson(participatieplaats("2023-06-30")))
                .isInstanceOfSatisfying(InvalidCaseException.class, ex -> {
                    assertThat(ex.fouten()).singleElement().satisfies(f -> {
                        assertThat(f.veld()).isEqualTo("peildatum");
                        assertThat(f.reden()).contains("2023-06-30", "heemstede-2023", "2023-07-01", "heemstede-2024", "2024-01-01");
                    });
                });
    }

    @Test
    void slechteInvoerNoemtHetVeldEnDeReden() {
        fout("{", "$", "malformed JSON");
        fout("[]", "$", "JSON object");
        fout("{\"gemeente\": \"Atlantis\", \"peildatum\": \"2024-01-01\"}", "gemeente", "Heemstede");
        fout("{\"gemeente\": \"Heemstede\", \"peildatum\": \"2024-13-01\"}", "peildatum", "not a valid date");
        fout("{\"gemeente\": \"Heemstede\"}", "peildatum", "required");
        String basis = participatieplaats("2024-03-01");
        fout(basis.replace("\"1990-01-01\"", "\"2030-01-01\""), "persoon.geboortedatum", "not born yet");
        fout(basis.replace("\"geboortedatum\": \"1990-01-01\", ", ""), "persoon.geboortedatum", "required");
        fout(basis.replace("\"uitkering\": \"algemene-bijstand\"", "\"uitkering\": \"wajong\""), "persoon.uitkering", "not one of");
        fout(basis.replace("\"behoortTotDoelgroep\": true", "\"behoortTotDoelgroep\": \"ja\""), "persoon.behoortTotDoelgroep", "true or false");
        fout(basis.replace("\"persoon\"", "\"persoon\": {\"geboortedatum\": \"1990-01-01\"}, \"extra\""), "extra", "unknown field");
        fout(basis.replace("\"participatieplaats\"", "\"participatieplek\""), "aanvragen[0].voorziening", "no regeling knows");
        fout(basis.replace("\"oordelen\": {", "\"omstandigheden\": {\"onbekend\": true}, \"oordelen\": {"), "aanvragen[0].omstandigheden.onbekend", "unknown omstandigheid");
        fout(basis.replace("\"onvoldoende-bijdrage-arbeidsinschakeling\"", "\"iets\""), "aanvragen[0].oordelen.iets", "unknown oordeel");
        fout(basis.replace("\"id\": \"a2\"", "\"id\": \"a1\""), "aanvragen[1].id", "used twice");
        fout(basis.replace("\"aanvragen\"", "\"dienstbetrekking\": {\"ingangsdatum\": \"2024-02-01\", \"einddatum\": \"2024-01-01\", \"urenPerWeek\": -4}, \"aanvragen\""),
                "dienstbetrekking.einddatum", "ends before it starts");
        fout(basis.replace("\"aanvragen\"", "\"dienstbetrekking\": {\"ingangsdatum\": \"2024-02-01\", \"urenPerWeek\": -4}, \"aanvragen\""),
                "dienstbetrekking.urenPerWeek", "impossible");
    }

    private static void fout(String json, String veld, String reden) {
        assertThatThrownBy(() -> ENGINE.evaluateJson(json)).isInstanceOfSatisfying(InvalidCaseException.class,
                ex -> assertThat(ex.fouten()).as(ex.getMessage()).anySatisfy(f -> {
                    assertThat(f.veld()).isEqualTo(veld);
                    assertThat(f.reden()).contains(reden);
                }));
    }

    @Test
    void gelijktijdigeEvaluatiesGevenDezelfdeAntwoordenAlsNaElkaar() throws Exception {
        List<String> casussen = new ArrayList<>();
        casussen.add(voorbeeld());
        for (String d : List.of("2023-07-01", "2023-10-01", "2024-01-01", "2024-06-30", "2025-02-01")) casussen.add(participatieplaats(d));
        List<String> sequentieel = new ArrayList<>();
        for (String c : casussen) sequentieel.add(ReintegratieEngine.toJson(ENGINE.evaluateJson(c)));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String c = casussen.get(i % casussen.size());
                futures.add(pool.submit(() -> ReintegratieEngine.toJson(ENGINE.evaluateJson(c))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequentieel.get(i % casussen.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deResultatenZijnOnveranderlijk() throws IOException {
        Evaluation e = ENGINE.evaluateJson(voorbeeld());
        assertThatThrownBy(() -> e.besluiten().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.besluit("jobcoach-1").weigeringsgronden().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
