package nl.reintegratie.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintegratie.engine.Besluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Citaat;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.Ontvangstbewijs;
import nl.reintegratie.engine.Regeling;
import nl.reintegratie.engine.Samenvatting;
import nl.reintegratie.engine.Uitkomst;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.FactSet;
import nl.reintegratie.feiten.Onderwerp;
import nl.reintegratie.feiten.Periode;
import nl.reintegratie.feiten.VerleendeVoorziening;

/**
 * The content of one draft beschikking, built from one {@link Besluit} of an {@link Evaluation} (and, where given,
 * the case's facts): what the templates render. All legal content is decided here, in tested code; the templates
 * only lay it out. Nothing discretionary is decided: where the text leaves the college a choice, the model carries a
 * marked place for the college's weighing ({@link Tekst#invullen}) and the dictum offers the choice.
 */
final class Ontwerp {
    private Ontwerp() {}

    /** A line of text; {@code invullen}: a marked place the college must fill in before sending. */
    record Tekst(String tekst, boolean invullen) {
        static Tekst van(String t) { return new Tekst(t, false); }

        static Tekst invullen(String t) { return new Tekst(t, true); }
    }

    /** A link in running text; {@code na} is what follows it in a list (", " or nothing after the last). */
    record Link(String tekst, String url, String jci, String na) {}

    /** Links to national law, separated as a sentence lists them. */
    static List<Link> links(List<Wetsverwijzing> wetten, String scheiding) {
        List<Link> l = new ArrayList<>();
        for (int i = 0; i < wetten.size(); i++) {
            Wetsverwijzing w = wetten.get(i);
            l.add(new Link(w.tekst(), w.url(), w.jci(), i + 1 < wetten.size() ? scheiding : ""));
        }
        return l;
    }

    /** A provision as the beschikking quotes it: its title, the aanhef of its lid, its text, and the national law it names. */
    record Bepaling(String titel, String aanhef, String letter, List<String> regels, List<Wetsverwijzing> wetten) {
        public List<Link> wetLinks() { return links(wetten, "; "); }

        public boolean heeftWetten() { return !wetten.isEmpty(); }

        /** The quoted text on one line: the aanhef, then the onderdeel with its letter. */
        public String volledig() {
            String t = String.join(" ", regels);
            return (aanhef == null ? "" : aanhef + " (…) ") + (letter == null ? "" : letter + " ") + t;
        }
    }

    /** A fact the decision was applied to: what it is and its value in the case. */
    record Feit(String wat, String waarde) {}

    /** A ground of refusal or ending, with the facts and the reasoning. */
    record Grond(Bepaling bepaling, String voorwaarde, Bepaling via, List<Feit> feiten, List<String> toelichting, List<String> redenering,
                 List<String> gevolg, boolean verplicht) {
        public boolean heeftFeiten() { return !feiten.isEmpty(); }
    }

    /** A condition that is met, for the motivering of a grant. */
    record Voorwaarde(Bepaling bepaling, String wat, List<Feit> feiten, List<String> toelichting) {
        public boolean heeftFeiten() { return !feiten.isEmpty(); }
    }

    /** An amount or a term: what it is, its value in words, and the provision. */
    record Regel(String wat, String waarde, String bepaling) {}

    /** A question the college must answer before the decision can be taken. */
    record Vraag(String vraag, String bepaling, String veld) {}

    /** A fact that is missing. */
    record Ontbreekt(String wat, String bepaling, String veld) {}

    /** A remark the decision must also make. */
    record Opmerking(String wat, Bepaling bepaling, List<String> toelichting) {}

    /** A regeling applied, with its CVDR identifier where a source gives one. */
    record Regelingvermelding(String citeertitel, String vastgesteld, String inWerking, String cvdr, String cvdrUrl, String cvdrBron, String aanname) {}

    /** The bezwaarclausule; {@code berekend} when the verzenddatum is known and the last day computed. */
    record Bezwaar(boolean berekend, String verzenddatum, String eersteDag, String laatsteDag, String verlenging, String college,
                   List<Wetsverwijzing> wetten) {
        public List<Link> wetLinks() { return links(wetten, ", "); }
    }

    /** What makes the draft reproducible. */
    record Herkomst(String engine, String versie, List<String> regelingen, String casus, String peildatum) {}

    /** The whole draft. */
    record Model(String titel, boolean verzendbaar, List<String> beletselen, List<Tekst> invullen, String gemeente, String college,
                 String collegeKop, Tekst datum, String kenmerk, List<Tekst> geadresseerde, String bsn, String onderwerp, List<String> inleiding,
                 List<Tekst> dictum, List<String> keuzes, List<Regel> bedragen, String bedragenKop, List<Regel> termijnen,
                 List<Wetsverwijzing> motiveringWetten, Bepaling grondslag, List<String> grondslagUitleg, List<Voorwaarde> vervuld,
                 List<String> motiveringAlgemeen, List<String> motiveringSlot, List<Grond> gronden, String grondenKop, List<Tekst> afweging, List<String> overgangsrecht,
                 List<Vraag> vragen, List<Ontbreekt> ontbrekend, List<Opmerking> opmerkingen, List<Bepaling> hardheid, List<Tekst> hardheidAfweging,
                 List<Regelingvermelding> regelingen, Bezwaar bezwaar, Herkomst herkomst, boolean scheiding,
                 String soort, String uitkomst, String voorziening, String onderwerpId, LocalDate ingangsdatum, LocalDate vervaldatum) {
        public boolean heeftKeuzes() { return !keuzes.isEmpty(); }

        public boolean heeftBedragenOfTermijnen() { return !bedragen.isEmpty() || !termijnen.isEmpty(); }

        public boolean heeftVervuld() { return !vervuld.isEmpty(); }

        public boolean heeftAfweging() { return !afweging.isEmpty(); }

        public boolean heeftOvergangsrecht() { return !overgangsrecht.isEmpty(); }

        public boolean heeftVragen() { return !vragen.isEmpty(); }

        public boolean heeftOntbrekend() { return !ontbrekend.isEmpty(); }

        public boolean heeftOpmerkingen() { return !opmerkingen.isEmpty(); }

        public boolean heeftHardheid() { return !hardheid.isEmpty(); }

        public List<Link> motiveringLinks() { return links(motiveringWetten, ", "); }
    }

