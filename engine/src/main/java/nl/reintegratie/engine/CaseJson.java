package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.reintegratie.feiten.FactSet;
import nl.reintegratie.feiten.Onderwerp;
import nl.reintegratie.feiten.Periode;

/**
 * A case in canonical JSON: keys sorted, values as checked, no whitespace. The same situation always gives the same
 * bytes, so their SHA-256 identifies the case in the receipt; the same form writes a case built in Java as a case file.
 */
final class CaseJson {
    private CaseJson() {}

    static byte[] canoniek(Casus c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            schrijf(g, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The SHA-256 of the case's canonical bytes, written straight into the digest (no copy of the bytes). */
    static String sha256(Casus c) {
        MessageDigest md = digest();
        OutputStream naarDigest = new OutputStream() {
            @Override public void write(int b) { md.update((byte) b); }
            @Override public void write(byte[] b, int off, int len) { md.update(b, off, len); }
        };
        try (JsonGenerator g = Json.FACTORY.createGenerator(naarDigest)) {
            schrijf(g, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static final MessageDigest SHA256 = nieuweDigest();

    private static MessageDigest nieuweDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh SHA-256 digest: a clone of a prototype, cheaper than looking the algorithm up among the providers. */
    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return nieuweDigest();
        }
    }

    static String alsTekst(Casus c) {
        return new String(canoniek(c), StandardCharsets.UTF_8);
    }

    static void schrijf(JsonGenerator g, Casus c) throws IOException {
        g.writeStartObject();
        if (c.aanvragen() != null && !c.aanvragen().isEmpty()) {
            g.writeArrayFieldStart("aanvragen");
            for (Onderwerp a : c.aanvragen()) onderwerp(g, a);
            g.writeEndArray();
        }
        if (c.dienstbetrekking() != null) feiten(g, "dienstbetrekking", c.dienstbetrekking());
        if (c.gemeente() != null) g.writeStringField("gemeente", c.gemeente());
        if (c.peildatum() != null) g.writeStringField("peildatum", c.peildatum().toString());
        if (c.persoon() != null) feiten(g, "persoon", c.persoon());
        if (c.verleendeVoorzieningen() != null && !c.verleendeVoorzieningen().isEmpty()) {
            g.writeArrayFieldStart("verleendeVoorzieningen");
            for (Onderwerp v : c.verleendeVoorzieningen()) onderwerp(g, v);
            g.writeEndArray();
        }
        if (c.werkgever() != null) feiten(g, "werkgever", c.werkgever());
        g.writeEndObject();
    }

    private static void onderwerp(JsonGenerator g, Onderwerp o) throws IOException {
        // the onderwerp's own keys (id, voorziening, oordelen) sorted in among its facts
        Map<String, Object> gegevens = o.getGegevens();
        int n = gegevens.size();
        String[] sleutels = gegevens.keySet().toArray(new String[n + 3]);
        sleutels[n++] = "id";
        sleutels[n++] = "voorziening";
        if (!o.getOordelen().isEmpty()) sleutels[n++] = "oordelen";
        Arrays.sort(sleutels, 0, n);
        g.writeStartObject();
        String vorige = null;
        for (int i = 0; i < n; i++) {
            String k = sleutels[i];
            if (k.equals(vorige)) continue;
            vorige = k;
            g.writeFieldName(k);
            switch (k) {
                case "id" -> waarde(g, o.getId());
                case "voorziening" -> waarde(g, o.getVoorziening());
                case "oordelen" -> {
                    if (o.getOordelen().isEmpty()) waarde(g, gegevens.get(k));
                    else object(g, o.getOordelen());
                }
                default -> waarde(g, gegevens.get(k));
            }
        }
        g.writeEndObject();
    }

    private static void feiten(JsonGenerator g, String naam, FactSet f) throws IOException {
        g.writeFieldName(naam);
        object(g, f.getGegevens());
    }

    /** Writes a map with its keys in order. */
    private static void object(JsonGenerator g, Map<String, ?> m) throws IOException {
        String[] sleutels = m.keySet().toArray(new String[0]);
        Arrays.sort(sleutels);
        g.writeStartObject();
        for (String k : sleutels) {
            g.writeFieldName(k);
            waarde(g, m.get(k));
        }
        g.writeEndObject();
    }

    private static void waarde(JsonGenerator g, Object w) throws IOException {
        if (w instanceof Boolean b) g.writeBoolean(b);
        else if (w instanceof Integer i) g.writeNumber(i);
        else if (w instanceof BigDecimal d) g.writeNumber(d);
        else if (w instanceof LocalDate d) g.writeString(d.toString());
        else if (w instanceof String s) g.writeString(s);
        else if (w instanceof Periode p) {
            g.writeStartObject();
            g.writeStringField("totEnMet", p.totEnMet().toString());
            g.writeStringField("vanaf", p.vanaf().toString());
            g.writeEndObject();
        } else if (w instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) waarde(g, x);
            g.writeEndArray();
        } else if (w instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                waarde(g, e.getValue());
            }
            g.writeEndObject();
        } else if (w == null) g.writeNull();
        else g.writeString(w.toString());
    }
}
