package uk.nhs.talent.talent.succession;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.security.Roles;

/** Succession coverage: counts, never a person. Only translates HTTP. */
@Path("/coverage")
@Tag(name = "Coverage", description = "Roles: forum-member, forum-lead (their region), national-analyst, "
        + "slsf-reviewer, platform-admin (the country). Aggregates only.")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    private final SuccessionService service;

    public CoverageResource(SuccessionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.NATIONAL_ANALYST, Roles.SLSF_REVIEWER,
            Roles.PLATFORM_ADMIN })
    @Operation(summary = "Succession coverage per organisation and region", description = "Roles forum-member, "
            + "forum-lead (your region), national-analyst, slsf-reviewer, platform-admin (the country). Key posts, "
            + "posts with a "
            + "ready-now successor and their share, de-duplicated bench strength (a successor counts 1 ÷ the number "
            + "of posts they are nominated for nationally), posts at risk (high risk of loss, no ready-now "
            + "successor).")
    public SuccessionCoverage.Report coverage() {
        return service.coverage();
    }
}
