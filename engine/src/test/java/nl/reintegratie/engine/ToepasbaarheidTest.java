package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.bevindingen.Opmerking;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.Persoon;
import nl.reintegratie.feiten.VerleendeVoorziening;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * A rule of an article about voorzieningen only does not fire on an opdracht (the descriptor's
 * {@code nietVoorOpdrachten}), and a model rule that names voorzieningen only on those the applying regeling provides: the
 * agenda filter, and the
 * descriptor field with its bad values.
 */
class ToepasbaarheidTest {
    private static final Rule GEMARKEERD = regel("Art. 3.1 lid 6 — gemarkeerd");
    private static final Rule ANDER = regel("Art. 4.1 lid 1 — niet gemarkeerd");
    private static final Rule MODEL = regel("Model ondersteuning.aanvraag — lid 1");
    private static final Toepasbaarheid FILTER = Toepasbaarheid.van(Map.of(GEMARKEERD, new Toepasbaarheid.Grens(Set.of("tegenprestatie"), null),
            MODEL, new Toepasbaarheid.Grens(null, Set.of("werkstage", "vervoersvoorziening"))));

    private static Rule regel(String naam) {
        return (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] {Rule.class}, (p, m, a) -> switch (m.getName()) {
            case "getName" -> naam;
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            case "toString" -> naam;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static Match match(Rule rule, Object... feiten) {
        return (Match) Proxy.newProxyInstance(Match.class.getClassLoader(), new Class<?>[] {Match.class}, (p, m, a) -> switch (m.getName()) {
            case "getRule" -> rule;
            case "getObjects" -> List.of(feiten);
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static Aanvraag aanvraag(String voorziening) {
        return new Aanvraag("a1", voorziening, Map.of(), Map.of());
    }

    @Test
    void eenGemarkeerdeRegelVuurtNietOpEenOpdracht() {
        assertThat(FILTER.accept(match(GEMARKEERD, aanvraag("tegenprestatie")))).isFalse();
        assertThat(FILTER.accept(match(GEMARKEERD, new VerleendeVoorziening("v1", "tegenprestatie", Map.of("verleendOp", java.time.LocalDate.of(2024, 10, 1)), Map.of()))))
                .isFalse();
        // the onderwerp reached through a bevinding the rule matched (a condition, a ground)
        assertThat(FILTER.accept(match(GEMARKEERD, new Opmerking(aanvraag("tegenprestatie"), "x")))).isFalse();
    }

    @Test
    void eenGemarkeerdeRegelVuurtOpEenVoorzieningEnEenAndereRegelOpAlles() {
        assertThat(FILTER.accept(match(GEMARKEERD, aanvraag("werkstage")))).isTrue();
        assertThat(FILTER.accept(match(GEMARKEERD, new Opmerking(aanvraag("werkstage"), "x")))).isTrue();
        assertThat(FILTER.accept(match(ANDER, aanvraag("tegenprestatie")))).isTrue();
        // a match without an onderwerp says nothing about one
        assertThat(FILTER.accept(match(GEMARKEERD, new Persoon(Map.of())))).isTrue();
    }

    @Test
    void deRegistratieVanEenBeoordelingHoudtElkeTegengehoudenRegelEenKeerPerOnderwerpBij() {
        Toepasbaarheid.Registratie r = FILTER.registratie();
        Aanvraag opdracht = aanvraag("tegenprestatie"), voorziening = aanvraag("werkstage");
        assertThat(r.tegengehouden()).isEmpty();
        assertThat(r.accept(match(GEMARKEERD, opdracht))).isFalse();
        assertThat(r.accept(match(GEMARKEERD, new Opmerking(opdracht, "x")))).isFalse();
        assertThat(r.accept(match(GEMARKEERD, voorziening))).isTrue();
        assertThat(r.accept(match(ANDER, opdracht))).isTrue();
        assertThat(r.accept(match(MODEL, aanvraag("jobcoaching")))).isFalse();
        assertThat(r.tegengehouden()).extracting(t -> t.rule().getName(), t -> t.onderwerp().getVoorziening())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GEMARKEERD.getName(), "tegenprestatie"),
                        org.assertj.core.groups.Tuple.tuple(MODEL.getName(), "jobcoaching"));
        // the shared filter keeps nothing; another evaluation starts empty
        assertThat(FILTER.registratie().tegengehouden()).isEmpty();
    }

    @Test
    void zonderGemarkeerdeRegelsIsErGeenFilter() {
        assertThat(Toepasbaarheid.van(Map.of())).isNull();
        assertThat(FILTER.aantal()).isEqualTo(2);
    }

    @Test
    void eenModelregelDieVoorzieningenNoemtVuurtAlleenOpDieDeRegelingBiedt() {
        assertThat(FILTER.accept(match(MODEL, aanvraag("vervoersvoorziening")))).isTrue();
        assertThat(FILTER.accept(match(MODEL, aanvraag("werkplekaanpassing")))).isFalse();
        assertThat(FILTER.accept(match(MODEL, new Opmerking(aanvraag("werkplekaanpassing"), "x")))).isFalse();
        // both bounds at once
        Toepasbaarheid.Grens beide = new Toepasbaarheid.Grens(Set.of("tegenprestatie"), Set.of("tegenprestatie", "werkstage"));
        assertThat(beide.laatToe("werkstage")).isTrue();
        assertThat(beide.laatToe("tegenprestatie")).isFalse();
        assertThat(beide.laatToe("scholing")).isFalse();
    }

    @Test
    void eenRegelingZonderEigenOvergangsrechtBeoordeeltNietWatVoorHaarInwerkingtredingIsVerleend() {
        java.time.LocalDate inwerking = java.time.LocalDate.of(2024, 1, 1);
        Rule beleidsregel = regel("Art. 3 lid 2 onder b — beleidsregel");
        Toepasbaarheid filter = Toepasbaarheid.van(Map.of(beleidsregel, new Toepasbaarheid.Grens(null, null, inwerking)));
        // the last day before the entry into force: not judged, also through a bevinding about it; the day itself: judged
        assertThat(filter.accept(match(beleidsregel, verleend("werkstage", "2023-12-31")))).isFalse();
        assertThat(filter.accept(match(beleidsregel, new Opmerking(verleend("werkstage", "2023-12-31"), "x")))).isFalse();
        assertThat(filter.accept(match(beleidsregel, verleend("werkstage", "2024-01-01")))).isTrue();
        // an aanvraag is always judged by the regeling in force; a grant date not given is not assumed to be earlier
        assertThat(filter.accept(match(beleidsregel, aanvraag("werkstage")))).isTrue();
        assertThat(filter.accept(match(beleidsregel, new VerleendeVoorziening("v1", "werkstage", Map.of(), Map.of())))).isTrue();
    }

    @Test
    void nietVoorEerderVerleendIsJaOfNee() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(RegelingDescriptor.nietVoorEerderVerleend(m.readTree("{\"nietVoorEerderVerleend\": true}"), "proef.regeling.json")).isTrue();
        assertThat(RegelingDescriptor.nietVoorEerderVerleend(m.readTree("{}"), "proef.regeling.json")).isFalse();
        assertThatThrownBy(() -> RegelingDescriptor.nietVoorEerderVerleend(m.readTree("{\"nietVoorEerderVerleend\": \"ja\"}"), "proef.regeling.json"))
                .hasMessageContaining("proef.regeling.json").hasMessageContaining("'nietVoorEerderVerleend'").hasMessageContaining("\"ja\"");
    }

    private static VerleendeVoorziening verleend(String voorziening, String verleendOp) {
        return new VerleendeVoorziening("v1", voorziening, Map.of("verleendOp", java.time.LocalDate.parse(verleendOp)), Map.of());
    }

    private static List<String> lees(String json) throws Exception {
        return RegelingDescriptor.nietVoorOpdrachten(new ObjectMapper().readTree(json), "proef.regeling.json");
    }

    @Test
    void hetVeldNoemtArtikelen() throws Exception {
        assertThat(lees("{\"nietVoorOpdrachten\": [\"2.2\", \"3.1\"]}")).containsExactly("2.2", "3.1");
        assertThat(lees("{}")).isEmpty();
        assertThat(lees("{\"nietVoorOpdrachten\": null}")).isEmpty();
    }

    @Test
    void eenOnleesbareWaardeNoemtHetVeld() {
        assertThatThrownBy(() -> lees("{\"nietVoorOpdrachten\": \"3.1\"}"))
                .hasMessageContaining("proef.regeling.json").hasMessageContaining("'nietVoorOpdrachten'");
        assertThatThrownBy(() -> lees("{\"nietVoorOpdrachten\": [3.1]}"))
                .hasMessageContaining("'nietVoorOpdrachten'").hasMessageContaining("not an article number");
        assertThatThrownBy(() -> lees("{\"nietVoorOpdrachten\": [\"3.1 lid 6\"]}"))
                .hasMessageContaining("'nietVoorOpdrachten'").hasMessageContaining("no lid");
        assertThatThrownBy(() -> lees("{\"nietVoorOpdrachten\": [\"\"]}")).hasMessageContaining("'nietVoorOpdrachten'");
        assertThatThrownBy(() -> lees("{\"nietVoorOpdrachten\": [\"3.1\", \"3.1\"]}"))
                .hasMessageContaining("'nietVoorOpdrachten'").hasMessageContaining("twice");
    }
}
