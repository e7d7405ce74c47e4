package nl.reintegratie.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Cases for the fixture gemeente, generated from a seed, so that a test has many different but valid ones. */
final class Casussen {
    private Casussen() {}

    /** A valid case with {@code aanvragen} aanvragen whose facts vary with {@code r}. */
    static String casus(Random r, int aanvragen, String naam) {
        String doelgroep = switch (r.nextInt(3)) { case 0 -> "true"; case 1 -> "false"; default -> "null"; };
        StringBuilder s = new StringBuilder();
        s.append("{\"gemeente\": \"Midden-Groningen\", \"peildatum\": \"2025-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(9))
                .append("\", \"naam\": \"").append(naam).append("\", \"persoon\": {\"geboortedatum\": \"19").append(50 + r.nextInt(50))
                .append("-0").append(1 + r.nextInt(9)).append("-2").append(r.nextInt(8)).append("\", \"behoortTotDoelgroep\": ").append(doelgroep);
        if (r.nextBoolean()) s.append(", \"alleenstaandeOuder\": ").append(r.nextBoolean());
        s.append("}, \"aanvragen\": [");
        for (int i = 0; i < aanvragen; i++) {
            if (i > 0) s.append(", ");
            s.append("{\"id\": \"").append(naam).append("-a").append(i).append("\", \"voorziening\": \"sociale-activering\"");
            int oordeel = r.nextInt(3);
            if (oordeel < 2) s.append(", \"oordelen\": {\"onvoldoende-bijdrage-arbeidsinschakeling\": ").append(oordeel == 0).append("}");
            s.append("}");
        }
        return s.append("]}").toString();
    }

    /** {@code n} different cases. */
    static List<String> reeks(int n, long zaad) {
        Random r = new Random(zaad);
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < n; i++) uit.add(casus(r, 1 + r.nextInt(4), "c" + i));
        return uit;
    }

    /**
     * A caseload in JSON Lines: mostly valid cases, with unreadable lines, invalid cases and blank lines mixed in at
     * known places.
     */
    static String caseload(int n, long zaad) {
        Random r = new Random(zaad);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i % 97 == 13) s.append("{\"gemeente\": \"Midden-Groningen\", \"peildatum\": \"2025-13-01\"}\n");
            else if (i % 211 == 17) s.append("geen json\n");
            else if (i % 500 == 3) s.append("\n");
            else s.append(casus(r, 1 + r.nextInt(2), "c" + i)).append('\n');
        }
        return s.toString();
    }
}
