package nl.reintegratie.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import nl.reintegratie.besluit.Beschikking;
import nl.reintegratie.besluit.Format;
import nl.reintegratie.besluit.ZgwBesluit;
import nl.reintegratie.engine.Casus;
import nl.reintegratie.engine.Evaluation;

/**
 * The forms a decision takes besides the evaluation as JSON, from the module {@code besluit}: the Besluit resources
 * as the ZGW Besluiten API holds them ({@code ?formaat=zgw}) and the draft beschikking a municipality sends
 * ({@code ?formaat=beschikking}, HTML or Markdown). The rule packages' declarations (besluittypen) and templates are
 * read from the class loader the rule packages were loaded with.
 */
final class Besluitvormen {
    private final ClassLoader bronnen;

    Besluitvormen(ClassLoader bronnen) {
        this.bronnen = Objects.requireNonNull(bronnen, "bronnen");
    }

    /** The ZGW Besluit resources (a JSON array) of the evaluation's decisions, decided on {@code datum}. */
    byte[] zgw(Evaluation e, Casus casus, LocalDate datum, LocalDate verzenddatum) {
        return ZgwBesluit.write(e, casus, datum, verzenddatum, bronnen).getBytes(StandardCharsets.UTF_8);
    }

    /** The draft beschikking about one aanvraag or verleende voorziening. */
    byte[] beschikking(Evaluation e, Casus casus, String onderwerp, boolean html, LocalDate verzenddatum) {
        return Beschikking.write(e, casus, onderwerp, html ? Format.HTML : Format.MARKDOWN, verzenddatum, bronnen).getBytes(StandardCharsets.UTF_8);
    }
}
