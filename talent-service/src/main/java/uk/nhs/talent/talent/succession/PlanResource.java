package uk.nhs.talent.talent.succession;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;

/** Succession plans: submitted by the forum lead, endorsed or returned by the SLSF. Only translates HTTP. */
@Path("/key-posts/{keyPostId}/plans")
@Tag(name = "Succession plans", description = "Roles: forum-lead of the post's region (submit), slsf-reviewer "
        + "(endorse or return), forums of the region, slsf-reviewer, platform-admin (read). Reviewed plans are "
        + "immutable.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanReviews reviews;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public PlanResource(PlanReviews reviews, IdempotentRequests idempotent, Caller caller) {
        this.reviews = reviews;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Submit the post's succession plan", description = "Role forum-lead of the post's region. "
            + "The current successors, in the system's order (readier first, then more recently assessed).")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "403", description = "Not your region's post to plan")
    @APIResponse(responseCode = "409", description = "No successor yet, or a plan is already awaiting review")
    public Response submit(@PathParam("keyPostId") UUID keyPostId,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey) {
        return idempotent.execute(caller.id(), idempotencyKey, keyPostId,
                () -> Response.status(Response.Status.CREATED).entity(reviews.submit(keyPostId)).build());
    }

    @GET
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.SLSF_REVIEWER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "The post's plans, newest first", description = "Roles forum-member, forum-lead (your "
            + "region), slsf-reviewer, platform-admin. Each person in them counts as a read.")
    @APIResponse(responseCode = "200", description = "The plans",
            content = @Content(schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    public List<PlanView> plans(@PathParam("keyPostId") UUID keyPostId) {
        return reviews.plansOf(keyPostId);
    }

    @POST
    @Path("/{planVersion}/review")
    @RolesAllowed(Roles.SLSF_REVIEWER)
    @Operation(summary = "Endorse or return a plan", description = "Role slsf-reviewer. An endorsement in another "
            + "order than the system's records a rationale; a return says what to change. Final either way.")
    @APIResponse(responseCode = "200", description = "Reviewed",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The plan was already reviewed")
    public Response review(@PathParam("keyPostId") UUID keyPostId, @PathParam("planVersion") long planVersion,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid PlanReviewRequest request) {
        return idempotent.execute(caller.id(), idempotencyKey, request,
                () -> Response.ok(reviews.review(keyPostId, planVersion, request)).build());
    }
}
