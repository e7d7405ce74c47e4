package nl.reintegratie.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One regeling of a rule package as its descriptor ({@code <regeling>.regeling.json}) declares it: the metadata, the
 * DRL package that encodes it, where its quoted provisions and parameters are, the voorzieningen it provides (with the
 * article), its judgements and its own facts. Read at discovery (cheap); the quoted texts, parameters and rules are
 * read when a version that contains it is first used.
 */
final class RegelingDescriptor {
    /** A judgement "naar het oordeel van het college", with the question and the provision that leaves it to the college. */
    record Oordeel(String code, String vraag, String artikel, String lid, String onderdeel, String regeling) {}

    /**
     * A judgement "naar het oordeel van het college" that the regeling itself gives, for the aanvragen of named
     * voorzieningen ({@code "oordelenInBeleid"}): the college judged once, in policy, what it would otherwise judge case
     * by case (Heemstede's beleidsregels 2024 art. 16 lid 1: "Het college is hierbij van oordeel dat alle arbeid bijdraagt
     * aan arbeidsinschakeling"). The engine gives the judgement on those aanvragen before the rules fire, so every rule
     * that reads it sees it; the decision says so with this provision; a judgement in the case that departs from it is
     * not used (art. 4:84 Awb: the college acts in accordance with its beleidsregel; a departure in the applicant's
     * favour is the hardheidsclausule's, L-23). Only on an aanvraag: a judgement of the grant is not read on a granted
     * voorziening (L-19).
     *
     * @param code          the remark's code in the decision
     * @param oordeel       the judgement it gives, as declared under {@code oordelen} in a regeling of the version
     * @param waarde        the judgement given
     * @param voorzieningen the voorzieningen on whose aanvragen it is given
     * @param omschrijving  the remark's description, written as a rule name ("Art. 16 lid 1 — …")
     */
    record OordeelInBeleid(String code, String oordeel, boolean waarde, java.util.List<String> voorzieningen, String artikel, String lid,
                           String onderdeel, String omschrijving, java.util.List<String> interpretaties) {
        OordeelInBeleid {
            voorzieningen = java.util.List.copyOf(voorzieningen);
            interpretaties = java.util.List.copyOf(interpretaties);
        }
    }

    final Regeling info;
    final String drlPackage;
    final String bepalingen;
    final String parameters;
    /** Voorziening code → the article that provides it. */
    final Map<String, String> voorzieningen;
    final Map<String, Oordeel> oordelen;
    final JsonNode eigenGegevens;
    final JsonNode eigenVoorzieningen;
    final String descriptorPad;
    /** The provisions of the model verordening whose shared rules this regeling applies, with its own article. */
    final java.util.List<ModelRegels.Toepassing> modelregels;
    /**
     * The articles of this regeling that are about voorzieningen only ({@code "nietVoorOpdrachten": ["2.2", "3.1"]}): their
     * rules, its own and the model rules it applies there, do not fire on an opdracht (a tegenprestatie).
     */
    final java.util.List<String> nietVoorOpdrachten;
    /**
     * {@code "nietVoorEerderVerleend": true}: the regeling's rules, its own and the model rules it applies, do not judge a
     * voorziening granted before the regeling entered into force (its {@code geldigVanaf}): the conditions and grounds a
     * regeling without transitional law of its own adds do not reach what was granted before it (reading register L-19;
     * Heemstede's beleidsregels 2024, H-29).
     */
    final boolean nietVoorEerderVerleend;
    /** The judgements the regeling gives itself, in policy ({@link OordeelInBeleid}); empty: none. */
    final java.util.List<OordeelInBeleid> oordelenInBeleid;

