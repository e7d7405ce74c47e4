package nl.reintegratie.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes an {@link Evaluation} as JSON: every field the records hold, none left out, nulls omitted. */
final class EvaluationJson {
    private EvaluationJson() {}

    static String schrijf(Evaluation e) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("gemeente", e.gemeente());
        root.put("peildatum", e.peildatum().toString());
        ObjectNode versie = root.putObject("versie");
        versie.put("id", e.versie().id());
        versie.put("geldigVanaf", e.versie().geldigVanaf().toString());
        if (e.versie().geldigTot() != null) versie.put("geldigTot", e.versie().geldigTot().toString());
        ArrayNode regelingen = versie.putArray("regelingen");
        for (RegelingInfo r : e.versie().regelingen()) {
            ObjectNode n = regelingen.addObject();
            n.put("id", r.id());
            n.put("citeertitel", r.citeertitel());
            n.put("soort", r.soort());
            n.put("vastgesteld", r.vastgesteld());
            n.put("geldigVanaf", r.geldigVanaf().toString());
            if (r.geldigTot() != null) n.put("geldigTot", r.geldigTot().toString());
            n.put("inwerkingtreding", r.inwerkingtreding());
        }
        ArrayNode besluiten = root.putArray("besluiten");
        for (Besluit b : e.besluiten()) {
            ObjectNode n = besluiten.addObject();
            n.put("onderwerp", b.onderwerp());
            n.put("soort", b.soort());
            n.put("voorziening", b.voorziening());
            n.put("uitkomst", b.uitkomst().name());
            n.put("uitkomstOmschrijving", b.uitkomst().omschrijving());
            lijst(n, "grondslagen", b.grondslagen());
            lijst(n, "voorwaarden", b.voorwaarden());
            lijst(n, "weigeringsgronden", b.weigeringsgronden());
            lijst(n, "beeindigingsgronden", b.beeindigingsgronden());
            lijst(n, "openOordelen", b.openOordelen());
            lijst(n, "ontbrekendeGegevens", b.ontbrekendeGegevens());
            lijst(n, "berekeningen", b.berekeningen());
            lijst(n, "termijnen", b.termijnen());
            lijst(n, "opmerkingen", b.opmerkingen());
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void lijst(ObjectNode n, String naam, List<Finding> findings) {
        ArrayNode a = n.putArray(naam);
        for (Finding f : findings) {
            ObjectNode o = a.addObject();
            o.put("code", f.code());
            o.put("omschrijving", f.omschrijving());
            if (f.verplicht() != null) o.put("verplicht", f.verplicht());
            if (f.status() != null) o.put("status", f.status());
            if (f.gegeven() != null) o.put("gegeven", f.gegeven());
            if (f.vraag() != null) o.put("vraag", f.vraag());
            if (f.waarde() != null) o.put("waarde", f.waarde());
            if (f.soort() == Finding.Soort.BEREKENING && f.waarde() == null) o.putNull("waarde");
            if (f.eenheid() != null) o.put("eenheid", f.eenheid());
            if (f.duur() != null) o.put("duur", f.duur());
            if (f.datum() != null) o.put("datum", f.datum().toString());
            if (f.toelichting() != null) o.put("toelichting", f.toelichting());
            Citaat c = f.citaat();
            ObjectNode co = o.putObject("citaat");
            co.put("regeling", c.regeling());
            co.put("citeertitel", c.citeertitel());
            co.put("versie", c.versie());
            co.put("artikel", c.artikel());
            if (c.lid() != null) co.put("lid", c.lid());
            if (c.onderdeel() != null) co.put("onderdeel", c.onderdeel());
            co.put("tekst", c.tekst());
            if (!c.interpretaties().isEmpty()) {
                ArrayNode ia = co.putArray("interpretaties");
                c.interpretaties().forEach(ia::add);
            }
            ArrayNode af = o.putArray("afleiding");
            f.afleiding().forEach(af::add);
        }
    }
}
