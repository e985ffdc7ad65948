package uk.nhs.talent.diversity.likelihood;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.FigureStatus;

/** One category of one row of the matching audit: a flat row, the same in JSON and CSV. */
@JsonPropertyOrder({ "characteristic", "period", "breakdown", "region", "category", "ranked", "rankedStatus", "topTen",
        "topTenStatus", "selectionRatePercent", "selectionRateStatus", "impactStatus", "impactRatio",
        "impactRatioStatus", "highestRate", "fourFifthsAdverseImpact", "comparedWith", "relativeLikelihood",
        "lowerLimit", "upperLimit", "likelihoodStatus", "notComputableReason" })
@Schema(description = "How often candidates of a category are ranked in a vacancy's top ten by talent-service, "
        + "against the category with the highest rate. Counts are people ranked (each once per region, level and "
        + "role family) as published (null when suppressed); rates, ratios and intervals are computed from them, and "
        + "shown only for categories whose counts (ranked, top ten, and ranked but not in the top ten) are all above "
        + "the suppression threshold.")
public record MatchingImpactFigure(
        Characteristic characteristic,
        @Schema(example = "2025-26-Q3") String period,
        ComparisonBreakdown breakdown,
        @Schema(description = "NHS England region code; null in the national row", nullable = true) String region,
        @Schema(description = "A category of the characteristic (not declared is left out)") String category,
        @Schema(description = "Ranking entries of the category", nullable = true) Long ranked,
        FigureStatus rankedStatus,
        @Schema(description = "Of those, ranked 1 to 10", nullable = true) Long topTen,
        FigureStatus topTenStatus,
        @Schema(description = "topTen / ranked in per cent, one decimal place", nullable = true)
        BigDecimal selectionRatePercent,
        FigureStatus selectionRateStatus,
        @Schema(description = "ASSESSED, or why not: SUPPRESSED (a count suppressed or at or below the threshold), "
                + "NO_SELECTIONS_IN_ANY_GROUP") ImpactStatus impactStatus,
        @Schema(description = "The selection rate / the highest category's, 2 decimal places", nullable = true)
        BigDecimal impactRatio,
        FigureStatus impactRatioStatus,
        @Schema(nullable = true) Boolean highestRate,
        @Schema(description = "Four-fifths rule: the impact ratio is below 0.80", nullable = true)
        Boolean fourFifthsAdverseImpact,
        @Schema(description = "The highest-rate category the ratios are against", nullable = true)
        String comparedWith,
        @Schema(description = "The highest category's rate / this one's, 2 decimal places: 1.00 is parity, above "
                + "1.00 this category is the less likely to be ranked in the top ten; null on the highest category "
                + "itself", nullable = true) BigDecimal relativeLikelihood,
        @Schema(description = "Lower limit of the 95% confidence interval (Katz log)", nullable = true)
        BigDecimal lowerLimit,
        @Schema(description = "Upper limit of the 95% confidence interval (Katz log)", nullable = true)
        BigDecimal upperLimit,
        @Schema(description = "ROUNDED when shown, SUPPRESSED when not; null on the highest category itself",
                nullable = true) FigureStatus likelihoodStatus,
        @Schema(nullable = true) NotComputableReason notComputableReason) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static MatchingImpactFigure of(Characteristic characteristic, String period, ComparisonBreakdown breakdown,
            String region, AdverseImpact.GroupImpact group) {
        ImpactRatio impact = group.impact();
        // The rate only of an assessed category: its counts are published and above the threshold.
        BigDecimal rate = impact == null ? null : BigDecimal.valueOf(group.selected().value()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(group.considered().value()), 1, RoundingMode.HALF_UP);
        BigDecimal ratio = impact == null ? null : impact.roundedRatio();
        RelativeLikelihoodResult likelihood = group.likelihood();
        RelativeLikelihood estimate = likelihood == null ? null : likelihood.estimate().orElse(null);
        // The highest category is the comparator itself: it has no likelihood, and nothing is withheld.
        boolean comparator = impact != null && impact.highestRate() && likelihood == null;
        FigureStatus likelihoodStatus = comparator ? null
                : estimate == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED;
        return new MatchingImpactFigure(characteristic, period, breakdown, region, group.category(),
                group.considered().value(), group.considered().status(), group.selected().value(),
                group.selected().status(), rate, rate == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED,
                group.status(), ratio, ratio == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED,
                impact == null || impact.status() != ImpactStatus.ASSESSED ? null : impact.highestRate(),
                impact == null || impact.status() != ImpactStatus.ASSESSED ? null : impact.adverseImpact(),
                group.comparedWith(), estimate == null ? null : estimate.roundedRatio(),
                estimate == null ? null : estimate.roundedLower(), estimate == null ? null : estimate.roundedUpper(),
                likelihoodStatus, likelihood == null ? null : likelihood.notComputableReason().orElse(null));
    }
}
