package nl.reintegratie.feiten;

import java.time.LocalDate;
import java.time.Period;

/**
 * The person for whom a voorziening is asked or was granted (the "belanghebbende", and where a
 * dienstbetrekking exists also the "werknemer"). Every field except the geboortedatum may be
 * {@code null}: that means "not given", and a rule that needs the field reports it as missing
 * instead of guessing. Article references are to the Heemstede verordening 2023 (V) and
 * beleidsregels 2024 (B) unless stated otherwise; other rule packages document their own use.
 */
public final class Person {
    private final LocalDate geboortedatum;
    private final Boolean behoortTotDoelgroep;
    private final AfstandTotArbeidsmarkt afstandTotArbeidsmarkt;
    private final Uitkering uitkering;
    private final Boolean heeftStartkwalificatie;
    private final Boolean alleenstaandeOuder;
    private final LocalDate werkloosSinds;
    private final Boolean arbeidsbeperking;
    private final Boolean vsoProOnderwijs;
    private final Boolean doelgroepLoonkostensubsidie;
    private final Opleidingsniveau opleidingsniveau;

    public Person(LocalDate geboortedatum, Boolean behoortTotDoelgroep,
                  AfstandTotArbeidsmarkt afstandTotArbeidsmarkt, Uitkering uitkering,
                  Boolean heeftStartkwalificatie, Boolean alleenstaandeOuder, LocalDate werkloosSinds,
                  Boolean arbeidsbeperking, Boolean vsoProOnderwijs, Boolean doelgroepLoonkostensubsidie,
                  Opleidingsniveau opleidingsniveau) {
        this.geboortedatum = geboortedatum;
        this.behoortTotDoelgroep = behoortTotDoelgroep;
        this.afstandTotArbeidsmarkt = afstandTotArbeidsmarkt;
        this.uitkering = uitkering;
        this.heeftStartkwalificatie = heeftStartkwalificatie;
        this.alleenstaandeOuder = alleenstaandeOuder;
        this.werkloosSinds = werkloosSinds;
        this.arbeidsbeperking = arbeidsbeperking;
        this.vsoProOnderwijs = vsoProOnderwijs;
        this.doelgroepLoonkostensubsidie = doelgroepLoonkostensubsidie;
        this.opleidingsniveau = opleidingsniveau;
    }

    /** Required. Ages are computed from it against the peildatum (V art. 8, 10, 12 lid 2 c, 12C lid 2 a; B art. 6, 8). */
    public LocalDate getGeboortedatum() { return geboortedatum; }

    /** Age in whole years on the given date. */
    public int leeftijdOp(LocalDate datum) { return Period.between(geboortedatum, datum).getYears(); }

    /** Belongs to the doelgroep: art. 7 lid 1 onder a Participatiewet (V art. 1, 3 lid 2 a, 3 lid 3 c, 4-11). */
    public Boolean getBehoortTotDoelgroep() { return behoortTotDoelgroep; }

    /** Korte or grote afstand tot de arbeidsmarkt (V art. 1, 2 lid 1 and 2). */
    public AfstandTotArbeidsmarkt getAfstandTotArbeidsmarkt() { return afstandTotArbeidsmarkt; }

    /** The benefit received on the peildatum (V art. 8 lid 1, 12A lid 1, 14). */
    public Uitkering getUitkering() { return uitkering; }

    /** Holds a startkwalificatie (V art. 10 onder b, 12 lid 2 b; B art. 8). */
    public Boolean getHeeftStartkwalificatie() { return heeftStartkwalificatie; }

    /** Is an alleenstaande ouder (V art. 12 lid 2 d; B art. 5). */
    public Boolean getAlleenstaandeOuder() { return alleenstaandeOuder; }

    /** First day without regular paid work; {@code null} if not given (V art. 12 lid 2 a and lid 3; B art. 6 lid 1). */
    public LocalDate getWerkloosSinds() { return werkloosSinds; }

    /** Has an arbeidsbeperking (V art. 12C lid 1). */
    public Boolean getArbeidsbeperking() { return arbeidsbeperking; }

    /** Has followed VSO/PRO-onderwijs (V art. 1, 12C lid 2 a). */
    public Boolean getVsoProOnderwijs() { return vsoProOnderwijs; }

    /** Belongs to the doelgroep loonkostensubsidie, art. 10c lid 1 onder a Participatiewet (V art. 12B). */
    public Boolean getDoelgroepLoonkostensubsidie() { return doelgroepLoonkostensubsidie; }

    /** Highest completed education (B art. 6 lid 1 b and c). */
    public Opleidingsniveau getOpleidingsniveau() { return opleidingsniveau; }
}