    /** What kind of decision a draft proposes. */
    enum Soort {
        TOEKENNING("toekenning"), AFWIJZING("afwijzing"), BEEINDIGING("beeindiging"), VOORTZETTING("voortzetting"), OPDRACHT("opdracht"),
        GEEN_OPDRACHT("geen-opdracht"),
        /** No decision can be proposed yet (facts missing, a judgement open). */
        GEEN("geen");

        final String code;

        Soort(String code) { this.code = code; }
    }

    /** The kind of decision the outcome proposes ({@link Soort#GEEN} while it cannot be decided). */
    static Soort soort(Besluit b, boolean opdracht) {
        return switch (b.uitkomst()) {
            case TOEKENBAAR -> opdracht ? Soort.OPDRACHT : Soort.TOEKENNING;
            case BESTAAT_NIET, MOET_WORDEN_GEWEIGERD, KAN_WORDEN_GEWEIGERD -> opdracht ? Soort.GEEN_OPDRACHT : Soort.AFWIJZING;
            case MOET_WORDEN_BEEINDIGD, KAN_WORDEN_BEEINDIGD -> Soort.BEEINDIGING;
            case VOORTZETTEN -> Soort.VOORTZETTING;
            case ONVOLLEDIG, HANGT_AF_VAN_OORDEEL -> Soort.GEEN;
        };
    }

    static Model bouw(Evaluation e, Besluit b, Casus casus, Bronnen bronnen, LocalDate verzenddatum, boolean scheiding) {
        return new Bouwer(e, b, casus, bronnen, verzenddatum).model(scheiding);
    }

    /** Builds one model; holds the decision's context. */
    private static final class Bouwer {
        private final Evaluation e;
        private final Besluit b;
        private final Casus casus;
        private final Bronnen bronnen;
        private final LocalDate verzenddatum;
        private final Onderwerp onderwerp;
        private final boolean aanvraag;
        private final boolean opdracht;
        /** An ambtshalve beoordeling: no aanvraag was made (L-27). */
        private final boolean ambtshalve;
        private final String kort;
        private final List<String> beletselen = new ArrayList<>();
        private final List<Tekst> invullen = new ArrayList<>();

        Bouwer(Evaluation e, Besluit b, Casus casus, Bronnen bronnen, LocalDate verzenddatum) {
            this.e = e;
            this.b = b;
            this.casus = casus;
            this.bronnen = bronnen;
            this.verzenddatum = verzenddatum;
            this.onderwerp = onderwerp(casus, b);
            this.aanvraag = b.soort() == Besluit.Soort.AANVRAAG;
            this.opdracht = bronnen.isOpdracht(b.voorziening());
            this.ambtshalve = onderwerp instanceof Aanvraag a && a.isAmbtshalve();
            String naam = bronnen.naam(b.voorziening());
            int haakje = naam.indexOf(" (");
            String k = haakje > 0 ? naam.substring(0, haakje) : naam;
            this.kort = k.isEmpty() ? k : Character.toLowerCase(k.charAt(0)) + k.substring(1);
        }

