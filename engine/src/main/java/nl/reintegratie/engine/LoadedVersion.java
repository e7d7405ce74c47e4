package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A version of a gemeente's rules: discovered cheaply at load, and built on first use (once, thread-safe): its rule
 * base straight from the generated model classes, the citation of every rule resolved and checked against the quoted
 * provisions, its parameters, and what its rules read. Shared by all threads once built.
 */
final class LoadedVersion {
    final Versie versie;
    final List<RegelingDescriptor> regelingen;
    private final Map<String, String> modellen;
    private final ModelRegels modelRegels;
    private final ClassLoader loader;
    private final List<ParameterSet.Parameter> nationaal;
    /** The voorziening codes the vocabulary declares an opdracht (known once the registry has read every package). */
    private final java.util.function.Supplier<Set<String>> opdrachten;
    private volatile Built built;

    LoadedVersion(Versie versie, List<RegelingDescriptor> regelingen, Map<String, String> modellen, ModelRegels modelRegels, ClassLoader loader,
                  List<ParameterSet.Parameter> nationaal, java.util.function.Supplier<Set<String>> opdrachten) {
        this.versie = versie;
        this.regelingen = List.copyOf(regelingen);
        this.modellen = modellen;
        this.modelRegels = modelRegels;
        this.loader = loader;
        this.nationaal = nationaal;
        this.opdrachten = opdrachten;
    }

    /**
     * What the engine knows of a rule: its citation and readings, the further provisions it applies ({@code @ook}),
     * whether its grounds yield to a duty ({@code @wijktVoorPlicht}: {@code "elke"} to every duty,
     * {@code "wettelijke"} only to a duty of the Participatiewet; {@code null}: they do not yield), and whether it is
     * cited in an article its regeling declares not to apply to opdrachten ({@code nietVoorOpdrachten}), and the date from
     * which a verleende voorziening must have been granted for the rule to judge it ({@code nietVoorEerderVerleend}: the
     * regeling's geldigVanaf; {@code null}: every one), and whether its remarks stand only beside a ground that stands
     * ({@code @naastGrond}: {@code "kan"} a permissive ground, {@code "verplicht"} a mandatory one, after the grounds that
     * yield to a duty are set aside, L-20 item 3; {@code null}: always).
     */
    record RuleMeta(String naam, Citaat citaat, List<String> interpretaties, List<Citaat> ook, String wijktVoorPlicht, String ouder,
                    boolean nietVoorOpdrachten, java.time.LocalDate verleendVanaf, String naastGrond) {}

    /**
     * A judgement a regeling of the version gives itself, in policy, resolved at build ({@link RegelingDescriptor.OordeelInBeleid}):
     * the provision that gives it, what the decision says, and why a judgement in the case that departs from it is not used.
     */
    record InBeleid(RegelingDescriptor.OordeelInBeleid bron, Citaat citaat, String toelichting, String nietGebruikt) {}

    /** The built version. */
    static final class Built {
        final KieBase kieBase;
        final KieSessionsPool sessies;
        /** The rules that do not fire on some onderwerpen (an opdracht), as an agenda filter; {@code null}: none. */
        final Toepasbaarheid toepasbaarheid;
        final Map<Rule, RuleMeta> regels;
        final List<RuleMeta> alleRegels;
        final ParameterSet parameters;
        final Map<String, RegelingDescriptor.Oordeel> oordelen;
        /** Voorziening code → the regeling (id) that provides it in this version. */
        final Map<String, String> voorzieningen;
        /** Fact paths ({@code persoon.x}, {@code aanvraag.x}, …) and oordelen the rules read; {@code null} when not known. */
        final Set<String> gebruikt;
        /**
         * Each quoted provision's place in the order of the regelingen (OP_CITAAT), computed once; by identity (the
         * rules share the table's instances), by value for an equal provision from elsewhere.
         */
        private final Map<Citaat, Integer> rang;
        private final Map<Citaat, Integer> rangOpIdentiteit;

        /** A provision's place in the order of the regelingen, or -1 when it is not one of this version's. */
        int rang(Citaat c) {
            Integer r = rangOpIdentiteit.get(c);
            if (r == null) r = rang.get(c);
            return r == null ? -1 : r;
        }

        /** The order of two provisions, as {@link Regelingen#OP_CITAAT}; by their rank when both are quoted provisions. */
        int volgorde(Citaat x, Citaat y) {
            if (x == y) return 0;
            int a = rang(x), c = rang(y);
            return a >= 0 && c >= 0 ? Integer.compare(a, c) : Regelingen.OP_CITAAT.compare(x, y);
        }

