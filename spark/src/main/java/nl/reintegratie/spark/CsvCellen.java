package nl.reintegratie.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the rows that {@link nl.reintegratie.engine.CsvRegels} writes (RFC 4180: a cell with a comma, a quote or
 * a line break is quoted, a quote in it doubled; rows end with {@code \n}), so that the typed table holds exactly the
 * cells of the CSV table without a second formatting of the same values.
 */
final class CsvCellen {
    private CsvCellen() {}

    /** The rows of {@code tekst}, each a list of cells; a final {@code \n} is optional. */
    static List<List<String>> rijen(String tekst) {
        List<List<String>> rijen = new ArrayList<>();
        List<String> rij = new ArrayList<>();
        StringBuilder cel = new StringBuilder();
        boolean gequoot = false, celBegonnen = false;
        int n = tekst.length();
        for (int i = 0; i < n; i++) {
            char c = tekst.charAt(i);
            if (gequoot) {
                if (c == '"') {
                    if (i + 1 < n && tekst.charAt(i + 1) == '"') {
                        cel.append('"');
                        i++;
                    } else {
                        gequoot = false;
                    }
                } else {
                    cel.append(c);
                }
            } else if (c == '"' && cel.length() == 0) {
                gequoot = true;
                celBegonnen = true;
            } else if (c == ',') {
                rij.add(cel.toString());
                cel.setLength(0);
                celBegonnen = false;
            } else if (c == '\n') {
                rij.add(cel.toString());
                rijen.add(rij);
                rij = new ArrayList<>();
                cel.setLength(0);
                celBegonnen = false;
            } else {
                cel.append(c);
                celBegonnen = true;
            }
        }
        if (gequoot) throw new IllegalArgumentException("an unclosed quote in a CSV row");
        if (celBegonnen || cel.length() > 0 || !rij.isEmpty()) {
            rij.add(cel.toString());
            rijen.add(rij);
        }
        return rijen;
    }
}
