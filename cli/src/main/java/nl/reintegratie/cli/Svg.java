package nl.reintegratie.cli;

import java.util.List;

/** Small charts as inline SVG, for reports that must open offline: horizontal bars with their labels and values. */
final class Svg {
    private Svg() {}

    /** Horizontal bars: each row a label and a whole number. */
    static String balken(List<String[]> rijen, String eenheid) {
        if (rijen.isEmpty()) return "";
        long max = 1;
        for (String[] r : rijen) max = Math.max(max, Long.parseLong(r[1]));
        int regel = 22, labelBreedte = 360, balkBreedte = 320, hoogte = rijen.size() * regel + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelBreedte + balkBreedte + 90).append("\" height=\"").append(hoogte)
                .append("\" aria-label=\"grafiek in ").append(esc(eenheid)).append("\">");
        for (int i = 0; i < rijen.size(); i++) {
            String[] r = rijen.get(i);
            long n = Long.parseLong(r[1]);
            int y = 5 + i * regel;
            int w = (int) Math.max(1, Math.round((double) n / max * balkBreedte));
            s.append("<text x=\"").append(labelBreedte - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\" font-size=\"12\">")
                    .append(esc(r[0])).append("</text>");
            s.append("<rect x=\"").append(labelBreedte).append("\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"16\" fill=\"#1f5f8b\"/>");
            s.append("<text x=\"").append(labelBreedte + w + 6).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(String.format("%,d", n)).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
