package uk.nhs.talent.diversity.likelihood;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.metrics.DisclosureSummary;

/** The matching audit of a closed quarter as JSON: adverse impact of talent-service's rankings by category. */
@Schema(description = "Adverse impact of the system's own matching: ranked in a vacancy's top ten, by category")
public record MatchingImpactReport(
        Characteristic characteristic,
        String period,
        ComparisonBreakdown breakdown,
        @Schema(description = "When the tables it is computed from were published") Instant publishedAt,
        @Schema(description = "Four-fifths rule (29 CFR 1607.4(D)): a category whose rate of being ranked in the "
                + "top ten is below 80% of the highest category's is flagged") String fourFifthsRule,
        LikelihoodMethod method,
        DisclosureSummary disclosure,
        List<MatchingImpactFigure> figures) {

    static final String FOUR_FIFTHS = "Flagged when the impact ratio (the category's rate / the highest "
            + "category's) is below 0.80";
}
