package uk.nhs.talent.talent.reporting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.http.AggregateReport;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.talent.reporting.TalentReportRows.CandidatesForOpenVacancies;
import uk.nhs.talent.talent.reporting.TalentReportRows.PoolSize;
import uk.nhs.talent.talent.reporting.TalentReportRows.Supply;

/** National talent aggregates for SLSF analysts: counts, never a person. Coverage is at /coverage. */
@AggregateReport
@Path("/reports/talent")
@Tag(name = "Talent reports", description = "Role: national-analyst. Aggregates only")
@RolesAllowed(Roles.NATIONAL_ANALYST)
@Produces(MediaType.APPLICATION_JSON)
public class TalentReportResource {

    private final TalentReportRepository reports;

    public TalentReportResource(TalentReportRepository reports) {
        this.reports = reports;
    }

    @GET
    @Path("/supply")
    @Operation(summary = "Supply by region × role family × level × readiness", description = "Role "
            + "national-analyst. People in the pipeline with a current readiness for the role family.")
    public List<Supply> supply() {
        return reports.supply();
    }

    @GET
    @Path("/pools")
    @Operation(summary = "Pool sizes by scope, region, target role family and level, and membership status")
    public List<PoolSize> pools() {
        return reports.pools();
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "Candidates proposed per open vacancy, by region × role family × level")
    public List<CandidatesForOpenVacancies> candidates() {
        return reports.candidatesForOpenVacancies();
    }
}
