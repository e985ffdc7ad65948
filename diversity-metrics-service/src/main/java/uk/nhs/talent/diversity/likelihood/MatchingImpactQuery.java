package uk.nhs.talent.diversity.likelihood;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.periods.QueryPeriods;

/** Which characteristic, closed quarter and breakdown. */
public class MatchingImpactQuery {

    @QueryParam("characteristic")
    @NotNull
    @Parameter(description = "Protected characteristic", required = true)
    public Characteristic characteristic;

    @QueryParam("period")
    @NotNull
    @Pattern(regexp = FinancialQuarter.PATTERN, message = "must be a financial quarter such as 2025-26-Q3")
    @Parameter(description = "A published financial quarter (see /reports/diversity/periods)", required = true,
            example = "2025-26-Q3")
    public String period;

    @QueryParam("breakdown")
    @DefaultValue("NATIONAL")
    @Parameter(description = "NATIONAL, or one row per REGION. Forum leads: REGION, their own region's row")
    public ComparisonBreakdown breakdown;

    public FinancialQuarter quarter() {
        return QueryPeriods.quarter(period);
    }
}
