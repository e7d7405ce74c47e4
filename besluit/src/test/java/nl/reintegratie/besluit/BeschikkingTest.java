package nl.reintegratie.besluit;

import static nl.reintegratie.besluit.Gevallen.BSN;
import static nl.reintegratie.besluit.Gevallen.geval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.reintegratie.engine.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a draft beschikking says: tested on its content, in Markdown and HTML, for the fixture gemeente. */
class BeschikkingTest {

    private static String md(Gevallen.Geval g, LocalDate verzenddatum) {
        return Beschikking.write(g.evaluatie(), g.casus(), null, Format.MARKDOWN, verzenddatum);
    }

    @Test
    void eenAfwijzingNoemtHetSpecifiekeArtikelMetZijnTekstEnDeFeiten() {
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        assertThat(g.evaluatie().besluit("w1").uitkomst()).isEqualTo(Uitkomst.MOET_WORDEN_GEWEIGERD);
        String t = md(g, null);
        assertThat(t).contains("Het college wijst uw aanvraag om werkstage af.")
                .contains("Artikel 1a, tweede lid, van de Re-integratieverordening Midden-Groningen (testfixture)")
                .contains("> Een werkstage duurt ten hoogste drie maanden.")
                // the fact the ground was applied to, from the case, and the rule's explanation in words
                .contains("wordt gevraagd: **van 3 maart 2025 tot en met 3 juni 2025**")
                .contains("Gevraagd van 3 maart 2025 tot en met 3 juni 2025, ten hoogste drie maanden.")
                .contains("Deze grond laat het college geen keuze: de aanvraag moet worden afgewezen.")
                .doesNotContain("Keuze van het college")
                .doesNotContain("2025-06-03");
    }

    @Test
    void eenGrondLangsDeAlgemeneGrondNoemtEerstDeVoorwaardeEnDanDeAlgemeneGrond() {
        String t = md(geval(Gevallen.TE_LAAT), null);
        int voorwaarde = t.indexOf("Artikel 1a, derde lid, van de Re-integratieverordening Midden-Groningen (testfixture):");
        int via = t.indexOf("Artikel 2, eerste lid, onder c, van de Re-integratieverordening Midden-Groningen (testfixture):");
        assertThat(voorwaarde).isPositive();
        assertThat(via).isGreaterThan(voorwaarde);
        assertThat(t).contains("> De aanvraag moet binnen vier weken na de aanvang van de werkstage zijn ontvangen.")
                .contains("> Het college kan een voorziening weigeren als: (…)")
                .contains("> c. er niet wordt voldaan aan de voorwaarden die in deze verordening worden gesteld.")
                .contains("De dag waarop het college de aanvraag ontving: **1 april 2025**")
                .contains("Uiterste ontvangstdatum 31 maart 2025, ontvangen 1 april 2025.")
                .contains("Daarom doet zich de weigeringsgrond van artikel 2, eerste lid, onder c voor:");
    }

    @Test
    void eenKanGrondLaatDeAfwegingZichtbaarAanHetCollege() {
        Gevallen.Geval g = geval(Gevallen.TE_LAAT);
        assertThat(g.evaluatie().besluit("w1").uitkomst()).isEqualTo(Uitkomst.KAN_WORDEN_GEWEIGERD);
        String t = md(g, null);
        // no dictum is chosen: both are offered, and the place for the weighing is marked
        assertThat(t).contains("**[Keuze van het college na de afweging hieronder; schrap wat niet geldt:]**")
                .contains("- Het college wijst uw aanvraag om werkstage af.")
                .contains("- Het college kent u werkstage toe voor de periode van 3 maart 2025 tot en met 2 juni 2025.")
                .contains("### De afweging van het college")
                .contains("**[Afweging van het college: artikel 2, eerste lid, onder c geeft het college de bevoegdheid, niet de plicht, de aanvraag af te wijzen.")
                .contains("> - De afweging van het college over artikel 2, eerste lid, onder c.");
        String ontwerp = t.substring(t.indexOf("## Ons besluit"), t.indexOf("## Waarom wij zo besluiten"));
        assertThat(ontwerp.lines().filter(l -> l.startsWith("Het college wijst"))).as("no unconditional refusal").isEmpty();
        String html = Beschikking.write(g.evaluatie(), g.casus(), "w1", Format.HTML, null);
        assertThat(html).contains("<mark class=\"invullen\">[Afweging van het college: artikel 2, eerste lid, onder c geeft het college");
    }

    @Test
    void eenToekenningOpEenBevoegdheidVraagtOokDeAfwegingVanHetCollege() {
        String t = md(geval(Gevallen.TOEKENBAAR), null);
        assertThat(t).contains("Het college kent u werkstage toe voor de periode van 3 maart 2025 tot en met 2 juni 2025.")
                .contains("Deze bepaling geeft het college de bevoegdheid, niet de plicht, de voorziening te verstrekken.")
                .contains("**[Afweging van het college: artikel 1a, eerste lid geeft het college de bevoegdheid, niet de plicht, de voorziening te verstrekken.")
                .contains("### Aan de voorwaarden is voldaan")
                .contains("Er is geen grond om de aanvraag af te wijzen.");
    }

