package uk.nhs.talent.diversity.metrics;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.stages.Stage;

/** A representation table as JSON: what it is, when it was published, how it was protected, and its figures. */
@Schema(description = "Representation of a characteristic's categories at a pipeline stage in a closed quarter")
public record RepresentationReport(
        Stage stage,
        Characteristic characteristic,
        String period,
        Breakdown breakdown,
        @Schema(description = "When these figures were first computed; they do not change afterwards unless "
                + "someone counted in them is erased") Instant publishedAt,
        List<String> categories,
        DisclosureSummary disclosure,
        @Schema(description = "When the workforce baseline the figures are set beside was uploaded; null when "
                + "there is none for the characteristic", nullable = true) Instant baselineAsAt,
        List<RepresentationFigure> figures) {
}
