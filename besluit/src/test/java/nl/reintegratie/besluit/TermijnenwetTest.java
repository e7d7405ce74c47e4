package nl.reintegratie.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bezwaartermijn (Awb 6:7, 6:8) and the Algemene termijnenwet, with the feestdagen of its article 3. */
class TermijnenwetTest {

    @Test
    void pasen() {
        assertThat(Termijnenwet.pasen(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Termijnenwet.pasen(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Termijnenwet.pasen(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Termijnenwet.pasen(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void deFeestdagenVanArtikel3() {
        assertThat(Termijnenwet.feestdag(LocalDate.of(2027, 1, 1))).isEqualTo("Nieuwjaarsdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 4, 18))).isEqualTo("Goede Vrijdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 4, 21))).isEqualTo("Tweede Paasdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 5, 29))).isEqualTo("Hemelvaartsdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 6, 9))).isEqualTo("Tweede Pinksterdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 5, 5))).isEqualTo("5 mei (Bevrijdingsdag)");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 12, 25))).isEqualTo("Eerste Kerstdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 12, 26))).isEqualTo("Tweede Kerstdag");
        assertThat(Termijnenwet.feestdag(LocalDate.of(2025, 6, 10))).isNull();
    }

    @Test
    void koningsdagValtOpDeZaterdagAlsSevenentwintigAprilEenZondagIs() {
        assertThat(Termijnenwet.koningsdag(2024)).isEqualTo(LocalDate.of(2024, 4, 27));
        assertThat(Termijnenwet.koningsdag(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(Termijnenwet.koningsdag(2013)).isEqualTo(LocalDate.of(2013, 4, 30));
    }

    @Test
    void zesWekenNaDeVerzenddatumOpEenGewoneWerkdag() {
        Termijnenwet.Bezwaartermijn t = Termijnenwet.bezwaartermijn(LocalDate.of(2025, 4, 7));
        assertThat(t.eersteDag()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(t.laatsteDag()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(t.verlengd()).isFalse();
    }

    @Test
    void eenLaatsteDagOpEenZaterdagOfZondagSchuiftNaarMaandag() {
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 3, 29)).laatsteDag()).isEqualTo(LocalDate.of(2025, 5, 12)); // Sat 10 May
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 3, 30)).laatsteDag()).isEqualTo(LocalDate.of(2025, 5, 12)); // Sun 11 May
        assertThat(Termijnenwet.waaromGeenWerkdag(LocalDate.of(2025, 5, 10))).isEqualTo("een zaterdag");
    }

    @Test
    void eenLaatsteDagOpEenFeestdagSchuiftNaarDeVolgendeWerkdag() {
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2024, 2, 19)).laatsteDag()).isEqualTo(LocalDate.of(2024, 4, 2));   // Tweede Paasdag
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 4, 17)).laatsteDag()).isEqualTo(LocalDate.of(2025, 5, 30));  // Hemelvaartsdag
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 3, 24)).laatsteDag()).isEqualTo(LocalDate.of(2025, 5, 6));   // 5 mei
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 3, 7)).laatsteDag()).isEqualTo(LocalDate.of(2025, 4, 22));   // Goede Vrijdag → Sat, Sun, Tweede Paasdag
        // Tweede Kerstdag on a Friday, then the weekend
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 11, 14)).laatsteDag()).isEqualTo(LocalDate.of(2025, 12, 29));
        // Koningsdag on Saturday 26 April 2025 and Sunday: Monday 28 April
        assertThat(Termijnenwet.bezwaartermijn(LocalDate.of(2025, 3, 15)).laatsteDag()).isEqualTo(LocalDate.of(2025, 4, 28));
    }
}
