package nl.reintegratie.engine;

import java.util.List;

/**
 * What makes an evaluation reproducible: the engine's version, each regeling applied with a content hash over its
 * rules, quoted provisions, parameters and declarations, and a hash of the case as read. The same receipt gives the
 * same decision.
 *
 * @param engine     the engine's version
 * @param regelingen per regeling applied, its id and content hash
 * @param casus      SHA-256 of the case in canonical form (keys sorted, as read)
 */
public record Ontvangstbewijs(String engine, List<RegelingHash> regelingen, String casus) {

    public Ontvangstbewijs {
        regelingen = List.copyOf(regelingen);
    }

    /** A regeling's id and the SHA-256 of its content (rules, quoted provisions, parameters, declarations). */
    public record RegelingHash(String regeling, String sha256) {}
}
