package nl.reintegratie.engine;

/** A rule of a version as an auditor sees it: its name (which starts with the citation) and its citation with the quoted text. */
public record Regel(String naam, Citaat citaat) {
}
