package nl.reintegratie.engine;

/**
 * A kind of voorziening a case can ask for: its code (as in {@code aanvragen[].voorziening}), its name, what it is,
 * whether it is about a dienstbetrekking (the employer's facts then matter), and whether it is an opdracht — laid on a
 * person (a tegenprestatie) rather than granted.
 */
public record Voorzieningsoort(String code, String naam, String omschrijving, boolean bijDienstbetrekking, boolean opdracht) {}
