package uk.nhs.talent.gateway.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.slsf.SourcePart;

/** A projection as the API answers it: what it started from, its assumptions, and baseline beside scenario. */
@Schema(description = "Baseline and scenario side by side, year by year (year 0 is now), for England, each region "
        + "and each region × role family; expected figures with 5th–95th percentile bands")
public record ProjectionAnswer(
        @Schema(description = "When the starting figures were asked of the services") Instant takenAt,
        @Schema(description = "When the transition history the rates are estimated from was read: takenAt, or "
                + "up to talent.reports.history-max-age (default 1 hour) earlier when it was read ahead or for an "
                + "earlier projection of the same window; null when it is missing (every rate its default)",
                nullable = true)
        Instant historyReadAt,
        LocalDate referenceDate,
        int years,
        @Schema(nullable = true) String characteristic,
        @Schema(description = "The published quarter the composition starts from", nullable = true)
        String diversityPeriod,
        @Schema(description = "The parts the projection starts from; a missing transitions part means every "
                + "rate is its stated default") List<SourcePart> sources,
        @Schema(description = "The stated default rates, used where a cell has under 20 person-years in a state")
        DefaultRates defaultRates,
        Scenario scenario,
        TotalProjection england,
        List<TotalProjection> regions,
        @Schema(description = "Each region × role family, with its rates (ESTIMATED or DEFAULT) and, when a "
                + "characteristic was asked for, the composition of each stage")
        List<CellProjection> cells) {
}
