package nl.reintegratie.bevindingen;

import java.time.LocalDate;
import nl.reintegratie.feiten.Onderwerp;

/**
 * A maximum duration or a deadline that follows from the provisions: {@code duur} as an ISO-8601
 * period ({@code P3M}, {@code P4W}) and, where the facts fix the start, the resulting {@code datum}.
 */
public final class Termijn extends Bevinding {
    private final String duur;
    private final LocalDate datum;

    public Termijn(Onderwerp onderwerp, String code, String duur, LocalDate datum, String toelichting) {
        super(onderwerp, code, toelichting);
        this.duur = duur;
        this.datum = datum;
    }

    public String getDuur() { return duur; }

    public LocalDate getDatum() { return datum; }
}
