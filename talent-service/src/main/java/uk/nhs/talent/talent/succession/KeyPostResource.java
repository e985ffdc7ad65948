package uk.nhs.talent.talent.succession;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import uk.nhs.talent.commons.http.ETags;
import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.talent.succession.SuccessionViews.KeyPostView;
import uk.nhs.talent.talent.succession.SuccessionViews.SuccessorView;

/** Key posts and their succession, for the forums and the SLSF. Only translates HTTP. */
@Path("/key-posts")
@Tag(name = "Key posts", description = "Roles: forum-member and forum-lead (their region's posts; the lead plans "
        + "them), slsf-reviewer and platform-admin (every post). Successor lists are audited reads.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyPostResource {

    private final SuccessionService service;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public KeyPostResource(SuccessionService service, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Record a key post", description = "Role forum-lead, for an organisation of your region.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set",
            content = @Content(schema = @Schema(implementation = KeyPostView.class)))
    @APIResponse(responseCode = "403", description = "The organisation is not of your region")
    public Response create(@HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid KeyPostRequest request) {
        return idempotent.execute(caller.id(), idempotencyKey, request, () -> {
            KeyPostView post = service.create(request);
            return Response.created(URI.create("/key-posts/" + post.id())).tag(ETags.of(post.version()))
                    .entity(post).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.SLSF_REVIEWER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "List key posts", description = "Roles forum-member, forum-lead, slsf-reviewer, "
            + "platform-admin. Your region's (forums) or all (national roles).")
    public Page<KeyPostView> list(@BeanParam @Valid PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{keyPostId}")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.SLSF_REVIEWER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Read a key post", description = "Roles forum-member, forum-lead (your region's), "
            + "slsf-reviewer, platform-admin.")
    @APIResponse(responseCode = "200", description = "The post; ETag set",
            content = @Content(schema = @Schema(implementation = KeyPostView.class)))
    public Response get(@PathParam("keyPostId") UUID id) {
        KeyPostView post = service.get(id);
        return Response.ok(post).tag(ETags.of(post.version())).build();
    }

    @PUT
    @Path("/{keyPostId}")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Revise a key post", description = "Role forum-lead of the post's region. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Revised; new ETag",
            content = @Content(schema = @Schema(implementation = KeyPostView.class)))
    @APIResponse(responseCode = "403", description = "Not your region's post to plan")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("keyPostId") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid KeyPostRequest request) {
        return idempotent.execute(caller.id(), headers.idempotencyKey, request, () -> {
            KeyPostView post = service.revise(id, headers.requiredVersion(), request);
            return Response.ok(post).tag(ETags.of(post.version())).build();
        });
    }

    @GET
    @Path("/{keyPostId}/successors")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.SLSF_REVIEWER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "The post's nominated successors", description = "Roles as for reading the post. Each person "
            + "listed counts as a read.")
    @APIResponse(responseCode = "200", description = "The successors",
            content = @Content(schema = @Schema(implementation = SuccessorView.class, type = SchemaType.ARRAY)))
    public List<SuccessorView> successors(@PathParam("keyPostId") UUID id) {
        return service.successors(id);
    }

    @POST
    @Path("/{keyPostId}/successors")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Nominate a successor", description = "Role forum-lead of the post's region, for a person "
            + "you may see, with their readiness for this post.")
    @APIResponse(responseCode = "201", description = "Nominated",
            content = @Content(schema = @Schema(implementation = SuccessorView.class)))
    @APIResponse(responseCode = "403", description = "Not your region's post to plan")
    @APIResponse(responseCode = "409", description = "Already nominated for this post")
    public Response nominate(@PathParam("keyPostId") UUID id,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid SuccessorRequest request) {
        return idempotent.execute(caller.id(), idempotencyKey, request,
                () -> Response.status(Response.Status.CREATED).entity(service.nominate(id, request)).build());
    }

    @DELETE
    @Path("/{keyPostId}/successors/{personRef}")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Remove a successor", description = "Role forum-lead of the post's region. The "
            + "nomination is kept as history.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not your region's post to plan")
    public Response removeSuccessor(@PathParam("keyPostId") UUID id,
            @PathParam("personRef") @PersonRef String personRef) {
        service.removeSuccessor(id, personRef);
        return Response.noContent().build();
    }

    @GET
    @Path("/{keyPostId}/health")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.SLSF_REVIEWER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "The post's pipeline health", description = "Roles as for reading the post. A score out of "
            + "100 from four stated criteria "
            + "(successor depth and readiness, the incumbent's leaving, an open vacancy, how recently the successors "
            + "were reviewed), each with its points and why.")
    @APIResponse(responseCode = "200", description = "The score and its contributions",
            content = @Content(schema = @Schema(implementation = PipelineHealth.Assessment.class)))
    public PipelineHealth.Assessment health(@PathParam("keyPostId") UUID id) {
        return service.health(id);
    }
}
