package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which voorzieningen a fact of an onderwerp is read for, from the usage paths and the rules' bound voorzieningen. */
class NietGebruiktBijTest {
    private static final Set<String> PADEN = Set.of("aanvraag.a", "onderwerp.a", "onderwerp.b", "aanvraag.c", "verleende-voorziening.c",
            "onderwerp.d", "oordelen.o", "oordelen.p", "persoon.geboortedatum");

    @Test
    void eenGegevenDatAlleenRegelsOverAndereVoorzieningenLezen() {
        // a: read on an aanvraag for jobcoaching and on any onderwerp for werkstage: both together
        // b: read by a rule bound to nothing: every voorziening
        // c: on an aanvraag for scholing only; on a verleende voorziening for any
        NotUsed.Gebruik g = new NotUsed.Gebruik(PADEN, Map.of(
                "aanvraag.a", Set.of("jobcoaching"), "onderwerp.a", Set.of("werkstage"),
                "aanvraag.c", Set.of("scholing"), "onderwerp.d", Set.of("vervoersvoorziening"), "oordelen.o", Set.of("jobcoaching")));
        assertThat(g.alleenBij("aanvraag", "a")).containsExactlyInAnyOrder("jobcoaching", "werkstage");
        assertThat(g.alleenBij("verleende-voorziening", "a")).containsExactly("werkstage");
        assertThat(g.alleenBij("aanvraag", "b")).isNull();
        assertThat(g.alleenBij("aanvraag", "c")).containsExactly("scholing");
        assertThat(g.alleenBij("verleende-voorziening", "c")).isNull();
        assertThat(g.alleenBij("verleende-voorziening", "d")).containsExactly("vervoersvoorziening");
        assertThat(g.alleenBij("oordelen", "o")).containsExactly("jobcoaching");
        assertThat(g.alleenBij("oordelen", "p")).isNull();
        // a fact no rule reads has no entry here: it is listed as not used at all, elsewhere
        assertThat(g.alleenBij("aanvraag", "x")).isNull();
    }

    @Test
    void deRedenNoemtDeVoorzieningEnWaarHetGegevenWelGeldt() {
        NotUsed.Gebruik g = new NotUsed.Gebruik(PADEN, Map.of("aanvraag.c", Set.of("scholing", "werkstage")));
        Versie v = new Versie("proef-2025", "Proef", java.time.LocalDate.of(2025, 1, 1), null, java.util.List.of());
        assertThat(g.nietBij("aanvraag", "c", "scholing", v)).isNull();
        assertThat(g.nietBij("aanvraag", "c", "jobcoaching", v))
                .isEqualTo("wordt bij jobcoaching niet gebruikt door de regelingen van proef-2025; alleen bij scholing, werkstage");
        // the same text, once
        assertThat(g.nietBij("aanvraag", "c", "jobcoaching", v)).isSameAs(g.nietBij("aanvraag", "c", "jobcoaching", v));
        // without any bound rule: nothing to say
        assertThat(new NotUsed.Gebruik(PADEN, Map.of()).nietBij("aanvraag", "c", "jobcoaching", v)).isNull();
    }

    @Test
    void eenOordeelDatAlleenRegelsOpEenAanvraagLezenIsBijEenVerleendeVoorzieningNietGebruikt() {
        Versie v = new Versie("proef-2025", "Proef", java.time.LocalDate.of(2025, 1, 1), null, java.util.List.of());
        // o: read only by rules on an aanvraag; p: also by a rule on any onderwerp; d: a fact only an aanvraag rule reads
        NotUsed.Gebruik g = new NotUsed.Gebruik(PADEN, Map.of(), Set.of("oordelen.o", "onderwerp.d", "oordelen.p"));
        assertThat(g.nietBijVerleend("oordelen", "o", v))
                .isEqualTo("wordt bij een verleende voorziening niet gebruikt door de regelingen van proef-2025: zij lezen dit alleen bij een aanvraag");
        assertThat(g.nietBijVerleend("verleende-voorziening", "d", v)).isNotNull();
        assertThat(new NotUsed.Gebruik(PADEN, Map.of(), Set.of("oordelen.o")).nietBijVerleend("oordelen", "p", v)).isNull();
        // a fact also read on a verleende voorziening is used there
        assertThat(new NotUsed.Gebruik(PADEN, Map.of(), Set.of("aanvraag.c")).nietBijVerleend("verleende-voorziening", "c", v)).isNull();
    }
}