        Model model(boolean scheiding) {
            String college = "het college van burgemeester en wethouders van " + bronnen.gemeente;
            Soort soort = soort(b, opdracht);
            // a decision that stands whatever they say (a mandatory refusal or ending) is not held up by open judgements or
            // missing facts of other conditions
            if (!b.uitkomst().staatVast()) for (Besluit.OpenOordeel o : b.openOordelen()) beletselen.add("Het college moet nog oordelen: " + Samenvatting.vraag(o.vraag()) + " (" + Samenvatting.bepaling(o.citaat(), e) + ")");
            if (!b.uitkomst().staatVast()) for (Besluit.OntbrekendGegeven o : b.ontbrekendeGegevens()) beletselen.add("Er ontbreekt een gegeven: " + kleineLetter(zonderPunt(Samenvatting.feit(o.gegeven()))) + " (" + o.gegeven() + ")");

            Tekst datum = verzenddatum == null ? Tekst.invullen("verzenddatum") : Tekst.van(Samenvatting.datum(verzenddatum));
            if (verzenddatum == null) invullen.add(Tekst.invullen("De verzenddatum: daarvan hangt de laatste dag van de bezwaartermijn af (geef --verzenddatum op, dan rekent het concept die dag uit)."));
            List<Tekst> geadresseerde = geadresseerde();
            String bsn = bsn();

            List<Tekst> dictum = new ArrayList<>();
            List<String> keuzes = new ArrayList<>();
            dictum(dictum, keuzes);

            List<Grond> gronden = new ArrayList<>();
            boolean verplichtBesluit = b.uitkomst() == Uitkomst.MOET_WORDEN_GEWEIGERD || b.uitkomst() == Uitkomst.MOET_WORDEN_BEEINDIGD;
            for (Besluit.Grond g : b.gronden()) gronden.add(grond(g, verplichtBesluit));
            List<Tekst> afweging = afweging();

            Bepaling grondslag = null;
            List<String> grondslagUitleg = new ArrayList<>();
            List<Voorwaarde> vervuld = new ArrayList<>();
            List<String> algemeen = new ArrayList<>();
            List<String> slot = new ArrayList<>();
            boolean positief = b.gronden().isEmpty() && b.uitkomst() != Uitkomst.BESTAAT_NIET;
            if (!b.grondslagen().isEmpty() && (positief || b.uitkomst() == Uitkomst.KAN_WORDEN_GEWEIGERD)) {
                Besluit.Grondslag gs = b.grondslagen().get(0);
                grondslag = bepaling(gs.citaat());
                grondslagUitleg.add(gs.plicht() ? "Deze bepaling verplicht het college " + handeling() + " als aan de voorwaarden is voldaan."
                        : "Deze bepaling geeft het college de bevoegdheid, niet de plicht, " + handeling() + ".");
            }
            if (positief) {
                Set<String> gezien = new LinkedHashSet<>();
                for (Besluit.Voorwaarde v : b.voorwaarden()) {
                    if (v.status() != Besluit.Voorwaarde.Status.VERVULD || !gezien.add(v.citaat().sleutel() + "|" + v.code())) continue;
                    vervuld.add(new Voorwaarde(bepaling(v.citaat()), Samenvatting.wat(v), feiten(regels(v)), toelichting(v.toelichting())));
                }
                if (b.uitkomst() == Uitkomst.TOEKENBAAR) {
                    slot.add(opdracht ? "Er is geen grond om van de opdracht af te zien."
                            : ambtshalve ? "Er is geen grond om de voorziening niet te verstrekken." : "Er is geen grond om de aanvraag af te wijzen.");
                } else if (b.uitkomst() == Uitkomst.VOORTZETTEN) {
                    slot.add("Er is geen grond om de voorziening te beëindigen.");
                }
            }
            if (b.uitkomst() == Uitkomst.BESTAAT_NIET) {
                List<String> titels = new ArrayList<>();
                for (Regeling r : e.versie().regelingen()) titels.add("de " + r.citeertitel());
                algemeen.add(String.join(" en ", titels) + (titels.size() == 1 ? " kent" : " kennen") + " geen " + kort + ". Er is dus geen wettelijk voorschrift"
                        + " op grond waarvan het college deze voorziening kan verstrekken.");
            }

            List<Vraag> vragen = new ArrayList<>();
            for (Besluit.OpenOordeel o : b.openOordelen()) {
                String uitleg = Samenvatting.vraagUitleg(o.vraag());
                vragen.add(new Vraag(Samenvatting.vraag(o.vraag()), Samenvatting.voluit(o.citaat()), o.gegeven() + (uitleg == null ? "" : " (" + uitleg + ")")));
            }
            List<Ontbreekt> ontbrekend = new ArrayList<>();
            for (Besluit.OntbrekendGegeven o : b.ontbrekendeGegevens()) {
                ontbrekend.add(new Ontbreekt(zonderPunt(Samenvatting.feit(o.gegeven())), Samenvatting.voluit(o.citaat()), o.gegeven()));
            }

            List<Regel> bedragen = new ArrayList<>();
            List<Regel> termijnen = new ArrayList<>();
            boolean toonBedragen = b.uitkomst() != Uitkomst.MOET_WORDEN_GEWEIGERD && b.uitkomst() != Uitkomst.BESTAAT_NIET
                    && b.uitkomst() != Uitkomst.MOET_WORDEN_BEEINDIGD;
            for (Besluit.Berekening r : b.berekeningen()) {
                if (!toonBedragen) continue;
                Integer jaar = Samenvatting.jaar(r);
                String wat = hoofdletter(Samenvatting.wat(r)) + (jaar == null ? "" : ", in het " + rangtelwoord(jaar) + " jaar");
                String toel = r.toelichting() != null && r.toelichting().trim().matches("jaar \\d+") ? null : Samenvatting.leesbaar(r.toelichting(), b);
                String waarde = r.waarde() == null
                        ? "niet bekend: " + (toel == null || toel.isBlank() ? "de regels noemen niet welk gegeven ontbreekt" : toel)
                        : Samenvatting.bedrag(r.waarde(), r.eenheid()) + (toel == null || toel.isBlank() ? "" : " (" + toel + ")");
                bedragen.add(new Regel(wat, waarde, Samenvatting.voluit(r.citaat())));
                if (r.waarde() == null) invullen.add(Tekst.invullen(wat + ": het bedrag is niet bekend (" + (toel == null ? "" : toel) + "); vul het in of laat het weg."));
            }
            for (Besluit.Termijn t : toonBedragen ? b.termijnen() : List.<Besluit.Termijn>of()) termijnen.add(new Regel(hoofdletter(Samenvatting.wat(t)), Samenvatting.termijn(t), Samenvatting.voluit(t.citaat())));
            String bedragenKop = b.uitkomst() == Uitkomst.KAN_WORDEN_GEWEIGERD ? "Als het college de voorziening toekent, gelden deze bedragen en termijnen"
                    : b.uitkomst() == Uitkomst.KAN_WORDEN_BEEINDIGD ? "Als het college de voorziening voortzet, gelden deze bedragen en termijnen"
                    : "Bedragen en termijnen";

            List<String> overgang = new ArrayList<>();
            for (Besluit.Overgangsrecht o : b.overgangsrecht()) {
                String s = "Op grond van " + Samenvatting.voluit(o.citaat()) + " (overgangsrecht) "
                        + (o.hangtAfVan() != null
                        ? "kan de voorziening beschermd zijn; dat hangt af van een gegeven dat nog ontbreekt (" + o.hangtAfVan() + ")."
                        : o.beschermtOpPeildatum()
                        ? (o.beschermdTotEnMet() == null ? "blijft de voorziening beschermd." : "blijft de voorziening beschermd tot en met " + Samenvatting.datum(o.beschermdTotEnMet()) + ".")
                        : (o.beschermdTotEnMet() == null ? "was de voorziening beschermd; die bescherming is verstreken."
                        : "was de voorziening beschermd tot en met " + Samenvatting.datum(o.beschermdTotEnMet()) + "; die bescherming is verstreken."));
                overgang.add(s);
                for (String t : toelichting(o.toelichting())) overgang.add(t);
            }
            boolean onzeker = b.overgangsrecht().stream().anyMatch(o -> o.hangtAfVan() != null);
            for (Besluit.Grond g : b.afgeschermd()) {
                overgang.add("De grond van " + Samenvatting.voluit(g.citaat()) + " (" + Samenvatting.wat(g) + ") wordt nu niet toegepast: het overgangsrecht van "
                        + Samenvatting.bepaling(g.afgeschermdDoor(), e) + (onzeker ? " laat haar buiten toepassing als het de voorziening beschermt." : " laat haar buiten toepassing."));
            }
            for (Besluit.Grond g : b.nietToegepast()) {
                overgang.add("De grond van " + Samenvatting.voluit(g.citaat()) + " (" + Samenvatting.wat(g) + ") wordt niet toegepast: het college moet de voorziening verstrekken op grond van "
                        + Samenvatting.bepaling(g.wijktVoor(), e) + ", en die plicht gaat voor (leesregel L-20).");
            }

            List<Opmerking> opmerkingen = new ArrayList<>();
            List<Bepaling> hardheid = new ArrayList<>();
            for (Besluit.Opmerking o : b.opmerkingen()) {
                if (!o.standaard()) {
                    opmerkingen.add(new Opmerking(hoofdletter(Samenvatting.wat(o)), bepaling(o.citaat()), toelichting(o.toelichting())));
                } else if (Samenvatting.kanAfwijkenNodigZijn(b, o)) {
                    hardheid.add(bepaling(o.citaat()));
                }
            }
            List<Tekst> hardheidAfweging = new ArrayList<>();
            if (!hardheid.isEmpty()) {
                hardheidAfweging.add(Tekst.invullen("Afweging van het college: zijn er in dit geval bijzondere omstandigheden waardoor het college met toepassing van "
                        + (hardheid.size() == 1 ? "deze bepaling" : "deze bepalingen") + " van de regeling afwijkt? Beschrijf de afweging; ziet het college "
                        + "geen aanleiding om af te wijken, zeg dan waarom niet."));
                invullen.add(Tekst.invullen("De afweging over de hardheidsclausule."));
            }

            List<Regelingvermelding> regelingen = new ArrayList<>();
            for (Regeling r : e.versie().regelingen()) {
                Bronnen.Cvdr c = bronnen.cvdr(r.id());
                regelingen.add(new Regelingvermelding(r.citeertitel(), r.vastgesteld(), Samenvatting.datum(r.geldigVanaf()),
                        c == null ? null : c.id(), c == null ? null : "https://lokaleregelgeving.overheid.nl/" + c.id(), c == null ? null : c.bron(),
                        Samenvatting.aanname(r)));
            }

            for (Regeling r : e.versie().regelingen()) {
                if (Samenvatting.aanname(r) != null) {
                    invullen.add(Tekst.invullen("Controleer of de " + r.citeertitel() + " op " + Samenvatting.datum(e.peildatum()) + " gold: de datum van "
                            + "inwerkingtreding (" + Samenvatting.datum(r.geldigVanaf()) + ") is een aanname (zie onder Toegepaste regelingen)."));
                }
            }
            invullen.add(0, Tekst.invullen("De naam en het adres van de geadresseerde."));
            invullen.add(Tekst.invullen("De ondertekening: naam en functie van wie namens het college tekent."));
            String titel = titel(soort);
            return new Model(titel, beletselen.isEmpty(), List.copyOf(beletselen), List.copyOf(invullen), bronnen.gemeente, college,
                    hoofdletter(college), datum, b.onderwerp(), geadresseerde, bsn, onderwerpregel(), inleiding(), dictum, keuzes, bedragen, bedragenKop,
                    termijnen, List.of(Wetsverwijzing.awb("3:46"), Wetsverwijzing.awb("3:47")), grondslag, grondslagUitleg, vervuld, algemeen, slot, gronden,
                    grondenKop(), afweging, overgang, vragen, ontbrekend, opmerkingen, hardheid, hardheidAfweging, regelingen, bezwaar(college),
                    herkomst(), scheiding, soort.code, b.uitkomst().omschrijving(), bronnen.naam(b.voorziening()), b.onderwerp(),
                    ingangsdatum(soort), vervaldatum(soort));
        }

