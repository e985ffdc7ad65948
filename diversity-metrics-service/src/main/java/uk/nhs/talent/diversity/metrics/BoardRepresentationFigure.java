package uk.nhs.talent.diversity.metrics;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.FigureStatus;

/**
 * One category of one row in one quarter of the board representation trend: the board's share beside the very
 * senior managers' and the workforce's. A flat row, the same in JSON and CSV.
 */
@JsonPropertyOrder({ "characteristic", "period", "breakdown", "region", "category", "boardPercent", "boardStatus",
        "vsmPercent", "vsmStatus", "workforcePercent", "workforceStatus", "boardMinusWorkforce",
        "differenceStatus" })
@Schema(description = "Board representation against the workforce (WRES indicator 9) in one quarter. Every share "
        + "in per cent to one decimal place, null when it is not shown")
public record BoardRepresentationFigure(
        Characteristic characteristic,
        @Schema(example = "2025-26-Q3") String period,
        BoardBreakdown breakdown,
        @Schema(description = "NHS England region code; null on the national row", nullable = true) String region,
        String category,
        @Schema(description = "Share of the people appointed to a board post in the quarter (the published ON_BOARD "
                + "table), from its published figures; null unless the count and the row total are both above "
                + "the suppression threshold", nullable = true) BigDecimal boardPercent,
        @Schema(description = "ROUNDED (computed from rounded counts) or SUPPRESSED") FigureStatus boardStatus,
        @Schema(description = "Share of the very senior managers (VSM) appointed in the quarter (the published "
                + "APPOINTED table's VSM row), by the same rule", nullable = true) BigDecimal vsmPercent,
        @Schema(description = "ROUNDED or SUPPRESSED") FigureStatus vsmStatus,
        @Schema(description = "Share of the workforce of the row's region, all levels, in the current workforce "
                + "baseline; null when suppressed or there is no baseline", nullable = true)
        BigDecimal workforcePercent,
        @Schema(description = "EXACT or SUPPRESSED; null where there is no baseline", nullable = true)
        FigureStatus workforceStatus,
        @Schema(description = "boardPercent minus workforcePercent, in percentage points; null unless both are "
                + "shown", nullable = true) BigDecimal boardMinusWorkforce,
        @Schema(description = "ROUNDED, SUPPRESSED when either share is, null where there is no baseline",
                nullable = true) FigureStatus differenceStatus) {
}
