package uk.nhs.talent.gateway.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import uk.nhs.talent.commons.security.Roles;

/** Projections of the senior pipeline. Only translates HTTP; nothing is stored. */
@Path("/reports/pipeline/projections")
@Tag(name = "Pipeline projections", description = "Role national-analyst. A stock-and-flow (Markov) model of the "
        + "pipeline per region × role family, from the pipeline as it stands and its recent history")
@RolesAllowed(Roles.NATIONAL_ANALYST)
public class ProjectionResource {

    private final PipelineProjections projections;

    public ProjectionResource(PipelineProjections projections) {
        this.projections = projections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Project the pipeline", description = "Role national-analyst. Starts from the people in "
            + "the pool by readiness now, estimates each region × role family's annual rates (development 3+ → 1–2 "
            + "years → ready now, appointment, exit) from the last years of history (stated defaults where a state "
            + "has under 20 person-years), and projects year by year: expected ready-now supply against expected "
            + "vacancies (open now and key posts falling vacant, then the configured turnover), ready now per "
            + "vacancy (as in the supply-demand report) and the gap, each with a 5th–95th percentile band from 500 "
            + "seeded runs over the rates' uncertainty (the same request gives the same answer). The scenario is "
            + "shown beside the baseline. The history is read ahead (historyReadAt says when). Nothing about an "
            + "individual is used or shown.")
    @APIResponse(responseCode = "200", description = "Baseline and scenario side by side")
    @APIResponse(responseCode = "503", description = "The pipeline's supply cannot be read now: nothing to project "
            + "from")
    public Uni<ProjectionAnswer> project(@NotNull @Valid ProjectionRequest request) {
        return projections.project(request);
    }
}
