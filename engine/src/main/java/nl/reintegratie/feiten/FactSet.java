package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared facts of one thing in the world (the person, the employer, the dienstbetrekking, an aanvraag, a
 * voorziening already granted), by name, each typed by its declaration in the shared vocabulary or in a rule
 * package's own declarations. A fact that is absent is unknown: {@code null}, never a default.
 *
 * <p>Rules read facts by name with the accessor of the declared type ({@code waar}, {@code aantal}, {@code getal},
 * {@code datum}, {@code keuze}, {@code periode}, {@code perioden}); the build of every rule package checks that each
 * name a rule reads is declared, on this kind of thing, with that type, so a misspelt name fails the build and
 * names the rule. The values were checked against their declaration (type and bounds) before any rule saw them.
 */
public abstract class FactSet {
    private final Map<String, Object> gegevens;

    protected FactSet(Map<String, ?> gegevens) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (gegevens != null) {
            for (Map.Entry<String, ?> e : gegevens.entrySet()) if (e.getValue() != null) m.put(Objects.requireNonNull(e.getKey(), "name"), e.getValue());
        }
        this.gegevens = Collections.unmodifiableMap(m);
    }

    /** All facts given, by name, in the order given; unmodifiable. */
    public final Map<String, Object> getGegevens() { return gegevens; }

    /** Whether the fact was given. */
    public final boolean gegeven(String naam) { return gegevens.containsKey(naam); }

    /** A yes/no fact ({@code ja-nee}); {@code null} when not given. */
    public final Boolean waar(String naam) { return (Boolean) gegevens.get(naam); }

    /** A whole-number fact ({@code aantal}); {@code null} when not given. Bounded by its declaration. */
    public final Integer aantal(String naam) { return (Integer) gegevens.get(naam); }

    /** A decimal fact or an amount ({@code getal}, {@code bedrag}); {@code null} when not given. */
    public final BigDecimal getal(String naam) { return (BigDecimal) gegevens.get(naam); }

    /** A date fact ({@code datum}); {@code null} when not given. */
    public final LocalDate datum(String naam) { return (LocalDate) gegevens.get(naam); }

    /** A choice or text fact ({@code keuze}, {@code tekst}); {@code null} when not given. */
    public final String keuze(String naam) { return (String) gegevens.get(naam); }

    /** A period fact ({@code periode}); {@code null} when not given. */
    public final Periode periode(String naam) { return (Periode) gegevens.get(naam); }

    /** A list of periods ({@code perioden}), oldest first; empty when not given. */
    @SuppressWarnings("unchecked")
    public final List<Periode> perioden(String naam) {
        Object w = gegevens.get(naam);
        return w == null ? List.of() : (List<Periode>) w;
    }
}
