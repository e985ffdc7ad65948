package uk.nhs.talent.talent.readiness;

import java.util.List;
import java.util.function.Supplier;

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
import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.talent.readiness.AssessmentRequests.NineBoxRequest;
import uk.nhs.talent.talent.readiness.AssessmentRequests.ReadinessRequest;
import uk.nhs.talent.talent.readiness.AssessmentViews.NineBoxView;
import uk.nhs.talent.talent.readiness.AssessmentViews.ReadinessView;

/** A person's readiness and nine-box placements, with their history. Only translates HTTP. */
@Path("/profiles/{personRef}")
@Tag(name = "Assessments", description = "Recorded by the forum lead of the person's home region; seen by the "
        + "forums that may see the person. Reads are audited.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public AssessmentResource(AssessmentService service, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/readiness")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Assess readiness for a target role family", description = "Role forum-lead of the "
            + "person's home region. Supersedes the current assessment of that role family; history is kept.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReadinessView.class)))
    @APIResponse(responseCode = "403", description = "You may see the person but they are not of your region")
    public Response assessReadiness(@PathParam("personRef") @PersonRef String personRef,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid ReadinessRequest request) {
        return created(idempotencyKey, request, () -> service.assessReadiness(personRef, request));
    }

    @GET
    @Path("/readiness")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Readiness history", description = "Roles forum-member, forum-lead (a person you may see), "
            + "platform-admin. Newest first; the current ones have no supersededAt.")
    @APIResponse(responseCode = "200", description = "The assessments",
            content = @Content(schema = @Schema(implementation = ReadinessView.class, type = SchemaType.ARRAY)))
    public List<ReadinessView> readinessHistory(@PathParam("personRef") @PersonRef String personRef) {
        return service.readinessHistory(personRef);
    }

    @POST
    @Path("/nine-box")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Place in the nine-box grid", description = "Role forum-lead of the person's home region, "
            + "as agreed at a talent review. Supersedes the current placement; history is kept.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = NineBoxView.class)))
    @APIResponse(responseCode = "403", description = "You may see the person but they are not of your region")
    public Response placeInNineBox(@PathParam("personRef") @PersonRef String personRef,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NineBoxRequest request) {
        return created(idempotencyKey, request, () -> service.placeInNineBox(personRef, request));
    }

    @GET
    @Path("/nine-box")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Nine-box history", description = "Roles forum-member, forum-lead (a person you may see), "
            + "platform-admin. Newest first; the current one has no supersededAt.")
    @APIResponse(responseCode = "200", description = "The placements",
            content = @Content(schema = @Schema(implementation = NineBoxView.class, type = SchemaType.ARRAY)))
    public List<NineBoxView> nineBoxHistory(@PathParam("personRef") @PersonRef String personRef) {
        return service.nineBoxHistory(personRef);
    }

    private Response created(String idempotencyKey, Object request, Supplier<Object> record) {
        return idempotent.execute(caller.id(), idempotencyKey, request,
                () -> Response.status(Response.Status.CREATED).entity(record.get()).build());
    }
}
