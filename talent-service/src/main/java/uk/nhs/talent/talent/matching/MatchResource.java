package uk.nhs.talent.talent.matching;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Roles;

/** The open vacancies of the forum's region and the candidates proposed for each. Only translates HTTP. */
@Path("/open-vacancies")
@Tag(name = "Matching", description = "Roles: forum-member, forum-lead (vacancies of your region), platform-admin. "
        + "Ranked by readiness, level step, region or mobility, aspiration and programme; never by a protected "
        + "characteristic. Each person listed counts as a read.")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService service;

    public MatchResource(MatchingService service) {
        this.service = service;
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
}
