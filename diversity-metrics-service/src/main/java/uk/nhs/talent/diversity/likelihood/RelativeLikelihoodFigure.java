package uk.nhs.talent.diversity.likelihood;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.disclosure.FigureStatus;

/** One row of a relative likelihood indicator: a flat row, the same in JSON and CSV. */
@JsonPropertyOrder({ "indicator", "period", "breakdown", "region", "referenceShortlisted",
        "referenceShortlistedStatus", "referenceAppointed", "referenceAppointedStatus", "focalShortlisted",
        "focalShortlistedStatus", "focalAppointed", "focalAppointedStatus", "relativeLikelihood", "lowerLimit",
        "upperLimit", "likelihoodStatus", "notComputableReason", "parityWithinInterval", "fourFifthsAdverseImpact" })
@Schema(description = "The relative likelihood of the reference group being appointed from shortlisting compared "
        + "with the focal group, in one row of the breakdown. Counts are as derived from the published tables "
        + "(null when suppressed); the ratio and its 95% interval (Katz log) are computed from them, rounded to 2 "
        + "decimal places, and shown only where every count behind them, and each group's number not appointed, is "
        + "above the suppression threshold. 1.00 is parity; above 1.00 the reference group is the more likely.")
public record RelativeLikelihoodFigure(
        Indicator indicator,
        @Schema(example = "2025-26-Q3") String period,
        ComparisonBreakdown breakdown,
        @Schema(description = "NHS England region code; null in the national row", nullable = true) String region,
        @Schema(nullable = true) Long referenceShortlisted,
        FigureStatus referenceShortlistedStatus,
        @Schema(nullable = true) Long referenceAppointed,
        FigureStatus referenceAppointedStatus,
        @Schema(nullable = true) Long focalShortlisted,
        FigureStatus focalShortlistedStatus,
        @Schema(nullable = true) Long focalAppointed,
        FigureStatus focalAppointedStatus,
        @Schema(description = "Reference group's appointment rate / focal group's, 2 decimal places",
                nullable = true) BigDecimal relativeLikelihood,
        @Schema(description = "Lower limit of the 95% confidence interval", nullable = true) BigDecimal lowerLimit,
        @Schema(description = "Upper limit of the 95% confidence interval", nullable = true) BigDecimal upperLimit,
        @Schema(description = "ROUNDED when shown, SUPPRESSED when not (notComputableReason says why)")
        FigureStatus likelihoodStatus,
        @Schema(nullable = true) NotComputableReason notComputableReason,
        @Schema(description = "Whether 1.00 lies within the interval (no significant difference)", nullable = true)
        Boolean parityWithinInterval,
        @Schema(description = "Whether either group's rate is below four-fifths of the other's", nullable = true)
        Boolean fourFifthsAdverseImpact) {

    static RelativeLikelihoodFigure of(Indicator indicator, String period, ComparisonBreakdown breakdown,
            String region, PublishedComparison comparison) {
        RelativeLikelihood estimate = comparison.result().estimate().orElse(null);
        return new RelativeLikelihoodFigure(indicator, period, breakdown, region,
                comparison.referenceConsidered().value(), comparison.referenceConsidered().status(),
                comparison.referenceSelected().value(), comparison.referenceSelected().status(),
                comparison.focalConsidered().value(), comparison.focalConsidered().status(),
                comparison.focalSelected().value(), comparison.focalSelected().status(),
                estimate == null ? null : estimate.roundedRatio(),
                estimate == null ? null : estimate.roundedLower(),
                estimate == null ? null : estimate.roundedUpper(),
                estimate == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED,
                comparison.result().notComputableReason().orElse(null),
                estimate == null ? null : estimate.parityWithinInterval(),
                estimate == null ? null : estimate.fourFifthsAdverseImpact());
    }
}
