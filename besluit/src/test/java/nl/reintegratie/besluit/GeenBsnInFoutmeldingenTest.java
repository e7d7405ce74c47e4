package nl.reintegratie.besluit;

import static nl.reintegratie.besluit.Gevallen.BSN;
import static nl.reintegratie.besluit.Gevallen.geval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import nl.reintegratie.engine.InvalidCaseException;
import org.junit.jupiter.api.Test;

/** The burgerservicenummer goes into the beschikking and the ZGW output, never into an exception message or a log. */
class GeenBsnInFoutmeldingenTest {

    private static void geenBsn(Throwable t) {
        assertThat(t).isNotNull();
        for (Throwable x = t; x != null; x = x.getCause()) {
            assertThat(String.valueOf(x.getMessage())).doesNotContain(BSN);
            assertThat(x.toString()).doesNotContain(BSN);
        }
        if (t instanceof InvalidCaseException i) i.problems().forEach(f -> assertThat(f.field() + f.reason()).doesNotContain(BSN));
    }

    @Test
    void eenOnbekendOnderwerp() {
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        geenBsn(catchThrowable(() -> Beschikking.write(g.evaluatie(), g.casus(), "bestaat-niet", Format.HTML, null)));
    }

    @Test
    void eenCasusVanEenAndereGemeente() {
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        geenBsn(catchThrowable(() -> Beschikking.write(g.evaluatie(), g.casus().voorGemeente("Heemstede"), null, Format.MARKDOWN, null)));
        geenBsn(catchThrowable(() -> ZgwBesluit.write(g.evaluatie(), g.casus().voorGemeente("Heemstede"), LocalDate.of(2025, 4, 4), null)));
    }

    @Test
    void eenRegelpakketZonderCatalogusVanBesluittypen() {
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        ClassLoader zonder = new ClassLoader(getClass().getClassLoader()) {
            @Override public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(Bronnen.BESLUITTYPEN) ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
        Throwable t = catchThrowable(() -> ZgwBesluit.write(g.evaluatie(), g.casus(), LocalDate.of(2025, 4, 4), null, zonder));
        assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining("geen catalogus van besluittypen")
                .hasMessageContaining("META-INF/reintegratie/besluittypen/midden-groningen.json");
        geenBsn(t);
    }

    @Test
    void deGemeenteLegtHaarEigenCatalogusNaastEenRegelpakketZonder() {
        Gevallen.Geval g = geval(Gevallen.TE_LANG);
        // the package's own catalogue hidden; the same catalogue offered as the municipality's own
        ClassLoader eigen = new ClassLoader(getClass().getClassLoader()) {
            @Override public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(Bronnen.BESLUITTYPEN) ? Collections.emptyEnumeration() : super.getResources(name);
            }

            @Override public URL getResource(String name) {
                return name.equals(Bronnen.EIGEN_BESLUITTYPEN + "midden-groningen.json") ? super.getResource(Bronnen.BESLUITTYPEN) : super.getResource(name);
            }
        };
        assertThat(ZgwBesluit.write(g.evaluatie(), g.casus(), LocalDate.of(2025, 4, 4), null, eigen)).contains("\"besluittype\"");
    }

    @Test
    void eenOngeldigBurgerservicenummerWordtNietHerhaald() {
        String ongeldig = "999993654"; // fails the elfproef
        Throwable t = catchThrowable(() -> Gevallen.ENGINE.evaluateJson(Gevallen.TE_LANG.replace(BSN, ongeldig)));
        assertThat(t).isInstanceOf(InvalidCaseException.class);
        assertThat(t.getMessage()).doesNotContain(ongeldig);
        ((InvalidCaseException) t).problems().forEach(f -> assertThat(f.reason()).doesNotContain(ongeldig));
    }

    @Test
    void eenAndereFoutInEenCasusMetBurgerservicenummer() {
        geenBsn(catchThrowable(() -> Gevallen.ENGINE.evaluateJson(Gevallen.TE_LANG.replace("\"2025-04-02\"", "\"2025-02-30\""))));
        geenBsn(catchThrowable(() -> Gevallen.ENGINE.evaluateJson(Gevallen.TE_LANG.replace("\"werkstage\"", "\"bestaat-niet\""))));
    }

    @Test
    void schrijvenLogtNiets() {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream gevangen = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(gevangen, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            System.setErr(p);
            Gevallen.Geval g = geval(Gevallen.TWEE);
            Beschikking.write(g.evaluatie(), g.casus(), null, Format.HTML, LocalDate.of(2025, 4, 7));
            ZgwBesluit.write(g.evaluatie(), g.casus(), LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 7));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(gevangen.toString(StandardCharsets.UTF_8)).doesNotContain(BSN);
    }
}
