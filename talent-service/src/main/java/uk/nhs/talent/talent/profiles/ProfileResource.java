package uk.nhs.talent.talent.profiles;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.http.ETags;
import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;

/** Talent profiles, for the regional talent management forums. Only translates HTTP. */
@Path("/profiles")
@Tag(name = "Profiles", description = "Roles: forum-member and forum-lead (their region's consented people, and "
        + "people who would move into it), platform-admin. Every read of a person is audited.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService service;
    private final Erasure erasure;
    private final CohortImport cohorts;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public ProfileResource(ProfileService service, Erasure erasure, CohortImport cohorts,
            IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.erasure = erasure;
        this.cohorts = cohorts;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Register a person", description = "Role forum-lead, for an organisation of your region "
            + "(platform-admin: any). talent-service issues the person's personRef.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "403", description = "The organisation is not of your region")
    public Response register(
            @Parameter(description = "Repeat-safe: a repeat with the same key returns the first response")
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid ProfileRequest request) {
        return idempotent.execute(caller.id(), idempotencyKey, request, () -> {
            ProfileView profile = service.register(request);
            return Response.created(URI.create("/profiles/" + profile.personRef()))
                    .tag(ETags.of(profile.version())).entity(profile).build();
        });
    }

    @GET
    @Path("/{personRef}")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Read a person's profile", description = "Roles forum-member, forum-lead (a consented "
            + "person of your region or willing to move into it), platform-admin. The read is audited.")
    @APIResponse(responseCode = "200", description = "The profile with its current assessments; ETag header set",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response get(@PathParam("personRef") @PersonRef String personRef) {
        ProfileView profile = service.get(personRef);
        return Response.ok(profile).tag(ETags.of(profile.version())).build();
    }

    @PUT
    @Path("/{personRef}")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Revise a person's profile", description = "Role forum-lead of the person's home region "
            + "(platform-admin: any). Requires If-Match. Withdrawn consent hides the person from every forum.")
    @APIResponse(responseCode = "200", description = "Revised; new ETag",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "403", description = "You may see the person but they are not of your region")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("personRef") @PersonRef String personRef, @BeanParam WriteHeaders headers,
            @NotNull @Valid ProfileRequest request) {
        return idempotent.execute(caller.id(), headers.idempotencyKey, request, () -> {
            ProfileView profile = service.revise(personRef, headers.requiredVersion(), request);
            return Response.ok(profile).tag(ETags.of(profile.version())).build();
        });
    }

    @POST
    @Path("/imports")
    @Consumes("text/csv")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Import a programme cohort", description = "Role platform-admin. CSV with one header row: "
            + "givenName, familyName, workEmail, orgCode, roleFamily, level, targetRoleFamilies, targetLevel, "
            + "mobilityRegions, programmes, shareWithForum, shareNationally, consentGivenOn, consentMethod, "
            + "lastCareerConversationOn; lists separated by ';'. At most 1,000 rows (and the 64 KiB body limit). "
            + "Each row is imported whole or refused with its fields; the report says which.")
    @APIResponse(responseCode = "200", description = "The report, row by row",
            content = @Content(schema = @Schema(implementation = CohortImport.Report.class)))
    public Response importCohort(@HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey, String csv) {
        return idempotent.execute(caller.id(), idempotencyKey, csv,
                () -> Response.ok(cohorts.run(csv)).build());
    }

    @DELETE
    @Path("/{personRef}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Erase a person", description = "Role platform-admin, on the person's request. Deletes "
            + "their personal data here and announces the erasure (person-erased on talent.events.v1), so that "
            + "every service forgets the personRef.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response erase(@PathParam("personRef") @PersonRef String personRef) {
        erasure.erase(personRef);
        return Response.noContent().build();
    }
}
