package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The case reader's date parser accepts exactly what {@link LocalDate#parse} accepts of ten characters. */
class IsoDatumTest {
    @Test
    void datumsAlsLocalDateParse() {
        String[] proeven = {"2026-03-16", "2024-02-29", "2023-02-29", "2023-02-30", "2023-04-31", "2023-13-01", "2023-00-10",
                "2023-01-00", "0000-01-01", "9999-12-31", "2023-1-011", "2023/01/01", "2023-01-0a", "+202-01-01", "２０２３-01-01",
                "2023-01-01", "1900-02-29", "2000-02-29", "-999-01-01", "2023-011-1"};
        for (String s : proeven) {
            LocalDate verwacht;
            try {
                verwacht = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                verwacht = null;
            }
            assertThat(CaseValidator.isoDatum(s)).as(s).isEqualTo(verwacht);
        }
    }
}
