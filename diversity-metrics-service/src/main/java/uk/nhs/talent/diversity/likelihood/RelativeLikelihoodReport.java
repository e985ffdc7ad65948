package uk.nhs.talent.diversity.likelihood;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.metrics.DisclosureSummary;

/** A relative likelihood indicator of a closed quarter as JSON: what it compares, how, and its rows. */
@Schema(description = "Relative likelihood of appointment from shortlisting (WRES indicator 2, WDES metric 2)")
public record RelativeLikelihoodReport(
        Indicator indicator,
        Characteristic characteristic,
        String period,
        ComparisonBreakdown breakdown,
        @Schema(description = "When the tables it is computed from were published") Instant publishedAt,
        @Schema(example = "WHITE") String referenceGroup,
        List<String> referenceCategories,
        @Schema(example = "BME") String focalGroup,
        List<String> focalCategories,
        LikelihoodMethod method,
        DisclosureSummary disclosure,
        List<RelativeLikelihoodFigure> figures) {
}
