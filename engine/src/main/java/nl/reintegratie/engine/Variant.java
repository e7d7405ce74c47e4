package nl.reintegratie.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A policy variant: new values for some of a version's parameters (amounts, percentages, terms, ceilings) from a date
 * on, with a name and the reason — the way OpenFisca's reforms change parameters without touching formulas. Nothing in
 * the rules changes. Evaluate under it with {@link ReintegratieEngine#withVariant(Variant)}.
 *
 * @param naam       a short name for reports ({@code premie-250})
 * @param reason     why: the policy question it answers (the variant file's {@code reden})
 * @param versie     the version whose parameters it changes ({@code heemstede-2024})
 * @param vanaf      the first day on which the new values apply; before it the version's own values hold
 * @param parameters parameter name → new value (in the unit the parameter file declares)
 */
public record Variant(String naam, String reason, String versie, LocalDate vanaf, Map<String, BigDecimal> parameters) {

    public Variant {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(versie, "versie");
        Objects.requireNonNull(vanaf, "vanaf");
        if (parameters == null || parameters.isEmpty()) throw new IllegalArgumentException("a variant changes at least one parameter");
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /**
     * Reads a variant file: {@code {"naam", "reden", "versie", "vanaf", "parameters": {naam: waarde}}}. Every problem is
     * an {@link InvalidCaseException} naming the field.
     */
    public static Variant vanJson(String json) {
        com.fasterxml.jackson.databind.JsonNode n = Json.parse(json);
        List<InvalidCaseException.Problem> f = new java.util.ArrayList<>();
        if (!n.isObject()) throw new InvalidCaseException("$", "een variant is een object met naam, reden, versie, vanaf en parameters");
        for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!java.util.Set.of("naam", "reden", "versie", "vanaf", "parameters").contains(k)) f.add(new InvalidCaseException.Problem(k, "onbekend veld; velden van een variant: naam, reden, versie, vanaf, parameters"));
        }
        String naam = n.path("naam").isTextual() && !n.path("naam").asText().isBlank() ? n.get("naam").asText() : null;
        if (naam == null) f.add(new InvalidCaseException.Problem("naam", "is verplicht (tekst)"));
        String versie = n.path("versie").isTextual() ? n.get("versie").asText() : null;
        if (versie == null) f.add(new InvalidCaseException.Problem("versie", "is verplicht: de versie waarvan de parameters veranderen, bijvoorbeeld heemstede-2024"));
        if (!n.path("reden").isTextual()) f.add(new InvalidCaseException.Problem("reden", "is verplicht: waarom, de beleidsvraag"));
        LocalDate vanaf = n.hasNonNull("vanaf") ? CaseValidator.datum(n.get("vanaf").isTextual() ? n.get("vanaf").asText() : (Object) n.get("vanaf"), "vanaf", f) : null;
        if (!n.hasNonNull("vanaf")) f.add(new InvalidCaseException.Problem("vanaf", "is verplicht (JJJJ-MM-DD)"));
        Map<String, BigDecimal> p = new TreeMap<>();
        com.fasterxml.jackson.databind.JsonNode pn = n.path("parameters");
        if (!pn.isObject() || pn.isEmpty()) f.add(new InvalidCaseException.Problem("parameters", "is verplicht: een object parameternaam → nieuwe waarde"));
        else pn.fields().forEachRemaining(e -> {
            if (!e.getValue().isNumber()) f.add(new InvalidCaseException.Problem("parameters." + e.getKey(), "moet een getal zijn"));
            else p.put(e.getKey(), e.getValue().decimalValue());
        });
        if (!f.isEmpty()) throw new InvalidCaseException(f);
        return new Variant(naam, n.get("reden").asText(), versie, vanaf, p);
    }
}
