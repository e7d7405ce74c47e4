package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The person for whom a voorziening is asked or was granted (the belanghebbende, and where a dienstbetrekking
 * exists also the werknemer). Every fact is declared in the shared vocabulary ({@code nl/reintegratie/vocabulaire.json},
 * "over": "persoon"), which documents what it means and which national provision defines it; the rule packages
 * document which of their articles read it. Only the geboortedatum is required: ages are computed from it.
 */
public final class Persoon extends FactSet {

    public Persoon(Map<String, ?> gegevens) {
        super(gegevens);
    }

    /** Required. Ages are computed from it against the peildatum. */
    public LocalDate getGeboortedatum() { return datum("geboortedatum"); }

    /** Age in whole years on the given date: the day of the birthday counts ("van 27 jaar of ouder"). */
    public int leeftijdOp(LocalDate datum) { return Period.between(getGeboortedatum(), datum).getYears(); }

    /** Belongs to the doelgroep: artikel 7, eerste lid, onder a, Participatiewet. */
    public Boolean getBehoortTotDoelgroep() { return waar("behoortTotDoelgroep"); }

    /** Korte or grote afstand tot de arbeidsmarkt; {@code null} when not given. */
    public AfstandTotArbeidsmarkt getAfstandTotArbeidsmarkt() { return AfstandTotArbeidsmarkt.vanCode(keuze("afstandTotArbeidsmarkt")); }

    /** The benefit received on the peildatum; {@code null} when not given. */
    public Uitkering getUitkering() { return Uitkering.vanCode(keuze("uitkering")); }

    /** The first day of the uninterrupted period on that benefit; {@code null} when not given. */
    public LocalDate getUitkeringSinds() { return datum("uitkeringSinds"); }

    /** Holds a startkwalificatie. */
    public Boolean getHeeftStartkwalificatie() { return waar("heeftStartkwalificatie"); }

    /** Is an alleenstaande ouder. */
    public Boolean getAlleenstaandeOuder() { return waar("alleenstaandeOuder"); }

    /** First day without regular paid work; {@code null} when not given. */
    public LocalDate getWerkloosSinds() { return datum("werkloosSinds"); }

    /** Has an arbeidsbeperking. */
    public Boolean getArbeidsbeperking() { return waar("arbeidsbeperking"); }

    /** Has followed voortgezet speciaal onderwijs or praktijkonderwijs. */
    public Boolean getVsoProOnderwijs() { return waar("vsoProOnderwijs"); }

    /** Belongs to the doelgroep loonkostensubsidie, artikel 10c, eerste lid, onder a, Participatiewet (vastgesteld). */
    public Boolean getDoelgroepLoonkostensubsidie() { return waar("doelgroepLoonkostensubsidie"); }
}
