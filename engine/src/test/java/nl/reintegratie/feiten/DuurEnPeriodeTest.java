package nl.reintegratie.feiten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one way the project states periods and terms (reading register: "binnen … na", "tot", "tot en met"). */
class DuurEnPeriodeTest {
    static LocalDate d(String s) { return LocalDate.parse(s); }

    @Test
    void binnenVierWekenNaIsUiterlijkDeDagVierWekenLater() {
        assertThat(Duur.weken(4).na(d("2024-02-19"))).isEqualTo(d("2024-03-18"));
        assertThat(Duur.weken(26).na(d("2025-02-03"))).isEqualTo(d("2025-08-04"));
    }

    @Test
    void eenPeriodeVanDrieMaandenEindigtDeDagVoorDezelfdeDatumDrieMaandenLater() {
        Periode p = Duur.maanden(3).periodeVanaf(d("2024-01-15"));
        assertThat(p.totEnMet()).isEqualTo(d("2024-04-14"));
        assertThat(p.bevat(d("2024-04-14"))).isTrue();
        assertThat(p.bevat(d("2024-04-15"))).isFalse();
        assertThat(p.eersteDagNa()).isEqualTo(d("2024-04-15"));
        assertThat(p.heleMaanden()).isEqualTo(3);
        assertThat(new Periode(d("2024-01-15"), d("2024-04-13")).heleMaanden()).isEqualTo(2);
    }

    @Test
    void aanHetEindVanDeMaandEindigtDePeriodeOpDeLaatsteDagAlsDeDatumNietBestaat() {
        // the day before the same date N months later; where that month has no such date, its last day (L-24)
        assertThat(Duur.maanden(2).periodeVanaf(d("2025-07-31")).totEnMet()).isEqualTo(d("2025-09-30"));
        assertThat(Duur.maanden(2).periodeVanaf(d("2025-07-30")).totEnMet()).isEqualTo(d("2025-09-29"));
        assertThat(Duur.maanden(2).periodeVanaf(d("2025-08-01")).totEnMet()).isEqualTo(d("2025-09-30"));
        assertThat(Duur.maanden(1).periodeVanaf(d("2024-01-31")).totEnMet()).isEqualTo(d("2024-02-29"));
        assertThat(Duur.maanden(1).periodeVanaf(d("2024-01-29")).totEnMet()).isEqualTo(d("2024-02-28"));
        assertThat(Duur.maanden(1).periodeVanaf(d("2023-01-31")).totEnMet()).isEqualTo(d("2023-02-28"));
        assertThat(Duur.maanden(1).periodeVanaf(d("2024-03-01")).totEnMet()).isEqualTo(d("2024-03-31"));
        assertThat(Duur.jaren(1).periodeVanaf(d("2024-02-29")).totEnMet()).isEqualTo(d("2025-02-28"));
        assertThat(Duur.jaren(1).periodeVanaf(d("2024-03-01")).totEnMet()).isEqualTo(d("2025-02-28"));
        assertThat(new Periode(d("2025-07-31"), d("2025-09-30")).heleMaanden()).isEqualTo(2);
        assertThat(new Periode(d("2025-07-31"), d("2025-09-29")).heleMaanden()).isEqualTo(1);
        assertThat(new Periode(d("2024-01-31"), d("2024-02-29")).heleMaanden()).isEqualTo(1);
        assertThat(new Periode(d("2024-01-31"), d("2024-02-28")).heleMaanden()).isEqualTo(0);
        // "maximaal twee maanden" from 31 July: 30 September is the last day still within, 1 October is longer
        assertThat(new Periode(d("2025-07-31"), d("2025-09-30")).langerDan(Duur.maanden(2))).isFalse();
        assertThat(new Periode(d("2025-07-31"), d("2025-10-01")).langerDan(Duur.maanden(2))).isTrue();
        // weeks and days are fixed numbers of days: unchanged
        assertThat(Duur.weken(4).periodeVanaf(d("2024-01-31")).totEnMet()).isEqualTo(d("2024-02-27"));
    }

    @Test
    void langerDanEnMinstensZijnElkaarsGrens() {
        Periode drie = new Periode(d("2024-01-15"), d("2024-04-14"));
        Periode drieEnEenDag = new Periode(d("2024-01-15"), d("2024-04-15"));
        assertThat(drie.langerDan(Duur.maanden(3))).isFalse();
        assertThat(drieEnEenDag.langerDan(Duur.maanden(3))).isTrue();
        assertThat(drie.minstens(Duur.maanden(3))).isTrue();
        assertThat(new Periode(d("2024-01-15"), d("2024-04-13")).minstens(Duur.maanden(3))).isFalse();
    }

    @Test
    void eenDuurIsVoltooidOpDeDagNaDePeriodeOokAanHetEindVanDeMaand() {
        // the day the duration is complete is the first day after the period of that duration (L-24)
        assertThat(Duur.maanden(6).naPeriodeVanaf(d("2025-01-15"))).isEqualTo(d("2025-07-15"));
        assertThat(Duur.maanden(6).naPeriodeVanaf(d("2025-08-31"))).isEqualTo(d("2026-03-01"));
        assertThat(Duur.maanden(12).naPeriodeVanaf(d("2024-02-29"))).isEqualTo(d("2025-03-01"));
        assertThat(Duur.jaren(27).naPeriodeVanaf(d("2000-02-29"))).isEqualTo(d("2027-03-01"));
        assertThat(Duur.jaren(24).naPeriodeVanaf(d("2000-02-29"))).isEqualTo(d("2024-02-29"));
        assertThat(Duur.maanden(1).naPeriodeVanaf(d("2024-01-29"))).isEqualTo(d("2024-02-29"));
        assertThat(Duur.weken(4).naPeriodeVanaf(d("2024-12-31"))).isEqualTo(Duur.weken(4).na(d("2024-12-31")));
        assertThat(Duur.jaren(0).naPeriodeVanaf(d("2024-02-29"))).isEqualTo(d("2024-02-29"));
        // the same birthday as a person's age: 27 on 1 March 2027, not on 28 February
        Persoon p = new Persoon(java.util.Map.of("geboortedatum", d("2000-02-29")));
        assertThat(p.leeftijdOp(d("2027-02-28"))).isEqualTo(26);
        assertThat(p.leeftijdOp(Duur.jaren(27).naPeriodeVanaf(d("2000-02-29")))).isEqualTo(27);
    }

    @Test
    void totEenDatumIsTotEnMetDeDagErvoor() {
        assertThat(Periode.tot(d("2024-01-01"), d("2024-07-01")).totEnMet()).isEqualTo(d("2024-06-30"));
    }

    @Test
    void inWoordenEnIso() {
        assertThat(Duur.weken(4).inWoorden()).isEqualTo("vier weken");
        assertThat(Duur.maanden(1).inWoorden()).isEqualTo("een maand");
        assertThat(Duur.jaren(3).inWoorden()).isEqualTo("drie jaar");
        assertThat(Duur.weken(26).inWoorden()).isEqualTo("26 weken");
        assertThat(Duur.maanden(6).maal(4).iso()).isEqualTo("P24M");
    }

    @Test
    void eenPeriodeKanNietEindigenVoordatZijBegint() {
        assertThatThrownBy(() -> new Periode(d("2024-02-01"), d("2024-01-31"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Duur.weken(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