    @Test
    void bedragenEnTermijnenStaanInWoordenMetHunDatum() {
        String t = md(geval(Gevallen.TOEKENBAAR), null);
        assertThat(t).contains("**€ 50,00 per maand**")
                .contains("**uiterlijk 31 maart 2025, vier weken na 3 maart 2025 (na de aanvang van de werkstage)**")
                .contains("**ten hoogste drie maanden: van 3 maart 2025 tot en met 2 juni 2025**")
                .doesNotContain("P3M").doesNotContain("P4W");
    }

    @Test
    void openOordelenMakenHetConceptOnverzendbaarEnStaanAlsVragen() {
        Gevallen.Geval g = geval(Gevallen.OORDEEL_OPEN);
        assertThat(g.evaluatie().besluit("w1").uitkomst()).isEqualTo(Uitkomst.HANGT_AF_VAN_OORDEEL);
        String t = md(g, null);
        assertThat(t.indexOf("DIT CONCEPT KAN NOG NIET WORDEN VERZONDEN")).as("said at the top").isBetween(0, 200);
        assertThat(t).contains("> - Het college moet nog oordelen: Draagt de voorziening naar het oordeel van het college onvoldoende bij aan de arbeidsinschakeling?")
                .contains("### Vragen die het college vóór verzending moet beantwoorden")
                .contains("- **[Draagt de voorziening naar het oordeel van het college onvoldoende bij aan de arbeidsinschakeling?]**")
                .contains("**[Nog geen besluit mogelijk: het besluit hangt af van het oordeel van het college");
        assertThat(Beschikking.canBeSent(g.evaluatie(), "w1")).isFalse();
    }

    @Test
    void ontbrekendeGegevensMakenHetConceptOnverzendbaar() {
        Gevallen.Geval g = geval(Gevallen.ONVOLLEDIG);
        String t = md(g, null);
        assertThat(t.indexOf("DIT CONCEPT KAN NOG NIET WORDEN VERZONDEN")).isBetween(0, 200);
        assertThat(t).contains("Er ontbreekt een gegeven: de persoon behoort tot de doelgroep")
                .contains("artikel 4:5 van de Algemene wet bestuursrecht")
                .contains("(in de casus: `persoon.behoortTotDoelgroep`)");
        String html = Beschikking.write(g.evaluatie(), g.casus(), null, Format.HTML, null);
        assertThat(html).contains("<aside class=\"concept geblokkeerd\">").contains("dit concept kan nog niet worden verzonden");
    }

    @Test
    void eenOpdrachtWordtOpgedragenNietToegekend() {
        String t = md(geval(Gevallen.TEGENPRESTATIE), null);
        assertThat(t).contains("Het college draagt u op de tegenprestatie te verrichten.")
                .contains("Besluit over het opdragen van een tegenprestatie")
                .contains("de bevoegdheid, niet de plicht, de tegenprestatie op te dragen")
                .doesNotContain("kent u tegenprestatie toe");
    }

    @Test
    void beeindigingEnVoortzetting() {
        String einde = md(geval(Gevallen.verleend(false)), null);
        assertThat(einde).contains("Het college beëindigt de aan u verleende sociale activering met ingang van de hieronder in te vullen datum.")
                .contains("Artikel 2a van de Re-integratieverordening Midden-Groningen (testfixture):")
                .contains("Het college beëindigt een voorziening als de persoon niet langer behoort tot de doelgroep.")
                .contains("Deze grond laat het college geen keuze: de voorziening moet worden beëindigd.")
                .contains("**[Datum waarop de voorziening eindigt: …]**");
        String door = md(geval(Gevallen.verleend(true)), null);
        assertThat(door).contains("Het college zet de aan u verleende sociale activering voort tot en met 31 december 2025.")
                .contains("Op 15 januari 2025 is aan u sociale activering verleend, tot en met 31 december 2025.");
    }

    @Test
    void deHardheidsclausuleStaatBijEenAfwijzingNietBijEenToekenning() {
        assertThat(md(geval(Gevallen.TE_LANG), null)).contains("### Afwijken in bijzondere gevallen")
                .contains("> Het college kan in bijzondere gevallen afwijken van de bepalingen in deze verordening.")
                .contains("[Afweging van het college: zijn er in dit geval bijzondere omstandigheden");
        assertThat(md(geval(Gevallen.TOEKENBAAR), null)).doesNotContain("Afwijken in bijzondere gevallen");
    }

    @Test
    void nationaleWetLinktMetJuriConnectEnGemeentelijkeRegelingZegtDatHetCvdrNummerNietBekendIs() {
        String t = md(geval(Gevallen.TOEKENBAAR), null);
        assertThat(t).contains("[artikel 7, eerste lid, onderdeel a, van de Participatiewet](https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=7&lid=1)")
                .contains("`jci1.3:c:BWBR0015703&artikel=7&lid=1`")
                .contains("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:46")
                .contains("CVDR-nummer: niet bekend");
    }

