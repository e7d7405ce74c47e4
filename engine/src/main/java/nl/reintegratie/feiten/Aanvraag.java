package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.util.Map;

/**
 * An aanvraag for a voorziening: what is asked, when the college received it and by whom, plus the
 * declared omstandigheden and oordelen (see {@link Onderwerp}). Deadlines are computed from the
 * ontvangstdatum, for example "binnen 4 weken na de ingangsdatum van de dienstbetrekking"
 * (Heemstede verordening 2023, art. 12G lid 1).
 */
public final class Aanvraag implements Onderwerp {
    private final String id;
    private final String voorziening;
    private final LocalDate ontvangstdatum;
    private final String aanvrager;
    private final Map<String, Object> omstandigheden;
    private final Map<String, Boolean> oordelen;

    public Aanvraag(String id, String voorziening, LocalDate ontvangstdatum, String aanvrager,
                    Map<String, Object> omstandigheden, Map<String, Boolean> oordelen) {
        this.id = id;
        this.voorziening = voorziening;
        this.ontvangstdatum = ontvangstdatum;
        this.aanvrager = aanvrager;
        this.omstandigheden = Map.copyOf(omstandigheden);
        this.oordelen = Map.copyOf(oordelen);
    }

    @Override public String getId() { return id; }
    @Override public String getVoorziening() { return voorziening; }

    /** The date the college received the aanvraag; {@code null} when not given (an ambtshalve voorziening). */
    public LocalDate getOntvangstdatum() { return ontvangstdatum; }

    /** Who asked: {@code persoon} or {@code werkgever} (Heemstede V art. 12D lid 1); {@code null} when not given. */
    public String getAanvrager() { return aanvrager; }

    @Override public Map<String, Object> getOmstandigheden() { return omstandigheden; }
    @Override public Map<String, Boolean> getOordelen() { return oordelen; }

    @Override public String toString() { return "Aanvraag[" + id + ", " + voorziening + "]"; }
}
