package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.reintegratie.feiten.NaarRato;
import org.junit.jupiter.api.Test;

class NaarRatoTest {
    @Test
    void onderDeNormInEenStapAfgerond() {
        BigDecimal norm = new BigDecimal("24");
        assertThat(NaarRato.bedrag(new BigDecimal("3187.24"), new BigDecimal("12"), norm, 2)).isEqualByComparingTo("1593.62");
        assertThat(NaarRato.bedrag(new BigDecimal("3187.24"), new BigDecimal("23"), norm, 2)).isEqualByComparingTo("3054.44");
        // at and above the norm: the amount itself, unrounded
        assertThat(NaarRato.bedrag(new BigDecimal("3187.245"), new BigDecimal("24"), norm, 2)).isEqualByComparingTo("3187.245");
        assertThat(NaarRato.bedrag(new BigDecimal("3187.24"), new BigDecimal("36"), norm, 2)).isEqualByComparingTo("3187.24");
        assertThat(NaarRato.verlaagd(new BigDecimal("23.5"), norm)).isTrue();
        assertThat(NaarRato.verlaagd(norm, norm)).isFalse();
    }
}