    @Test
    void deBezwaartermijnWordtBerekendVanafDeVerzenddatumMetDeAlgemeneTermijnenwet() {
        // sent on Monday 19 February 2024: six weeks later is Easter Monday 1 April 2024, so the term runs to 2 April
        String t = md(geval(Gevallen.TE_LANG), LocalDate.of(2024, 2, 19));
        assertThat(t).contains("Dit besluit is verzonden op 19 februari 2024. De bezwaartermijn begint op 20 februari 2024 en eindigt op **2 april 2024**")
                .contains("Zes weken na de verzenddatum is 1 april 2024, Tweede Paasdag; op grond van artikel 1 van de Algemene termijnenwet loopt de termijn daarom door tot en met 2 april 2024.")
                .contains("U stuurt uw bezwaarschrift aan het college van burgemeester en wethouders van Midden-Groningen.")
                .contains("| Datum | 19 februari 2024 |");
        // an ordinary weekday: exactly six weeks
        assertThat(md(geval(Gevallen.TE_LANG), LocalDate.of(2025, 4, 7))).contains("eindigt op **19 mei 2025**").doesNotContain("Algemene termijnenwet loopt");
    }

    @Test
    void zonderVerzenddatumWordtGeenDagAangenomen() {
        String t = md(geval(Gevallen.TE_LANG), null);
        assertThat(t).contains("**[De laatste dag van de bezwaartermijn: vul de verzenddatum in, dan volgt die dag daaruit.]**")
                .contains("| Datum | **[verzenddatum]** |")
                .doesNotContain("Dit besluit is verzonden op")
                .doesNotContain(nl.reintegratie.engine.Samenvatting.datum(LocalDate.now().plusWeeks(6)));
    }

    @Test
    void hetBurgerservicenummerStaatInDeBeschikking() {
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        assertThat(md(g, null)).contains("| Burgerservicenummer | " + BSN + " |");
        assertThat(Beschikking.write(g.evaluatie(), g.casus(), "w1", Format.HTML, null)).contains("<td>" + BSN + "</td>");
        // the evaluation carries the case it decided: the BSN is there without passing the case
        assertThat(Beschikking.write(g.evaluatie(), "w1", Format.MARKDOWN, null)).contains("| Burgerservicenummer | " + BSN + " |");
        // a case without a BSN: the draft asks for it
        Gevallen.Geval zonder = geval(Gevallen.TE_LANG.replace("\"burgerservicenummer\": \"" + BSN + "\", ", ""));
        assertThat(Beschikking.write(zonder.evaluatie(), "w1", Format.MARKDOWN, null)).contains("**[burgerservicenummer]**").doesNotContain(BSN);
    }

    @Test
    void deHtmlPaginaIsZelfstandigEnAfdrukbaarOpA4() {
        String html = Beschikking.write(geval(Gevallen.TWEE).evaluatie(), geval(Gevallen.TWEE).casus(), null, Format.HTML, LocalDate.of(2025, 4, 7));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">")
                .contains("@page { size: A4;").contains("@media print")
                .contains("article.beschikking.volgende { break-before: page; }")
                .doesNotContain("<link").doesNotContain("<script").doesNotContain("<img").doesNotContain("@import").doesNotContain("url(");
        assertThat(html.split("<article class=\"beschikking").length - 1).isEqualTo(2);
        assertThat(html).contains("<article class=\"beschikking volgende\">");
    }

    @Test
    void zonderOnderwerpKomtErEenDocumentPerBesluit() {
        Gevallen.Geval g = geval(Gevallen.TWEE);
        String t = md(g, null);
        assertThat(t).contains("# Conceptbesluit: afwijzing van de aanvraag om werkstage").contains("# Conceptbesluit: voortzetting van sociale activering")
                .contains("* * *");
        assertThat(Beschikking.write(g.evaluatie(), g.casus(), "v1", Format.MARKDOWN, null)).doesNotContain("werkstage");
        assertThatThrownBy(() -> Beschikking.write(g.evaluatie(), g.casus(), "x9", Format.MARKDOWN, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x9").hasMessageNotContaining(BSN);
    }

    @Test
    void eenGemeenteOverschrijftHaarEigenSjabloon(@TempDir Path map) throws IOException {
        Path eigen = map.resolve(Sjablonen.overschrijfPad("Midden-Groningen", "ondertekening.md.mustache"));
        Files.createDirectories(eigen.getParent());
        Files.writeString(eigen, "Namens {{collegeKop}}, de gemeentesecretaris van {{gemeente}}\n");
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        try (URLClassLoader lader = new URLClassLoader(new URL[] {map.toUri().toURL()}, getClass().getClassLoader())) {
            String t = Beschikking.write(g.evaluatie(), g.casus(), "w1", Format.MARKDOWN, null, lader);
            assertThat(t).contains("Namens Het college van burgemeester en wethouders van Midden-Groningen, de gemeentesecretaris van Midden-Groningen")
                    .doesNotContain("Met vriendelijke groet");
        }
        // the default elsewhere
        assertThat(md(g, null)).contains("Met vriendelijke groet,");
    }
}
