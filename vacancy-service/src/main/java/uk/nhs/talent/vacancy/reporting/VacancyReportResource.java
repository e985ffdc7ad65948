package uk.nhs.talent.vacancy.reporting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.http.AggregateReport;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.Appointments;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.CandidatesPerVacancy;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.OpenVacancies;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.RouteShare;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.TimeToFill;

/** National vacancy aggregates for SLSF analysts: counts and durations of posts, never a person. */
@AggregateReport
@Path("/reports/vacancies")
@Tag(name = "Vacancy reports", description = "Role: national-analyst. Aggregates only")
@RolesAllowed(Roles.NATIONAL_ANALYST)
@Produces(MediaType.APPLICATION_JSON)
public class VacancyReportResource {

    private final VacancyReportRepository reports;

    public VacancyReportResource(VacancyReportRepository reports) {
        this.reports = reports;
    }

    @GET
    @Path("/open")
    @Operation(summary = "Open vacancies by region × role family × level",
            description = "Role national-analyst. The period filters the opening date.")
    public List<OpenVacancies> open(@BeanParam @Valid ReportFilter filter) {
        return reports.open(filter);
    }

    @GET
    @Path("/time-to-fill")
    @Operation(summary = "Time to fill (median, p90 in days), by region and for all of England",
            description = "Role national-analyst. The period filters the date filled; regionCode null is England.")
    public List<TimeToFill> timeToFill(@BeanParam @Valid ReportFilter filter) {
        return reports.timeToFill(filter);
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "Applicants and qualified (shortlisted) candidates per vacancy, by region × role family",
            description = "Role national-analyst. The period filters the shortlisting date. vacancies: vacancies "
                    + "shortlisted in the period; meanApplicants and meanShortlisted: people per vacancy, 2 decimals; "
                    + "shortlisted: the shortlisted candidates of those vacancies in all (a count of candidates, "
                    + "for exact weighted means over several rows).")
    public List<CandidatesPerVacancy> candidates(@BeanParam @Valid ReportFilter filter) {
        return reports.candidates(filter);
    }

    @GET
    @Path("/appointments")
    @Operation(summary = "Appointments (vacancies filled) by recruitment route, by region and for all of England",
            description = "Role national-analyst. The period filters the date filled (from and to inclusive). Each "
                    + "row counts vacancies: appointments, the vacancies filled in the period, and how many of them "
                    + "were filled through each recruitment route of the vacancy (internalPipeline, openAdvert, "
                    + "executiveSearchAgency, interimAgency; they add up to appointments). First regionCode null: all "
                    + "of England (the region's total when region is given), then one row per region with an "
                    + "appointment. Counts of posts only, no person.")
    @APIResponse(responseCode = "200", description = "England (regionCode null) first, then the regions by code",
            content = @Content(schema = @Schema(implementation = Appointments.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "region is not an NHS England region code, from or to is not "
            + "a date (YYYY-MM-DD), or to is before from")
    public List<Appointments> appointments(@BeanParam @Valid ReportFilter filter) {
        return reports.appointments(filter);
    }

    @GET
    @Path("/routes")
    @Operation(summary = "Share of vacancies by recruitment route",
            description = "Role national-analyst. The period filters the opening date.")
    public List<RouteShare> routes(@BeanParam @Valid ReportFilter filter) {
        return reports.routes(filter);
    }
}
