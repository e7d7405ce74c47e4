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
    private static final ConcurrentHashMap<Citaat, SerializedString> BEPALINGEN = new ConcurrentHashMap<>();
    private static final int MAX_GECACHED = 100_000;

    private static SerializableString vast(String s) {
        if (s == null) return null;
        SerializedString v = TEKSTEN.get(s);
        if (v == null) {
            v = new SerializedString(s);
            if (TEKSTEN.size() < MAX_GECACHED) TEKSTEN.putIfAbsent(s, v);
        }
        return v;
    }

    /** A quoted provision as a compact JSON object, written once per provision. */
    private static SerializableString bepaling(Citaat c) {
        SerializedString j = BEPALINGEN.get(c);
        if (j != null) return j;
        StringWriter w = new StringWriter(c.tekst().length() + 200);
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            bepalingVelden(g, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        j = new SerializedString(w.toString());
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
    private static SerializableString versieTekst(Versie v) {
        SerializedString j = VERSIES.get(v);
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
        j = new SerializedString(object.substring(object.indexOf(':') + 1, object.length() - 1));
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

    // the field names of the decisions, escaped once
    private static final SerializedString N_AFGESCHERMD_DOOR = new SerializedString("afgeschermdDoor");
    private static final SerializedString N_AFGESCHERMDE_GRONDEN = new SerializedString("afgeschermdeGronden");
    private static final SerializedString N_AFLEIDING = new SerializedString("afleiding");
    private static final SerializedString N_BEEINDIGINGSGRONDEN = new SerializedString("beeindigingsgronden");
    private static final SerializedString N_BEPALING = new SerializedString("bepaling");
    private static final SerializedString N_BEREKENINGEN = new SerializedString("berekeningen");
    private static final SerializedString N_BESCHERMD_TOT_EN_MET = new SerializedString("beschermdTotEnMet");
    private static final SerializedString N_BESCHERMT_OP_PEILDATUM = new SerializedString("beschermtOpPeildatum");
    private static final SerializedString N_CODE = new SerializedString("code");
    private static final SerializedString N_DUUR = new SerializedString("duur");
    private static final SerializedString N_EENHEID = new SerializedString("eenheid");
    private static final SerializedString N_GEGEVEN = new SerializedString("gegeven");
    private static final SerializedString N_GRONDSLAGEN = new SerializedString("grondslagen");
    private static final SerializedString N_HANGT_AF_VAN = new SerializedString("hangtAfVan");
    private static final SerializedString N_INTERPRETATIES = new SerializedString("interpretaties");
    private static final SerializedString N_NIET_TOEGEPASTE_GRONDEN = new SerializedString("nietToegepasteGronden");
    private static final SerializedString N_OMSCHRIJVING = new SerializedString("omschrijving");
    private static final SerializedString N_ONDERWERP = new SerializedString("onderwerp");
    private static final SerializedString N_ONTBREKENDE_GEGEVENS = new SerializedString("ontbrekendeGegevens");
    private static final SerializedString N_OOK = new SerializedString("ook");
    private static final SerializedString N_OPEN_OORDELEN = new SerializedString("openOordelen");
    private static final SerializedString N_OPMERKINGEN = new SerializedString("opmerkingen");
    private static final SerializedString N_OVERGANGSRECHT = new SerializedString("overgangsrecht");
    private static final SerializedString N_PLICHT = new SerializedString("plicht");
    private static final SerializedString N_SOORT = new SerializedString("soort");
    private static final SerializedString N_STANDAARD = new SerializedString("standaard");
    private static final SerializedString N_STATUS = new SerializedString("status");
    private static final SerializedString N_TERMIJNEN = new SerializedString("termijnen");
    private static final SerializedString N_TOELICHTING = new SerializedString("toelichting");
    private static final SerializedString N_TOT_EN_MET = new SerializedString("totEnMet");
    private static final SerializedString N_UITKOMST = new SerializedString("uitkomst");
    private static final SerializedString N_UITKOMST_OMSCHRIJVING = new SerializedString("uitkomstOmschrijving");
    private static final SerializedString N_VANAF = new SerializedString("vanaf");
    private static final SerializedString N_VERPLICHT = new SerializedString("verplicht");
    private static final SerializedString N_VIA = new SerializedString("via");
    private static final SerializedString N_VIA_OMSCHRIJVING = new SerializedString("viaOmschrijving");
    private static final SerializedString N_VOORWAARDE = new SerializedString("voorwaarde");
    private static final SerializedString N_VOORWAARDEN = new SerializedString("voorwaarden");
    private static final SerializedString N_VOORZIENING = new SerializedString("voorziening");
    private static final SerializedString N_VRAAG = new SerializedString("vraag");
    private static final SerializedString N_WAARDE = new SerializedString("waarde");
    private static final SerializedString N_WEIGERINGSGRONDEN = new SerializedString("weigeringsgronden");
    private static final SerializedString N_WETTELIJK = new SerializedString("wettelijk");
    private static final SerializedString N_WIJKT_VOOR = new SerializedString("wijktVoor");

    private static void veld(JsonGenerator g, SerializableString naam, String waarde) throws IOException {
        g.writeFieldName(naam);
        g.writeString(waarde);
    }

    private static void veld(JsonGenerator g, SerializableString naam, SerializableString waarde) throws IOException {
        g.writeFieldName(naam);
        if (waarde == null) g.writeNull();
        else g.writeString(waarde);
    }

    private static void veld(JsonGenerator g, SerializableString naam, boolean waarde) throws IOException {
        g.writeFieldName(naam);
        g.writeBoolean(waarde);
    }

    private static void besluit(JsonGenerator g, Besluit b, Map<String, Citaat> bepalingen) throws IOException {
        g.writeStartObject();
        veld(g, N_ONDERWERP, b.onderwerp());
        veld(g, N_SOORT, vast(b.soort().code()));
        veld(g, N_VOORZIENING, vast(b.voorziening()));
        veld(g, N_UITKOMST, vast(b.uitkomst().name()));
        veld(g, N_UITKOMST_OMSCHRIJVING, vast(b.uitkomst().omschrijving()));
        lijst(g, N_GRONDSLAGEN, b.grondslagen(), bepalingen);
        lijst(g, N_VOORWAARDEN, b.voorwaarden(), bepalingen);
        lijst(g, N_WEIGERINGSGRONDEN, b.weigeringsgronden(), bepalingen);
        lijst(g, N_BEEINDIGINGSGRONDEN, b.beeindigingsgronden(), bepalingen);
        lijst(g, N_AFGESCHERMDE_GRONDEN, b.afgeschermd(), bepalingen);
        lijst(g, N_NIET_TOEGEPASTE_GRONDEN, b.nietToegepast(), bepalingen);
        lijst(g, N_OVERGANGSRECHT, b.overgangsrecht(), bepalingen);
        lijst(g, N_OPEN_OORDELEN, b.openOordelen(), bepalingen);
        lijst(g, N_ONTBREKENDE_GEGEVENS, b.ontbrekendeGegevens(), bepalingen);
        lijst(g, N_BEREKENINGEN, b.berekeningen(), bepalingen);
        lijst(g, N_TERMIJNEN, b.termijnen(), bepalingen);
        lijst(g, N_OPMERKINGEN, b.opmerkingen(), bepalingen);
        g.writeEndObject();
    }

    private static final ConcurrentHashMap<Citaat, String> SLEUTELS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Versie, SerializedString> VERSIES = new ConcurrentHashMap<>();

    private static String ref(Citaat c, Map<String, Citaat> bepalingen) {
        String k = SLEUTELS.get(c);
        if (k == null) {
            k = c.sleutel();
            if (SLEUTELS.size() < MAX_GECACHED) SLEUTELS.putIfAbsent(c, k);
        }
        bepalingen.putIfAbsent(k, c);
        return k;
    }

    private static void lijst(JsonGenerator g, SerializableString naam, List<? extends Besluit.Onderdeel> items, Map<String, Citaat> bepalingen) throws IOException {
        g.writeFieldName(naam);
        g.writeStartArray();
        for (Besluit.Onderdeel o : items) {
            g.writeStartObject();
            g.writeFieldName(N_CODE);
            g.writeString(vast(o.code()));
            g.writeFieldName(N_OMSCHRIJVING);
            g.writeString(vast(o.omschrijving()));
            if (o instanceof Besluit.Grondslag x) {
                veld(g, N_PLICHT, x.plicht());
                if (x.wettelijk()) veld(g, N_WETTELIJK, true);
            } else if (o instanceof Besluit.Voorwaarde x) {
                veld(g, N_STATUS, vast(x.status().name()));
                if (x.gegeven() != null) veld(g, N_GEGEVEN, x.gegeven());
            } else if (o instanceof Besluit.Grond x) {
                veld(g, N_VERPLICHT, x.verplicht());
                if (x.voorwaarde() != null) veld(g, N_VOORWAARDE, x.voorwaarde());
                if (x.via() != null) {
                    veld(g, N_VIA, vast(ref(x.via(), bepalingen)));
                    veld(g, N_VIA_OMSCHRIJVING, vast(x.viaOmschrijving()));
                }
                if (x.afgeschermdDoor() != null) veld(g, N_AFGESCHERMD_DOOR, vast(ref(x.afgeschermdDoor(), bepalingen)));
                if (x.wijktVoor() != null) veld(g, N_WIJKT_VOOR, vast(ref(x.wijktVoor(), bepalingen)));
                if (!x.ook().isEmpty()) {
                    g.writeFieldName(N_OOK);
                    g.writeStartArray();
                    for (Citaat c : x.ook()) g.writeString(vast(ref(c, bepalingen)));
                    g.writeEndArray();
                }
            } else if (o instanceof Besluit.Overgangsrecht x) {
                if (x.beschermdTotEnMet() != null) veld(g, N_BESCHERMD_TOT_EN_MET, x.beschermdTotEnMet().toString());
                veld(g, N_BESCHERMT_OP_PEILDATUM, x.beschermtOpPeildatum());
                if (x.hangtAfVan() != null) veld(g, N_HANGT_AF_VAN, x.hangtAfVan());
            } else if (o instanceof Besluit.OpenOordeel x) {
                veld(g, N_VRAAG, vast(x.vraag()));
                veld(g, N_GEGEVEN, x.gegeven());
            } else if (o instanceof Besluit.OntbrekendGegeven x) {
                veld(g, N_GEGEVEN, x.gegeven());
            } else if (o instanceof Besluit.Berekening x) {
                if (x.waarde() == null) { g.writeFieldName(N_WAARDE); g.writeNull(); }
                else { g.writeFieldName(N_WAARDE); g.writeNumber(x.waarde()); }
                veld(g, N_EENHEID, vast(x.eenheid()));
                if (!x.ook().isEmpty()) {
                    g.writeFieldName(N_OOK);
                    g.writeStartArray();
                    for (Citaat c : x.ook()) g.writeString(vast(ref(c, bepalingen)));
                    g.writeEndArray();
                }
            } else if (o instanceof Besluit.Termijn x) {
                veld(g, N_SOORT, vast(x.soort().name()));
                if (x.duur() != null) veld(g, N_DUUR, x.duur().iso());
                if (x.vanaf() != null) veld(g, N_VANAF, x.vanaf().toString());
                if (x.totEnMet() != null) veld(g, N_TOT_EN_MET, x.totEnMet().toString());
            } else if (o instanceof Besluit.Opmerking x) {
                if (x.standaard()) veld(g, N_STANDAARD, true);
            }
            if (o.toelichting() != null) veld(g, N_TOELICHTING, o.toelichting());
            g.writeFieldName(N_BEPALING);
            g.writeString(vast(ref(o.citaat(), bepalingen)));
            if (!o.interpretaties().isEmpty()) {
                g.writeFieldName(N_INTERPRETATIES);
                g.writeStartArray();
                for (String i : o.interpretaties()) g.writeString(vast(i));
                g.writeEndArray();
            }
            g.writeFieldName(N_AFLEIDING);
            g.writeStartArray();
            for (String a : o.afleiding()) g.writeString(vast(a));
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
