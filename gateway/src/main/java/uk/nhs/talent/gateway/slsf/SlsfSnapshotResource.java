package uk.nhs.talent.gateway.slsf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.persistence.paging.PanachePages;

/** The SLSF feed over REST: the snapshots published on slsf.snapshots.v1, as published. Only translates HTTP. */
@Path("/slsf/snapshots")
@Tag(name = "SLSF supply-and-demand feed", description = "Role national-analyst (platform-admin to take one "
        + "now). The national supply-and-demand snapshots published on Kafka topic slsf.snapshots.v1, byte for "
        + "byte. Aggregates only")
@Blocking
public class SlsfSnapshotResource {

    private static final String CLOUD_EVENT = CloudEventCodec.STRUCTURED_CONTENT_TYPE;

    private final SlsfSnapshotRepository snapshots;
    private final SlsfSnapshots taking;

    public SlsfSnapshotResource(SlsfSnapshotRepository snapshots, SlsfSnapshots taking) {
        this.snapshots = snapshots;
        this.taking = taking;
    }

    @GET
    @Path("/latest")
    @RolesAllowed(Roles.NATIONAL_ANALYST)
    @Produces(CLOUD_EVENT)
    @Operation(summary = "The latest snapshot", description = "Role national-analyst. The structured CloudEvent "
            + "(type uk.nhs.talent.slsf.supply-demand-snapshot.v1) exactly as published on slsf.snapshots.v1.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(mediaType = CLOUD_EVENT,
            schema = @Schema(implementation = PublishedSnapshot.class)))
    @APIResponse(responseCode = "404", description = "No snapshot has been taken yet")
    public Response latest() {
        return snapshots.latest().map(SlsfSnapshotResource::asPublished)
                .orElseThrow(() -> ApiProblem.notFound("No SLSF snapshot has been taken yet"));
    }

    @GET
    @Path("/{referenceDate}")
    @RolesAllowed(Roles.NATIONAL_ANALYST)
    @Produces(CLOUD_EVENT)
    @Operation(summary = "The snapshot of a date", description = "Role national-analyst. The last snapshot taken "
            + "as of that day, as published.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(mediaType = CLOUD_EVENT,
            schema = @Schema(implementation = PublishedSnapshot.class)))
    @APIResponse(responseCode = "404", description = "No snapshot as of that date")
    public Response asOf(@PathParam("referenceDate") @Parameter(description = "YYYY-MM-DD", example = "2026-12-01")
            LocalDate referenceDate) {
        return snapshots.latestFor(referenceDate).map(SlsfSnapshotResource::asPublished)
                .orElseThrow(() -> ApiProblem.notFound("No SLSF snapshot as of " + referenceDate));
    }

    @GET
    @RolesAllowed(Roles.NATIONAL_ANALYST)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The feed's history", description = "Role national-analyst. Snapshots newest first, "
            + "optionally between two reference dates; each with its data's SHA-256, so unchanged figures show.")
    public Page<SnapshotSummary> history(
            @QueryParam("from") @Parameter(description = "First reference date (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last reference date (YYYY-MM-DD)") LocalDate to,
            @BeanParam @Valid PageRequest page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        return PanachePages.of(snapshots.between(from, to), page, SnapshotSummary::of);
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a snapshot now", description = "Role platform-admin. Takes and publishes a snapshot "
            + "outside the schedule (after a service was down at the scheduled time, say).")
    @APIResponse(responseCode = "201", description = "Taken and published; Location is the snapshot of its date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SnapshotSummary.class)))
    public Response takeNow() {
        SlsfSnapshot taken = taking.takeNow();
        return Response.created(URI.create("/slsf/snapshots/" + taken.referenceDate))
                .entity(SnapshotSummary.of(taken)).build();
    }

    private static Response asPublished(SlsfSnapshot snapshot) {
        return Response.ok(snapshot.event.getBytes(StandardCharsets.UTF_8), CLOUD_EVENT).build();
    }
}
