package nl.reintegratie.feiten;

/** Small whole numbers in Dutch words, as a beschikking writes them ("vier weken"); larger ones as digits. */
final class Getallen {
    private static final String[] WOORDEN = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"};

    private Getallen() {}

    static String inWoorden(int n) {
        return n >= 0 && n < WOORDEN.length ? WOORDEN[n] : Integer.toString(n);
    }
}
