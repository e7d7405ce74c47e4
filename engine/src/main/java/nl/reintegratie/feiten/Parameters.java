package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The amounts, percentages, ages and terms of the regelingen in force, resolved for the peildatum from the dated
 * parameter files (each value with its source article). Rules read every number through this fact; DRL holds no
 * numeric literals. The build of a rule package checks that every name a rule reads is declared.
 */
public final class Parameters {
    private final Map<String, BigDecimal> waarden;
    private final Map<String, Duur.Eenheid> eenheden;
    private final Set<String> gedeclareerd;
    private final java.util.function.Function<java.time.LocalDate, Parameters> opDatum;

    /**
     * @param waarden     the values known on the date, by name (a table entry is {@code naam.sleutel})
     * @param eenheden    for parameters that are terms, their unit
     * @param gedeclareerd every declared name (table names included)
     */
    public Parameters(Map<String, BigDecimal> waarden, Map<String, Duur.Eenheid> eenheden, Set<String> gedeclareerd) {
        this(waarden, eenheden, gedeclareerd, null);
    }

    /** As above, with the parameters of the same regelingen on any other date ({@link #op}). */
    public Parameters(Map<String, BigDecimal> waarden, Map<String, Duur.Eenheid> eenheden, Set<String> gedeclareerd,
                      java.util.function.Function<java.time.LocalDate, Parameters> opDatum) {
        this.waarden = Map.copyOf(waarden);
        this.eenheden = Map.copyOf(eenheden);
        this.gedeclareerd = Set.copyOf(gedeclareerd);
        this.opDatum = opDatum;
    }

    /**
     * The same parameters as they are on another date: for an amount that follows the calendar year a period falls in
     * rather than the peildatum ("het tarief van het jaar waarin het tweede jaar begeleiding valt"). A value the
     * project does not know for that date is unknown there.
     */
    public Parameters op(java.time.LocalDate datum) {
        if (opDatum == null) throw new IllegalStateException("these parameters know no other date");
        return opDatum.apply(java.util.Objects.requireNonNull(datum, "datum"));
    }

    /** The value on the peildatum, or {@code null} when the project does not know the value for that date. */
    public BigDecimal getal(String naam) {
        controleer(naam);
        return waarden.get(naam);
    }

    /**
     * An entry of a table parameter ("licht, jaar 2"): {@code null} when the table has no such entry or its value
     * on the peildatum is not known to the project.
     */
    public BigDecimal uitTabel(String tabel, String sleutel) {
        controleer(tabel);
        return waarden.get(tabel + "." + sleutel);
    }

    /** A whole-number parameter (an age, a count); fails when its value is not known on the peildatum (a defect). */
    public int geheel(String naam) {
        BigDecimal w = getal(naam);
        if (w == null) throw new IllegalStateException("parameter " + naam + " has no value on the peildatum");
        return w.intValueExact();
    }

    /** A term ("4 weken", "3 maanden"): the value with the unit its parameter file declares. */
    public Duur duur(String naam) {
        Duur.Eenheid e = eenheden.get(naam);
        if (e == null) {
            controleer(naam);
            throw new IllegalStateException("parameter " + naam + " is not a term (its unit is not dagen, weken, maanden or jaren)");
        }
        return new Duur(geheel(naam), e);
    }

    /** Whether the project knows the value for the peildatum. */
    public boolean bekend(String naam) {
        controleer(naam);
        return waarden.containsKey(naam);
    }

    private void controleer(String naam) {
        if (!gedeclareerd.contains(naam)) throw new IllegalArgumentException("no parameter file declares '" + naam + "'");
    }
}
