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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.http.AggregateReport;
import uk.nhs.talent.commons.security.Roles;
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
            description = "Role national-analyst. The period filters the shortlisting date.")
    public List<CandidatesPerVacancy> candidates(@BeanParam @Valid ReportFilter filter) {
        return reports.candidates(filter);
    }

    @GET
    @Path("/routes")
    @Operation(summary = "Share of vacancies by recruitment route",
            description = "Role national-analyst. The period filters the opening date.")
    public List<RouteShare> routes(@BeanParam @Valid ReportFilter filter) {
        return reports.routes(filter);
    }
}
