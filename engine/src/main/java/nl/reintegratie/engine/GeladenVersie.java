package nl.reintegratie.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A version ready to run: its compiled rule base, its regelingen, the merged declarations, and the
 * citation of every rule, resolved and checked once at load time. Immutable and shared by all threads.
 */
final class GeladenVersie {
    final Versie versie;
    final KieBase kieBase;
    /** Sessions are reused: a disposed session is reset and returned to the pool (measured faster than a new session per case). */
    final org.kie.api.runtime.KieSessionsPool sessies;
    final List<Regeling> regelingen;
    final Map<String, Declaraties.Voorziening> voorzieningen = new LinkedHashMap<>();
    final Map<String, Declaraties.Omstandigheid> omstandigheden = new LinkedHashMap<>();
    final Map<String, Declaraties.Oordeel> oordelen = new LinkedHashMap<>();
    final Map<String, Declaraties.Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Citaat> citaten = new HashMap<>();

    GeladenVersie(Versie versie, KieBase kieBase, List<Regeling> regelingen, List<Declaraties.Parameter> nationaal) {
        this.versie = versie;
        this.kieBase = kieBase;
        this.sessies = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.regelingen = List.copyOf(regelingen);
        for (Declaraties.Parameter p : nationaal) parameters.put(p.naam(), p);
        for (Regeling r : regelingen) {
            voorzieningen.putAll(r.voorzieningen);
            for (Declaraties.Omstandigheid o : r.omstandigheden.values()) {
                Declaraties.Omstandigheid eerder = omstandigheden.putIfAbsent(o.naam(), o);
                if (eerder != null && eerder.type() != o.type()) {
                    throw new IllegalStateException(versie.id() + ": omstandigheid '" + o.naam() + "' is declared as "
                            + eerder.type() + " in " + eerder.regeling() + " and as " + o.type() + " in " + o.regeling());
                }
            }
            for (Declaraties.Oordeel o : r.oordelen.values()) {
                if (oordelen.putIfAbsent(o.code(), o) != null) {
                    throw new IllegalStateException(versie.id() + ": oordeel '" + o.code() + "' is declared twice");
                }
            }
            for (Declaraties.Parameter p : r.parameters) {
                if (parameters.putIfAbsent(p.naam(), p) != null) {
                    throw new IllegalStateException(versie.id() + ": parameter '" + p.naam() + "' is declared twice");
                }
            }
        }
        leesCitaten();
    }

    /** Reads every rule's @artikel/@lid/@onderdeel, and fails loading when a rule has none or cites a provision that is not quoted. */
    private void leesCitaten() {
        Map<String, Regeling> perPakket = new HashMap<>();
        for (Regeling r : regelingen) perPakket.put(r.drlPackage, r);
        List<String> fouten = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Regeling r = perPakket.get(pkg.getName());
                if (r == null) {
                    fouten.add("rule '" + rule.getName() + "' is in DRL package " + pkg.getName() + ", which no regeling of " + versie.id() + " declares");
                    continue;
                }
                String artikel = meta(rule, "artikel");
                String lid = meta(rule, "lid");
                String onderdeel = meta(rule, "onderdeel");
                if (artikel == null) {
                    fouten.add("rule '" + rule.getName() + "' has no @artikel");
                    continue;
                }
                String tekst = r.tekst(artikel, lid, onderdeel);
                if (tekst == null) {
                    fouten.add("rule '" + rule.getName() + "' cites " + Regeling.sleutel(artikel, lid, onderdeel)
                            + ", which the quoted provisions of " + r.info.id() + " do not contain");
                    continue;
                }
                String interpretatie = meta(rule, "interpretatie");
                List<String> interpretaties = interpretatie == null ? List.of()
                        : java.util.Arrays.stream(interpretatie.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
                citaten.put(sleutel(pkg.getName(), rule.getName()), new Citaat(r.info.id(), r.info.citeertitel(),
                        versieVan(r.info), artikel, lid, onderdeel, tekst, interpretaties));
            }
        }
        if (!fouten.isEmpty()) throw new IllegalStateException(versie.id() + ": " + String.join("; ", fouten));
    }

    static String versieVan(RegelingInfo r) {
        return "vastgesteld " + r.vastgesteld() + ", in werking vanaf " + r.geldigVanaf();
    }

    private static String meta(Rule rule, String sleutel) {
        Object waarde = rule.getMetaData().get(sleutel);
        if (waarde == null) return null;
        String s = waarde.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s.isBlank() ? null : s;
    }

    private static String sleutel(String pkg, String rule) {
        return pkg + "|" + rule;
    }

    /** Every rule of this version with its citation, ordered by citation. */
    List<Regel> regels() {
        List<Regel> lijst = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) lijst.add(new Regel(rule.getName(), citaat(rule)));
        }
        lijst.sort(java.util.Comparator.comparing((Regel r) -> r.citaat().regeling())
                .thenComparing(r -> r.citaat().artikel(), Beoordeling::natuurlijk)
                .thenComparing(r -> r.citaat().lid() == null ? "" : r.citaat().lid(), Beoordeling::natuurlijk)
                .thenComparing(r -> r.citaat().onderdeel() == null ? "" : r.citaat().onderdeel(), Beoordeling::natuurlijk)
                .thenComparing(Regel::naam));
        return List.copyOf(lijst);
    }

    Citaat citaat(Rule rule) {
        return citaten.get(sleutel(rule.getPackageName(), rule.getName()));
    }

    /** The parameters' values on the given date; a parameter without a value for that date is left out (unknown). */
    nl.reintegratie.feiten.Parameters parametersOp(LocalDate datum) {
        Map<String, java.math.BigDecimal> waarden = new HashMap<>();
        for (Declaraties.Parameter p : parameters.values()) {
            java.math.BigDecimal w = p.op(datum);
            if (w != null) waarden.put(p.naam(), w);
        }
        return new nl.reintegratie.feiten.Parameters(waarden, parameters.keySet());
    }
}
