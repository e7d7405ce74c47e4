package nl.reintegratie.besluit;

/** The form of a draft beschikking. */
public enum Format {
    /** Plain text with Markdown headings and lists, for an editor or a document system that converts Markdown. */
    MARKDOWN("md"),
    /** One self-contained HTML page (no external resources), laid out for A4 and print-ready. */
    HTML("html");

    private final String extensie;

    Format(String extensie) { this.extensie = extensie; }

    /** The file extension: {@code md} or {@code html}. */
    public String extension() { return extensie; }
}