        /** The same, by kind of holder, for listing what a case gives that no rule reads. */
        final NotUsed.Gebruik gebruik;
        final List<Ontvangstbewijs.RegelingHash> hashes;
        final List<Bepaling> bepalingen;
        /**
         * Rule name → the fact paths and oordelen ({@code oordelen.x}) it reads, from the usage index; kept only when
         * some rule is bounded ({@link #toepasbaarheid}), to say which facts a rule held back would have weighed.
         */
        final Map<String, Set<String>> leestPerRegel;
        /** Voorziening code → the judgements the regelingen give on its aanvragen in policy ({@link InBeleid}); empty: none. */
        final Map<String, List<InBeleid>> inBeleid;

        Built(KieBase kieBase, Toepasbaarheid toepasbaarheid, Map<Rule, RuleMeta> regels, List<RuleMeta> alleRegels, ParameterSet parameters,
              Map<String, RegelingDescriptor.Oordeel> oordelen, Map<String, String> voorzieningen, Set<String> gebruikt,
              Map<String, Set<String>> alleenBij, Set<String> alleenBijAanvragen, List<Ontvangstbewijs.RegelingHash> hashes, List<Bepaling> bepalingen, Map<String, Set<String>> leestPerRegel,
              Map<String, List<InBeleid>> inBeleid) {
            this.leestPerRegel = leestPerRegel;
            this.inBeleid = inBeleid;
            this.kieBase = kieBase;
            this.sessies = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
            this.toepasbaarheid = toepasbaarheid;
            this.regels = regels;
            this.alleRegels = alleRegels;
            this.parameters = parameters;
            this.oordelen = oordelen;
            this.voorzieningen = voorzieningen;
            this.gebruikt = gebruikt;
            this.gebruik = gebruikt == null ? null : new NotUsed.Gebruik(gebruikt, alleenBij, alleenBijAanvragen);
            List<Citaat> geordend = new ArrayList<>();
            for (Bepaling bep : bepalingen) geordend.add(bep.citaat());
            geordend.sort(Regelingen.OP_CITAAT);
            Map<Citaat, Integer> r = new HashMap<>();
            for (Citaat c : geordend) r.putIfAbsent(c, r.size());
            this.rang = r;
            Map<Citaat, Integer> id = new IdentityHashMap<>();
            for (Citaat c : geordend) id.put(c, r.get(c));
            this.rangOpIdentiteit = id;
            this.hashes = hashes;
            this.bepalingen = bepalingen;
        }
    }

    boolean isBuilt() { return built != null; }

