package uk.nhs.talent.vacancy.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.CandidatesPerVacancy;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.OpenVacancies;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.RouteShare;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.TimeToFill;

/** National vacancy aggregates for SLSF analysts: counts and durations of posts, never a person. */
@Path("/reports/vacancies")
@Tag(name = "Vacancy reports", description = "Role: national-analyst. Aggregates only")
@RolesAllowed(Roles.NATIONAL_ANALYST)
@Produces(MediaType.APPLICATION_JSON)
public class VacancyReportResource {

    private static final String REGION = "Y5[6-9]|Y6[0-3]";
    private static final String REGION_MESSAGE = "must be an NHS England region code, Y56 to Y63";

    private final VacancyReportRepository reports;

    public VacancyReportResource(VacancyReportRepository reports) {
        this.reports = reports;
    }

    @GET
    @Path("/open")
    @Operation(summary = "Open vacancies by region × role family × level", description = "Role national-analyst.")
    public List<OpenVacancies> open(
            @QueryParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region) {
        return reports.open(region);
    }

    @GET
    @Path("/time-to-fill")
    @Operation(summary = "Time to fill (median, p90) of vacancies filled in the period, by region and for England",
            description = "Role national-analyst.")
    public List<TimeToFill> timeToFill(
            @QueryParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region,
            @Parameter(description = "Filled on or after") @QueryParam("from") LocalDate from,
            @Parameter(description = "Filled on or before") @QueryParam("to") LocalDate to) {
        requireOrdered(from, to);
        return reports.timeToFill(region, from, to);
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "Applicants and qualified (shortlisted) candidates per vacancy, by region × role family",
            description = "Role national-analyst.")
    public List<CandidatesPerVacancy> candidates(
            @QueryParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region,
            @Parameter(description = "Shortlisted on or after") @QueryParam("from") LocalDate from,
            @Parameter(description = "Shortlisted on or before") @QueryParam("to") LocalDate to) {
        requireOrdered(from, to);
        return reports.candidates(region, from, to);
    }

    @GET
    @Path("/routes")
    @Operation(summary = "Share of vacancies by recruitment route", description = "Role national-analyst.")
    public List<RouteShare> routes(
            @QueryParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region,
            @Parameter(description = "Opened on or after") @QueryParam("from") LocalDate from,
            @Parameter(description = "Opened on or before") @QueryParam("to") LocalDate to) {
        requireOrdered(from, to);
        return reports.routes(region, from, to);
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
    }
}
