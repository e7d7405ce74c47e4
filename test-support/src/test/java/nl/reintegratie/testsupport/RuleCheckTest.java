package nl.reintegratie.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time rule check on a small rule package written here: a rule that reads what no declaration declares fails
 * the check, naming the rule, the file and what it reads; the same package with only declared reads passes and gets its
 * usage index.
 */
class RuleCheckTest {
    @TempDir Path map;

    private static final String KOP = """
            package nl.reintegratie.regels.proef.verordening2025;
            import nl.reintegratie.feiten.*;
            import nl.reintegratie.bevindingen.*;
            """;

    private static final String GOED = """
            rule "Art. 1 lid 1 — het college kan sociale activering aanbieden"
                @artikel("1") @lid("1")
            when
                $a : Aanvraag(voorziening == "sociale-activering")
                $p : Persoon(waar("behoortTotDoelgroep") == false)
                $par : Parameters()
            then
                insert(Grondslag.bevoegdheid($a, "sociale-activering"));
                insert(Voorwaarde.naarOordeel($a, "bijdrage", "eigen-oordeel"));
                insert(Termijn.maximaal($a, "duur", $par.duur("activering.maximaleDuur"), null, null));
            end
            """;

    private Path pakket(String drl) throws IOException {
        Path klassen = map.resolve("klassen");
        Path bronnen = map.resolve("bronnen");
        Files.createDirectories(klassen.resolve("META-INF/reintegratie"));
        Files.createDirectories(klassen.resolve("proef"));
        Files.createDirectories(bronnen.resolve("proef"));
        Files.writeString(klassen.resolve("META-INF/reintegratie/pakket.json"), """
                {"gemeente": "Proef", "cbsCode": "GM9999", "regelingen": ["proef/verordening.regeling.json"],
                 "versies": [{"id": "proef-2025", "regelingen": ["proef-verordening-2025"]}]}
                """);
        Files.writeString(klassen.resolve("proef/verordening.regeling.json"), """
                {"id": "proef-verordening-2025", "drlPackage": "nl.reintegratie.regels.proef.verordening2025",
                 "parameters": "proef/parameters.json",
                 "voorzieningen": [{"code": "sociale-activering", "artikel": "1"}],
                 "oordelen": [{"code": "eigen-oordeel", "vraag": "Vindt het college dat?", "artikel": "1", "lid": "2"}]}
                """);
        Files.writeString(klassen.resolve("proef/parameters.json"), """
                {"regeling": "proef-verordening-2025", "parameters": [
                  {"naam": "activering.maximaleDuur", "eenheid": "maanden", "bron": "art. 1 lid 3", "waarden": [{"waarde": 12}]}]}
                """);
        Files.writeString(bronnen.resolve("proef/regels.drl"), KOP + drl);
        return klassen;
    }

