package nl.reintegratie.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintegratie.bevindingen.Beeindigingsgrond;
import nl.reintegratie.bevindingen.Berekening;
import nl.reintegratie.bevindingen.Bevinding;
import nl.reintegratie.bevindingen.Grond;
import nl.reintegratie.bevindingen.Grondslag;
import nl.reintegratie.bevindingen.OpenOordeel;
import nl.reintegratie.bevindingen.Opmerking;
import nl.reintegratie.bevindingen.Overgangsrecht;
import nl.reintegratie.bevindingen.Termijn;
import nl.reintegratie.bevindingen.Voorwaarde;
import nl.reintegratie.bevindingen.Weigeringsgrond;
import nl.reintegratie.feiten.Aanvraag;
import nl.reintegratie.feiten.InWerking;
import nl.reintegratie.feiten.Onderwerp;
import nl.reintegratie.feiten.Peildatum;
import nl.reintegratie.feiten.VerleendOnder;
import nl.reintegratie.feiten.VerleendeVoorziening;
import org.kie.api.runtime.KieSession;

/**
 * Runs one checked case through its version's rule base and turns the bevindingen into an {@link Evaluation}: each
 * item with its citation, the ground that runs through an unmet condition citing that condition's provision, one
 * ground per unmet condition, transitional law applied, and the outcome.
 */
final class Evaluator {
    /** A bound on rule firings per case: far above what any real case needs (a few hundred), so a defect cannot loop. */
    static final int MAX_VURINGEN = 20_000;

    private Evaluator() {}

    static Evaluation run(Casus casus, LoadedVersion versie, Vocabulary vocabulary, String engineVersie, String casusHash) {
        return run(casus, versie, vocabulary, engineVersie, casusHash, null, null);
    }

