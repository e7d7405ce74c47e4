package nl.reintegratie.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.reintegratie.engine.Citaat;
import nl.reintegratie.engine.Evaluation;
import nl.reintegratie.engine.Regeling;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.RuleInfo;
import nl.reintegratie.engine.Vergelijking;
import nl.reintegratie.engine.Versie;

/**
 * The JSON the service answers with, beside the evaluation itself (which the engine writes): the versions of the
 * rules, a version's rules with their quoted provisions, and a comparison. Dates in ISO 8601 ({@code JJJJ-MM-DD});
 * absent values are left out rather than written as {@code null}.
 */
final class JsonUit {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonUit() {}

    /** Something that writes JSON with a generator. */
    interface Schrijver {
        void schrijf(JsonGenerator g) throws IOException;
    }

    static byte[] bytes(Schrijver s) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(uit)) {
            s.schrijf(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** The evaluation as the engine writes it, on one line. */
    static byte[] evaluatie(Evaluation e) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(32_768);
        ReintegratieEngine.writeJson(e, uit, false);
        return uit.toByteArray();
    }

    /** {@code {"versies": [...]}}: every version of every gemeente, per gemeente oldest first. */
    static byte[] versies(List<Versie> versies) {
        return bytes(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("versies");
            for (Versie v : versies) versie(g, v);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static void versie(JsonGenerator g, Versie v) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        g.writeStringField("gemeente", v.gemeente());
        datum(g, "geldigVanaf", v.geldigVanaf());
        datum(g, "geldigTot", v.geldigTot());
        g.writeStringField("periode", v.periode());
        g.writeArrayFieldStart("regelingen");
        for (Regeling r : v.regelingen()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("citeertitel", r.citeertitel());
            g.writeStringField("soort", r.soort());
            tekst(g, "vastgesteld", r.vastgesteld());
            datum(g, "vastgesteldOp", r.vastgesteldOp());
            datum(g, "geldigVanaf", r.geldigVanaf());
            datum(g, "geldigTot", r.geldigTot());
            tekst(g, "inwerkingtreding", r.inwerkingtreding());
            tekst(g, "vorigeRegeling", r.vorigeRegeling());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("regels", "/api/v1/regelingen/" + v.id() + "/regels");
        g.writeStringField("schema", "/api/v1/regelingen/" + v.id() + "/schema");
        g.writeEndObject();
    }

    /** {@code {"versie": id, "regels": [...]}}: each rule with its quoted provision, ordered by citation. */
    static byte[] regels(String versie, List<RuleInfo> regels) {
        return bytes(g -> {
            g.writeStartObject();
            g.writeStringField("versie", versie);
            g.writeNumberField("aantal", regels.size());
            g.writeArrayFieldStart("regels");
            for (RuleInfo r : regels) {
                g.writeStartObject();
                g.writeStringField("naam", r.naam());
                g.writeFieldName("bepaling");
                citaat(g, r.citaat());
                g.writeArrayFieldStart("interpretaties");
                for (String i : r.interpretaties()) g.writeString(i);
                g.writeEndArray();
                g.writeArrayFieldStart("ook");
                for (Citaat c : r.ook()) citaat(g, c);
                g.writeEndArray();
                if (r.nietVoorOpdrachten()) g.writeBooleanField("nietVoorOpdrachten", true);
                if (r.verleendVanaf() != null) g.writeStringField("verleendVanaf", r.verleendVanaf().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static void citaat(JsonGenerator g, Citaat c) throws IOException {
        g.writeStartObject();
        g.writeStringField("sleutel", c.sleutel());
        g.writeStringField("regeling", c.regeling());
        g.writeStringField("citeertitel", c.citeertitel());
        tekst(g, "versie", c.versie());
        g.writeStringField("artikel", c.artikel());
        tekst(g, "lid", c.lid());
        tekst(g, "onderdeel", c.onderdeel());
        tekst(g, "tekst", c.tekst());
        tekst(g, "model", c.model());
        g.writeEndObject();
    }

    /**
     * {@code {"peildatum", "uitslagen": [{"gemeente", "evaluatie"} | {"gemeente", "reden"}]}}, the form the CLI's
     * {@code vergelijk --json} writes.
     */
    static byte[] vergelijking(Vergelijking v) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = JSON.createGenerator(uit)) {
            g.writeStartObject();
            datum(g, "peildatum", v.peildatum());
            g.writeArrayFieldStart("uitslagen");
            for (Vergelijking.Uitslag u : v.uitslagen()) {
                g.writeStartObject();
                g.writeStringField("gemeente", u.gemeente());
                if (u.beoordeeld()) {
                    g.writeFieldName("evaluatie");
                    g.writeRawValue(new String(evaluatie(u.evaluation()), StandardCharsets.UTF_8));
                } else {
                    g.writeStringField("reden", u.reason());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static void datum(JsonGenerator g, String naam, LocalDate d) throws IOException {
        if (d != null) g.writeStringField(naam, d.toString());
    }

    private static void tekst(JsonGenerator g, String naam, String s) throws IOException {
        if (s != null) g.writeStringField(naam, s);
    }
}
