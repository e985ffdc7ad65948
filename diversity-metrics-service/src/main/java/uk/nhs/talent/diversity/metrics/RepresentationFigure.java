package uk.nhs.talent.diversity.metrics;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.baselines.BaselineShare;
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
        "count", "countStatus", "percentOfRow", "percentStatus", "baselinePercent", "baselineStatus" })
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
        @Schema(description = "People who reached the stage, each once per region, level and role family: "
                + "rounded, or null when suppressed; a row's total is exact (how many reached the stage is published "
                + "by the other services too)",
                nullable = true) Long count,
        FigureStatus countStatus,
        @Schema(description = "Share of the row's total in per cent, one decimal place, from the published "
                + "(rounded) figures; null unless the count and the row total are both above the suppression "
                + "threshold", nullable = true) BigDecimal percentOfRow,
        @Schema(description = "How the share is shown; null on a row's total", nullable = true)
        FigureStatus percentStatus,
        @Schema(description = "The category's share of the workforce the row should reflect, from the current "
                + "workforce baseline (see baselineAsAt) of the row's region and level, summed over those the "
                + "breakdown does not keep; in per cent, one decimal place. Null when suppressed (a baseline "
                + "headcount of 1 to suppressUpTo, the category's or the row's), on a total, on a role family's "
                + "row and where there is no baseline", nullable = true) BigDecimal baselinePercent,
        @Schema(description = "EXACT or SUPPRESSED; null where there is no baseline share (a total, a role "
                + "family, no baseline)", nullable = true) FigureStatus baselineStatus) {

    public static final String TOTAL = "TOTAL";

    /** A figure as published, before it is set beside a baseline. */
    public RepresentationFigure(Stage stage, Characteristic characteristic, String period, Breakdown breakdown,
            String region, Level level, RoleFamily roleFamily, String category, Long count, FigureStatus countStatus,
            BigDecimal percentOfRow, FigureStatus percentStatus) {
        this(stage, characteristic, period, breakdown, region, level, roleFamily, category, count, countStatus,
                percentOfRow, percentStatus, null, null);
    }

    /** The same figure beside its baseline share (null: none). */
    RepresentationFigure beside(BaselineShare share) {
        return new RepresentationFigure(stage, characteristic, period, breakdown, region, level, roleFamily,
                category, count, countStatus, percentOfRow, percentStatus, share == null ? null : share.percent(),
                share == null ? null : share.status());
    }

    /** A share is rounded to one decimal place, suppressed where not shown, and has no status on a total. */
    static FigureStatus percentStatus(String category, BigDecimal percentOfRow) {
        if (TOTAL.equals(category)) {
            return null;
        }
        return percentOfRow == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED;
    }
}
