package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.util.Map;

/**
 * A voorziening already granted that runs on the peildatum. The rules check it against the beëindigingsgronden;
 * where it was granted under the regeling that the one in force replaced ({@link #isOnderVorigeRegeling()}), the
 * package's transitional law decides how long it is protected (see {@code nl.reintegratie.bevindingen.Overgangsrecht}).
 */
public final class VerleendeVoorziening extends Onderwerp {

    public VerleendeVoorziening(String id, String voorziening, Map<String, ?> gegevens, Map<String, Boolean> oordelen) {
        super(id, voorziening, gegevens, oordelen);
    }

    /** The date the voorziening was granted (required). */
    public LocalDate getVerleendOp() { return datum("verleendOp"); }

    /** The last day of the period for which it was granted ("tot en met"); {@code null} when not given or open-ended. */
    public LocalDate getVerleendTot() { return datum("verleendTot"); }

    /** Under which regeling it was granted: the one in force, or the one it replaced. */
    public VerleendOnder getVerleendOnder() {
        VerleendOnder v = VerleendOnder.vanCode(keuze("verleendOnder"));
        return v == null ? VerleendOnder.HUIDIGE_REGELING : v;
    }

    /** Granted under the regeling that the one in force replaced: the package's transitional law applies. */
    public boolean isOnderVorigeRegeling() { return getVerleendOnder() == VerleendOnder.VORIGE_REGELING; }

    @Override public String toString() { return "VerleendeVoorziening[" + getId() + ", " + getVoorziening() + "]"; }
}
