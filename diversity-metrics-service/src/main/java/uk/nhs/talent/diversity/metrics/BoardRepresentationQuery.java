package uk.nhs.talent.diversity.metrics;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.diversity.characteristics.Characteristic;

/** Which trend of board representation: a characteristic, nationally or by region. */
public class BoardRepresentationQuery {

    @QueryParam("characteristic")
    @NotNull
    @Parameter(description = "Protected characteristic (WRES 9 is ETHNICITY; the others are compared the same way)",
            required = true)
    public Characteristic characteristic;

    @QueryParam("breakdown")
    @DefaultValue("NATIONAL")
    @Parameter(description = "NATIONAL, or one row per region. Forum leads: REGION, their own region's rows")
    public BoardBreakdown breakdown;
}
