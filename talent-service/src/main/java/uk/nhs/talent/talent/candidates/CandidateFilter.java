package uk.nhs.talent.talent.candidates;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** The predefined filters of the forum's candidate search; always within the people the forum may see. */
public class CandidateFilter {

    @QueryParam("icb")
    @Size(max = 16)
    @Parameter(description = "ICB ODS code of the current organisation")
    public String icb;

    @QueryParam("orgCode")
    @Size(max = 16)
    @Parameter(description = "ODS code of the current organisation")
    public String orgCode;

    @QueryParam("roleFamily")
    @Parameter(description = "People who aim at this role family or have a readiness assessed for it")
    public RoleFamily roleFamily;

    @QueryParam("readiness")
    @Parameter(description = "Current readiness for roleFamily (give both)")
    public Readiness readiness;

    @QueryParam("targetLevel")
    public Level targetLevel;

    @QueryParam("nineBoxCell")
    @Min(value = 1, message = "must be 1 to 9")
    @Max(value = 9, message = "must be 1 to 9")
    @Parameter(description = "Current nine-box cell, 1 (low performance and potential) to 9 (high, high)")
    public Integer nineBoxCell;

    @QueryParam("programme")
    public DevelopmentProgramme programme;

    @QueryParam("mobility")
    @Pattern(regexp = "Y5[6-9]|Y6[0-3]", message = "must be an NHS England region code, Y56 to Y63")
    @Parameter(description = "People willing to move into this region")
    public String mobility;

    @QueryParam("pool")
    @Parameter(description = "People with an open membership of this pool (the pool id)")
    public UUID pool;

    @QueryParam("sort")
    @Parameter(description = "name (family name, given name) or updatedAt; '-' for descending", example = "name")
    public String sort;
}
