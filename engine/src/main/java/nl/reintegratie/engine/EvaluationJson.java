package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an {@link Evaluation} as JSON, streaming: every field the records hold, nulls omitted. Each quoted provision
 * is stated once, in the table {@code bepalingen}; items refer to it by key ({@code bepaling}, {@code via},
 * {@code ook}, {@code afgeschermdDoor}, {@code wijktVoor}).
 */
final class EvaluationJson {
    private EvaluationJson() {}

    /**
     * What does not change from one evaluation to the next is escaped once: the names of rules, codes, keys and the
     * entries of the table of quoted provisions (bounded: only strings that come from the rule packages are kept).
     */
    private static final ConcurrentHashMap<String, SerializedString> TEKSTEN = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Citaat, String> BEPALINGEN = new ConcurrentHashMap<>();
    private static final int MAX_GECACHED = 100_000;

    private static SerializableString vast(String s) {
        SerializedString v = TEKSTEN.get(s);
        if (v == null) {
            v = new SerializedString(s);
            if (TEKSTEN.size() < MAX_GECACHED) TEKSTEN.putIfAbsent(s, v);
        }
        return v;
    }

    /** A quoted provision as a compact JSON object, written once per provision. */
    private static String bepaling(Citaat c) {
        String j = BEPALINGEN.get(c);
        if (j != null) return j;
        StringWriter w = new StringWriter(c.tekst().length() + 200);
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            bepalingVelden(g, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        j = w.toString();
        if (BEPALINGEN.size() < MAX_GECACHED) BEPALINGEN.putIfAbsent(c, j);
        return j;
    }

    private static void bepalingVelden(JsonGenerator g, Citaat c) throws IOException {
        g.writeStartObject();
        g.writeStringField("regeling", c.regeling());
        g.writeStringField("citeertitel", c.citeertitel());
        g.writeStringField("versie", c.versie());
        g.writeStringField("artikel", c.artikel());
        if (c.lid() != null) g.writeStringField("lid", c.lid());
        if (c.onderdeel() != null) g.writeStringField("onderdeel", c.onderdeel());
        g.writeStringField("tekst", c.tekst());
        if (c.model() != null) g.writeStringField("model", c.model());
        g.writeEndObject();
    }

    static void schrijf(Evaluation e, JsonGenerator g) throws IOException {
        schrijf(e, g, true);
    }

    /** @param teksten whether to include the table of quoted provisions (a batch may leave it out: keys stay) */
    static void schrijf(Evaluation e, JsonGenerator g, boolean teksten) throws IOException {
        Map<String, Citaat> bepalingen = new LinkedHashMap<>();
        g.writeStartObject();
        g.writeStringField("gemeente", e.gemeente());
        g.writeStringField("peildatum", e.peildatum().toString());
        if (g.getPrettyPrinter() == null) {
            g.writeFieldName("versie");
            g.writeRawValue(versieTekst(e.versie()));
        } else {
            versie(g, e.versie());
        }
        if (e.variant() != null) g.writeStringField("variant", e.variant());
        g.writeArrayFieldStart("besluiten");
        for (Besluit b : e.besluiten()) besluit(g, b, bepalingen);
        g.writeEndArray();
        g.writeArrayFieldStart("nietGebruikt");
        for (Evaluation.NietGebruikt n : e.nietGebruikt()) {
            g.writeStartObject();
            g.writeStringField("veld", n.field());
            g.writeStringField("reden", n.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (teksten) {
            g.writeObjectFieldStart("bepalingen");
            // compact output takes each provision as it was written once; indented output writes it anew
            boolean compact = g.getPrettyPrinter() == null;
            for (Map.Entry<String, Citaat> en : bepalingen.entrySet()) {
                g.writeFieldName(vast(en.getKey()));
                if (compact) g.writeRawValue(bepaling(en.getValue()));
                else bepalingVelden(g, en.getValue());
            }
            g.writeEndObject();
        }
        Ontvangstbewijs o = e.ontvangstbewijs();
        if (o != null) {
            g.writeObjectFieldStart("ontvangstbewijs");
            g.writeStringField("engine", o.engine());
            g.writeArrayFieldStart("regelingen");
            for (Ontvangstbewijs.RegelingHash h : o.regelingen()) {
                g.writeStartObject();
                g.writeStringField("regeling", h.regeling());
                g.writeStringField("sha256", h.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("casus", o.casus());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A version as compact JSON, written once per version. */
    private static String versieTekst(Versie v) {
        String j = VERSIES.get(v);
        if (j != null) return j;
        StringWriter w = new StringWriter(2048);
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            versie(g, v);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String object = w.toString();
        // the object around the field: keep only the field's value
        j = object.substring(object.indexOf(':') + 1, object.length() - 1);
        if (VERSIES.size() < 10_000) VERSIES.putIfAbsent(v, j);
        return j;
    }

    static void versie(JsonGenerator g, Versie v) throws IOException {
        g.writeObjectFieldStart("versie");
        g.writeStringField("id", v.id());
        g.writeStringField("geldigVanaf", v.geldigVanaf().toString());
        if (v.geldigTot() != null) g.writeStringField("geldigTot", v.geldigTot().toString());
        g.writeArrayFieldStart("regelingen");
        for (Regeling r : v.regelingen()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("citeertitel", r.citeertitel());
            g.writeStringField("soort", r.soort());
            g.writeStringField("vastgesteld", r.vastgesteld());
            g.writeStringField("geldigVanaf", r.geldigVanaf().toString());
            if (r.geldigTot() != null) g.writeStringField("geldigTot", r.geldigTot().toString());
            g.writeStringField("inwerkingtreding", r.inwerkingtreding());
            if (r.bekendgemaaktOp() != null) g.writeStringField("bekendgemaaktOp", r.bekendgemaaktOp().toString());
            if (r.hardheidsclausule() != null) {
                g.writeObjectFieldStart("hardheidsclausule");
                if (r.hardheidsclausule().bestaat()) {
                    g.writeStringField("artikel", r.hardheidsclausule().artikel());
                    if (r.hardheidsclausule().lid() != null) g.writeStringField("lid", r.hardheidsclausule().lid());
                    if (r.hardheidsclausule().toelichting() != null) g.writeStringField("toelichting", r.hardheidsclausule().toelichting());
                } else {
                    g.writeStringField("geen", r.hardheidsclausule().toelichting());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void besluit(JsonGenerator g, Besluit b, Map<String, Citaat> bepalingen) throws IOException {
        g.writeStartObject();
        g.writeStringField("onderwerp", b.onderwerp());
        g.writeStringField("soort", b.soort().code());
        g.writeStringField("voorziening", b.voorziening());
        g.writeStringField("uitkomst", b.uitkomst().name());
        g.writeStringField("uitkomstOmschrijving", b.uitkomst().omschrijving());
        lijst(g, "grondslagen", b.grondslagen(), bepalingen);
        lijst(g, "voorwaarden", b.voorwaarden(), bepalingen);
        lijst(g, "weigeringsgronden", b.weigeringsgronden(), bepalingen);
        lijst(g, "beeindigingsgronden", b.beeindigingsgronden(), bepalingen);
        lijst(g, "afgeschermdeGronden", b.afgeschermd(), bepalingen);
        lijst(g, "nietToegepasteGronden", b.nietToegepast(), bepalingen);
        lijst(g, "overgangsrecht", b.overgangsrecht(), bepalingen);
        lijst(g, "openOordelen", b.openOordelen(), bepalingen);
        lijst(g, "ontbrekendeGegevens", b.ontbrekendeGegevens(), bepalingen);
        lijst(g, "berekeningen", b.berekeningen(), bepalingen);
        lijst(g, "termijnen", b.termijnen(), bepalingen);
        lijst(g, "opmerkingen", b.opmerkingen(), bepalingen);
        g.writeEndObject();
    }

    private static final ConcurrentHashMap<Citaat, String> SLEUTELS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Versie, String> VERSIES = new ConcurrentHashMap<>();

    private static String ref(Citaat c, Map<String, Citaat> bepalingen) {
        String k = SLEUTELS.get(c);
        if (k == null) {
            k = c.sleutel();
            if (SLEUTELS.size() < MAX_GECACHED) SLEUTELS.putIfAbsent(c, k);
        }
        bepalingen.putIfAbsent(k, c);
        return k;
    }

    private static void lijst(JsonGenerator g, String naam, List<? extends Besluit.Onderdeel> items, Map<String, Citaat> bepalingen) throws IOException {
        g.writeArrayFieldStart(naam);
        for (Besluit.Onderdeel o : items) {
            g.writeStartObject();
            g.writeFieldName("code");
            g.writeString(vast(o.code()));
            g.writeFieldName("omschrijving");
            g.writeString(vast(o.omschrijving()));
            if (o instanceof Besluit.Grondslag x) {
                g.writeBooleanField("plicht", x.plicht());
                if (x.wettelijk()) g.writeBooleanField("wettelijk", true);
            } else if (o instanceof Besluit.Voorwaarde x) {
                g.writeStringField("status", x.status().name());
                if (x.gegeven() != null) g.writeStringField("gegeven", x.gegeven());
            } else if (o instanceof Besluit.Grond x) {
                g.writeBooleanField("verplicht", x.verplicht());
                if (x.voorwaarde() != null) g.writeStringField("voorwaarde", x.voorwaarde());
                if (x.via() != null) {
                    g.writeStringField("via", ref(x.via(), bepalingen));
                    g.writeStringField("viaOmschrijving", x.viaOmschrijving());
                }
                if (x.afgeschermdDoor() != null) g.writeStringField("afgeschermdDoor", ref(x.afgeschermdDoor(), bepalingen));
                if (x.wijktVoor() != null) g.writeStringField("wijktVoor", ref(x.wijktVoor(), bepalingen));
                if (!x.ook().isEmpty()) {
                    g.writeArrayFieldStart("ook");
                    for (Citaat c : x.ook()) g.writeString(ref(c, bepalingen));
                    g.writeEndArray();
                }
            } else if (o instanceof Besluit.Overgangsrecht x) {
                if (x.beschermdTotEnMet() != null) g.writeStringField("beschermdTotEnMet", x.beschermdTotEnMet().toString());
                g.writeBooleanField("beschermtOpPeildatum", x.beschermtOpPeildatum());
                if (x.hangtAfVan() != null) g.writeStringField("hangtAfVan", x.hangtAfVan());
            } else if (o instanceof Besluit.OpenOordeel x) {
                g.writeStringField("vraag", x.vraag());
                g.writeStringField("gegeven", x.gegeven());
            } else if (o instanceof Besluit.OntbrekendGegeven x) {
                g.writeStringField("gegeven", x.gegeven());
            } else if (o instanceof Besluit.Berekening x) {
                if (x.waarde() == null) g.writeNullField("waarde");
                else g.writeNumberField("waarde", x.waarde());
                g.writeStringField("eenheid", x.eenheid());
                if (!x.ook().isEmpty()) {
                    g.writeArrayFieldStart("ook");
                    for (Citaat c : x.ook()) g.writeString(ref(c, bepalingen));
                    g.writeEndArray();
                }
            } else if (o instanceof Besluit.Termijn x) {
                g.writeStringField("soort", x.soort().name());
                if (x.duur() != null) g.writeStringField("duur", x.duur().iso());
                if (x.vanaf() != null) g.writeStringField("vanaf", x.vanaf().toString());
                if (x.totEnMet() != null) g.writeStringField("totEnMet", x.totEnMet().toString());
            } else if (o instanceof Besluit.Opmerking x) {
                if (x.standaard()) g.writeBooleanField("standaard", true);
            }
            if (o.toelichting() != null) g.writeStringField("toelichting", o.toelichting());
            g.writeFieldName("bepaling");
            g.writeString(vast(ref(o.citaat(), bepalingen)));
            if (!o.interpretaties().isEmpty()) {
                g.writeArrayFieldStart("interpretaties");
                for (String i : o.interpretaties()) g.writeString(vast(i));
                g.writeEndArray();
            }
            g.writeArrayFieldStart("afleiding");
            for (String a : o.afleiding()) g.writeString(vast(a));
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