        private String titel(Soort soort) {
            String wat = switch (soort) {
                case TOEKENNING -> "toekenning van " + kort;
                case AFWIJZING -> ambtshalve ? "geen verstrekking van " + kort : "afwijzing van de aanvraag om " + kort;
                case BEEINDIGING -> "beëindiging van " + kort;
                case VOORTZETTING -> "voortzetting van " + kort;
                case OPDRACHT -> "opdracht tot " + kort;
                case GEEN_OPDRACHT -> "geen opdracht tot " + kort;
                case GEEN -> (opdracht ? "opdracht tot " : aanvraag ? "aanvraag om " : "") + kort + " (nog geen besluit mogelijk)";
            };
            if (b.uitkomst() == Uitkomst.KAN_WORDEN_GEWEIGERD) wat = (opdracht ? "opdracht tot " : "aanvraag om ") + kort + " (keuze van het college)";
            if (b.uitkomst() == Uitkomst.KAN_WORDEN_BEEINDIGD) wat = kort + ": beëindigen of voortzetten (keuze van het college)";
            return "Conceptbesluit: " + wat;
        }

        private String onderwerpregel() {
            if (opdracht) return "Besluit over het opdragen van een " + kort;
            if (ambtshalve) return "Besluit over " + kort;
            return aanvraag ? "Besluit op uw aanvraag om " + kort : "Besluit over de aan u verleende " + kort;
        }

