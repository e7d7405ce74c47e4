package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.util.Map;

/**
 * A voorziening that was already granted and runs on the peildatum. The rules check it against the
 * beëindigingsgronden (for example Heemstede verordening 2023, art. 3 lid 3) and, where an
 * ordinance has transitional law, against the regeling it was granted under.
 */
public final class VerleendeVoorziening implements Onderwerp {
    private final String id;
    private final String voorziening;
    private final LocalDate verleendOp;
    private final String verleendOnder;
    private final Map<String, Object> omstandigheden;
    private final Map<String, Boolean> oordelen;

    public VerleendeVoorziening(String id, String voorziening, LocalDate verleendOp, String verleendOnder,
                                Map<String, Object> omstandigheden, Map<String, Boolean> oordelen) {
        this.id = id;
        this.voorziening = voorziening;
        this.verleendOp = verleendOp;
        this.verleendOnder = verleendOnder;
        this.omstandigheden = Map.copyOf(omstandigheden);
        this.oordelen = Map.copyOf(oordelen);
    }

    @Override public String getId() { return id; }
    @Override public String getVoorziening() { return voorziening; }

    /** The date the voorziening was granted (required). */
    public LocalDate getVerleendOp() { return verleendOp; }

    /**
     * The regeling it was granted under, as free text (for example "Re-integratieverordening Haaksbergen 2015");
     * {@code null} when granted under the regeling in force. Used by transitional law.
     */
    public String getVerleendOnder() { return verleendOnder; }

    @Override public Map<String, Object> getOmstandigheden() { return omstandigheden; }
    @Override public Map<String, Boolean> getOordelen() { return oordelen; }

    @Override public String toString() { return "VerleendeVoorziening[" + id + ", " + voorziening + "]"; }
}
