package nl.reintegratie.engine;

import java.util.List;

/**
 * A rule of a version as an auditor sees it: its name (which starts with the citation), its citation with the quoted
 * text, the interpretations it applies and the further provisions it cites; {@code ouder} names the rule it extends
 * ({@code rule "…" extends "…"}), or is {@code null}; {@code nietVoorOpdrachten}: the rule is cited in an article its
 * regeling declares to be about voorzieningen only, and does not apply to an opdracht (the tegenprestatie);
 * {@code verleendVanaf}: the rule's regeling does not judge a voorziening granted before it entered into force, this date
 * ({@code "nietVoorEerderVerleend"} in its descriptor), or is {@code null}. A judgement a regeling gives itself, in
 * policy ({@code "oordelenInBeleid"} in its descriptor), is listed as the rule the engine applies for it: its name is
 * the remark's description, its citation the provision that gives it.
 */
public record RuleInfo(String naam, Citaat citaat, List<String> interpretaties, List<Citaat> ook, String ouder, boolean nietVoorOpdrachten,
                       java.time.LocalDate verleendVanaf) {
    public RuleInfo {
        interpretaties = List.copyOf(interpretaties);
        ook = List.copyOf(ook);
    }

    /** A rule that applies to every onderwerp. */
    public RuleInfo(String naam, Citaat citaat, List<String> interpretaties, List<Citaat> ook, String ouder) {
        this(naam, citaat, interpretaties, ook, ouder, false, null);
    }

    /** A rule that judges every verleende voorziening. */
    public RuleInfo(String naam, Citaat citaat, List<String> interpretaties, List<Citaat> ook, String ouder, boolean nietVoorOpdrachten) {
        this(naam, citaat, interpretaties, ook, ouder, nietVoorOpdrachten, null);
    }
}