    private RuleCheck.Result controleer(String drl) throws IOException {
        Path klassen = pakket(drl);
        return RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader());
    }

    private List<String> fouten(String drl) throws IOException {
        return controleer(drl).problems().stream().map(RuleCheck.Problem::toString).toList();
    }

    @Test
    void eenPakketDatAlleenGedeclareerdeFeitenLeestSlaagtEnKrijgtZijnGebruiksindex() throws IOException {
        RuleCheck.Result u = controleer(GOED);
        assertThat(u.problems()).isEmpty();
        assertThat(u.usage()).containsKey("proef-verordening-2025");
        assertThat(u.usage().get("proef-verordening-2025").toString())
                .contains("behoortTotDoelgroep").contains("activering.maximaleDuur");
    }

    @Test
    void eenOngedeclareerdFeitFaaltMetDeRegelEnHetBestand() throws IOException {
        assertThat(fouten(GOED.replace("behoortTotDoelgroep", "heeftEenHondAanHuis")))
                .singleElement().asString()
                .contains("proef/regels.drl").contains("Art. 1 lid 1").contains("heeftEenHondAanHuis").contains("no vocabulary declares");
    }

    @Test
    void eenFeitMetDeVerkeerdeLeesmethodeFaalt() throws IOException {
        // geboortedatum is a date: read with datum, not waar
        assertThat(fouten(GOED.replace("waar(\"behoortTotDoelgroep\") == false", "waar(\"geboortedatum\") == true")))
                .singleElement().asString().contains("geboortedatum").contains("declared as");
    }

    @Test
    void eenEvalFaaltEnDezelfdeToetsInHetPatroonSlaagt() throws IOException {
        String metEval = GOED.replace("$p : Persoon(waar(\"behoortTotDoelgroep\") == false)",
                "$p : Persoon()\n    eval($p.waar(\"behoortTotDoelgroep\") == false)");
        assertThat(metEval).contains("eval(");
        assertThat(fouten(metEval)).singleElement().asString().contains("Art. 1 lid 1").contains("eval(...)");
        assertThat(fouten(GOED)).isEmpty();
    }

    @Test
    void eenOngedeclareerdOordeelFaalt() throws IOException {
        assertThat(fouten(GOED.replace("\"eigen-oordeel\"", "\"verzonnen-oordeel\"")))
                .anySatisfy(f -> assertThat(f).contains("verzonnen-oordeel"));
    }

    @Test
    void eenOngedeclareerdeParameterFaalt() throws IOException {
        assertThat(fouten(GOED.replace("activering.maximaleDuur", "activering.minimaleDuur")))
                .singleElement().asString().contains("parameter \"activering.minimaleDuur\"");
    }

    @Test
    void eenParameterOpEenAndereDatumWordtOokGecontroleerd() throws IOException {
        String opDatum = GOED.replace("$par.duur(\"activering.maximaleDuur\")", "$par.op($a.getOntvangstdatum()).duur(\"activering.maximaleDuur\")");
        assertThat(opDatum).contains("$par.op(");
        assertThat(fouten(opDatum)).isEmpty();
        assertThat(fouten(opDatum.replace("activering.maximaleDuur", "activering.minimaleDuur")))
                .singleElement().asString().contains("parameter \"activering.minimaleDuur\"");
    }

    @Test
    void eenVoorzieningDieHetPakketNietBiedtFaalt() throws IOException {
        assertThat(fouten(GOED.replace("voorziening == \"sociale-activering\"", "voorziening == \"beschut-werk\"")))
                .anySatisfy(f -> assertThat(f).contains("beschut-werk").contains("no regeling of this package provides"));
        assertThat(fouten(GOED.replace("voorziening == \"sociale-activering\"", "voorziening == \"ruimtevaart\"")))
                .anySatisfy(f -> assertThat(f).contains("ruimtevaart").contains("vocabulary does not declare"));
    }

    @Test
    void eenDrlPakketDatBijGeenRegelingHoortFaalt() throws IOException {
        assertThat(fouten(GOED).size()).isZero();
        Path klassen = pakket(GOED);
        Files.writeString(map.resolve("bronnen/proef/regels.drl"), KOP.replace("verordening2025", "verordening2099") + GOED);
        assertThat(RuleCheck.check(klassen, map.resolve("bronnen"), getClass().getClassLoader()).problems())
                .anySatisfy(f -> assertThat(f.reason()).contains("not the drlPackage of any regeling"));
    }

    private static final String OUDER_EN_KIND = """
            rule "Art. 1 lid 2 — sociale activering: de gronden"
                @artikel("1") @lid("2")
            when
                $a : Aanvraag(voorziening == "sociale-activering")
                $p : Persoon()
            then
                insert(new Opmerking($a, "gronden"));
            end

            rule "Art. 1 lid 2 onder a — sociale activering: niet in de doelgroep" extends "Art. 1 lid 2 — sociale activering: de gronden"
                @artikel("1") @lid("2")
            when
                Persoon(this == $p, waar("LEESFEIT") == false)
            then
                insert(Weigeringsgrond.verplicht($a, "geen-doelgroep"));
            end
            """;

    @Test
    void eenKindregelLeestMetDeBindingenVanZijnOuder() throws IOException {
        assertThat(fouten(OUDER_EN_KIND.replace("LEESFEIT", "behoortTotDoelgroep"))).isEmpty();
        assertThat(fouten(OUDER_EN_KIND.replace("LEESFEIT", "heeftEenHondAanHuis")))
                .singleElement().asString().contains("onder a").contains("heeftEenHondAanHuis").contains("no vocabulary declares");
    }

    @Test
    void mainFaaltMetAlleProblemen() throws IOException {
        Path klassen = pakket(GOED.replace("behoortTotDoelgroep", "heeftEenHondAanHuis"));
        assertThatThrownBy(() -> RuleCheck.main(new String[] {klassen.toString(), map.resolve("bronnen").toString()}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 problem(s)").hasMessageContaining("heeftEenHondAanHuis");
        assertThat(klassen.resolve("META-INF/reintegratie/gebruik")).doesNotExist();
    }

    /** A regeling that applies the model verordening's shared rules: they are checked as its own rules and hashed with them. */
    @Test
    void modelregelsWordenGecontroleerdAlsRegelsVanDeRegelingDieZeToepast() throws IOException {
        Path klassen = pakket(GOED);
        Path descriptor = klassen.resolve("proef/verordening.regeling.json");
        String zonder = RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader()).usage()
                .get("proef-verordening-2025").path("drlSha256").asText();
        Files.writeString(descriptor, Files.readString(descriptor).replace("\"parameters\":",
                "\"modelregels\": [{\"model\": \"leer-werktraject\", \"artikel\": \"2\"}], \"parameters\":"));
        // the model rules read the regeling's parameters leerwerktraject.*, which this regeling does not declare
        assertThat(RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader()).problems())
                .isNotEmpty().allSatisfy(p -> assertThat(p.toString()).contains("modelregels:nl/reintegratie/modelregels/leer-werktraject.drl"))
                .anySatisfy(p -> assertThat(p.toString()).contains("leerwerktraject.a.minimumleeftijd"));
        Files.writeString(klassen.resolve("proef/parameters.json"), """
                {"regeling": "proef-verordening-2025", "parameters": [
                  {"naam": "activering.maximaleDuur", "eenheid": "maanden", "bron": "art. 1 lid 3", "waarden": [{"waarde": 12}]},
                  {"naam": "leerwerktraject.a.minimumleeftijd", "eenheid": "jaar", "bron": "art. 2 onder a", "waarden": [{"waarde": 16}]},
                  {"naam": "leerwerktraject.a.maximumleeftijd", "eenheid": "jaar", "bron": "art. 2 onder a", "waarden": [{"waarde": 17}]},
                  {"naam": "leerwerktraject.b.minimumleeftijd", "eenheid": "jaar", "bron": "art. 2 onder b", "waarden": [{"waarde": 18}]},
                  {"naam": "leerwerktraject.b.leeftijdsgrens", "eenheid": "jaar", "bron": "art. 2 onder b", "waarden": [{"waarde": 27}]}]}
                """);
        // and it must provide the voorziening and declare the judgement the model rules read
        assertThat(RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader()).problems().stream().map(Object::toString))
                .anySatisfy(p -> assertThat(p).contains("names voorziening \"leer-werktraject\", which no regeling of this package provides"))
                .anySatisfy(p -> assertThat(p).contains("reads oordeel(\"leer-werktraject-nodig\")"));
        Files.writeString(descriptor, Files.readString(descriptor)
                .replace("{\"code\": \"sociale-activering\", \"artikel\": \"1\"}", "{\"code\": \"sociale-activering\", \"artikel\": \"1\"}, {\"code\": \"leer-werktraject\", \"artikel\": \"2\"}")
                .replace("\"oordelen\": [", "\"oordelen\": [{\"code\": \"leer-werktraject-nodig\", \"vraag\": \"Is een leer-werktraject nodig?\", \"artikel\": \"2\"}, "));
        RuleCheck.Result u = RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader());
        assertThat(u.problems()).isEmpty();
        assertThat(u.usage().get("proef-verordening-2025").toString()).contains("leerplichtOfKwalificatieplichtGeeindigd").contains("leer-werktraject-nodig");
        assertThat(u.usage().get("proef-verordening-2025").path("drlSha256").asText()).isNotEqualTo(zonder);
    }

    @Test
    void eenOnbekendeModelbepalingFaalt() throws IOException {
        Path klassen = pakket(GOED);
        Path descriptor = klassen.resolve("proef/verordening.regeling.json");
        Files.writeString(descriptor, Files.readString(descriptor).replace("\"parameters\":",
                "\"modelregels\": [{\"model\": \"werkstage-bestaat-niet\", \"artikel\": \"2\"}], \"parameters\":"));
        assertThat(RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader()).problems())
                .singleElement().asString().contains("werkstage-bestaat-niet").contains("does not hold");
    }

    @Test
    void eenModelregelMagEenVoorzieningNoemenDieHetPakketNietBiedtAlsHetEenAndereBiedt() throws IOException {
        Path klassen = pakket(GOED);
        Path descriptor = klassen.resolve("proef/verordening.regeling.json");
        // ondersteuning.aanvraag names eight voorzieningen; this regeling provides one of them
        Files.writeString(descriptor, Files.readString(descriptor)
                .replace("\"parameters\":", "\"modelregels\": [{\"model\": \"ondersteuning.aanvraag\", \"artikel\": \"2\"}], \"parameters\":")
                .replace("{\"code\": \"sociale-activering\", \"artikel\": \"1\"}", "{\"code\": \"sociale-activering\", \"artikel\": \"1\"}, {\"code\": \"vervoersvoorziening\", \"artikel\": \"2\"}"));
        RuleCheck.Result u = RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader());
        assertThat(u.problems()).isEmpty();
        // the usage index lists what the model rule names, for the engine's filter
        assertThat(u.usage().get("proef-verordening-2025").path("modelVoorzieningen").path("Model ondersteuning.aanvraag lid 1 — de aanvraag is ingediend door de persoon of zijn werkgever")
                .toString()).contains("vervoersvoorziening").contains("werkplekaanpassing");
        // none of them provided: the rule could never fire here
        Files.writeString(descriptor, Files.readString(descriptor).replace(", {\"code\": \"vervoersvoorziening\", \"artikel\": \"2\"}", ""));
        assertThat(RuleCheck.check(klassen, map.resolve("bronnen"), RuleCheckTest.class.getClassLoader()).problems().stream().map(Object::toString))
                .anySatisfy(p -> assertThat(p).contains("Model ondersteuning.aanvraag").contains("no regeling of this package provides"));
    }

    @Test
    void eenRegelDieAanVoorzieningenGebondenIsStaatMetDieVoorzieningenInDeIndex() throws IOException {
        RuleCheck.Result u = RuleCheck.check(pakket(GOED), map.resolve("bronnen"), RuleCheckTest.class.getClassLoader());
        assertThat(u.problems()).isEmpty();
        assertThat(u.usage().get("proef-verordening-2025").path("voorzieningen").path("Art. 1 lid 1 — het college kan sociale activering aanbieden").toString())
                .isEqualTo("[\"sociale-activering\"]");
        assertThat(RuleCheck.voorzieningenVan("voorziening == \"werkstage\"")).containsExactly("werkstage");
        assertThat(RuleCheck.voorzieningenVan("voorziening in (\"jobcoaching\", \"werkstage\") || (voorziening == \"scholing\")"))
                .containsExactly("jobcoaching", "scholing", "werkstage");
        // anything else does not bind it: the rule may read the fact on every onderwerp
        assertThat(RuleCheck.voorzieningenVan("voorziening != \"tegenprestatie\"")).isEmpty();
        assertThat(RuleCheck.voorzieningenVan("voorziening == \"werkstage\" || ambtshalve")).isEmpty();
        assertThat(RuleCheck.voorzieningenVan("(voorziening == \"werkstage\") && (ambtshalve)")).isEmpty();
    }
}
