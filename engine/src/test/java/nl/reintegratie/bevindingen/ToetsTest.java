package nl.reintegratie.bevindingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.reintegratie.feiten.Duur;
import org.junit.jupiter.api.Test;

class ToetsTest {
    @Test
    void enOfEnGeenHoudenOnbekendOnbekendTotDeGegevenFeitenBeslissen() {
        assertThat(Toets.alle(true, true)).isTrue();
        assertThat(Toets.alle(true, null)).isNull();
        assertThat(Toets.alle(false, null)).isFalse();
        assertThat(Toets.een(false, null)).isNull();
        assertThat(Toets.een(true, null)).isTrue();
        assertThat(Toets.een(false, false)).isFalse();
        assertThat(Toets.geen(false, false)).isTrue();
        assertThat(Toets.geen(true, null)).isFalse();
        assertThat(Toets.geen(false, null)).isNull();
        assertThat(Toets.niet(null)).isNull();
    }

    @Test
    void grenzenVanBedragenEnDatums() {
        assertThat(Toets.minstens(new BigDecimal("12"), 12)).isTrue();
        assertThat(Toets.minstens(new BigDecimal("11.5"), 12)).isFalse();
        assertThat(Toets.minstens(null, 12)).isNull();
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertThat(Toets.uiterlijk(d, d)).isTrue();
        assertThat(Toets.uiterlijk(d.plusDays(1), d)).isFalse();
        assertThat(Toets.uiterlijk(null, d)).isNull();
        // "langer dan een jaar": exactly one year is not longer
        assertThat(Toets.langerDan(LocalDate.of(2023, 3, 1), d, Duur.maanden(12))).isFalse();
        assertThat(Toets.langerDan(LocalDate.of(2023, 2, 28), d, Duur.maanden(12))).isTrue();
        // "gedurende 6 maanden": exactly six months is enough
        assertThat(Toets.minstens(LocalDate.of(2023, 9, 1), d, Duur.maanden(6))).isTrue();
        assertThat(Toets.minstens(LocalDate.of(2023, 9, 2), d, Duur.maanden(6))).isFalse();
        // at the end of a month: twelve months from 29 February 2024 run to 28 February 2025 and are complete on 1 March
        // (L-24), as a person born on 29 February is a year older on 1 March
        assertThat(Toets.minstens(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), Duur.maanden(12))).isFalse();
        assertThat(Toets.minstens(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1), Duur.maanden(12))).isTrue();
        assertThat(Toets.minstens(LocalDate.of(2020, 2, 29), LocalDate.of(2025, 2, 28), Duur.jaren(5))).isFalse();
        assertThat(Toets.minstens(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28), Duur.maanden(6))).isFalse();
        assertThat(Toets.minstens(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 3, 1), Duur.maanden(6))).isTrue();
        assertThat(Toets.langerDan(LocalDate.of(1975, 2, 28), LocalDate.of(2025, 2, 28), Duur.jaren(50))).isFalse();
        assertThat(Toets.langerDan(LocalDate.of(1976, 2, 29), LocalDate.of(2026, 3, 1), Duur.jaren(50))).isFalse();
        assertThat(Toets.langerDan(LocalDate.of(1976, 2, 29), LocalDate.of(2026, 3, 2), Duur.jaren(50))).isTrue();
    }
}
