package nl.reintegratie.feiten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The dienstbetrekking (employment) between the werkgever and the person, started or offered. Durations are
 * computed from the dates, never passed in: "een dienstbetrekking van minimaal zes maanden" is
 * {@code duurtMinstens(par.duur("..."))}; "binnen 4 weken na de ingangsdatum" is {@code Duur.na(getIngangsdatum())}.
 */
public final class Dienstbetrekking extends FactSet {

    public Dienstbetrekking(Map<String, ?> gegevens) {
        super(gegevens);
    }

    /** Required: the first day of the dienstbetrekking. */
    public LocalDate getIngangsdatum() { return datum("ingangsdatum"); }

    /** The last day of the dienstbetrekking; {@code null} for a dienstbetrekking voor onbepaalde tijd. */
    public LocalDate getEinddatum() { return datum("einddatum"); }

    /** Agreed working hours per week (the contracturen); required. */
    public BigDecimal getUrenPerWeek() { return getal("urenPerWeek"); }

    /** The contract has a proeftijd; {@code null} when not given. */
    public Boolean getProeftijd() { return waar("proeftijd"); }

    /** The dienstbetrekking is beschut werk, artikel 10b Participatiewet; {@code null} when not given. */
    public Boolean getBeschutWerk() { return waar("beschutWerk"); }

    /** Whether the agreed duration is at least {@code duur} from the ingangsdatum (voor onbepaalde tijd: always). */
    public boolean duurtMinstens(Duur duur) {
        LocalDate eind = getEinddatum();
        return eind == null || !eind.isBefore(duur.periodeVanaf(getIngangsdatum()).totEnMet());
    }

    /** Whether the dienstbetrekking has started on the given date. */
    public boolean begonnenOp(LocalDate datum) {
        return !getIngangsdatum().isAfter(datum);
    }
}
