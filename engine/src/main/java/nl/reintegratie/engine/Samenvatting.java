package nl.reintegratie.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A readable Dutch summary of an {@link Evaluation} for a case worker: per aanvraag the decision first, in words; then
 * the deciding reasons with the specific article and its quoted text; the questions the college must still answer;
 * amounts and terms with their dates; and at the end, once, the remarks every decision carries.
 */
final class Samenvatting {
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Samenvatting() {}

    static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    static String schrijf(Evaluation e) {
        StringBuilder s = new StringBuilder();
        s.append("Gemeente ").append(e.gemeente()).append(", peildatum ").append(datum(e.peildatum())).append('\n');
        s.append("Toegepast: ");
        for (int i = 0; i < e.versie().regelingen().size(); i++) {
            Regeling r = e.versie().regelingen().get(i);
            s.append(i == 0 ? "" : " en ").append(r.citeertitel()).append(" (in werking vanaf ").append(datum(r.geldigVanaf())).append(')');
        }
        s.append('\n');
        Map<String, Besluit.Opmerking> standaard = new LinkedHashMap<>();
        for (Besluit b : e.besluiten()) {
            s.append('\n').append(b.soort() == Besluit.Soort.AANVRAAG ? "Aanvraag " : "Verleende voorziening ").append(b.onderwerp())
                    .append(" (").append(b.voorziening()).append(")\n");
            s.append("  Besluit: ").append(zin(b)).append('\n');
            gronden(s, "Redenen", b.gronden());
            for (Besluit.Overgangsrecht o : b.overgangsrecht()) {
                s.append("  Overgangsrecht (").append(o.citaat().kort()).append("): ").append(o.beschermtOpPeildatum()
                        ? "beschermd" + (o.beschermdTotEnMet() == null ? "" : " tot en met " + datum(o.beschermdTotEnMet()))
                        : "de bescherming is verstreken" + (o.beschermdTotEnMet() == null ? "" : " op " + datum(o.beschermdTotEnMet()))).append('\n');
                regel(s, "      ", o.toelichting());
            }
            if (!b.afgeschermd().isEmpty()) gronden(s, "Gronden die het overgangsrecht nu buiten toepassing laat", b.afgeschermd());
            if (!b.openOordelen().isEmpty()) {
                s.append("  Vragen die het college nog moet beantwoorden:\n");
                for (Besluit.OpenOordeel o : b.openOordelen()) {
                    s.append("    - ").append(o.vraag()).append(" (").append(o.citaat().kort()).append("; geef op als ").append(o.gegeven()).append(")\n");
                }
            }
            if (!b.ontbrekendeGegevens().isEmpty()) {
                s.append("  Gegevens die ontbreken:\n");
                for (Besluit.OntbrekendGegeven o : b.ontbrekendeGegevens()) {
                    s.append("    - ").append(o.gegeven()).append(", nodig voor ").append(o.omschrijving()).append('\n');
                }
            }
            if (!b.berekeningen().isEmpty()) {
                s.append("  Bedragen en uren:\n");
                for (Besluit.Berekening r : b.berekeningen()) {
                    s.append("    - ").append(r.omschrijving()).append(": ")
                            .append(r.waarde() == null ? "niet bekend" : bedrag(r.waarde()) + " " + r.eenheid()).append('\n');
                    regel(s, "      ", r.toelichting());
                }
            }
            if (!b.termijnen().isEmpty()) {
                s.append("  Termijnen:\n");
                for (Besluit.Termijn t : b.termijnen()) s.append("    - ").append(t.omschrijving()).append(": ").append(termijn(t)).append('\n');
            }
            boolean kop = false;
            for (Besluit.Opmerking o : b.opmerkingen()) {
                if (o.standaard()) { standaard.putIfAbsent(o.citaat().sleutel(), o); continue; }
                if (!kop) { s.append("  Verder:\n"); kop = true; }
                s.append("    - ").append(o.omschrijving()).append('\n');
                regel(s, "      ", o.toelichting());
            }
            long vervuld = b.voorwaarden().stream().filter(v -> v.status() == Besluit.Voorwaarde.Status.VERVULD).count();
            if (vervuld > 0) s.append("  Voorwaarden waaraan is voldaan: ").append(vervuld).append(" (zie de JSON-uitvoer voor elk)\n");
        }
        if (!e.nietGebruikt().isEmpty()) {
            s.append("\nGegevens die de regelingen van ").append(e.versie().id()).append(" niet gebruiken:\n");
            for (Evaluation.NietGebruikt n : e.nietGebruikt()) s.append("  - ").append(n.veld()).append('\n');
        }
        if (!standaard.isEmpty()) {
            s.append('\n');
            for (Besluit.Opmerking o : standaard.values()) {
                s.append(o.omschrijving()).append(" (").append(o.citaat().kort()).append(", ").append(o.citaat().citeertitel()).append(")\n");
            }
        }
        return s.toString();
    }

    static String zin(Besluit b) {
        return switch (b.uitkomst()) {
            case BESTAAT_NIET -> "de voorziening " + b.voorziening() + " bestaat niet in de regeling die op de peildatum geldt.";
            case MOET_WORDEN_GEWEIGERD -> "de aanvraag moet worden geweigerd.";
            case KAN_WORDEN_GEWEIGERD -> "de aanvraag kan worden geweigerd; het college weegt of het dat doet.";
            case MOET_WORDEN_BEEINDIGD -> "de voorziening moet worden beëindigd.";
            case KAN_WORDEN_BEEINDIGD -> "de voorziening kan worden beëindigd; het college weegt of het dat doet.";
            case ONVOLLEDIG -> "er kan nog niet worden beslist: er ontbreken gegevens.";
            case HANGT_AF_VAN_OORDEEL -> "de beslissing hangt af van een oordeel dat het college nog moet geven.";
            case TOEKENBAAR -> "de voorziening kan worden toegekend.";
            case VOORTZETTEN -> "de voorziening kan worden voortgezet; er is geen grond om haar te beëindigen.";
        };
    }

    private static void gronden(StringBuilder s, String kop, List<Besluit.Grond> gronden) {
        if (gronden.isEmpty()) return;
        s.append("  ").append(kop).append(":\n");
        for (Besluit.Grond g : gronden) {
            s.append("    - ").append(g.omschrijving()).append(g.verplicht() ? " (verplicht)" : " (het college kan, en weegt)").append('\n');
            s.append("      ").append(g.citaat().kort()).append(" ").append(g.citaat().citeertitel()).append(": \"").append(g.citaat().tekst()).append("\"\n");
            if (g.via() != null) s.append("      via ").append(g.via().kort()).append(": \"").append(g.via().tekst()).append("\"\n");
            regel(s, "      ", g.toelichting());
        }
    }

    static String termijn(Besluit.Termijn t) {
        String duur = t.duur().inWoorden();
        if (t.soort() == Besluit.Termijn.Soort.UITERLIJK) {
            return t.totEnMet() == null ? "binnen " + duur : "uiterlijk " + datum(t.totEnMet()) + ", " + duur + " na " + datum(t.vanaf());
        }
        return t.totEnMet() == null ? "ten hoogste " + duur : "ten hoogste " + duur + ": van " + datum(t.vanaf()) + " tot en met " + datum(t.totEnMet());
    }

    static String bedrag(BigDecimal b) {
        return b.stripTrailingZeros().scale() <= 0 ? b.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString() : b.toPlainString();
    }

    private static void regel(StringBuilder s, String inspringing, String tekst) {
        if (tekst != null && !tekst.isBlank()) s.append(inspringing).append(tekst).append('\n');
    }
}
