package uk.nhs.talent.talent.succession;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Roles;

/** The register of succession plans of a region, or of the country. Only translates HTTP. */
@Path("/succession-plans")
@Tag(name = "Succession plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanRegisterResource {

    private final PlanReviews reviews;

    public PlanRegisterResource(PlanReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.SLSF_REVIEWER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Browse succession plans", description = "Roles forum-member, forum-lead (your region's), "
            + "slsf-reviewer, platform-admin (every region's). Newest first; the SLSF's queue is status=SUBMITTED.")
    public Page<PlanView> plans(@QueryParam("status") @Parameter(description = "SUBMITTED, ENDORSED or RETURNED")
            SuccessionPlan.Status status, @BeanParam @Valid PageRequest page) {
        return reviews.plansOfRegion(status, page);
    }
}
