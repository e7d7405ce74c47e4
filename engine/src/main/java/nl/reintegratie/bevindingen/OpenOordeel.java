package nl.reintegratie.bevindingen;

import nl.reintegratie.feiten.Onderwerp;

/**
 * A judgement left to the college ("naar het oordeel van het college") that the case did not give. The engine never
 * assumes an answer; the code names the oordeel as the rule package declares it, so the caller can supply it under
 * {@code oordelen}.
 */
public final class OpenOordeel extends Bevinding {
    public OpenOordeel(Onderwerp onderwerp, String code) {
        super(onderwerp, code, null);
    }
}