    private RegelingDescriptor(Regeling info, String drlPackage, String bepalingen, String parameters, Map<String, String> voorzieningen,
                               Map<String, Oordeel> oordelen, JsonNode eigenGegevens, JsonNode eigenVoorzieningen, String descriptorPad,
                               java.util.List<ModelRegels.Toepassing> modelregels, java.util.List<String> nietVoorOpdrachten,
                               boolean nietVoorEerderVerleend, java.util.List<OordeelInBeleid> oordelenInBeleid) {
        this.info = info;
        this.drlPackage = drlPackage;
        this.bepalingen = bepalingen;
        this.parameters = parameters;
        // in declaration order (Map.copyOf would iterate in an order that differs from JVM to JVM)
        this.voorzieningen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(voorzieningen));
        this.oordelen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oordelen));
        this.eigenGegevens = eigenGegevens;
        this.eigenVoorzieningen = eigenVoorzieningen;
        this.descriptorPad = descriptorPad;
        this.modelregels = java.util.List.copyOf(modelregels);
        this.nietVoorOpdrachten = java.util.List.copyOf(nietVoorOpdrachten);
        this.nietVoorEerderVerleend = nietVoorEerderVerleend;
        this.oordelenInBeleid = java.util.List.copyOf(oordelenInBeleid);
    }

    /** {@code "hardheidsclausule": {"artikel": "17"}} or {@code {"geen": "toelichting"}}; absent: not said. */
    private static Regeling.Hardheidsclausule hardheidsclausule(JsonNode d, String pad) {
        JsonNode h = d.get("hardheidsclausule");
        if (h == null || h.isNull()) return null;
        if (h.hasNonNull("artikel") == h.hasNonNull("geen")) {
            throw new IllegalStateException(pad + ": hardheidsclausule needs either \"artikel\" (the provision) or \"geen\" (why there is none)");
        }
        return h.hasNonNull("artikel") ? new Regeling.Hardheidsclausule(h.get("artikel").asText(), h.path("lid").asText(null), h.path("toelichting").asText(null))
                : new Regeling.Hardheidsclausule(null, null, h.get("geen").asText());
    }

    static RegelingDescriptor lees(ClassLoader loader, String pad) {
        JsonNode d = Json.resource(loader, pad);
        String id = verplicht(d, "id", pad);
        Regeling info = new Regeling(id, verplicht(d, "citeertitel", pad), verplicht(d, "soort", pad), verplicht(d, "vastgesteld", pad),
                datum(d, "vastgesteldOp", pad, false), datum(d, "geldigVanaf", pad, true), datum(d, "geldigTot", pad, false),
                verplicht(d, "inwerkingtreding", pad), d.path("vorigeRegeling").path("citeertitel").asText(null), hardheidsclausule(d, pad),
                datum(d, "bekendgemaaktOp", pad, false));
        Map<String, String> voorzieningen = new LinkedHashMap<>();
        for (JsonNode v : d.path("voorzieningen")) {
            String code = verplicht(v, "code", pad + " voorziening");
            if (voorzieningen.put(code, verplicht(v, "artikel", pad + " voorziening " + code)) != null) {
                throw new IllegalStateException(pad + ": voorziening " + code + " is listed twice");
            }
        }
        Map<String, Oordeel> oordelen = new LinkedHashMap<>();
        for (JsonNode o : d.path("oordelen")) {
            String code = verplicht(o, "code", pad + " oordeel");
            oordelen.put(code, new Oordeel(code, verplicht(o, "vraag", pad + " oordeel " + code), verplicht(o, "artikel", pad + " oordeel " + code),
                    o.path("lid").asText(null), o.path("onderdeel").asText(null), id));
        }
        java.util.List<ModelRegels.Toepassing> modelregels = new java.util.ArrayList<>();
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (JsonNode m : d.path("modelregels")) {
            ModelRegels.Toepassing t = ModelRegels.Toepassing.lees(m, pad);
            if (!gezien.add(t.model())) throw new IllegalStateException(pad + ": model provision '" + t.model() + "' is named twice in 'modelregels'");
            modelregels.add(t);
        }
        return new RegelingDescriptor(info, verplicht(d, "drlPackage", pad), verplicht(d, "bepalingen", pad),
                d.path("parameters").asText(null), voorzieningen, oordelen, d.path("gegevens"), d.path("eigenVoorzieningen"), pad, modelregels,
                nietVoorOpdrachten(d, pad), nietVoorEerderVerleend(d, pad), oordelenInBeleid(d, pad));
    }

    /**
     * {@code "oordelenInBeleid": [{"code", "oordeel", "waarde", "voorzieningen", "artikel", "lid", "onderdeel",
     * "omschrijving", "interpretaties"}]}; absent: none. Each field checked here, naming it; whether the oordeel, the
     * voorzieningen and the provision exist in the version is checked when the version is built.
     */
    static java.util.List<OordeelInBeleid> oordelenInBeleid(JsonNode d, String pad) {
        JsonNode n = d.get("oordelenInBeleid");
        if (n == null || n.isNull()) return java.util.List.of();
        if (!n.isArray()) throw new IllegalStateException(pad + ": 'oordelenInBeleid' is a list of judgements the regeling gives itself, not " + n);
        java.util.List<OordeelInBeleid> uit = new java.util.ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>(), gegeven = new java.util.HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode o = n.get(i);
            String p = pad + ": oordelenInBeleid[" + i + "]";
            if (!o.isObject()) throw new IllegalStateException(p + " is an object {code, oordeel, waarde, voorzieningen, artikel, lid, omschrijving}, not " + o);
            String code = verplicht(o, "code", p), oordeel = verplicht(o, "oordeel", p);
            if (!o.path("waarde").isBoolean()) throw new IllegalStateException(p + ": 'waarde' is the judgement given, true or false, not " + o.path("waarde"));
            JsonNode vs = o.path("voorzieningen");
            if (!vs.isArray() || vs.isEmpty()) throw new IllegalStateException(p + ": 'voorzieningen' lists the voorzieningen on whose aanvragen the judgement is given");
            java.util.List<String> voorzieningen = new java.util.ArrayList<>();
            for (JsonNode v : vs) {
                if (!v.isTextual() || v.asText().isBlank()) throw new IllegalStateException(p + ": 'voorzieningen' holds voorziening codes, not " + v);
                if (!gegeven.add(oordeel + " " + v.asText())) {
                    throw new IllegalStateException(p + ": oordeel '" + oordeel + "' is given twice for voorziening " + v.asText());
                }
                voorzieningen.add(v.asText());
            }
            java.util.List<String> interpretaties = new java.util.ArrayList<>();
            for (JsonNode x : o.path("interpretaties")) interpretaties.add(x.asText());
            if (!codes.add(code)) throw new IllegalStateException(p + ": code '" + code + "' is used twice");
            uit.add(new OordeelInBeleid(code, oordeel, o.get("waarde").booleanValue(), voorzieningen, verplicht(o, "artikel", p),
                    o.path("lid").asText(null), o.path("onderdeel").asText(null), verplicht(o, "omschrijving", p), interpretaties));
        }
        return uit;
    }

    /** {@code "nietVoorOpdrachten": ["2.2", "3.1"]}: article numbers, each once; absent: none. */
    static java.util.List<String> nietVoorOpdrachten(JsonNode d, String pad) {
        JsonNode n = d.get("nietVoorOpdrachten");
        if (n == null || n.isNull()) return java.util.List.of();
        String uitleg = pad + ": 'nietVoorOpdrachten' lists the articles about voorzieningen only, whose rules do not apply to an opdracht"
                + " (write [\"2.2\", \"3.1\"])";
        if (!n.isArray()) throw new IllegalStateException(uitleg + ", not " + n);
        java.util.List<String> artikelen = new java.util.ArrayList<>();
        for (JsonNode a : n) {
            if (!a.isTextual() || a.asText().isBlank() || !a.asText().equals(a.asText().strip()) || a.asText().contains(" ")) {
                throw new IllegalStateException(uitleg + ": " + a + " is not an article number (no lid: the whole article is meant)");
            }
            if (artikelen.contains(a.asText())) throw new IllegalStateException(uitleg + ": article " + a.asText() + " is listed twice");
            artikelen.add(a.asText());
        }
        return artikelen;
    }

    /** {@code "nietVoorEerderVerleend": true} or {@code false}; absent: {@code false}. */
    static boolean nietVoorEerderVerleend(JsonNode d, String pad) {
        JsonNode n = d.get("nietVoorEerderVerleend");
        if (n == null || n.isNull()) return false;
        if (!n.isBoolean()) {
            throw new IllegalStateException(pad + ": 'nietVoorEerderVerleend' is true (the regeling's rules do not judge a voorziening granted before its"
                    + " geldigVanaf) or false, not " + n);
        }
        return n.booleanValue();
    }

    private static String verplicht(JsonNode d, String veld, String pad) {
        if (!d.hasNonNull(veld) || d.get(veld).asText().isBlank()) throw new IllegalStateException(pad + ": '" + veld + "' is required");
        return d.get(veld).asText();
    }

    private static LocalDate datum(JsonNode d, String veld, String pad, boolean verplicht) {
        if (!d.hasNonNull(veld)) {
            if (verplicht) throw new IllegalStateException(pad + ": '" + veld + "' is required");
            return null;
        }
        try {
            return LocalDate.parse(d.get(veld).asText());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(pad + ": '" + veld + "' is not a date: " + d.get(veld).asText());
        }
    }
}
