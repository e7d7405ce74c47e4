package nl.reintegratie.engine;

/**
 * A quoted provision of a regeling in a version, as its package quotes it: the citation with the text, and — where the
 * package deliberately does not encode it — the reason ({@code nietGecodeerd}: an instruction to the college, a
 * definition, a procedural step the engine cannot see), so that coverage reports are generated, not typed.
 */
public record Bepaling(Citaat citaat, String nietGecodeerd) {}
