package uk.nhs.talent.diversity.metrics;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.periods.QueryPeriods;
import uk.nhs.talent.diversity.stages.Stage;

/** Which predefined table: a stage, a characteristic, a closed quarter and a breakdown. Nothing narrower. */
public class RepresentationQuery {

    @QueryParam("stage")
    @NotNull
    @Parameter(description = "Pipeline stage", required = true)
    public Stage stage;

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
    @Parameter(description = "The table: NATIONAL, or one row per region, level, role family or region × level. "
            + "Forum leads: REGION or REGION_BY_LEVEL, their own region's rows")
    public Breakdown breakdown;

    public FinancialQuarter quarter() {
        return QueryPeriods.quarter(period);
    }
}
