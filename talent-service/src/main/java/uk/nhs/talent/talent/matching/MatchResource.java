package uk.nhs.talent.talent.matching;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;

/** The open vacancies of the forum's region and the candidates proposed for each. Only translates HTTP. */
@Path("/open-vacancies")
@Tag(name = "Matching", description = "Roles: forum-member, forum-lead (vacancies of your region), platform-admin. "
        + "Ranked by readiness, level step, region or mobility, aspiration and programme; never by a protected "
        + "characteristic. Each person listed counts as a read.")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService service;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public MatchResource(MatchingService service, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Open vacancies of your region", description = "Roles forum-member, forum-lead, "
            + "platform-admin. As learnt from vacancy-service's events; "
            + "newest first, paged.")
    public Page<OpenVacancyView> openVacancies(@BeanParam @Valid PageRequest page) {
        return service.openVacancies(page);
    }

    @GET
    @Path("/{vacancyId}/matches")
    @RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Candidates proposed for a vacancy", description = "Roles forum-member, forum-lead (your "
            + "region's vacancies), platform-admin. The top ten, best first, each with its "
            + "score out of 100 and the reasons that make it up; people you may no longer see are left out.")
    @APIResponse(responseCode = "200", description = "The proposed candidates",
            content = @Content(schema = @Schema(implementation = MatchView.class, type = SchemaType.ARRAY)))
    public List<MatchView> matches(@PathParam("vacancyId") UUID vacancyId) {
        return service.matches(vacancyId);
    }

    @POST
    @Path("/{vacancyId}/matches")
    @RolesAllowed({ Roles.FORUM_LEAD, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Rank the candidates again", description = "Role forum-lead (your region's open "
            + "vacancies), platform-admin. A vacancy is ranked when it is first learnt; people registered, assessed "
            + "or given consent since then join the ranking only when a lead asks for it again. The new ranking "
            + "replaces the old one and is published for the adverse-impact audit.")
    @APIResponse(responseCode = "200", description = "The candidates now proposed",
            content = @Content(schema = @Schema(implementation = MatchView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "409", description = "The vacancy is no longer open")
    public Response rankAgain(@PathParam("vacancyId") UUID vacancyId,
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey) {
        return idempotent.execute(caller.id(), idempotencyKey, vacancyId,
                () -> Response.ok(service.rankAgain(vacancyId)).build());
    }
}
