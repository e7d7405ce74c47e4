package nl.reintegratie.engine;

import java.util.List;

/** A readable Dutch summary of an {@link Evaluation} for a person at a terminal, with the citations. */
final class Samenvatting {
    private Samenvatting() {}

    static String schrijf(Evaluation e) {
        StringBuilder s = new StringBuilder();
        s.append("Gemeente ").append(e.gemeente()).append(", peildatum ").append(e.peildatum()).append('\n');
        s.append("Toegepast (").append(e.versie().id()).append("):\n");
        for (RegelingInfo r : e.versie().regelingen()) {
            s.append("  - ").append(r.citeertitel()).append(" (vastgesteld ").append(r.vastgesteld())
                    .append("; in werking vanaf ").append(r.geldigVanaf()).append(")\n");
        }
        for (Besluit b : e.besluiten()) {
            s.append('\n').append(b.soort().equals("aanvraag") ? "Aanvraag " : "Verleende voorziening ")
                    .append(b.onderwerp()).append(" — ").append(b.voorziening()).append('\n');
            s.append("  Uitkomst: ").append(b.uitkomst().name()).append(" (").append(b.uitkomst().omschrijving()).append(")\n");
            blok(s, "Grondslag", b.grondslagen(), false);
            blok(s, "Weigeringsgronden", b.weigeringsgronden(), false);
            blok(s, "Beëindigingsgronden", b.beeindigingsgronden(), false);
            blok(s, "Open oordelen van het college", b.openOordelen(), false);
            blok(s, "Ontbrekende gegevens", b.ontbrekendeGegevens(), false);
            blok(s, "Bedragen en uren", b.berekeningen(), false);
            blok(s, "Termijnen", b.termijnen(), false);
            blok(s, "Voorwaarden", b.voorwaarden(), true);
            blok(s, "Opmerkingen", b.opmerkingen(), false);
        }
        return s.toString();
    }

    private static void blok(StringBuilder s, String kop, List<Finding> findings, boolean status) {
        if (findings.isEmpty()) return;
        s.append("  ").append(kop).append(":\n");
        for (Finding f : findings) {
            s.append("    - ");
            if (status) s.append('[').append(f.status().toLowerCase().replace('_', ' ')).append("] ");
            if (f.verplicht() != null && f.soort() != Finding.Soort.GRONDSLAG) s.append(f.verplicht() ? "[verplicht] " : "[kan] ");
            s.append(f.omschrijving());
            if (f.soort() == Finding.Soort.BEREKENING) {
                s.append(": ").append(f.waarde() == null ? "niet bekend" : f.waarde().toPlainString() + " " + f.eenheid());
            }
            if (f.soort() == Finding.Soort.TERMIJN) {
                if (f.duur() != null) s.append(": ").append(f.duur());
                if (f.datum() != null) s.append(f.duur() != null ? ", " : ": ").append("uiterlijk ").append(f.datum());
            }
            s.append('\n');
            if (f.vraag() != null) s.append("        vraag: ").append(f.vraag()).append(" (geef op als ").append(f.gegeven()).append(")\n");
            if (f.toelichting() != null) s.append("        ").append(f.toelichting()).append('\n');
            s.append("        ").append(f.citaat().kort()).append(", ").append(f.citaat().citeertitel());
            if (!f.citaat().interpretaties().isEmpty()) s.append(" (gelezen volgens ").append(String.join(", ", f.citaat().interpretaties())).append(')');
            s.append('\n');
        }
    }
}
