package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeoordelingTest {
    @Test
    void artikelenWordenNatuurlijkGeordend() {
        List<String> a = new ArrayList<>(List.of("12K", "3", "12", "12A", "3.10", "3.9", "20h", "20a", "4"));
        a.sort(Beoordeling::natuurlijk);
        assertThat(a).containsExactly("3", "3.9", "3.10", "4", "12", "12A", "12K", "20a", "20h");
    }

    @Test
    void deUitkomstVolgtDeSterksteBevinding() {
        Finding kan = finding(false), moet = finding(true), iets = finding(null);
        assertThat(Beoordeling.uitkomst(true, List.of(), List.of(), List.of(), List.of(), List.of())).isEqualTo(Uitkomst.BESTAAT_NIET);
        assertThat(Beoordeling.uitkomst(true, List.of(iets), List.of(kan, moet), List.of(), List.of(iets), List.of(iets))).isEqualTo(Uitkomst.MOET_WORDEN_GEWEIGERD);
        assertThat(Beoordeling.uitkomst(true, List.of(iets), List.of(kan), List.of(), List.of(iets), List.of())).isEqualTo(Uitkomst.KAN_WORDEN_GEWEIGERD);
        assertThat(Beoordeling.uitkomst(true, List.of(iets), List.of(), List.of(), List.of(iets), List.of(iets))).isEqualTo(Uitkomst.ONVOLLEDIG);
        assertThat(Beoordeling.uitkomst(true, List.of(iets), List.of(), List.of(), List.of(), List.of(iets))).isEqualTo(Uitkomst.HANGT_AF_VAN_OORDEEL);
        assertThat(Beoordeling.uitkomst(true, List.of(iets), List.of(), List.of(), List.of(), List.of())).isEqualTo(Uitkomst.TOEKENBAAR);
        assertThat(Beoordeling.uitkomst(false, List.of(), List.of(), List.of(moet), List.of(), List.of())).isEqualTo(Uitkomst.MOET_WORDEN_BEEINDIGD);
        assertThat(Beoordeling.uitkomst(false, List.of(), List.of(), List.of(kan), List.of(), List.of())).isEqualTo(Uitkomst.KAN_WORDEN_BEEINDIGD);
        assertThat(Beoordeling.uitkomst(false, List.of(), List.of(), List.of(), List.of(), List.of())).isEqualTo(Uitkomst.VOORTZETTEN);
    }

    private static Finding finding(Boolean verplicht) {
        return new Finding(Finding.Soort.WEIGERINGSGROND, "c", "Art. 1 — x", null,
                new Citaat("r", "R", "v", "1", null, null, "t", List.of()), List.of(), verplicht, null, null, null, null, null, null, null);
    }
}