        private String handeling() {
            return opdracht ? "de " + kort + " op te dragen" : "de voorziening te verstrekken";
        }

        private List<String> inleiding() {
            List<String> l = new ArrayList<>();
            if (opdracht) {
                l.add("Wij hebben onderzocht of wij u een " + kort + " opdragen. In deze brief leest u ons besluit en waarom wij zo besluiten.");
            } else if (ambtshalve) {
                l.add("Wij hebben uit eigen beweging (ambtshalve) beoordeeld of wij u " + kort + " verstrekken. In deze brief leest u ons besluit en "
                        + "waarom wij zo besluiten.");
            } else if (aanvraag) {
                LocalDate ontvangen = onderwerp instanceof Aanvraag a ? a.getOntvangstdatum() : null;
                l.add((ontvangen != null ? "Op " + Samenvatting.datum(ontvangen) + " hebben wij uw aanvraag om " + kort + " ontvangen."
                        : "Wij hebben uw aanvraag om " + kort + " beoordeeld.") + " In deze brief leest u ons besluit en waarom wij zo besluiten.");
            } else {
                String s = "Aan u is " + kort + " verleend";
                if (onderwerp instanceof VerleendeVoorziening v) {
                    if (v.getVerleendOp() != null) s = "Op " + Samenvatting.datum(v.getVerleendOp()) + " is aan u " + kort + " verleend";
                    if (v.getVerleendTot() != null) s += ", tot en met " + Samenvatting.datum(v.getVerleendTot());
                }
                l.add(s + ". Wij hebben beoordeeld of deze voorziening kan worden voortgezet. In deze brief leest u ons besluit en waarom wij zo besluiten.");
            }
            l.add("Wij hebben uw situatie beoordeeld naar de regels die golden op " + Samenvatting.datum(e.peildatum()) + ".");
            return l;
        }

        private List<Tekst> geadresseerde() {
            List<Tekst> l = new ArrayList<>();
            boolean werkgever = onderwerp instanceof Aanvraag a && "werkgever".equals(a.getAanvrager());
            if (werkgever) {
                String naam = casus != null && casus.werkgever() != null ? casus.werkgever().getNaam() : null;
                l.add(naam != null ? Tekst.van(naam) : Tekst.invullen("naam van de werkgever"));
            } else {
                l.add(Tekst.invullen("naam van de geadresseerde"));
            }
            l.add(Tekst.invullen("adres"));
            l.add(Tekst.invullen("postcode en woonplaats"));
            return l;
        }

        private String bsn() {
            if (casus == null || casus.persoon() == null) return null;
            Object w = casus.persoon().getGegevens().get("burgerservicenummer");
            return w instanceof String s ? s : null;
        }

