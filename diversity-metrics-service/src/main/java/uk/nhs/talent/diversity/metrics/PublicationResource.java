package uk.nhs.talent.diversity.metrics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.diversity.periods.FinancialQuarter;

/**
 * Runs the quarterly publication now, so that an operator need not wait for the hourly check after a backfill or
 * an outage. It publishes exactly what the check would: quarters that are due and not yet published.
 */
@Path("/diversity-publications")
@Tag(name = "Diversity publication", description = "Role platform-admin. Publishing closed quarters' figures")
public class PublicationResource {

    @Schema(name = "PublicationRun", description = "The quarters this run published (none when nothing was due)")
    public record PublicationRun(
            @Schema(description = "Financial quarters, oldest first", example = "[\"2026-27-Q2\"]")
            List<String> published) {
    }

    private final QuarterPublication publication;

    public PublicationResource(QuarterPublication publication) {
        this.publication = publication;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish every due quarter now", description = "Role platform-admin. Publishes each closed "
            + "quarter whose publication delay has passed and that is not yet published, as the hourly check does; "
            + "a quarter already published is never recomputed, so running it again publishes nothing. Like the "
            + "check, it first waits (up to 2 minutes) for the read model to apply what is on its topics, and waits "
            + "behind a run in progress.")
    @APIResponse(responseCode = "200", description = "The quarters published by this run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationRun.class)))
    @APIResponse(responseCode = "503", description = "The read model is still being rebuilt: nothing published")
    @APIResponse(responseCode = "403", description = "Not platform-admin")
    public PublicationRun publish() throws InterruptedException {
        List<FinancialQuarter> published = publication.publishWhenCaughtUp().orElseThrow(() -> ApiProblem.of(
                ProblemType.UNAVAILABLE, "The read model is still applying its topics (a fresh start or a replay): "
                        + "nothing was published; try again later"));
        return new PublicationRun(published.stream().map(FinancialQuarter::toString).toList());
    }
}
