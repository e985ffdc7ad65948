package uk.nhs.talent.diversity.metrics;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.diversity.stages.Stage;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * One published figure of a representation table: a flat row, the same in JSON and CSV, that says where it
 * counts, what it counts and how it was protected.
 */
@JsonPropertyOrder({ "stage", "characteristic", "period", "breakdown", "region", "level", "roleFamily", "category",
        "count", "countStatus", "percentOfRow", "percentStatus" })
@Schema(description = "A published figure. A dimension the breakdown does not keep is null (empty in CSV).")
public record RepresentationFigure(
        Stage stage,
        Characteristic characteristic,
        @Schema(description = "Financial quarter", example = "2025-26-Q3") String period,
        Breakdown breakdown,
        @Schema(description = "NHS England region code", nullable = true) String region,
        @Schema(nullable = true) Level level,
        @Schema(nullable = true) RoleFamily roleFamily,
        @Schema(description = "A category of the characteristic, or TOTAL for the whole row") String category,
        @Schema(description = "Stage entries (people × vacancy or pool): rounded, or null when suppressed; a "
                + "row's total is exact (how many reached the stage is published by the other services too)",
                nullable = true) Long count,
        FigureStatus countStatus,
        @Schema(description = "Share of the row's total in per cent, one decimal place, from the published "
                + "(rounded) figures; null unless the count and the row total are both above the suppression "
                + "threshold", nullable = true) BigDecimal percentOfRow,
        @Schema(description = "How the share is shown; null on a row's total", nullable = true)
        FigureStatus percentStatus) {

    public static final String TOTAL = "TOTAL";

    /** A share is rounded to one decimal place, suppressed where not shown, and has no status on a total. */
    static FigureStatus percentStatus(String category, BigDecimal percentOfRow) {
        if (TOTAL.equals(category)) {
            return null;
        }
        return percentOfRow == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED;
    }
}