        private void dictum(List<Tekst> dictum, List<String> keuzes) {
            String periode = periode();
            String toekennen = opdracht ? "Het college draagt u op de " + kort + " te verrichten" + periode + "."
                    : "Het college kent u " + kort + " toe" + periode + ".";
            String afwijzen = opdracht ? "Het college draagt u geen " + kort + " op."
                    : ambtshalve ? "Het college verstrekt u geen " + kort + "." : "Het college wijst uw aanvraag om " + kort + " af.";
            String voortzetten = "Het college zet de aan u verleende " + kort + " voort" + verleendTot() + ".";
            String beeindigen = "Het college beëindigt de aan u verleende " + kort + " met ingang van [datum].";
            switch (b.uitkomst()) {
                case TOEKENBAAR -> dictum.add(Tekst.van(toekennen));
                case BESTAAT_NIET, MOET_WORDEN_GEWEIGERD -> dictum.add(Tekst.van(afwijzen));
                case VOORTZETTEN -> dictum.add(Tekst.van(voortzetten));
                case MOET_WORDEN_BEEINDIGD -> {
                    dictum.add(Tekst.van("Het college beëindigt de aan u verleende " + kort + " met ingang van de hieronder in te vullen datum."));
                    dictum.add(Tekst.invullen("Datum waarop de voorziening eindigt: …"));
                    invullen.add(Tekst.invullen("De datum waarop de voorziening eindigt."));
                }
                case KAN_WORDEN_GEWEIGERD -> {
                    dictum.add(Tekst.invullen("Keuze van het college na de afweging hieronder; schrap wat niet geldt:"));
                    keuzes.add(afwijzen);
                    keuzes.add(toekennen);
                    invullen.add(Tekst.invullen("De keuze in het besluit (afwijzen of toekennen), na de afweging."));
                }
                case KAN_WORDEN_BEEINDIGD -> {
                    dictum.add(Tekst.invullen("Keuze van het college na de afweging hieronder; schrap wat niet geldt:"));
                    keuzes.add(beeindigen);
                    keuzes.add(voortzetten);
                    invullen.add(Tekst.invullen("De keuze in het besluit (beëindigen of voortzetten), na de afweging; bij beëindigen de datum."));
                }
                case ONVOLLEDIG -> dictum.add(Tekst.invullen(aanvraag && !opdracht && !ambtshalve
                        ? "Nog geen besluit mogelijk: er ontbreken gegevens (zie hieronder). Het college kan de aanvrager op grond van artikel 4:5 van de "
                        + "Algemene wet bestuursrecht de gelegenheid geven de aanvraag binnen een door het college te bepalen termijn aan te vullen. "
                        + "Beoordeel de aanvraag opnieuw zodra de gegevens er zijn."
                        : "Nog geen besluit mogelijk: er ontbreken gegevens (zie hieronder). Het college stelt die eerst vast (artikel 3:2 van de "
                        + "Algemene wet bestuursrecht) en beoordeelt de zaak daarna opnieuw."));
                case HANGT_AF_VAN_OORDEEL -> dictum.add(Tekst.invullen("Nog geen besluit mogelijk: het besluit hangt af van het oordeel van het college "
                        + "over de vragen hieronder. Leg die oordelen vast en beoordeel de aanvraag opnieuw; dan volgt hier het besluit."));
            }
        }

        /** " voor de periode van … tot en met …": the period asked for, else the maximum duration from its start. */
        private String periode() {
            Periode p = onderwerp instanceof Aanvraag a ? a.getGevraagdePeriode() : null;
            if (p != null) return " voor de periode van " + Samenvatting.datum(p.vanaf()) + " tot en met " + Samenvatting.datum(p.totEnMet());
            for (Besluit.Termijn t : b.termijnen()) {
                if (t.soort() == Besluit.Termijn.Soort.MAXIMAAL && t.vanaf() != null && t.totEnMet() != null) {
                    return " voor de periode van " + Samenvatting.datum(t.vanaf()) + " tot en met " + Samenvatting.datum(t.totEnMet());
                }
            }
            return "";
        }

        private String verleendTot() {
            return onderwerp instanceof VerleendeVoorziening v && v.getVerleendTot() != null ? " tot en met " + Samenvatting.datum(v.getVerleendTot()) : "";
        }

        LocalDate ingangsdatum(Soort soort) {
            if (soort == Soort.TOEKENNING || soort == Soort.OPDRACHT) {
                Periode p = onderwerp instanceof Aanvraag a ? a.getGevraagdePeriode() : null;
                if (p != null) return p.vanaf();
                for (Besluit.Termijn t : b.termijnen()) if (t.soort() == Besluit.Termijn.Soort.MAXIMAAL && t.vanaf() != null) return t.vanaf();
            }
            return null;
        }

        LocalDate vervaldatum(Soort soort) {
            if (soort == Soort.TOEKENNING || soort == Soort.OPDRACHT) {
                Periode p = onderwerp instanceof Aanvraag a ? a.getGevraagdePeriode() : null;
                if (p != null) return p.totEnMet();
                for (Besluit.Termijn t : b.termijnen()) if (t.soort() == Besluit.Termijn.Soort.MAXIMAAL && t.totEnMet() != null) return t.totEnMet();
            }
            if (soort == Soort.VOORTZETTING && onderwerp instanceof VerleendeVoorziening v) return v.getVerleendTot();
            return null;
        }

        private String grondenKop() {
            if (b.gronden().isEmpty()) return null;
            if (!aanvraag) return b.uitkomst() == Uitkomst.MOET_WORDEN_BEEINDIGD ? "Waarom de voorziening eindigt" : "De grond om de voorziening te beëindigen";
            if (opdracht) return b.uitkomst() == Uitkomst.MOET_WORDEN_GEWEIGERD ? "Waarom wij u geen " + kort + " opdragen" : "De grond om af te zien van de opdracht";
            if (ambtshalve) return b.uitkomst() == Uitkomst.MOET_WORDEN_GEWEIGERD ? "Waarom wij u deze voorziening niet verstrekken" : "De grond om de voorziening niet te verstrekken";
            return b.uitkomst() == Uitkomst.MOET_WORDEN_GEWEIGERD ? "Waarom wij uw aanvraag afwijzen" : "De grond om uw aanvraag af te wijzen";
        }

