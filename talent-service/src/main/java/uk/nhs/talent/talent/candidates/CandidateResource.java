package uk.nhs.talent.talent.candidates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.paging.KeysetPage;
import uk.nhs.talent.commons.paging.KeysetRequest;
import uk.nhs.talent.commons.security.Roles;

/** The forum's candidate search. Only translates HTTP. */
@Path("/candidates")
@Tag(name = "Candidates", description = "Roles: forum-member, forum-lead. The consented people of your region "
        + "and those who would move into it; each person listed counts as a read and is audited.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.FORUM_MEMBER, Roles.FORUM_LEAD })
public class CandidateResource {

    private final CandidateSearch search;

    public CandidateResource(CandidateSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search candidates", description = "Roles forum-member, forum-lead. Predefined filters, "
            + "sorted by name or updatedAt, keyset paged (pass `next` as `after`), with the total.")
    public KeysetPage<CandidateView> search(@BeanParam @Valid CandidateFilter filter,
            @BeanParam @Valid KeysetRequest page) {
        return search.search(filter, page);
    }
}
