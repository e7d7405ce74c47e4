package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An aanvraag for a voorziening: what is asked, when the college received it, by whom, and whether it is a first
 * aanvraag, a follow-on period or an extension of what was already granted ({@link SoortAanvraag}), with the periods
 * already granted. A deadline that the text ties to the first aanvraag ("binnen 4 weken na de ingangsdatum van de
 * dienstbetrekking") applies to {@link #isEerste() a first aanvraag}; a maximum ("maximaal vier keer een half jaar")
 * is checked against {@link #getEerderePerioden() what was already granted}.
 */
public final class Aanvraag extends Onderwerp {

    public Aanvraag(String id, String voorziening, Map<String, ?> gegevens, Map<String, Boolean> oordelen) {
        super(id, voorziening, gegevens, oordelen);
    }

    /** The date the college received the aanvraag; {@code null} when not given (for example an ambtshalve voorziening). */
    public LocalDate getOntvangstdatum() { return datum("ontvangstdatum"); }

    /** Who asked: {@code persoon} or {@code werkgever}; {@code null} when not given. */
    public String getAanvrager() { return keuze("aanvrager"); }

    /** First aanvraag, follow-on period or extension; a first aanvraag unless the case says otherwise. */
    public SoortAanvraag getSoort() {
        SoortAanvraag s = SoortAanvraag.vanCode(keuze("soort"));
        return s == null ? SoortAanvraag.EERSTE : s;
    }

    /** A first aanvraag for this voorziening. */
    public boolean isEerste() { return getSoort() == SoortAanvraag.EERSTE; }

    /** A follow-on period of a voorziening granted before. */
    public boolean isVervolg() { return getSoort() == SoortAanvraag.VERVOLG; }

    /** An extension of the period granted. */
    public boolean isVerlenging() { return getSoort() == SoortAanvraag.VERLENGING; }

    /**
     * Whether the college assesses the voorziening ambtshalve, without an aanvraag ("ambtshalve of op aanvraag"): the
     * provisions about the aanvraag (who files it, its deadline) then do not apply (reading register L-27).
     */
    public boolean isAmbtshalve() { return Boolean.TRUE.equals(waar("ambtshalve")); }

    /** The periods of this voorziening already granted, oldest first; empty for a first aanvraag. */
    public List<Periode> getEerderePerioden() { return perioden("eerderePerioden"); }

    /** How many periods of this voorziening were already granted. */
    public int getAantalEerderePerioden() { return getEerderePerioden().size(); }

    /** The first period already granted; {@code null} when none was. */
    public Periode getEerstePeriode() {
        List<Periode> p = getEerderePerioden();
        return p.isEmpty() ? null : p.get(0);
    }

    /** The last period already granted; {@code null} when none was. */
    public Periode getLaatstePeriode() {
        List<Periode> p = getEerderePerioden();
        return p.isEmpty() ? null : p.get(p.size() - 1);
    }

    /** The first day of the first period already granted; {@code null} when none was. */
    public LocalDate getEersteVerleendVanaf() {
        List<Periode> p = getEerderePerioden();
        return p.isEmpty() ? null : p.get(0).vanaf();
    }

    /** The last day of the last period already granted; {@code null} when none was. */
    public LocalDate getLaatstVerleendTotEnMet() {
        List<Periode> p = getEerderePerioden();
        return p.isEmpty() ? null : p.get(p.size() - 1).totEnMet();
    }

    /** The period asked for, where the text limits a duration; {@code null} when not given. */
    public Periode getGevraagdePeriode() { return periode("gevraagdePeriode"); }

    @Override public String toString() { return "Aanvraag[" + getId() + ", " + getVoorziening() + "]"; }
}
