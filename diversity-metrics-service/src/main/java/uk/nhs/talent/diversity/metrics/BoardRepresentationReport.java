package uk.nhs.talent.diversity.metrics;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;

/** The board representation trend as JSON: what it is, the baseline it compares with, and its figures. */
@Schema(description = "Board and very senior manager representation against the workforce (WRES indicator 9), "
        + "every published quarter, oldest first, from the published figures only")
public record BoardRepresentationReport(
        Characteristic characteristic,
        BoardBreakdown breakdown,
        @Schema(description = "The published quarters of the trend, oldest first") List<String> periods,
        List<String> categories,
        @Schema(description = "When the workforce baseline was uploaded; null when there is none for the "
                + "characteristic", nullable = true) Instant baselineAsAt,
        List<BoardRepresentationFigure> figures) {
}
