package uk.nhs.talent.talent.pools;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.talent.pools.MembershipRequests.MembershipChange;
import uk.nhs.talent.talent.pools.MembershipRequests.Nomination;
import uk.nhs.talent.talent.pools.PoolViews.MembershipView;
import uk.nhs.talent.talent.pools.PoolViews.PoolView;

/** Talent pools and their members, for the forums. Only translates HTTP. */
@Path("/pools")
@Tag(name = "Pools", description = "Roles: forum-member (read), forum-lead of the owning forum (run), "
        + "platform-admin (national pools). A forum sees its region's pools and the national ones.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {

    private final PoolService service;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public PoolResource(PoolService service, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Create a pool", description = "Role forum-lead for a REGION or ICB pool of your region; "
            + "platform-admin for NATIONAL pools.")
    @APIResponse(responseCode = "201", description = "Created; Location set",
            content = @Content(schema = @Schema(implementation = PoolView.class)))
    @APIResponse(responseCode = "403", description = "The pool would be another forum's")
    public Response create(@HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid PoolRequest request) {
        return idempotent.execute(caller.id(), idempotencyKey, request, () -> {
            PoolView pool = service.create(request);
            return Response.created(URI.create("/pools/" + pool.id())).entity(pool).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "List the pools you may see", description = "Roles forum-member, forum-lead, platform-admin. "
            + "Your region's and the national ones, by name.")
    public Page<PoolView> list(@BeanParam @Valid PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{poolId}")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Read a pool", description = "Roles forum-member, forum-lead (your region's or a national "
            + "pool), platform-admin.")
    @APIResponse(responseCode = "200", description = "The pool",
            content = @Content(schema = @Schema(implementation = PoolView.class)))
    public PoolView get(@PathParam("poolId") UUID poolId) {
        return service.get(poolId);
    }

    @GET
    @Path("/{poolId}/members")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "The pool's members you may see", description = "Roles forum-member, forum-lead, "
            + "platform-admin. Exited memberships included; each "
            + "person listed counts as a read and is audited.")
    @APIResponse(responseCode = "200", description = "The memberships",
            content = @Content(schema = @Schema(implementation = MembershipView.class, type = SchemaType.ARRAY)))
    public List<MembershipView> members(@PathParam("poolId") UUID poolId) {
        return service.members(poolId);
    }

    @POST
    @Path("/{poolId}/members")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Nominate a person", description = "Role forum-lead of the owning forum, for a person "
            + "you may see.")
    @APIResponse(responseCode = "201", description = "Nominated",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "403", description = "The pool is another forum's")
    @APIResponse(responseCode = "409", description = "The person is already in the pool")
    public Response nominate(@PathParam("poolId") UUID poolId,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid Nomination request) {
        return idempotent.execute(caller.id(), idempotencyKey, request,
                () -> Response.status(Response.Status.CREATED).entity(service.nominate(poolId, request)).build());
    }

    @POST
    @Path("/{poolId}/members/{personRef}/status")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Move a membership on", description = "Role forum-lead of the owning forum. nominated → "
            + "accepted → active → exited; an exit needs a reason that fits the state it leaves.")
    @APIResponse(responseCode = "200", description = "Moved on",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "403", description = "The pool is another forum's")
    @APIResponse(responseCode = "409", description = "Not allowed from the membership's current status")
    public Response change(@PathParam("poolId") UUID poolId, @PathParam("personRef") @PersonRef String personRef,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid MembershipChange request) {
        return idempotent.execute(caller.id(), idempotencyKey, request,
                () -> Response.ok(service.change(poolId, personRef, request)).build());
    }
}
