package nl.reintegratie.feiten;

import java.math.BigDecimal;

/**
 * Numbers as Dutch text in a rule's explanation: small whole numbers in words, as a beschikking writes them ("vier
 * weken"), and a number with a decimal comma ("24,5 uur per week", "aandeel 0,1"): the explanation is read by a case
 * worker, and a decimal point would read as a thousands separator.
 */
public final class Getallen {
    private static final String[] WOORDEN = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"};

    private Getallen() {}

    static String inWoorden(int n) {
        return n >= 0 && n < WOORDEN.length ? WOORDEN[n] : Integer.toString(n);
    }

    /** The number as written, with a decimal comma ("0,1", "24", "3187,24"); "niet bekend" for {@code null}. */
    public static String tekst(BigDecimal n) {
        return n == null ? "niet bekend" : n.toPlainString().replace('.', ',');
    }
}