    ClassLoader loader() { return loader; }

    Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    // Drools finds its own services through the thread's context class loader; make that the rule
                    // packages' loader (which sees this engine's Drools), whatever the caller's thread has.
                    Thread t = Thread.currentThread();
                    ClassLoader vorige = t.getContextClassLoader();
                    t.setContextClassLoader(loader);
                    try {
                        built = b = bouw();
                    } finally {
                        t.setContextClassLoader(vorige);
                    }
                }
            }
        }
        return b;
    }

    private Built bouw() {
        // what the build reads beside the rule base is read on a second thread meanwhile, in the order it is used:
        // the model rules' classes (shared by every version), then the quoted texts, usage indexes, parameters and hashes
        Bijlezen bij = new Bijlezen(this);
        bij.start();
        List<Model> models = new ArrayList<>();
        Map<String, RegelingDescriptor> perPakket = new HashMap<>();
        for (RegelingDescriptor r : regelingen) {
            perPakket.put(r.drlPackage, r);
            String klasse = modellen.get(r.drlPackage);
            if (klasse == null) {
                throw new IllegalStateException(versie.id() + ": no compiled rules for DRL package " + r.drlPackage + " of regeling " + r.info.id()
                        + ". Build the rule package with kie-maven-plugin (packaging kjar) and keep it a separate jar on the class path.");
            }
            try {
                models.add((Model) Class.forName(klasse, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException(versie.id() + ": cannot load the compiled rules " + klasse + ": " + e, e);
            }
        }
        // the model verordening's shared rules that the regelingen of this version apply, each cited in the regeling that applies it
        record Toegepast(RegelingDescriptor regeling, ModelRegels.Toepassing toepassing) {}
        Map<String, Toegepast> toegepast = new LinkedHashMap<>();
        for (RegelingDescriptor r : regelingen) {
            for (ModelRegels.Toepassing t : r.modelregels) {
                Toegepast eerder = toegepast.put(t.model(), new Toegepast(r, t));
                if (eerder != null) {
                    throw new IllegalStateException(versie.id() + ": the model rules of '" + t.model() + "' are applied by both " + eerder.regeling().info.id()
                            + " and " + r.info.id() + "; one regeling of a version applies a model provision");
                }
            }
        }
        if (!toegepast.isEmpty()) {
            Map<String, ModelRegels.Toepassing> toepassingen = new LinkedHashMap<>();
            for (Map.Entry<String, Toegepast> e : toegepast.entrySet()) toepassingen.put(e.getKey(), e.getValue().toepassing());
            bij.neem(); // the model rules loaded (or what loading them threw)
            models.add(modelRegels.voor(toepassingen));
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieServices.Factory.get().newKieBaseConfiguration(null, loader));

        Map<String, Map<String, String[]>> teksten = new HashMap<>();
        List<Bepaling> alleBepalingen = new ArrayList<>();
        for (RegelingDescriptor r : regelingen) {
            Teksten t = (Teksten) bij.neem();
            teksten.put(r.info.id(), t.teksten());
            alleBepalingen.addAll(t.bepalingen());
        }
        // one instance per quoted provision: every rule citing it shares the table's, so lookups by it are by identity
        Map<Citaat, Citaat> canoniek = new HashMap<>();
        for (Bepaling bep : alleBepalingen) canoniek.putIfAbsent(bep.citaat(), bep.citaat());
        Map<Rule, RuleMeta> regels = new IdentityHashMap<>();
        List<RuleMeta> alle = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        for (RegelingDescriptor r : regelingen) {
            for (String artikel : r.nietVoorOpdrachten) {
                if (citaat(r, teksten.get(r.info.id()), artikel, null, null) == null) {
                    fouten.add(r.descriptorPad + ": 'nietVoorOpdrachten' names article " + artikel + ", which " + r.bepalingen + " does not quote");
                }
            }
        }
        Set<String> opdrachtCodes = opdrachten == null ? Set.of() : opdrachten.get();
        Map<Rule, Toepasbaarheid.Grens> grenzen = new IdentityHashMap<>();
        // per regeling the voorzieningen it provides: a model rule that names voorzieningen fires only on those of the
        // regeling that applies it (it may name one that another applying regeling has and this one does not)
        Map<String, Set<String>> aanbod = new HashMap<>();
        for (RegelingDescriptor r : regelingen) aanbod.put(r.info.id(), Set.copyOf(r.voorzieningen.keySet()));
        // beleidsregels concern the use of the powers of the regelingen they stand beside (art. 4:81 lid 1 Awb): a model
        // rule they apply also fires on the voorzieningen those regelingen of the version provide (Heemstede's
        // beleidsregels 2024 art. 3 on the werkstage of the verordening's art. 4)
        Set<String> alleVoorzieningen = new LinkedHashSet<>();
        for (RegelingDescriptor r : regelingen) alleVoorzieningen.addAll(r.voorzieningen.keySet());
        for (RegelingDescriptor r : regelingen) {
            if ("beleidsregels".equals(r.info.soort())) aanbod.put(r.info.id(), Set.copyOf(alleVoorzieningen));
        }
        for (RegelingDescriptor r : regelingen) {
            Regeling.Hardheidsclausule h = r.info.hardheidsclausule();
            if (h != null && h.bestaat() && citaat(r, teksten.get(r.info.id()), h.artikel(), h.lid(), null) == null) {
                fouten.add(r.info.id() + ": its hardheidsclausule " + h.kort() + " is not a quoted provision");
            }
        }
        // the usage index the build wrote per regeling (which facts its rules read, which rule extends which)
        Map<String, JsonNode> gebruikPerRegeling = new HashMap<>();
        for (RegelingDescriptor r : regelingen) gebruikPerRegeling.put(r.info.id(), (JsonNode) bij.neem());
        int aantal = 0;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                aantal++;
                RegelingDescriptor r = perPakket.get(pkg.getName());
                String artikel = meta(rule, "artikel"), lid = meta(rule, "lid"), onderdeel = meta(rule, "onderdeel");
                String model = null;
                List<String> eigenInterpretaties = List.of();
                String wijktVanToepassing = null;
                if (r == null && modelRegels != null && pkg.getName().equals(modelRegels.drlPackage)) {
                    // a model rule: cited in the regeling that applies it, at its article (and lid), with the rule's onderdeel
                    model = meta(rule, "model");
                    Toegepast t = toegepast.get(model);
                    if (t == null) {
                        fouten.add("model rule '" + rule.getName() + "' (@model(\"" + model + "\")) is in the rule base, but no regeling of " + versie.id() + " applies it");
                        continue;
                    }
                    if (artikel != null || meta(rule, "ook") != null) {
                        fouten.add("model rule '" + rule.getName() + "' names @artikel or @ook: a model rule cites only through the regeling that applies it (@lid and @onderdeel are the model's)");
                        continue;
                    }
                    r = t.regeling();
                    artikel = t.toepassing().artikel();
                    eigenInterpretaties = t.toepassing().interpretatiesVoor(lid, onderdeel);
                    wijktVanToepassing = t.toepassing().wijktVoorPlicht();
                    String[] plaats = t.toepassing().plaatsIn(lid, onderdeel);
                    lid = plaats[0];
                    onderdeel = plaats[1];
                }
                if (r == null) {
                    fouten.add("rule '" + rule.getName() + "' is in DRL package " + pkg.getName() + ", which no regeling of " + versie.id() + " declares");
                    continue;
                }
                if (artikel == null) {
                    fouten.add("rule '" + rule.getName() + "' has no @artikel");
                    continue;
                }
                Citaat c = canoniek(canoniek, citaat(r, teksten.get(r.info.id()), artikel, lid, onderdeel));
                if (c == null) {
                    fouten.add("rule '" + rule.getName() + "' cites " + Regelingen.kort(artikel, lid, onderdeel)
                            + ", which the quoted provisions of " + r.info.id() + " do not contain");
                    continue;
                }
                // the quoted provision names the rule's model key, or the key it is a part of ("proefplaats.duur", a sentence of
                // the lid that names "proefplaats")
                if (model != null && !model.equals(c.model()) && !(c.model() != null && model.startsWith(c.model() + "."))) {
                    fouten.add("model rule '" + rule.getName() + "' is cited as " + Regelingen.kort(artikel, lid, onderdeel) + " of " + r.info.id()
                            + ", whose quoted provision does not name model provision '" + model + "' or the provision it is a part of (field 'model' in " + r.bepalingen + ")");
                    continue;
                }
                List<Citaat> ook = new ArrayList<>();
                String ookMeta = meta(rule, "ook");
                if (ookMeta != null) {
                    for (String verwijzing : ookMeta.split(";")) {
                        if (verwijzing.isBlank()) continue;
                        Citaat o = canoniek(canoniek, ook(verwijzing.trim(), r, teksten));
                        if (o == null) fouten.add("rule '" + rule.getName() + "' names @ook(\"" + verwijzing.trim() + "\"), which is not a quoted provision of "
                                + versie.id() + " (write \"12K lid 3 onder b\", or \"<regeling-id>: 12 lid 5\")");
                        else ook.add(o);
                    }
                }
                String interpretatie = meta(rule, "interpretatie");
                List<String> interpretaties = List.of();
                if (interpretatie != null) {
                    List<String> l = new ArrayList<>();
                    for (String x : interpretatie.split(",")) if (!x.trim().isEmpty()) l.add(x.trim());
                    interpretaties = List.copyOf(l);
                }
                if (!eigenInterpretaties.isEmpty()) {
                    // a model rule: the project's readings it names, then the applying regeling's own (its "interpretaties")
                    java.util.LinkedHashSet<String> samen = new java.util.LinkedHashSet<>(interpretaties);
                    samen.addAll(eigenInterpretaties);
                    interpretaties = List.copyOf(samen);
                }
                String wijkt = meta(rule, "wijktVoorPlicht");
                // a model rule applied by a regeling whose descriptor says its grounds yield to a duty (beleidsregels, L-20)
                if (wijkt == null) wijkt = wijktVanToepassing;
                if (wijkt != null && !wijkt.equals("elke") && !wijkt.equals("wettelijke")) {
                    fouten.add("rule '" + rule.getName() + "' has @wijktVoorPlicht(\"" + wijkt + "\"): write \"elke\" (it yields to every duty) or \"wettelijke\" (only to a duty of the Participatiewet)");
                }
                String naastGrond = meta(rule, "naastGrond");
                if (naastGrond != null && !naastGrond.equals("kan") && !naastGrond.equals("verplicht")) {
                    fouten.add("rule '" + rule.getName() + "' has @naastGrond(\"" + naastGrond + "\"): write \"kan\" (its remarks stand beside a permissive ground that applies) or \"verplicht\" (beside a mandatory one)");
                }
                // the executable model does not keep "extends": the build's rule check recorded it from the DRL
                JsonNode index = gebruikPerRegeling.get(r.info.id());
                String ouder = index == null ? null : index.path("ouders").path(rule.getName()).asText(null);
                if (ouder == null && rule instanceof org.drools.base.definitions.rule.impl.RuleImpl ri && ri.getParent() != null) ouder = ri.getParent().getName();
                // an article about voorzieningen only (the descriptor's nietVoorOpdrachten): its rules do not fire on an opdracht
                boolean nietVoorOpdrachten = r.nietVoorOpdrachten.contains(artikel);
                Set<String> niet = nietVoorOpdrachten && !opdrachtCodes.isEmpty() ? opdrachtCodes : null;
                // the voorzieningen the model rule names, as the build's rule check recorded them (the executable model does not keep them)
                boolean noemtVoorzieningen = model != null && index != null && index.path("modelVoorzieningen").path(rule.getName()).size() > 0;
                Set<String> alleen = noemtVoorzieningen ? aanbod.get(r.info.id()) : null;
                // a regeling without transitional law of its own that does not reach what was granted before it (L-19)
                java.time.LocalDate verleendVanaf = r.nietVoorEerderVerleend ? r.info.geldigVanaf() : null;
                if (niet != null || alleen != null || verleendVanaf != null) grenzen.put(rule, new Toepasbaarheid.Grens(niet, alleen, verleendVanaf));
                RuleMeta m = new RuleMeta(rule.getName(), c, interpretaties, List.copyOf(ook), wijkt, ouder, nietVoorOpdrachten, verleendVanaf, naastGrond);
                regels.put(rule, m);
                alle.add(m);
            }
        }
        if (aantal == 0) {
            fouten.add("the rule base holds no rules. Is the rule package built with kie-maven-plugin and on the class path as its own jar?");
        }
        if (!fouten.isEmpty()) throw new IllegalStateException(versie.id() + ": " + String.join("; ", fouten));
        alle.sort(Regelingen.OP_CITAAT_REGEL);

        List<ParameterSet.Parameter> params = new ArrayList<>(nationaal);
        Map<String, RegelingDescriptor.Oordeel> oordelen = new LinkedHashMap<>();
        Map<String, String> voorzieningen = new LinkedHashMap<>();
        Set<String> gebruikt = new LinkedHashSet<>();
        boolean gebruikBekend = true;
        List<Ontvangstbewijs.RegelingHash> hashes = new ArrayList<>();
        for (RegelingDescriptor r : regelingen) {
            @SuppressWarnings("unchecked") List<ParameterSet.Parameter> eigen = (List<ParameterSet.Parameter>) bij.neem();
            params.addAll(eigen);
            for (RegelingDescriptor.Oordeel o : r.oordelen.values()) {
                if (oordelen.putIfAbsent(o.code(), o) != null) throw new IllegalStateException(versie.id() + ": oordeel '" + o.code() + "' is declared twice");
                if (citaat(r, teksten.get(r.info.id()), o.artikel(), o.lid(), o.onderdeel()) == null) {
                    throw new IllegalStateException(r.descriptorPad + ": oordeel '" + o.code() + "' cites a provision that " + r.bepalingen + " does not quote");
                }
            }
            for (String v : r.voorzieningen.keySet()) voorzieningen.putIfAbsent(v, r.info.id());
            JsonNode gebruik = gebruikPerRegeling.get(r.info.id());
            if (gebruik == null) gebruikBekend = false;
            else {
                for (java.util.Iterator<String> i = gebruik.path("gegevens").fieldNames(); i.hasNext(); ) gebruikt.add(i.next());
                for (java.util.Iterator<String> i = gebruik.path("oordelen").fieldNames(); i.hasNext(); ) gebruikt.add("oordelen." + i.next());
            }
            hashes.add(new Ontvangstbewijs.RegelingHash(r.info.id(), (String) bij.neem()));
        }
        Map<String, List<InBeleid>> inBeleid = inBeleid(versie.id(), regelingen, oordelen, voorzieningen, teksten, canoniek);
        if (!inBeleid.isEmpty()) {
            // an auditor's list of the version's rules names each judgement given in policy, as the rule the engine applies for it
            Set<InBeleid> gezien = Collections.newSetFromMap(new IdentityHashMap<>());
            for (List<InBeleid> l : inBeleid.values()) {
                for (InBeleid ib : l) {
                    if (gezien.add(ib)) alle.add(new RuleMeta(ib.bron().omschrijving(), ib.citaat(), ib.bron().interpretaties(), List.of(), null, null, false, null, null));
                }
            }
            alle.sort(Regelingen.OP_CITAAT_REGEL);
        }
        Map<String, Set<String>> leestPerRegel = grenzen.isEmpty() ? Map.of() : leestPerRegel(gebruikPerRegeling.values());
        Map<String, Set<String>> alleenBij = gebruikBekend ? alleenBij(gebruikPerRegeling.values()) : Map.of();
        Set<String> alleenBijAanvragen = gebruikBekend ? alleenBijAanvragen(gebruikPerRegeling.values()) : Set.of();
        return new Built(kieBase, Toepasbaarheid.van(grenzen), Collections.unmodifiableMap(regels), List.copyOf(alle), new ParameterSet(params),
                Collections.unmodifiableMap(oordelen), Collections.unmodifiableMap(voorzieningen),
                gebruikBekend ? Set.copyOf(gebruikt) : null, alleenBij, alleenBijAanvragen, List.copyOf(hashes), List.copyOf(alleBepalingen), leestPerRegel, inBeleid);
    }

    /**
     * The judgements the regelingen give in policy, per voorziening: each checked against the version (the judgement
     * declared, the voorzieningen provided, the provision quoted), with its remark and the reason a departing judgement in
     * a case is not used, written once.
     */
    static Map<String, List<InBeleid>> inBeleid(String versie, List<RegelingDescriptor> regelingen, Map<String, RegelingDescriptor.Oordeel> oordelen,
                                                Map<String, String> voorzieningen, Map<String, Map<String, String[]>> teksten, Map<Citaat, Citaat> canoniek) {
        Map<String, List<InBeleid>> uit = new LinkedHashMap<>();
        List<String> fouten = new ArrayList<>();
        Map<String, RegelingDescriptor> perId = new HashMap<>();
        for (RegelingDescriptor r : regelingen) perId.put(r.info.id(), r);
        for (RegelingDescriptor r : regelingen) {
            for (int i = 0; i < r.oordelenInBeleid.size(); i++) {
                RegelingDescriptor.OordeelInBeleid o = r.oordelenInBeleid.get(i);
                String p = r.descriptorPad + ": oordelenInBeleid[" + i + "]";
                Citaat c = canoniek(canoniek, citaat(r, teksten.get(r.info.id()), o.artikel(), o.lid(), o.onderdeel()));
                RegelingDescriptor.Oordeel decl = oordelen.get(o.oordeel());
                boolean goed = true;
                if (c == null) {
                    fouten.add(p + " cites " + Regelingen.kort(o.artikel(), o.lid(), o.onderdeel()) + ", which " + r.bepalingen + " does not quote");
                    goed = false;
                }
                if (decl == null) {
                    fouten.add(p + ": 'oordeel' names '" + o.oordeel() + "', which no regeling of " + versie + " declares under 'oordelen'");
                    goed = false;
                }
                for (String v : o.voorzieningen()) {
                    if (!voorzieningen.containsKey(v)) {
                        fouten.add(p + ": 'voorzieningen' names " + v + ", which no regeling of " + versie + " provides");
                        goed = false;
                    }
                }
                if (!goed) continue;
                RegelingDescriptor vanOordeel = perId.get(decl.regeling());
                Citaat waar = citaat(vanOordeel, teksten.get(vanOordeel.info.id()), decl.artikel(), decl.lid(), decl.onderdeel());
                String gegeven = o.waarde() ? "ja" : "nee";
                String toelichting = "Het college heeft in beleid geantwoord op de vraag van " + Samenvatting.voluit(waar) + ": \""
                        + Samenvatting.vraag(decl.vraag()) + "\" — " + gegeven + ", voor elke aanvraag van deze voorziening. Het oordeel wordt daarom"
                        + " niet per aanvraag gevraagd, en een ander oordeel in de casus wordt niet gebruikt.";
                String reden = "niet gebruikt: het college heeft dit oordeel in beleid gegeven (" + Samenvatting.voluit(c) + ": " + gegeven
                        + "); het handelt overeenkomstig zijn beleidsregel (art. 4:84 Awb) en wijkt daarvan alleen ten gunste van de aanvrager af (L-23)";
                InBeleid ib = new InBeleid(o, c, toelichting, reden);
                for (String v : o.voorzieningen()) {
                    List<InBeleid> l = uit.get(v);
                    if (l == null) uit.put(v, l = new ArrayList<>());
                    l.add(ib);
                }
            }
        }
        if (!fouten.isEmpty()) throw new IllegalStateException(versie + ": " + String.join("; ", fouten));
        for (Map.Entry<String, List<InBeleid>> e : uit.entrySet()) e.setValue(List.copyOf(e.getValue()));
        return Collections.unmodifiableMap(uit);
    }

    /** A regeling's quoted provisions: per provision key its text and model key, and the provisions in the order quoted. */
    private record Teksten(Map<String, String[]> teksten, List<Bepaling> bepalingen) {}

    /**
     * What {@link #bouw()} reads besides building the rule base, read on a second thread while the build loads the
     * generated classes and builds the rule base (on two cores that takes the reading off the build's path): in the
     * order the build takes it, first the model rules' classes (when a regeling applies model rules), then per regeling
     * its quoted provisions, then per regeling its usage index, then per regeling its parameters and hash. The build
     * takes each item with {@link #neem()}, in the same order; reading stops at the first failure, which
     * {@link #neem()} rethrows where the build takes the item that failed, so a build fails where and as it did when
     * it read everything itself.
     */
    private static final class Bijlezen implements Runnable {
        private final LoadedVersion v;
        private final List<Object> gelezen = new ArrayList<>();
        private Throwable fout;
        private boolean klaar;
        private int volgende;

        Bijlezen(LoadedVersion v) {
            this.v = v;
        }

        /** Starts reading on a thread of its own (a daemon: a build that fails does not wait for it). */
        void start() {
            Thread t = new Thread(this, "reintegratie-bouw-" + v.versie.id());
            t.setDaemon(true);
            // Drools finds its services through the context class loader, as in the build itself
            t.setContextClassLoader(v.loader);
            t.start();
        }

        @Override public void run() {
            try {
                boolean modelregels = false;
                for (RegelingDescriptor r : v.regelingen) modelregels |= !r.modelregels.isEmpty();
                if (modelregels) {
                    v.modelRegels.model();
                    lever(Boolean.TRUE);
                }
                for (RegelingDescriptor r : v.regelingen) {
                    List<Bepaling> b = new ArrayList<>();
                    Map<String, String[]> t = v.bepalingen(r, b);
                    lever(new Teksten(t, b));
                }
                List<JsonNode> gebruik = new ArrayList<>();
                for (RegelingDescriptor r : v.regelingen) {
                    JsonNode g = v.gebruik(r);
                    gebruik.add(g);
                    lever(g);
                }
                for (int i = 0; i < v.regelingen.size(); i++) {
                    RegelingDescriptor r = v.regelingen.get(i);
                    lever(r.parameters == null ? List.of() : ParameterSet.lees(v.loader, r.parameters, r.info.citeertitel(), r.info.geldigVanaf()));
                    lever(v.hash(r, gebruik.get(i)));
                }
            } catch (Throwable t) {
                synchronized (this) {
                    fout = t;
                }
            } finally {
                synchronized (this) {
                    klaar = true;
                    notifyAll();
                }
            }
        }

        private synchronized void lever(Object o) {
            gelezen.add(o);
            notifyAll();
        }

        /** The next item, waiting for it; what reading it threw, if it failed. */
        synchronized Object neem() {
            boolean onderbroken = false;
            while (volgende >= gelezen.size() && !klaar) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    onderbroken = true;
                }
            }
            if (onderbroken) Thread.currentThread().interrupt();
            if (volgende < gelezen.size()) return gelezen.get(volgende++);
            if (fout instanceof RuntimeException e) throw e;
            if (fout instanceof Error e) throw e;
            throw new IllegalStateException(v.versie.id() + ": reading the rule package failed: " + fout, fout);
        }
    }

    /** The fact paths and {@code oordelen.x} that only rules reading on an aanvraag read (the usage index's {@code alleenAanvraag}). */
    private static Set<String> alleenBijAanvragen(java.util.Collection<JsonNode> indexen) {
        Set<String> alleen = new java.util.HashSet<>(), ook = new java.util.HashSet<>();
        for (JsonNode index : indexen) {
            if (index == null) continue;
            Set<String> regels = new java.util.HashSet<>();
            for (JsonNode x : index.path("alleenAanvraag")) regels.add(x.asText());
            for (Map.Entry<String, JsonNode> e : velden(index)) {
                for (JsonNode regel : e.getValue()) (regels.contains(regel.asText()) ? alleen : ook).add(e.getKey());
            }
        }
        alleen.removeAll(ook);
        return Set.copyOf(alleen);
    }

    /**
     * Per fact path and {@code oordelen.x} that only rules bound to named voorzieningen read (the usage index's
     * {@code voorzieningen}): those voorzieningen. A path some rule reads on any onderwerp is not in the map.
     */
    private static Map<String, Set<String>> alleenBij(java.util.Collection<JsonNode> indexen) {
        Map<String, Set<String>> uit = new HashMap<>();
        Set<String> overal = new java.util.HashSet<>();
        for (JsonNode index : indexen) {
            if (index == null) continue;
            JsonNode perRegel = index.path("voorzieningen");
            for (Map.Entry<String, JsonNode> e : velden(index)) {
                String p = e.getKey();
                for (JsonNode regel : e.getValue()) {
                    JsonNode codes = perRegel.path(regel.asText());
                    if (!codes.isArray()) { overal.add(p); break; }
                    for (JsonNode c : codes) {
                        Set<String> bij = uit.get(p);
                        if (bij == null) uit.put(p, bij = new java.util.TreeSet<>());
                        bij.add(c.asText());
                    }
                }
            }
        }
        for (String p : overal) uit.remove(p);
        Map<String, Set<String>> vast = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : uit.entrySet()) vast.put(e.getKey(), Set.copyOf(e.getValue()));
        return Collections.unmodifiableMap(vast);
    }

    /** The usage indexes turned round: per rule name the fact paths and {@code oordelen.x} it reads. */
    private static Map<String, Set<String>> leestPerRegel(java.util.Collection<JsonNode> indexen) {
        Map<String, Set<String>> uit = new HashMap<>();
        for (JsonNode index : indexen) {
            if (index == null) continue;
            for (Map.Entry<String, JsonNode> e : velden(index)) {
                for (JsonNode n : e.getValue()) {
                    Set<String> leest = uit.get(n.asText());
                    if (leest == null) uit.put(n.asText(), leest = new LinkedHashSet<>());
                    leest.add(e.getKey());
                }
            }
        }
        return uit;
    }

    /**
     * A usage index's fact paths and then its oordelen ({@code oordelen.x}), each with the rules that read it, in the
     * index's order (written out, not as lambdas: each lambda costs a cold start a class spun at run time).
     */
    private static List<Map.Entry<String, JsonNode>> velden(JsonNode index) {
        List<Map.Entry<String, JsonNode>> uit = new ArrayList<>();
        for (java.util.Iterator<Map.Entry<String, JsonNode>> i = index.path("gegevens").fields(); i.hasNext(); ) uit.add(i.next());
        for (java.util.Iterator<Map.Entry<String, JsonNode>> i = index.path("oordelen").fields(); i.hasNext(); ) {
            Map.Entry<String, JsonNode> e = i.next();
            uit.add(Map.entry("oordelen." + e.getKey(), e.getValue()));
        }
        return uit;
    }

    /** The keys of the model verordening's provisions that a quoted provision may name (engine resource). */
    static final Set<String> MODEL_SLEUTELS = leesModelSleutels();

    private static Set<String> leesModelSleutels() {
        Set<String> s = new java.util.HashSet<>();
        for (JsonNode b : Json.resource(LoadedVersion.class.getClassLoader(), "nl/reintegratie/modelverordening.json").path("bepalingen")) {
            s.add(b.path("sleutel").asText());
        }
        return Set.copyOf(s);
    }

    /** Per provision key: its quoted text and its model-verordening key (or {@code null}). */
    private Map<String, String[]> bepalingen(RegelingDescriptor r, List<Bepaling> alle) {
        JsonNode b = Json.resource(loader, r.bepalingen);
        if (!r.info.id().equals(b.path("regeling").asText())) {
            throw new IllegalStateException(r.bepalingen + " belongs to regeling '" + b.path("regeling").asText() + "', not '" + r.info.id() + "'");
        }
        Map<String, String[]> teksten = new HashMap<>();
        for (JsonNode e : b.path("bepalingen")) {
            String k = Regelingen.kort(e.path("artikel").asText(), e.path("lid").asText(null), e.path("onderdeel").asText(null));
            String model = e.path("model").asText(null);
            if (model != null && !MODEL_SLEUTELS.contains(model)) {
                throw new IllegalStateException(r.bepalingen + ": " + k + " names model provision '" + model
                        + "', which nl/reintegratie/modelverordening.json does not list (known: " + String.join(", ", new java.util.TreeSet<>(MODEL_SLEUTELS)) + ")");
            }
            if (teksten.putIfAbsent(k, new String[] {e.path("tekst").asText(), e.path("model").asText(null)}) != null) {
                throw new IllegalStateException(r.bepalingen + " quotes " + k + " twice");
            }
            alle.add(new Bepaling(new Citaat(r.info.id(), r.info.citeertitel(), Regelingen.versie(r.info), e.path("artikel").asText(),
                    e.path("lid").asText(null), e.path("onderdeel").asText(null), e.path("tekst").asText(), e.path("model").asText(null)),
                    e.path("nietGecodeerd").asText(null)));
        }
        return teksten;
    }

    private static Citaat canoniek(Map<Citaat, Citaat> canoniek, Citaat c) {
        return c == null ? null : canoniek.getOrDefault(c, c);
    }

    private static Citaat citaat(RegelingDescriptor r, Map<String, String[]> teksten, String artikel, String lid, String onderdeel) {
        String[] tekst = teksten.get(Regelingen.kort(artikel, lid, onderdeel));
        if (tekst == null) return null;
        return new Citaat(r.info.id(), r.info.citeertitel(), Regelingen.versie(r.info), artikel, lid, onderdeel, tekst[0], tekst[1]);
    }

    /** "12K lid 3 onder b" in the rule's own regeling, or "heemstede-beleidsregels-2024: 12 lid 5" in another of the version. */
    private Citaat ook(String verwijzing, RegelingDescriptor eigen, Map<String, Map<String, String[]>> teksten) {
        RegelingDescriptor r = eigen;
        String rest = verwijzing;
        int dubbelepunt = verwijzing.indexOf(':');
        if (dubbelepunt > 0) {
            String id = verwijzing.substring(0, dubbelepunt).trim();
            r = null;
            for (RegelingDescriptor x : regelingen) {
                if (x.info.id().equals(id)) { r = x; break; }
            }
            if (r == null) return null;
            rest = verwijzing.substring(dubbelepunt + 1).trim();
        }
        String[] d = rest.split("\\s+");
        if (d.length == 0) return null;
        String artikel = d[0], lid = null, onderdeel = null;
        for (int i = 1; i + 1 < d.length; i += 2) {
            if (d[i].equals("lid")) lid = d[i + 1];
            else if (d[i].equals("onder")) onderdeel = d[i + 1];
            else return null;
        }
        return citaat(r, teksten.get(r.info.id()), artikel, lid, onderdeel);
    }

    private JsonNode gebruik(RegelingDescriptor r) {
        String pad = Regelingen.gebruikPad(r.info.id());
        if (loader.getResource(pad) == null) return null;
        return Json.resource(loader, pad);
    }

    private String hash(RegelingDescriptor r, JsonNode gebruik) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String pad : new String[] {r.descriptorPad, r.bepalingen, r.parameters}) {
                if (pad == null) continue;
                try (InputStream in = loader.getResourceAsStream(pad)) {
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            md.update((gebruik == null ? "" : gebruik.path("drlSha256").asText()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String meta(Rule rule, String sleutel) {
        return metaTekst(rule.getMetaData().get(sleutel));
    }

    /** A rule's metadata value as its text ({@code @lid("3")} gives {@code 3}); blank or absent: {@code null}. */
    static String metaTekst(Object waarde) {
        if (waarde == null) return null;
        String s = waarde.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s.isBlank() ? null : s;
    }
}
