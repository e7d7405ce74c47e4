package nl.reintegratie.besluit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule package's catalogue of besluittypen ({@code META-INF/reintegratie/besluittypen.json}): per voorziening and
 * kind of decision, the BESLUITTYPE of the gemeente's zaaktypecatalogus (Catalogi API) that a ZGW Besluit refers to.
 * Also where the package states its gemeente's RSIN and the bestuursorgaan as the Besluiten API stores them. See the
 * module's README for the format.
 *
 * @param bron                          where the besluittypen come from (the gemeente's catalogue)
 * @param verantwoordelijkeOrganisatie  the gemeente's RSIN, or {@code null} when not known (then left out, never invented)
 * @param rsinBron                      the source of the RSIN
 * @param bestuursorgaan                the bestuursorgaan as the zaaksysteem names it (at most 50 characters), or {@code null}
 */
record Besluittypen(String bron, String verantwoordelijkeOrganisatie, String rsinBron, String bestuursorgaan, List<Type> typen) {
    /** The kinds of decision a besluittype is declared for. */
    static final Set<String> SOORTEN = Set.of("toekenning", "afwijzing", "beeindiging", "voortzetting", "opdracht", "geen-opdracht");

    /** One besluittype: for a voorziening code (or {@code *} for any) and a kind of decision. */
    record Type(String voorziening, String soort, String url, String omschrijving) {}

    /** The besluittype for this voorziening and kind: declared for the voorziening itself, else for {@code *}; or {@code null}. */
    Type voor(String voorziening, String soort) {
        for (Type t : typen) if (t.voorziening().equals(voorziening) && t.soort().equals(soort)) return t;
        for (Type t : typen) if (t.voorziening().equals("*") && t.soort().equals(soort)) return t;
        return null;
    }

    static Besluittypen lees(JsonNode n, String gemeente, String waar) {
        List<String> fouten = new ArrayList<>();
        if (!n.path("gemeente").asText().equals(gemeente)) fouten.add("'gemeente' is '" + n.path("gemeente").asText() + "', not " + gemeente);
        String bron = n.path("bron").asText(null);
        if (bron == null || bron.isBlank()) fouten.add("'bron' is required: where the besluittypen come from");
        String rsin = n.path("verantwoordelijkeOrganisatie").asText(null);
        String rsinBron = n.path("rsinBron").asText(null);
        if (rsin != null && !rsin.matches("\\d{9}")) fouten.add("'verantwoordelijkeOrganisatie' must be an RSIN of nine digits");
        if (rsin != null && (rsinBron == null || rsinBron.isBlank())) fouten.add("'rsinBron' is required with an RSIN: where it comes from");
        String orgaan = n.path("bestuursorgaan").asText(null);
        if (orgaan != null && orgaan.length() > 50) fouten.add("'bestuursorgaan' is at most 50 characters (Besluiten API)");
        List<Type> typen = new ArrayList<>();
        int i = 0;
        for (JsonNode t : n.path("besluittypen")) {
            String p = "besluittypen[" + i++ + "]";
            String v = t.path("voorziening").asText(null), s = t.path("soort").asText(null), u = t.path("url").asText(null), o = t.path("omschrijving").asText(null);
            if (v == null || v.isBlank()) fouten.add(p + ".voorziening is required (a code, or * for any)");
            if (s == null || !SOORTEN.contains(s)) fouten.add(p + ".soort must be one of " + String.join(", ", new java.util.TreeSet<>(SOORTEN)));
            if (u == null || !u.matches("https?://\\S+") || u.length() > 200) fouten.add(p + ".url must be an http(s) URL of at most 200 characters (Besluiten API)");
            if (o == null || o.isBlank()) fouten.add(p + ".omschrijving is required");
            typen.add(new Type(v, s, u, o));
        }
        if (typen.isEmpty()) fouten.add("'besluittypen' lists no besluittype");
        if (!fouten.isEmpty()) throw new IllegalStateException(waar + ": " + String.join("; ", fouten));
        return new Besluittypen(bron, rsin, rsinBron, orgaan, List.copyOf(typen));
    }
}
