package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.reintegratie.feiten.Duur;

/**
 * A readable Dutch summary of an {@link Evaluation} for a case worker ({@link ReintegratieEngine#toSummary}), and the
 * wording it shares with the beschikking: dates, citations, amounts and terms as a person writes them.
 *
 * <p>Per aanvraag or verleende voorziening the summary gives the decision first, in words; then the deciding reasons
 * with the specific article, lid and onderdeel and its quoted text (a ground through a general ground: the condition
 * not met first, then the general ground); the questions the college must still answer; the facts still missing;
 * amounts (per year where the rules compute one per year of the voorziening) and terms in words with the date they
 * end ("uiterlijk 18 maart 2024, vier weken na 19 februari 2024"; "tot en met"); and, once at the end, the
 * deviation powers (hardheidsclausule) that can apply to a refusal or an ending. No enum name, internal code, ISO
 * date or ISO duration reaches the reader; a case-file field is named only where the reader must supply it, marked
 * "veld in de casus". An assumption a regeling's start date rests on is shown with the regeling.
 */
public final class Samenvatting {
    /** The months in Dutch, as "d MMMM yyyy" in the nl locale writes them ("19 februari 2024"). */
    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december"};

    private static final String[] RANGTELWOORDEN = {"nulde", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
            "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
            "negentiende", "twintigste"};
    private static final Pattern ISO_PERIODE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}) t/m (\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern ISO_DATUM = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern ISO_DUUR = Pattern.compile("\\bP(\\d+)([DWMY])\\b");
    private static final Pattern WAARHEID = Pattern.compile("\\b(true|false|null)\\b");
    private static final Pattern JAAR = Pattern.compile("(?:^|\\.)jaar(\\d+)$");
    private static final Pattern JAAR_TOELICHTING = Pattern.compile("^jaar (\\d+)$");
    private static final Pattern EUR = Pattern.compile("^EUR\\b\\s*(.*)$");
    /** The facts of the shared vocabulary, by name: what each says about the world (for missing and unused facts). */
    private static final Map<String, String> FEITEN;
    /** The voorzieningen of the shared vocabulary, by code: their names. */
    private static final Map<String, String> VOORZIENINGEN;
    /** The codes the shared vocabulary declares an opdracht (the college imposes it: the tegenprestatie), not a voorziening. */
    private static final Set<String> OPDRACHTEN;

    static {
        // the shared vocabulary read once for the three tables (each read it anew; on a cold start that was twice too many)
        JsonNode v = vocabulaire();
        FEITEN = feiten(v);
        VOORZIENINGEN = voorzieningen(v);
        OPDRACHTEN = opdrachten(v);
    }

    private Samenvatting() {}

    static String schrijf(Evaluation e) {
        StringBuilder s = new StringBuilder();
        s.append("Beoordeling voor de gemeente ").append(e.gemeente()).append(", op ").append(datum(e.peildatum())).append('\n');
        for (Regeling r : e.versie().regelingen()) {
            s.append("Toegepast: ").append(r.citeertitel()).append(", in werking vanaf ").append(datum(r.geldigVanaf()));
            if (r.geldigTot() != null) s.append(" tot en met ").append(datum(r.geldigTot()));
            s.append(".\n");
            String aanname = aanname(r);
            if (aanname != null) s.append("  Let op: de datum van inwerkingtreding is een aanname. ").append(aanname).append('\n');
        }
        if (e.variant() != null) s.append("Met de beleidsvariant '").append(e.variant()).append("': andere bedragen of termijnen dan de regeling zelf.\n");
        Map<String, Hardheid> hardheid = new LinkedHashMap<>();
        for (Besluit b : e.besluiten()) {
            s.append('\n').append(b.soort() == Besluit.Soort.AANVRAAG ? "Aanvraag " : "Verleende voorziening ").append(b.onderwerp())
                    .append(": ").append(voorziening(b.voorziening())).append('\n');
            s.append("  Besluit: ").append(zin(b)).append('\n');
            grondslag(s, b);
            gronden(s, b.gronden(), b, e);
            overgangsrecht(s, b);
            if (!b.nietToegepast().isEmpty()) {
                s.append("  Gronden die niet worden toegepast, omdat het college de voorziening moet verstrekken:\n");
                for (Besluit.Grond g : b.nietToegepast()) {
                    s.append("    - ").append(voluit(g.citaat())).append(": \"").append(g.citaat().tekst()).append("\" — wijkt voor ")
                            .append(voluit(g.wijktVoor())).append('\n');
                    regel(s, "      ", leesbaar(g.toelichting(), b));
                }
            }
            if (!b.afgeschermd().isEmpty()) {
                boolean onzeker = b.overgangsrecht().stream().anyMatch(o -> o.hangtAfVan() != null) && b.overgangsrecht().stream().noneMatch(Besluit.Overgangsrecht::beschermtOpPeildatum);
                s.append(onzeker ? "  Gronden die alleen gelden als het overgangsrecht de voorziening niet beschermt:\n"
                        : "  Gronden die het overgangsrecht nu buiten toepassing laat:\n");
                for (Besluit.Grond g : b.afgeschermd()) {
                    s.append("    - ").append(voluit(g.citaat())).append(": \"").append(g.citaat().tekst()).append("\"\n");
                    regel(s, "      ", leesbaar(g.toelichting(), b));
                }
            }
            if (!b.openOordelen().isEmpty()) {
                s.append("  Vragen die het college moet beantwoorden voordat kan worden beslist:\n");
                for (Besluit.OpenOordeel o : b.openOordelen()) {
                    String uitleg = vraagUitleg(o.vraag());
                    s.append("    - ").append(vraag(o.vraag())).append(" (").append(voluit(o.citaat())).append(") (veld in de casus: ").append(o.gegeven())
                            .append(uitleg == null ? "" : ", " + uitleg).append(")\n");
                }
            }
            if (b.soort() == Besluit.Soort.VERLEENDE_VOORZIENING) {
                List<Besluit.Voorwaarde> onbekend = b.voorwaarden().stream().filter(v -> v.status() == Besluit.Voorwaarde.Status.ONBEKEND && v.gegeven() != null
                        && !v.gegeven().contains(".oordelen.")).toList();
                if (!onbekend.isEmpty()) {
                    s.append("  Niet vastgesteld (om de voorziening hierom te beëindigen moet het college dit eerst vaststellen):\n");
                    for (Besluit.Voorwaarde v : onbekend) {
                        s.append("    - ").append(hoofdletter(wat(v))).append(" (").append(bepaling(v.citaat(), e)).append(") (veld in de casus: ").append(v.gegeven()).append(")\n");
                    }
                }
            }
            if (!b.ontbrekendeGegevens().isEmpty()) {
                s.append(b.uitkomst().staatVast() ? "  Gegevens die ontbreken voor andere voorwaarden (het besluit hangt er niet van af):\n"
                        : "  Gegevens die ontbreken:\n");
                for (Besluit.OntbrekendGegeven o : b.ontbrekendeGegevens()) {
                    s.append("    - ").append(feit(o.gegeven())).append(" Nodig voor ").append(bepaling(o.citaat(), e)).append(" (veld in de casus: ")
                            .append(o.gegeven()).append(")\n");
                }
            }
            // what a grant would bring does not belong in a decision that must refuse, or end, or has no grondslag
            boolean geenToekenning = b.uitkomst() == Uitkomst.MOET_WORDEN_GEWEIGERD || b.uitkomst() == Uitkomst.BESTAAT_NIET
                    || b.uitkomst() == Uitkomst.MOET_WORDEN_BEEINDIGD;
            if (!b.berekeningen().isEmpty() && !geenToekenning) {
                s.append(b.uitkomst() == Uitkomst.KAN_WORDEN_GEWEIGERD ? "  Bedragen en uren, als het college de voorziening toekent:\n" : "  Bedragen en uren:\n");
                for (Besluit.Berekening r : b.berekeningen()) s.append("    - ").append(berekening(r, b, e)).append('\n');
            }
            if (!b.termijnen().isEmpty()) {
                s.append("  Termijnen:\n");
                for (Besluit.Termijn t : b.termijnen()) {
                    s.append("    - ").append(hoofdletter(wat(t))).append(" (").append(bepaling(t.citaat(), e)).append("): ").append(termijn(t)).append('\n');
                }
            }
            boolean kop = false;
            for (Besluit.Opmerking o : b.opmerkingen()) {
                if (o.standaard()) {
                    if (kanAfwijkenNodigZijn(b, o)) hardheid.computeIfAbsent(o.citaat().sleutel(), k -> new Hardheid(o, new ArrayList<>())).voor().add(b.onderwerp());
                    continue;
                }
                if (!kop) { s.append("  Verder:\n"); kop = true; }
                s.append("    - ").append(hoofdletter(wat(o))).append(" (").append(bepaling(o.citaat(), e)).append(")\n");
                regel(s, "      ", leesbaar(o.toelichting(), b));
            }
            List<String> vervuld = new ArrayList<>();
            // a provision with a condition not met is named above; listing it here as well would say it is both
            java.util.Set<String> nietVervuld = new java.util.HashSet<>();
            for (Besluit.Voorwaarde v : b.voorwaarden()) if (v.status() != Besluit.Voorwaarde.Status.VERVULD) nietVervuld.add(bepaling(v.citaat(), e));
            for (Besluit.Voorwaarde v : b.voorwaarden()) {
                if (v.status() == Besluit.Voorwaarde.Status.VERVULD && !nietVervuld.contains(bepaling(v.citaat(), e))) {
                    String k = bepaling(v.citaat(), e);
                    if (!vervuld.contains(k)) vervuld.add(k);
                }
            }
            if (!vervuld.isEmpty()) s.append("  Voorwaarden waaraan is voldaan: ").append(String.join("; ", vervuld)).append(".\n");
        }
        if (!e.nietGebruikt().isEmpty()) {
            s.append("\nGegevens uit de casus die niet zijn meegewogen (aanvaard): de regelingen van deze gemeente gebruiken ze niet, of de bepaling die ze leest is hier niet van toepassing:\n");
            for (Evaluation.NietGebruikt n : e.nietGebruikt()) {
                s.append("  - ").append(feit(n.field())).append(" (veld in de casus: ").append(n.field()).append(")");
                // a provision that does not apply to this onderwerp: say which and why
                if (n.reason().startsWith("niet toegepast") || n.reason().startsWith("niet gebruikt:")) s.append(" — ").append(n.reason());
                s.append('\n');
            }
        }
        boolean afwijzing = e.besluiten().stream().anyMatch(b -> !b.gronden().isEmpty());
        for (Regeling r : e.versie().regelingen()) {
            Regeling.Hardheidsclausule h = r.hardheidsclausule();
            if (afwijzing && h != null && !h.bestaat() && hardheid.isEmpty()) {
                s.append("\nAfwijken in bijzondere gevallen: ").append(r.citeertitel()).append(" bevat geen hardheidsclausule.");
                if (h.toelichting() != null) s.append(' ').append(h.toelichting().endsWith(".") ? h.toelichting() : h.toelichting() + ".");
                s.append('\n');
            }
        }
        if (!hardheid.isEmpty()) {
            s.append("\nAfwijken in bijzondere gevallen (hardheidsclausule):\n");
            for (Hardheid h : hardheid.values()) {
                Besluit.Opmerking o = h.opmerking();
                s.append("  - ").append(voluit(o.citaat())).append(": \"").append(o.citaat().tekst()).append("\" (van belang voor ")
                        .append(String.join(", ", h.voor())).append(")\n");
                regel(s, "    ", leesbaar(o.toelichting(), null));
            }
        }
        return s.toString();
    }

    /** A standard remark listed once at the end, with the decisions it can matter for. */
    private record Hardheid(Besluit.Opmerking opmerking, List<String> voor) {}

    /**
     * Whether a deviation power can matter for this decision: only for a refusal or an ending, and only the power of a
     * regeling whose provision decides it (a verordening's clause does not reach a ground in the beleidsregels).
     */
    public static boolean kanAfwijkenNodigZijn(Besluit b, Besluit.Opmerking o) {
        if (b.gronden().isEmpty()) return false;
        for (Besluit.Grond g : b.gronden()) {
            if (g.citaat().regeling().equals(o.citaat().regeling())) return true;
            if (g.via() != null && g.via().regeling().equals(o.citaat().regeling())) return true;
        }
        return false;
    }

    /** The decision in one sentence. */
    static String zin(Besluit b) {
        if (OPDRACHTEN.contains(b.voorziening())) {
            switch (b.uitkomst()) {
                case MOET_WORDEN_GEWEIGERD: return "de opdracht mag niet worden gegeven; de regeling laat het college hierin geen keuze.";
                case KAN_WORDEN_GEWEIGERD: return "het college kan afzien van de opdracht; het weegt of het dat doet.";
                case TOEKENBAAR: return "het college kan de opdracht geven: aan de voorwaarden is voldaan en er is geen grond om ervan af te zien.";
                default:
            }
        }
        return switch (b.uitkomst()) {
            case BESTAAT_NIET -> "de aanvraag moet worden afgewezen: de regeling die op deze datum geldt, kent deze voorziening niet.";
            case MOET_WORDEN_GEWEIGERD -> "de aanvraag moet worden afgewezen; de regeling laat het college hierin geen keuze.";
            case KAN_WORDEN_GEWEIGERD -> "de aanvraag kan worden afgewezen; het college weegt of het dat doet.";
            case MOET_WORDEN_BEEINDIGD -> "de voorziening moet worden beëindigd; de regeling laat het college hierin geen keuze.";
            case KAN_WORDEN_BEEINDIGD -> "de voorziening kan worden beëindigd; het college weegt of het dat doet.";
            case ONVOLLEDIG -> "er kan nog niet worden beslist: er ontbreken gegevens (zie hieronder).";
            case HANGT_AF_VAN_OORDEEL -> "er kan nog niet worden beslist: het besluit hangt af van een oordeel van het college (zie de vragen hieronder).";
            case TOEKENBAAR -> "de voorziening kan worden toegekend: aan de voorwaarden is voldaan en er is geen grond om de aanvraag af te wijzen.";
            case VOORTZETTEN -> "de voorziening kan worden voortgezet: er is geen grond om haar te beëindigen.";
        };
    }

    private static void grondslag(StringBuilder s, Besluit b) {
        if (b.grondslagen().isEmpty() || b.uitkomst().isNegatief()) return;
        for (Besluit.Grondslag g : b.grondslagen()) {
            s.append("  Grondslag: ").append(voluit(g.citaat())).append(": \"").append(g.citaat().tekst()).append("\"\n");
            String handeling = OPDRACHTEN.contains(b.voorziening()) ? "de opdracht te geven" : "de voorziening te verstrekken";
            s.append(g.plicht() ? "    Het college is verplicht " + handeling + " als aan de voorwaarden is voldaan.\n"
                    : "    Het college is bevoegd, niet verplicht, " + handeling + "; het weegt of het dat doet.\n");
        }
    }

    private static void gronden(StringBuilder s, List<Besluit.Grond> gronden, Besluit b, Evaluation e) {
        if (gronden.isEmpty()) return;
        s.append("  Waarom:\n");
        int n = 1;
        for (Besluit.Grond g : gronden) {
            s.append("    ").append(n++).append(". ");
            if (g.voorwaarde() != null) {
                s.append("Niet voldaan aan ").append(voluit(g.citaat())).append(": \"").append(g.citaat().tekst()).append("\"\n");
                s.append("       De voorwaarde: ").append(wat(g)).append('.').append('\n');
                regel(s, "       ", leesbaar(g.toelichting(), b));
                if (g.via() != null) s.append("       Daarom geldt ").append(bepaling(g.via(), e)).append(": \"").append(g.via().tekst()).append("\"\n");
            } else {
                s.append(hoofdletter(voluit(g.citaat()))).append(": \"").append(g.citaat().tekst()).append("\"\n");
                s.append("       Vastgesteld: ").append(wat(g)).append('.').append('\n');
                regel(s, "       ", leesbaar(g.toelichting(), b));
            }
            for (Citaat c : g.ook()) s.append("       Ook: ").append(voluit(c)).append(": \"").append(c.tekst()).append("\"\n");
            s.append("       ").append(g.verplicht() ? "Deze grond laat het college geen keuze."
                    : "Deze grond geeft het college de bevoegdheid, niet de plicht: het weegt of het er gebruik van maakt.").append('\n');
        }
    }

    private static void overgangsrecht(StringBuilder s, Besluit b) {
        for (Besluit.Overgangsrecht o : b.overgangsrecht()) {
            s.append("  Overgangsrecht (").append(voluit(o.citaat())).append("): ");
            if (o.hangtAfVan() != null) {
                s.append("of de voorziening beschermd is, hangt af van een gegeven dat ontbreekt (veld in de casus: ").append(o.hangtAfVan())
                        .append(")").append(o.beschermdTotEnMet() == null ? "." : "; zo ja, dan tot en met " + datum(o.beschermdTotEnMet()) + ".");
            } else if (o.beschermtOpPeildatum()) {
                s.append(o.beschermdTotEnMet() == null ? "de voorziening is beschermd; de regels kennen het einde van die bescherming niet."
                        : "de voorziening is beschermd tot en met " + datum(o.beschermdTotEnMet()) + ".");
            } else {
                s.append(o.beschermdTotEnMet() == null ? "de bescherming is verstreken."
                        : "de bescherming liep tot en met " + datum(o.beschermdTotEnMet()) + " en is verstreken.");
            }
            s.append('\n');
            regel(s, "    ", leesbaar(o.toelichting(), b));
        }
    }

    // ---- the shared wording -------------------------------------------------------------------------------------

    /** "19 februari 2024"; empty for {@code null}. */
    public static String datum(LocalDate d) {
        // "16 maart 2026", as DateTimeFormatter "d MMMM yyyy" in the nl locale, written out: a cold process need not load
        // the locale data (about 400 classes, some 40 ms of CPU) for one date
        if (d == null) return "";
        String jaar = Integer.toString(d.getYear());
        if (d.getYear() >= 0 && jaar.length() < 4) jaar = "000".substring(jaar.length() - 1) + jaar;
        return d.getDayOfMonth() + " " + MAANDEN[d.getMonthValue() - 1] + " " + jaar;
    }

    /** "eerste" for lid 1 … "twintigste" for 20; {@code null} for a lid that is not a number up to twenty. */
    public static String rangtelwoord(String lid) {
        if (lid == null || !lid.matches("\\d{1,2}")) return null;
        int n = Integer.parseInt(lid);
        return n >= 1 && n < RANGTELWOORDEN.length ? RANGTELWOORDEN[n] : null;
    }

    /**
     * The provision as a decision cites it: "artikel 2, eerste lid, onder a" (a lid that is not a number up to twenty:
     * "artikel 4, lid c"; an unlettered onderdeel: "het ongeletterde onderdeel").
     */
    public static String bepaling(Citaat c) {
        StringBuilder s = new StringBuilder("artikel ").append(c.artikel());
        if (c.lid() != null) {
            String r = rangtelwoord(c.lid());
            s.append(", ").append(r != null ? r + " lid" : "lid " + c.lid());
        }
        if (c.onderdeel() != null) s.append(c.onderdeel().equals("-") ? ", het ongeletterde onderdeel" : ", onder " + c.onderdeel());
        return s.toString();
    }

    /**
     * The provision, and where the evaluation applies more than one regeling, which one: "artikel 11, eerste lid, onder
     * a, van de beleidsregels" beside "artikel 11, eerste lid" of the verordening, so that a reader of a decision under a
     * verordening and its beleidsregels can find each provision. By the regeling's kind where that tells them apart,
     * otherwise by its citeertitel.
     */
    public static String bepaling(Citaat c, Evaluation e) {
        String kaal = bepaling(c);
        List<Regeling> regelingen = e.versie().regelingen();
        if (regelingen.size() < 2) return kaal;
        Regeling eigen = null;
        int zelfdeSoort = 0;
        for (Regeling r : regelingen) if (r.id().equals(c.regeling())) eigen = r;
        if (eigen == null) return kaal;
        for (Regeling r : regelingen) if (java.util.Objects.equals(r.soort(), eigen.soort())) zelfdeSoort++;
        String naam = zelfdeSoort == 1 && eigen.soort() != null ? eigen.soort() : eigen.citeertitel();
        return kaal + (c.lid() != null || c.onderdeel() != null ? ", van de " : " van de ") + naam;
    }

    /** The provision with its regeling: "artikel 2, eerste lid, onder a, van de Re-integratieverordening Heemstede 2023". */
    public static String voluit(Citaat c) {
        return bepaling(c) + (c.lid() != null || c.onderdeel() != null ? ", van de " : " van de ") + c.citeertitel();
    }

    /** What an item decides: its rule's name without the citation that starts it ("persoon behoort niet tot de doelgroep"). */
    public static String wat(Besluit.Onderdeel o) {
        String n = o.omschrijving();
        int i = n.indexOf(" — ");
        return i >= 0 ? n.substring(i + 3).trim() : n;
    }

    /**
     * A term in words with the date it ends: "uiterlijk 31 maart 2025, vier weken na 3 maart 2025" or "ten hoogste drie
     * maanden: van 3 maart 2025 tot en met 2 juni 2025"; without a start date, the duration alone. The rule's
     * explanation follows in parentheses.
     */
    public static String termijn(Besluit.Termijn t) {
        String s;
        if (t.duur() == null) {
            // a term fixed by its last day
            s = t.soort() == Besluit.Termijn.Soort.UITERLIJK ? "uiterlijk " + datum(t.totEnMet())
                    : t.vanaf() == null ? "ten hoogste tot en met " + datum(t.totEnMet()) : "van " + datum(t.vanaf()) + " tot en met " + datum(t.totEnMet());
            String toelichting = leesbaar(t.toelichting(), null);
            return toelichting == null || toelichting.isBlank() ? s : s + " (" + toelichting + ")";
        }
        String duur = t.duur().inWoorden();
        if (t.soort() == Besluit.Termijn.Soort.UITERLIJK) {
            s = t.totEnMet() == null ? "binnen " + duur : "uiterlijk " + datum(t.totEnMet()) + ", " + duur + " na " + datum(t.vanaf());
        } else {
            s = t.totEnMet() == null ? "ten hoogste " + duur + " (de begindatum is niet bekend)"
                    : "ten hoogste " + duur + ": van " + datum(t.vanaf()) + " tot en met " + datum(t.totEnMet());
        }
        String toelichting = leesbaar(t.toelichting(), null);
        return toelichting == null || toelichting.isBlank() ? s : s + " (" + toelichting + ")";
    }

    /**
     * An amount in its unit as a person writes it: "€ 1.234,50", "€ 45,00 per uur", "24 uur per week", "0,1 deel van
     * de uren". {@code null} is "niet bekend".
     */
    public static String bedrag(BigDecimal waarde, String eenheid) {
        if (waarde == null) return "niet bekend";
        String e = eenheid == null ? "" : eenheid.trim();
        Matcher m = EUR.matcher(e);
        if (m.matches()) {
            String rest = m.group(1).trim();
            return "€ " + getal(waarde.setScale(2, RoundingMode.HALF_UP), true) + (rest.isEmpty() ? "" : " " + rest);
        }
        if (e.equals("uren") || e.startsWith("uren ")) e = "uur" + e.substring(4);
        if (e.equals("procent") || e.startsWith("procent ")) return getal(waarde, false) + " " + e;
        return (getal(waarde, false) + " " + e).trim();
    }

    /** A Dutch number: "1.234,5"; with {@code centen} always two decimals. */
    public static String getal(BigDecimal w, boolean centen) {
        // as DecimalFormat "#,##0.00" or "#,##0.##########" with the nl symbols (grouping ".", decimal ",", HALF_EVEN),
        // written out for the reason datum(LocalDate) gives
        BigDecimal r = centen ? w.setScale(2, RoundingMode.HALF_EVEN) : w.stripTrailingZeros();
        if (!centen) {
            if (r.scale() > 10) r = r.setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (r.scale() < 0) r = r.setScale(0);
        }
        String plat = r.abs().toPlainString();
        int punt = plat.indexOf('.');
        String geheel = punt < 0 ? plat : plat.substring(0, punt);
        StringBuilder uit = new StringBuilder(plat.length() + geheel.length() / 3 + 1);
        if (w.signum() < 0) uit.append('-');
        int eerste = geheel.length() % 3 == 0 ? 3 : geheel.length() % 3;
        uit.append(geheel, 0, eerste);
        for (int i = eerste; i < geheel.length(); i += 3) uit.append('.').append(geheel, i, i + 3);
        if (punt >= 0) uit.append(',').append(plat, punt + 1, plat.length());
        return uit.toString();
    }

    /**
     * A calculation as a line: what it is, the year of the voorziening it is for (where the rules compute one per
     * year), the amount, and the provision; an amount that is not known says which figure is missing.
     */
    public static String berekening(Besluit.Berekening r, Besluit b) {
        return berekening(r, b, null);
    }

    /** As {@link #berekening(Besluit.Berekening, Besluit)}, the provision named as {@link #bepaling(Citaat, Evaluation)} does. */
    public static String berekening(Besluit.Berekening r, Besluit b, Evaluation e) {
        StringBuilder s = new StringBuilder(hoofdletter(wat(r)));
        Integer jaar = jaar(r);
        if (jaar != null) s.append(", in het ").append(jaar < RANGTELWOORDEN.length ? RANGTELWOORDEN[jaar] : jaar + "e").append(" jaar");
        s.append(" (").append(e == null ? bepaling(r.citaat()) : bepaling(r.citaat(), e)).append("): ");
        String toelichting = r.toelichting() != null && JAAR_TOELICHTING.matcher(r.toelichting().trim()).matches() ? null : leesbaar(r.toelichting(), b);
        if (r.waarde() == null) {
            s.append("niet bekend: ").append(toelichting == null || toelichting.isBlank() ? "de regels noemen niet welk gegeven ontbreekt" : toelichting);
        } else {
            s.append(bedrag(r.waarde(), r.eenheid()));
            if (toelichting != null && !toelichting.isBlank()) s.append(" (").append(toelichting).append(')');
        }
        return s.toString();
    }

    /** The year of the voorziening a calculation is for ({@code ….jaar2}, or a rule explanation "jaar 2"), or {@code null}. */
    public static Integer jaar(Besluit.Berekening r) {
        Matcher m = JAAR.matcher(r.code());
        if (m.find()) return Integer.parseInt(m.group(1));
        if (r.toelichting() != null) {
            Matcher t = JAAR_TOELICHTING.matcher(r.toelichting().trim());
            if (t.matches()) return Integer.parseInt(t.group(1));
        }
        return null;
    }

    /**
     * A rule's explanation made readable: ISO dates as "3 maart 2025", "2025-01-01 t/m 2025-03-31" as "van … tot en
     * met …", ISO durations in words, {@code true}/{@code false} as ja/nee, and the code of an item of the same
     * decision as what that item decides. {@code besluit} may be {@code null}.
     */
    public static String leesbaar(String tekst, Besluit besluit) {
        if (tekst == null) return null;
        String s = tekst;
        s = vervang(s, ISO_PERIODE, m -> "van " + datum(LocalDate.parse(m.group(1))) + " tot en met " + datum(LocalDate.parse(m.group(2))));
        s = vervang(s, ISO_DATUM, m -> {
            try {
                return datum(LocalDate.parse(m.group()));
            } catch (java.time.DateTimeException x) {
                return m.group();
            }
        });
        s = vervang(s, ISO_DUUR, m -> new Duur(Integer.parseInt(m.group(1)), switch (m.group(2)) {
            case "D" -> Duur.Eenheid.DAGEN;
            case "W" -> Duur.Eenheid.WEKEN;
            case "M" -> Duur.Eenheid.MAANDEN;
            default -> Duur.Eenheid.JAREN;
        }).inWoorden());
        s = vervang(s, WAARHEID, m -> switch (m.group(1)) {
            case "true" -> "ja";
            case "false" -> "nee";
            default -> "niet gegeven";
        });
        if (besluit != null) {
            Map<String, String> codes = new HashMap<>();
            for (Besluit.Onderdeel o : besluit.onderdelen()) {
                if (o.code().contains(".") || o.code().contains("-")) codes.putIfAbsent(o.code(), "\"" + wat(o) + "\"");
            }
            for (Map.Entry<String, String> c : codes.entrySet()) {
                s = s.replaceAll("(?<![\\w.-])" + Pattern.quote(c.getKey()) + "(?![\\w-]|\\.\\w)", Matcher.quoteReplacement(c.getValue()));
            }
        }
        return s;
    }

    /**
     * What a fact is, from the shared vocabulary ("De persoon behoort tot de doelgroep …"), for a case-file path such
     * as {@code persoon.behoortTotDoelgroep} or {@code aanvragen[0].ontvangstdatum}; several paths joined by " / " give
     * each; a fact the vocabulary does not know is named by its path.
     */
    public static String feit(String pad) {
        if (pad == null) return "";
        Set<String> delen = new LinkedHashSet<>();
        for (String p : pad.split("\\s*/\\s*")) {
            String naam = p.substring(p.lastIndexOf('.') + 1);
            String omschrijving = FEITEN.get(naam);
            if (omschrijving != null) delen.add(omschrijving(omschrijving));
            else delen.add(p.contains("oordelen.") ? "Het oordeel van het college \"" + naam + "\"." : "Het gegeven " + p + ".");
        }
        return String.join(" ", delen);
    }

    private static final Pattern WAAR_IS = Pattern.compile("\\s*\\((true\\s*=[^)]*)\\)");

    /** A judgement's question for a reader: without the note for the case file on what {@code true} means ("(true = onvoldoende)"). */
    public static String vraag(String vraag) {
        return vraag == null ? null : WAAR_IS.matcher(vraag).replaceAll("").trim();
    }

    /** The note for the case file a judgement's question carries ("true = onvoldoende"), or {@code null}. */
    public static String vraagUitleg(String vraag) {
        if (vraag == null) return null;
        Matcher m = WAAR_IS.matcher(vraag);
        return m.find() ? m.group(1).trim() : null;
    }

    /**
     * A fact's declared description as a reader sees it: without the notation for the case file ("{vanaf, totEnMet}")
     * and without the note on what its absence means ("; afwezig bij …").
     */
    public static String omschrijving(String declaratie) {
        if (declaratie == null) return null;
        String s = declaratie.replaceAll("\\s*\\{[^}]*\\}", "");
        s = s.replaceAll("(?i);\\s*afwezig\\b[^.]*", "");
        s = s.trim();
        return s.endsWith(".") ? s : s + ".";
    }

    /** The name of a voorziening from the shared vocabulary ("Werkstage (werkervaringsplaats)"), or its code made readable. */
    public static String voorziening(String code) {
        String naam = VOORZIENINGEN.get(code);
        return naam != null ? naam : hoofdletter(code.replace('-', ' '));
    }

    /**
     * The assumption a regeling's start date rests on, when its descriptor says the date is one ("AANNAME"), without
     * that marker; otherwise {@code null}.
     */
    public static String aanname(Regeling r) {
        String t = r.inwerkingtreding();
        if (t == null || !t.toLowerCase(Locale.ROOT).contains("aanname")) return null;
        return t.replaceFirst("(?i)^\\s*aanname[.:]?\\s*", "").trim();
    }

    static String hoofdletter(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String vervang(String s, Pattern p, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        m.appendTail(b);
        return b.toString();
    }

    private static void regel(StringBuilder s, String inspringing, String tekst) {
        if (tekst != null && !tekst.isBlank()) s.append(inspringing).append(hoofdletter(tekst.trim())).append(tekst.trim().endsWith(".") ? "" : ".").append('\n');
    }

    private static JsonNode vocabulaire() {
        try {
            return Json.resource(Samenvatting.class.getClassLoader(), Vocabulary.GEDEELD);
        } catch (RuntimeException e) {
            return null; // the summary then names facts by their path
        }
    }

    private static Map<String, String> feiten(JsonNode v) {
        Map<String, String> m = new HashMap<>();
        if (v != null) for (JsonNode g : v.path("gegevens")) m.putIfAbsent(g.path("naam").asText(), g.path("omschrijving").asText());
        return Map.copyOf(m);
    }

    private static Set<String> opdrachten(JsonNode v) {
        Set<String> m = new java.util.HashSet<>();
        if (v != null) for (JsonNode g : v.path("voorzieningen")) if (g.path("opdracht").asBoolean(false)) m.add(g.path("code").asText());
        return Set.copyOf(m);
    }

    private static Map<String, String> voorzieningen(JsonNode v) {
        Map<String, String> m = new HashMap<>();
        if (v != null) for (JsonNode g : v.path("voorzieningen")) m.putIfAbsent(g.path("code").asText(), g.path("naam").asText());
        return Map.copyOf(m);
    }
}