        private Grond grond(Besluit.Grond g, boolean verplichtBesluit) {
            String grondWoord = aanvraag ? "weigeringsgrond" : "beëindigingsgrond";
            String moet = !aanvraag ? "de voorziening moet worden beëindigd" : opdracht ? "de opdracht mag niet worden gegeven"
                    : ambtshalve ? "de voorziening mag niet worden verstrekt" : "de aanvraag moet worden afgewezen";
            String mag = !aanvraag ? "de voorziening te beëindigen" : opdracht ? "van de opdracht af te zien"
                    : ambtshalve ? "de voorziening niet te verstrekken" : "de aanvraag af te wijzen";
            List<String> r = new ArrayList<>();
            List<String> gevolg = new ArrayList<>();
            if (g.voorwaarde() != null) {
                r.add("Aan deze voorwaarde is niet voldaan.");
                if (g.via() != null) r.add("Daarom doet zich de " + grondWoord + " van " + Samenvatting.bepaling(g.via(), e) + " voor:");
            } else {
                r.add("Uit deze feiten volgt dat de " + grondWoord + " van " + Samenvatting.bepaling(g.citaat(), e) + " zich voordoet.");
            }
            if (g.verplicht()) {
                gevolg.add("Deze grond laat het college geen keuze: " + moet + ".");
            } else {
                gevolg.add("Deze grond geeft het college de bevoegdheid, niet de plicht, " + mag + ".");
                gevolg.add(verplichtBesluit ? "Het besluit rust al op een grond die het college geen keuze laat; deze grond wordt ten overvloede genoemd."
                        : "Het college weegt hieronder of het van die bevoegdheid gebruikmaakt.");
            }
            List<String> regels = regels(g);
            if (g.viaOmschrijving() != null) regels.add(g.viaOmschrijving());
            return new Grond(bepaling(g.citaat()), g.voorwaarde() != null ? Samenvatting.wat(g) : null, g.via() == null ? null : bepaling(g.via()),
                    feiten(regels), toelichting(g.toelichting()), r, gevolg, g.verplicht());
        }

        private List<Tekst> afweging() {
            List<Tekst> l = new ArrayList<>();
            boolean kan = b.uitkomst() == Uitkomst.KAN_WORDEN_GEWEIGERD || b.uitkomst() == Uitkomst.KAN_WORDEN_BEEINDIGD;
            if (kan) {
                List<String> bep = new ArrayList<>();
                for (Besluit.Grond g : b.gronden()) {
                    if (g.verplicht()) continue;
                    String s = Samenvatting.bepaling(g.via() != null ? g.via() : g.citaat(), e);
                    if (!bep.contains(s)) bep.add(s);
                }
                String wat = !aanvraag ? "de voorziening te beëindigen" : opdracht ? "van de opdracht af te zien"
                        : ambtshalve ? "de voorziening niet te verstrekken" : "de aanvraag af te wijzen";
                l.add(Tekst.invullen("Afweging van het college: " + String.join(" en ", bep) + (bep.size() == 1 ? " geeft" : " geven")
                        + " het college de bevoegdheid, niet de plicht, " + wat + ". Beschrijf hier welke belangen het college heeft afgewogen "
                        + "(artikel 3:4 van de Algemene wet bestuursrecht), en waarom het wel of niet van die bevoegdheid gebruikmaakt. "
                        + "Schrap daarna in het besluit de keuze die niet geldt."));
                invullen.add(Tekst.invullen("De afweging van het college over " + String.join(" en ", bep) + "."));
            } else if (b.uitkomst() == Uitkomst.TOEKENBAAR && !b.grondslagen().isEmpty() && !b.grondslagen().get(0).plicht()) {
                String bep = Samenvatting.bepaling(b.grondslagen().get(0).citaat(), e);
                l.add(Tekst.invullen("Afweging van het college: " + bep + " geeft het college de bevoegdheid, niet de plicht, " + handeling()
                        + ". Beschrijf hier waarom het college van die bevoegdheid gebruikmaakt, en met welke omvang en duur."));
                invullen.add(Tekst.invullen("De afweging van het college over het gebruik van de bevoegdheid van " + bep + "."));
            }
            return l;
        }

        /** The quoted provision, with its aanhef and the national law it names. */
        Bepaling bepaling(Citaat c) {
            String tekst = c.tekst() == null ? "" : c.tekst();
            List<String> regels = new ArrayList<>();
            for (String r : tekst.split("\\R")) if (!r.isBlank()) regels.add(r.trim());
            String aanhef = bronnen.aanhef(c);
            List<Wetsverwijzing> wetten = new ArrayList<>(Wetsverwijzing.in(tekst, bronnen.wetIsParticipatiewet(c.regeling())));
            if (aanhef != null) for (Wetsverwijzing w : Wetsverwijzing.in(aanhef, bronnen.wetIsParticipatiewet(c.regeling()))) if (!wetten.contains(w)) wetten.add(w);
            String letter = aanhef != null && !"-".equals(c.onderdeel()) ? c.onderdeel() + "." : null;
            return new Bepaling(hoofdletter(Samenvatting.voluit(c)), aanhef, letter, regels, wetten);
        }

        /** The rules an item rests on: its own and those whose findings led to it. */
        private List<String> regels(Besluit.Onderdeel o) {
            List<String> l = new ArrayList<>();
            l.add(o.omschrijving());
            l.addAll(o.afleiding());
            return l;
        }