    static Evaluation run(Casus casus, LoadedVersion versie, Vocabulary vocabulary, String engineVersie, String casusHash,
                          ParameterSet variantParameters, String variant) {
        LoadedVersion.Built b = versie.built();
        ParameterSet parameters = variantParameters != null ? variantParameters : b.parameters;
        Casus afgeleid = leidVerleendOnderAf(casus, versie);
        // the rules see the judgements the regelingen give in policy; the evaluation keeps the case as it was given
        Casus c = geefOordelenInBeleid(afgeleid, b);
        Trace trace = new Trace();
        KieSession sessie = b.sessies.newKieSession();
        Toepasbaarheid.Registratie registratie = b.toepasbaarheid == null ? null : b.toepasbaarheid.registratie();
        sessie.addEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
        sessie.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
        try {
            for (Object feit : feiten(c, versie, parameters)) sessie.insert(feit);
            // a rule of an article about voorzieningen only does not fire on an opdracht (Toepasbaarheid, resolved at build)
            int gevuurd = registratie == null ? sessie.fireAllRules(MAX_VURINGEN) : sessie.fireAllRules(registratie, MAX_VURINGEN);
            if (gevuurd >= MAX_VURINGEN) {
                throw new IllegalStateException(versie.versie.id() + ": more than " + MAX_VURINGEN + " rule firings for one case: a rule loops (a defect in the rule package)");
            }
        } finally {
            sessie.removeEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
            sessie.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
            sessie.dispose();
        }
        Map<Onderwerp, List<Bevinding>> perOnderwerp = new IdentityHashMap<>();
        for (Bevinding bev : trace.bevindingen()) {
            List<Bevinding> l = perOnderwerp.get(bev.getOnderwerp());
            if (l == null) perOnderwerp.put(bev.getOnderwerp(), l = new ArrayList<>());
            l.add(bev);
        }
        List<Besluit> besluiten = new ArrayList<>();
        for (int i = 0; i < c.aanvragen().size(); i++) {
            Aanvraag a = c.aanvragen().get(i);
            besluiten.add(new Assembler(b, trace, c, "aanvragen[" + i + "]").besluit(a, perOnderwerp.getOrDefault(a, List.of())));
        }
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            VerleendeVoorziening v = c.verleendeVoorzieningen().get(i);
            besluiten.add(new Assembler(b, trace, c, "verleendeVoorzieningen[" + i + "]").besluit(v, perOnderwerp.getOrDefault(v, List.of())));
        }
        List<Evaluation.NietGebruikt> nietGebruikt = NotUsed.lijst(casus, versie.versie, b, vocabulary);
        if (!b.inBeleid.isEmpty()) nietGebruikt = afwijkendVanBeleid(casus, b, nietGebruikt);
        if (registratie != null && !registratie.tegengehouden().isEmpty()) {
            // facts given that only a provision which does not apply to their onderwerp reads: listed, never silently dropped
            nietGebruikt = new ArrayList<>(nietGebruikt);
            java.util.Set<String> al = new java.util.HashSet<>();
            for (Evaluation.NietGebruikt n : nietGebruikt) al.add(n.field());
            for (Evaluation.NietGebruikt n : NotUsed.nietToegepast(registratie.tegengehouden(), c, b, perOnderwerp, trace)) {
                if (al.add(n.field())) nietGebruikt.add(n);
            }
        }
        return new Evaluation(versie.versie.gemeente(), c.peildatum(), versie.versie, variant, besluiten, nietGebruikt,
                new Ontvangstbewijs(engineVersie, b.hashes, casusHash), afgeleid);
    }

    /**
     * The judgements the regelingen give in policy ({@link LoadedVersion.InBeleid}), given on the aanvragen of the
     * voorzieningen they name before the rules fire, so that every rule that reads the judgement sees it, whatever the
     * case says (a departing judgement in the case is listed as not used, {@link #afwijkendVanBeleid}).
     */
    static Casus geefOordelenInBeleid(Casus c, LoadedVersion.Built b) {
        if (b.inBeleid.isEmpty()) return c;
        List<Aanvraag> uit = null;
        for (int i = 0; i < c.aanvragen().size(); i++) {
            Aanvraag a = c.aanvragen().get(i);
            List<LoadedVersion.InBeleid> l = b.inBeleid.get(a.getVoorziening());
            if (l == null) continue;
            if (uit == null) uit = new ArrayList<>(c.aanvragen());
            Map<String, Boolean> oordelen = new LinkedHashMap<>(a.getOordelen());
            for (LoadedVersion.InBeleid ib : l) oordelen.put(ib.bron().oordeel(), ib.bron().waarde());
            uit.set(i, new Aanvraag(a.getId(), a.getVoorziening(), a.getGegevens(), oordelen));
        }
        if (uit == null) return c;
        return new Casus(c.gemeente(), c.peildatum(), c.persoon(), c.werkgever(), c.dienstbetrekking(), uit, c.verleendeVoorzieningen());
    }

    /** A judgement the case gives that departs from one a regeling gives in policy: listed as not used, with why. */
    private static List<Evaluation.NietGebruikt> afwijkendVanBeleid(Casus casus, LoadedVersion.Built b, List<Evaluation.NietGebruikt> nietGebruikt) {
        List<Evaluation.NietGebruikt> uit = nietGebruikt;
        for (int i = 0; i < casus.aanvragen().size(); i++) {
            Aanvraag a = casus.aanvragen().get(i);
            List<LoadedVersion.InBeleid> l = b.inBeleid.get(a.getVoorziening());
            if (l == null) continue;
            for (LoadedVersion.InBeleid ib : l) {
                Boolean gegeven = a.oordeel(ib.bron().oordeel());
                if (gegeven == null || gegeven == ib.bron().waarde()) continue;
                String veld = "aanvragen[" + i + "].oordelen." + ib.bron().oordeel();
                boolean al = false;
                for (Evaluation.NietGebruikt n : uit) al |= n.field().equals(veld);
                if (al) continue;
                if (uit == nietGebruikt) uit = new ArrayList<>(nietGebruikt);
                uit.add(new Evaluation.NietGebruikt(veld, ib.nietGebruikt()));
            }
        }
        return uit;
    }

    /** The facts the engine inserts for a case whose verleendOnder has been derived: in the order it inserts them. */
    static List<Object> feiten(Casus c, LoadedVersion versie, ParameterSet parameters) {
        List<Object> feiten = new ArrayList<>(8 + c.aanvragen().size() + c.verleendeVoorzieningen().size());
        feiten.add(new Peildatum(c.peildatum()));
        feiten.add(parameters.op(c.peildatum()));
        for (Regeling r : versie.versie.regelingen()) feiten.add(new InWerking(r.id(), r.geldigVanaf(), r.bekendgemaaktOp()));
        feiten.add(c.persoon());
        if (c.werkgever() != null) feiten.add(c.werkgever());
        if (c.dienstbetrekking() != null) feiten.add(c.dienstbetrekking());
        feiten.addAll(c.aanvragen());
        feiten.addAll(c.verleendeVoorzieningen());
        return feiten;
    }

    /**
     * Under which regeling a voorziening was granted: as the case says, checked against the dates; or, when the case
     * does not say, derived: granted before the regeling in force entered into force means granted under the one it
     * replaced.
     */
    static Casus leidVerleendOnderAf(Casus c, LoadedVersion versie) {
        if (c.verleendeVoorzieningen().isEmpty()) return c;
        Regeling opvolger = null;
        for (Regeling r : versie.versie.regelingen()) {
            if (r.vorigeRegeling() != null) { opvolger = r; break; }
        }
        List<InvalidCaseException.Problem> fouten = new ArrayList<>();
        List<VerleendeVoorziening> uit = new ArrayList<>();
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            VerleendeVoorziening v = c.verleendeVoorzieningen().get(i);
            String pad = "verleendeVoorzieningen[" + i + "]";
            VerleendOnder gegeven = VerleendOnder.vanCode(v.keuze("verleendOnder"));
            if (opvolger == null) { uit.add(v); continue; }
            if (gegeven == null) {
                VerleendOnder afgeleid = v.getVerleendOp().isBefore(opvolger.geldigVanaf()) ? VerleendOnder.VORIGE_REGELING : VerleendOnder.HUIDIGE_REGELING;
                Map<String, Object> f = new LinkedHashMap<>(v.getGegevens());
                f.put("verleendOnder", afgeleid.code());
                uit.add(new VerleendeVoorziening(v.getId(), v.getVoorziening(), f, v.getOordelen()));
                continue;
            }
            if (gegeven == VerleendOnder.HUIDIGE_REGELING && v.getVerleendOp().isBefore(opvolger.geldigVanaf())) {
                fouten.add(new InvalidCaseException.Problem(pad + ".verleendOnder", "huidige-regeling kan niet: " + pad + ".verleendOp " + v.getVerleendOp()
                        + " ligt vóór de inwerkingtreding van " + opvolger.citeertitel() + " op " + opvolger.geldigVanaf()));
            } else if (gegeven == VerleendOnder.VORIGE_REGELING && opvolger.vastgesteldOp() != null && v.getVerleendOp().isAfter(opvolger.vastgesteldOp())) {
                fouten.add(new InvalidCaseException.Problem(pad + ".verleendOnder", "vorige-regeling kan niet: " + pad + ".verleendOp " + v.getVerleendOp()
                        + " ligt na de vaststelling van " + opvolger.citeertitel() + " op " + opvolger.vastgesteldOp() + ", toen de vorige regeling was ingetrokken"));
            }
            uit.add(v);
        }
        if (!fouten.isEmpty()) throw new InvalidCaseException(fouten);
        return new Casus(c.gemeente(), c.peildatum(), c.persoon(), c.werkgever(), c.dienstbetrekking(), c.aanvragen(), uit);
    }

    // written out, not as streams of lambdas: each lambda costs a cold start a class spun at run time
    private static boolean heeftCode(List<Besluit.OpenOordeel> open, String code) {
        for (Besluit.OpenOordeel x : open) if (x.code().equals(code)) return true;
        return false;
    }

    private static boolean verplicht(List<Besluit.Grond> gronden) {
        for (Besluit.Grond g : gronden) if (g.verplicht()) return true;
        return false;
    }

    /** A ground with the {@code @wijktVoorPlicht} of the rule that raised it. */
    private record Kandidaat(Besluit.Grond grond, String wijktVoorPlicht) {}

    /** Builds the decision about one onderwerp. */
    private static final class Assembler {
        private final LoadedVersion.Built b;
        private final Trace trace;
        private final Casus casus;
        private final String pad;

        Assembler(LoadedVersion.Built b, Trace trace, Casus casus, String pad) {
            this.b = b;
            this.trace = trace;
            this.casus = casus;
            this.pad = pad;
        }

        private LoadedVersion.RuleMeta meta(Bevinding bev) {
            Trace.Origin o = trace.herkomst(bev);
            LoadedVersion.RuleMeta m = b.regels.get(o.rule());
            if (m == null) throw new IllegalStateException("no citation for rule '" + o.rule().getName() + "'");
            return m;
        }

        Besluit besluit(Onderwerp o, List<Bevinding> bevindingen) {
            boolean aanvraag = o instanceof Aanvraag;
            List<Besluit.Grondslag> grondslagen = new ArrayList<>();
            List<Besluit.Voorwaarde> voorwaarden = new ArrayList<>();
            List<Grond> ruweGronden = new ArrayList<>();
            List<Besluit.Overgangsrecht> overgang = new ArrayList<>();
            List<Besluit.OpenOordeel> open = new ArrayList<>();
            List<Voorwaarde> onbekend = new ArrayList<>();
            List<Besluit.Berekening> berekeningen = new ArrayList<>();
            List<Besluit.Termijn> termijnen = new ArrayList<>();
            List<Besluit.Opmerking> opmerkingen = new ArrayList<>();
            // remarks that stand only beside a ground that stands (@naastGrond, L-20 item 3), with the kind of ground
            List<Besluit.Opmerking> naastGrond = new ArrayList<>();
            List<Boolean> naastVerplicht = new ArrayList<>();
            Besluit.Overgangsrecht bescherming = null;
            // a protection that holds if a fact not given is what the condition asks: its grounds are held back, pending the fact
            Besluit.Overgangsrecht misschienBescherming = null;
            List<Besluit.OntbrekendGegeven> ontbrekendDoorGrond = new ArrayList<>();
            List<Besluit.OpenOordeel> openDoorGrond = new ArrayList<>();
            List<String> openDoorGrondWijkt = new ArrayList<>();
            for (Bevinding bev : bevindingen) {
                LoadedVersion.RuleMeta m = meta(bev);
                List<String> afleiding = trace.afleiding(bev);
                if (bev instanceof Grondslag g) {
                    grondslagen.add(new Besluit.Grondslag(g.getCode(), m.naam(), g.getToelichting(), m.citaat(), m.interpretaties(), afleiding, g.isPlicht(),
                            g.isWettelijk()));
                } else if (bev instanceof Voorwaarde v) {
                    voorwaarden.add(new Besluit.Voorwaarde(v.getCode(), m.naam(), v.getToelichting(), m.citaat(), m.interpretaties(), afleiding,
                            Besluit.Voorwaarde.Status.valueOf(v.getStatus().name()), v.getOntbrekendGegeven() == null ? null : pad(v.getOntbrekendGegeven())));
                    if (v.isOnbekend()) onbekend.add(v);
                } else if (bev instanceof Grond g) {
                    Boolean toepassing = g.isVanToepassing();
                    if (Boolean.TRUE.equals(toepassing)) {
                        ruweGronden.add(g);
                    } else if (toepassing == null && g.getOordeel() != null) {
                        openDoorGrond.add(openOordeel(g.getOordeel(), m, g.getToelichting(), afleiding));
                        openDoorGrondWijkt.add(m.wijktVoorPlicht());
                    } else if (toepassing == null) {
                        ontbrekendDoorGrond.add(new Besluit.OntbrekendGegeven(g.getCode(), m.naam(), "niet gegeven: " + pad(g.getGegeven()), m.citaat(),
                                m.interpretaties(), afleiding, pad(g.getGegeven())));
                    }
                } else if (bev instanceof Overgangsrecht ov) {
                    boolean opPeildatum = ov.beschermtOp(casus.peildatum()) && !ov.isVervallen();
                    String hangtAfVan = ov.isOnzeker() ? pad(ov.getVoorwaarde().getOntbrekendGegeven()) : null;
                    Besluit.Overgangsrecht item = new Besluit.Overgangsrecht(ov.getCode(), m.naam(), ov.getToelichting(), m.citaat(), m.interpretaties(),
                            afleiding, ov.getBeschermdTotEnMet(), opPeildatum && hangtAfVan == null, hangtAfVan);
                    overgang.add(item);
                    if (item.beschermtOpPeildatum()) bescherming = item;
                    else if (opPeildatum && misschienBescherming == null) misschienBescherming = item;
                } else if (bev instanceof OpenOordeel oo) {
                    open.add(openOordeel(oo.getCode(), m, oo.getToelichting(), afleiding));
                } else if (bev instanceof Berekening r) {
                    berekeningen.add(new Besluit.Berekening(r.getCode(), m.naam(), r.getToelichting(), m.citaat(), m.interpretaties(), afleiding,
                            r.getWaarde(), r.getEenheid(), m.ook()));
                } else if (bev instanceof Termijn t) {
                    termijnen.add(new Besluit.Termijn(t.getCode(), m.naam(), t.getToelichting(), m.citaat(), m.interpretaties(), afleiding,
                            Besluit.Termijn.Soort.valueOf(t.getSoort().name()), t.getDuur(), t.getVanaf(), t.getTotEnMet()));
                } else if (bev instanceof Opmerking om && m.naastGrond() != null) {
                    naastGrond.add(new Besluit.Opmerking(om.getCode(), m.naam(), om.getToelichting(), m.citaat(), m.interpretaties(), afleiding, om.isStandaard()));
                    naastVerplicht.add(m.naastGrond().equals("verplicht"));
                } else if (bev instanceof Opmerking om) {
                    opmerkingen.add(new Besluit.Opmerking(om.getCode(), m.naam(), om.getToelichting(), m.citaat(), m.interpretaties(), afleiding, om.isStandaard()));
                } else {
                    throw new IllegalStateException("unknown kind of bevinding: " + bev);
                }
            }
            if (aanvraag && !b.inBeleid.isEmpty()) {
                List<LoadedVersion.InBeleid> l = b.inBeleid.get(o.getVoorziening());
                if (l != null) {
                    for (LoadedVersion.InBeleid ib : l) {
                        RegelingDescriptor.OordeelInBeleid x = ib.bron();
                        opmerkingen.add(new Besluit.Opmerking(x.code(), x.omschrijving(), ib.toelichting(), ib.citaat(), x.interpretaties(),
                                List.of(x.omschrijving()), false));
                    }
                }
            }
            Besluit.Overgangsrecht schild = aanvraag ? null : bescherming != null ? bescherming : misschienBescherming;
            // a duty to provide the voorziening: the statutory one where there is one (L-20)
            Besluit.Grondslag plicht = null;
            for (Besluit.Grondslag x : grondslagen) if (plicht == null && x.wettelijk()) plicht = x;
            for (Besluit.Grondslag x : grondslagen) if (plicht == null && x.plicht()) plicht = x;
            List<Besluit.Grond> gronden = new ArrayList<>();
            List<Besluit.Grond> afgeschermd = new ArrayList<>();
            List<Besluit.Grond> nietToegepast = new ArrayList<>();
            for (Kandidaat k : eenGrondPerVoorwaarde(ruweGronden)) {
                Besluit.Grond g = k.grond();
                if (wijkt(k.wijktVoorPlicht(), plicht)) {
                    nietToegepast.add(g.metWijktVoor(plicht.citaat()));
                } else if (schild != null && g.voorwaarde() != null) {
                    afgeschermd.add(g.metAfgeschermdDoor(schild.citaat()));
                } else {
                    gronden.add(g);
                }
            }
            // a remark about the ground beside a duty stands only where such a ground stands, not where it yields (L-20 item 3)
            for (int i = 0; i < naastGrond.size(); i++) {
                boolean verplicht = naastVerplicht.get(i);
                for (Besluit.Grond g : gronden) {
                    if (g.verplicht() == verplicht) { opmerkingen.add(naastGrond.get(i)); break; }
                }
            }
            // the college's judgement grounds are not asked while transitional law protects (L-22), nor where they yield
            // to a duty (L-20); given, they apply
            if (schild == null) {
                for (int i = 0; i < openDoorGrond.size(); i++) {
                    Besluit.OpenOordeel oo = openDoorGrond.get(i);
                    if (wijkt(openDoorGrondWijkt.get(i), plicht)) continue;
                    if (!heeftCode(open, oo.code())) open.add(oo);
                }
            }
            List<Besluit.OntbrekendGegeven> ontbrekend = new ArrayList<>(ontbrekendDoorGrond);
            for (Voorwaarde v : onbekend) {
                LoadedVersion.RuleMeta m = meta(v);
                // a condition that yields to the duty (L-20) asks nothing: neither its judgement nor its facts matter
                if (wijkt(m.wijktVoorPlicht(), plicht)) continue;
                String gegeven = v.getOntbrekendGegeven();
                if (gegeven != null && gegeven.startsWith("oordelen.")) {
                    // a missing judgement is an open judgement of the college, not a missing fact
                    String code = gegeven.substring("oordelen.".length());
                    if (schild == null && !heeftCode(open, code)) open.add(openOordeel(code, m, v.getToelichting(), trace.afleiding(v)));
                } else if (aanvraag || misschienBescherming != null && java.util.Objects.equals(pad(gegeven), misschienBescherming.hangtAfVan())) {
                    // on an aanvraag a condition for granting must be established (L-08); on a granted voorziening a
                    // condition not known does not make the decision incomplete: ending it on that condition needs the
                    // college to establish the fact (L-08, L-19) — unless transitional law depends on it (L-22 item 4)
                    ontbrekend.add(new Besluit.OntbrekendGegeven(v.getCode(), m.naam(), "niet gegeven: " + pad(gegeven),
                            m.citaat(), m.interpretaties(), trace.afleiding(v), pad(gegeven)));
                }
            }
            Uitkomst uitkomst = uitkomst(aanvraag, grondslagen, gronden, ontbrekend, open);
            sorteer(grondslagen, b);
            sorteer(voorwaarden, b);
            sorteer(gronden, b);
            sorteer(afgeschermd, b);
            sorteer(nietToegepast, b);
            sorteer(open, b);
            sorteer(ontbrekend, b);
            sorteer(berekeningen, b);
            sorteer(termijnen, b);
            sorteer(opmerkingen, b);
            return new Besluit(o.getId(), aanvraag ? Besluit.Soort.AANVRAAG : Besluit.Soort.VERLEENDE_VOORZIENING, o.getVoorziening(), uitkomst,
                    grondslagen, voorwaarden, aanvraag ? gronden : List.of(), aanvraag ? List.of() : gronden, afgeschermd, nietToegepast, overgang,
                    open, ontbrekend, berekeningen, termijnen, opmerkingen);
        }

        /**
         * A ground that runs through an unmet condition cites that condition's provision, and the general ground it
         * runs through as {@code via}. One unmet condition is one ground: where it yields a mandatory and a permissive
         * ground, the mandatory one stands.
         */
        private List<Kandidaat> eenGrondPerVoorwaarde(List<Grond> ruw) {
            Map<Object, Kandidaat> perSleutel = new LinkedHashMap<>();
            for (Grond g : ruw) {
                LoadedVersion.RuleMeta m = meta(g);
                Besluit.Grond item;
                Object sleutel;
                if (g.getVoorwaarde() != null) {
                    Voorwaarde v = g.getVoorwaarde();
                    LoadedVersion.RuleMeta vm = meta(v);
                    boolean zelfdeBepaling = vm.citaat().sleutel().equals(m.citaat().sleutel());
                    List<String> interpretaties = new ArrayList<>(vm.interpretaties());
                    for (String x : m.interpretaties()) if (!interpretaties.contains(x)) interpretaties.add(x);
                    List<String> afleiding = new ArrayList<>();
                    afleiding.add(vm.naam());
                    // the ground's own rule is part of the chain, also when it cites the same provision
                    if (!afleiding.contains(m.naam())) afleiding.add(m.naam());
                    for (String x : trace.afleiding(g)) if (!afleiding.contains(x)) afleiding.add(x);
                    item = new Besluit.Grond(g.getCode(), vm.naam(), v.getToelichting() != null ? v.getToelichting() : g.getToelichting(), vm.citaat(),
                            interpretaties, afleiding, g.isVerplicht(), zelfdeBepaling ? null : m.citaat(), zelfdeBepaling ? null : m.naam(), v.getCode(), null, null,
                            ook(vm, m));
                    sleutel = v.getCode();
                } else {
                    item = new Besluit.Grond(g.getCode(), m.naam(), g.getToelichting(), m.citaat(), m.interpretaties(), trace.afleiding(g),
                            g.isVerplicht(), null, null, null, null, null, m.ook());
                    sleutel = g;
                }
                // a ground yields to a duty when its own rule says so, or the rule of the condition it runs through
                String wijkt = sterkst(m.wijktVoorPlicht(), g.getVoorwaarde() == null ? null : meta(g.getVoorwaarde()).wijktVoorPlicht());
                Kandidaat eerder = perSleutel.get(sleutel);
                if (eerder == null || (item.verplicht() && !eerder.grond().verplicht())) perSleutel.put(sleutel, new Kandidaat(item, wijkt));
                else if (eerder.grond().verplicht() == item.verplicht() && java.util.Objects.equals(eerder.grond().via(), item.via())) {
                    // the same ground drawn by two rules (a beleidsregel that restates the verordening's condition, H-36): one
                    // ground, whose chain names both
                    perSleutel.put(sleutel, new Kandidaat(eerder.grond().metAfleiding(item.afleiding()), eerder.wijktVoorPlicht()));
                }
            }
            return new ArrayList<>(perSleutel.values());
        }

        /** The further provisions of a ground through a condition: the condition rule's and the ground rule's {@code @ook}. */
        private static List<Citaat> ook(LoadedVersion.RuleMeta voorwaarde, LoadedVersion.RuleMeta grond) {
            if (grond.ook().isEmpty()) return voorwaarde.ook();
            List<Citaat> l = new ArrayList<>(voorwaarde.ook());
            for (Citaat c : grond.ook()) if (!l.contains(c)) l.add(c);
            return l;
        }

        /** Of two {@code @wijktVoorPlicht} values, the one that yields to more duties ("elke" over "wettelijke"). */
        private static String sterkst(String a, String b) {
            if ("elke".equals(a) || "elke".equals(b)) return "elke";
            return a != null ? a : b;
        }

        /** Whether a ground of a rule with this {@code @wijktVoorPlicht} yields to the duty (L-20). */
        private static boolean wijkt(String wijktVoorPlicht, Besluit.Grondslag plicht) {
            if (wijktVoorPlicht == null || plicht == null) return false;
            return wijktVoorPlicht.equals("elke") || plicht.wettelijk();
        }

        private Besluit.OpenOordeel openOordeel(String code, LoadedVersion.RuleMeta m, String toelichting, List<String> afleiding) {
            RegelingDescriptor.Oordeel decl = b.oordelen.get(code);
            if (decl == null) throw new IllegalStateException("rule '" + m.naam() + "' reports undeclared oordeel '" + code + "'");
            return new Besluit.OpenOordeel(code, m.naam(), toelichting, m.citaat(), m.interpretaties(), afleiding, decl.vraag(), pad + ".oordelen." + code);
        }

        /** A fact path as a rule names it ({@code aanvraag.x}, {@code persoon.x}) as a path in the case file. */
        private String pad(String gegeven) {
            if (gegeven == null) return null;
            for (String p : new String[] {"aanvraag.", "voorziening.", "onderwerp.", "verleende-voorziening."}) {
                if (gegeven.startsWith(p)) return pad + "." + gegeven.substring(p.length());
            }
            if (gegeven.startsWith("oordelen.")) return pad + "." + gegeven;
            return gegeven;
        }
    }

    static Uitkomst uitkomst(boolean aanvraag, List<Besluit.Grondslag> grondslagen, List<Besluit.Grond> gronden,
                             List<Besluit.OntbrekendGegeven> ontbrekend, List<Besluit.OpenOordeel> open) {
        if (aanvraag) {
            if (grondslagen.isEmpty()) return Uitkomst.BESTAAT_NIET;
            if (verplicht(gronden)) return Uitkomst.MOET_WORDEN_GEWEIGERD;
            if (!gronden.isEmpty()) return Uitkomst.KAN_WORDEN_GEWEIGERD;
        } else {
            if (verplicht(gronden)) return Uitkomst.MOET_WORDEN_BEEINDIGD;
            if (!gronden.isEmpty()) return Uitkomst.KAN_WORDEN_BEEINDIGD;
        }
        if (!ontbrekend.isEmpty()) return Uitkomst.ONVOLLEDIG;
        if (!open.isEmpty()) return Uitkomst.HANGT_AF_VAN_OORDEEL;
        return aanvraag ? Uitkomst.TOEKENBAAR : Uitkomst.VOORTZETTEN;
    }

    /** In the order of the regelingen's provisions (ranked once at load), then by code; each item ranked once. */
    private static <T extends Besluit.Onderdeel> void sorteer(List<T> l, LoadedVersion.Built b) {
        int n = l.size();
        if (n < 2) return;
        List<Gerangschikt<T>> r = new ArrayList<>(n);
        for (T x : l) r.add(new Gerangschikt<>(x, b.rang(x.citaat())));
        r.sort((x, y) -> {
            int c = x.rang() >= 0 && y.rang() >= 0 ? Integer.compare(x.rang(), y.rang()) : b.volgorde(x.item().citaat(), y.item().citaat());
            return c != 0 ? c : x.item().code().compareTo(y.item().code());
        });
        for (int i = 0; i < n; i++) l.set(i, r.get(i).item());
    }

    private record Gerangschikt<T>(T item, int rang) {}
}
