package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates and numbers in Dutch are written out by hand (a cold process then loads no locale data): exactly what the
 * JDK's nl formatting writes, checked here against it.
 */
class SamenvattingOpmaakTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void eenDatumZoalsDeNederlandseOpmaak() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(13)) {
            assertThat(Samenvatting.datum(d)).isEqualTo(f.format(d));
        }
        assertThat(Samenvatting.datum(LocalDate.of(2026, 3, 16))).isEqualTo("16 maart 2026");
        for (int jaar : new int[] {7, 42, 999, 1000}) assertThat(Samenvatting.datum(LocalDate.of(jaar, 12, 31))).isEqualTo(f.format(LocalDate.of(jaar, 12, 31)));
        assertThat(Samenvatting.datum(null)).isEmpty();
    }

    @Test
    void eenGetalZoalsDeNederlandseOpmaak() {
        DecimalFormatSymbols nl = DecimalFormatSymbols.getInstance(NL);
        DecimalFormat centen = new DecimalFormat("#,##0.00", nl), vrij = new DecimalFormat("#,##0.##########", nl);
        Random r = new Random(4122026);
        String[] vast = {"0", "0.00", "1", "12", "123", "1234", "12345", "123456", "1234567.891", "1000000", "0.5", "0.125", "0.005", "0.015",
            "2.675", "-0.001", "-1234.5", "1E+3", "1.00000000005", "1.000000000049", "0.12345678901234", "99999.995", "1722.50", "36"};
        for (String s : vast) controleer(new BigDecimal(s), centen, vrij);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal b = BigDecimal.valueOf(r.nextLong() % 10_000_000_000L, r.nextInt(15) - 2);
            controleer(b, centen, vrij);
        }
    }

    private static void controleer(BigDecimal b, DecimalFormat centen, DecimalFormat vrij) {
        assertThat(Samenvatting.getal(b, true)).as(b.toString()).isEqualTo(centen.format(b));
        assertThat(Samenvatting.getal(b, false)).as(b.toString()).isEqualTo(vrij.format(b.stripTrailingZeros()));
    }
}