        /** The facts of the case the rules read, with their values (the usage index says which rule reads which fact). */
        private List<Feit> feiten(List<String> regels) {
            Map<String, Feit> uit = new LinkedHashMap<>();
            for (String regel : regels) {
                for (String pad : bronnen.feitenVan(regel)) {
                    if (uit.containsKey(pad)) continue;
                    Feit f = feit(pad);
                    if (f != null) uit.put(pad, f);
                }
                for (String oordeel : bronnen.oordelenVan(regel)) {
                    String k = "oordelen." + oordeel;
                    if (uit.containsKey(k) || onderwerp == null) continue;
                    Boolean w = onderwerp.oordeel(oordeel);
                    String vraag = Samenvatting.vraag(bronnen.vraag(oordeel));
                    uit.put(k, new Feit("Oordeel van het college: " + (vraag != null ? vraag : oordeel), w == null ? "nog niet gegeven" : w ? "ja" : "nee"));
                }
            }
            return new ArrayList<>(uit.values());
        }

        private Feit feit(String pad) {
            int punt = pad.indexOf('.');
            if (punt < 0 || casus == null) return null;
            String houder = pad.substring(0, punt), naam = pad.substring(punt + 1);
            FactSet f = switch (houder) {
                case "persoon" -> casus.persoon();
                case "werkgever" -> casus.werkgever();
                case "dienstbetrekking" -> casus.dienstbetrekking();
                case "aanvraag" -> onderwerp instanceof Aanvraag ? onderwerp : null;
                case "verleende-voorziening" -> onderwerp instanceof VerleendeVoorziening ? onderwerp : null;
                case "onderwerp" -> onderwerp;
                default -> null;
            };
            if (f == null) return null;
            Bronnen.Feit decl = bronnen.feit(naam);
            String wat = decl != null ? zonderPunt(Samenvatting.omschrijving(decl.omschrijving())) : "Het gegeven " + pad;
            Object w = f.getGegevens().get(naam);
            // the facts a decision was applied to are those the case gives; one it does not give did not decide it
            return w == null ? null : new Feit(wat, waarde(w));
        }

        private List<String> toelichting(String t) {
            String s = Samenvatting.leesbaar(t, b);
            if (s == null || s.isBlank()) return List.of();
            s = s.trim();
            return List.of(hoofdletter(s) + (s.endsWith(".") ? "" : "."));
        }

        private Bezwaar bezwaar(String college) {
            List<Wetsverwijzing> wetten = List.of(Wetsverwijzing.awb("6:4"), Wetsverwijzing.awb("6:5"), Wetsverwijzing.awb("6:7"), Wetsverwijzing.awb("6:8"),
                    Wetsverwijzing.awb("6:9"), Wetsverwijzing.termijnenwet("1"));
            if (verzenddatum == null) return new Bezwaar(false, null, null, null, null, college, wetten);
            Termijnenwet.Bezwaartermijn t = Termijnenwet.bezwaartermijn(verzenddatum);
            String verlenging = t.verlengd()
                    ? "Zes weken na de verzenddatum is " + Samenvatting.datum(t.zesWekenNa()) + ", " + Termijnenwet.waaromGeenWerkdag(t.zesWekenNa())
                    + "; op grond van artikel 1 van de Algemene termijnenwet loopt de termijn daarom door tot en met " + Samenvatting.datum(t.laatsteDag()) + "."
                    : null;
            return new Bezwaar(true, Samenvatting.datum(t.verzenddatum()), Samenvatting.datum(t.eersteDag()), Samenvatting.datum(t.laatsteDag()), verlenging,
                    college, wetten);
        }

        private Herkomst herkomst() {
            Ontvangstbewijs o = e.ontvangstbewijs();
            List<String> regelingen = new ArrayList<>();
            if (o != null) for (Ontvangstbewijs.RegelingHash h : o.regelingen()) regelingen.add(h.regeling() + " (sha256 " + h.sha256() + ")");
            return new Herkomst(o == null ? "onbekend" : o.engine(), e.versie().id(), regelingen, o == null ? null : o.casus(), Samenvatting.datum(e.peildatum()));
        }
    }

    static Onderwerp onderwerp(Casus casus, Besluit b) {
        if (casus == null) return null;
        if (b.soort() == Besluit.Soort.AANVRAAG) {
            for (Aanvraag a : casus.aanvragen()) if (a.getId().equals(b.onderwerp())) return a;
        } else {
            for (VerleendeVoorziening v : casus.verleendeVoorzieningen()) if (v.getId().equals(b.onderwerp())) return v;
        }
        return null;
    }

    /** A value of the case as a person reads it. */
    static String waarde(Object w) {
        if (w == null) return "niet gegeven";
        if (w instanceof Boolean x) return x ? "ja" : "nee";
        if (w instanceof LocalDate d) return Samenvatting.datum(d);
        if (w instanceof Periode p) return "van " + Samenvatting.datum(p.vanaf()) + " tot en met " + Samenvatting.datum(p.totEnMet());
        if (w instanceof BigDecimal n) return Samenvatting.getal(n, false);
        if (w instanceof List<?> l) {
            if (l.isEmpty()) return "geen";
            List<String> s = new ArrayList<>();
            for (Object x : l) s.add(waarde(x));
            return String.join("; ", s);
        }
        if (w instanceof String s) return s.replace('-', ' ');
        return String.valueOf(w);
    }

    static String hoofdletter(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String kleineLetter(String s) {
        return s == null || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String zonderPunt(String s) {
        if (s == null) return null;
        String t = s.trim();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    static String rangtelwoord(int n) {
        String r = Samenvatting.rangtelwoord(Integer.toString(n));
        return r != null ? r : n + "e";
    }
}
