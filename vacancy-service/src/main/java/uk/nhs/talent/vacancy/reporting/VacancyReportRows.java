package uk.nhs.talent.vacancy.reporting;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** Rows of the national vacancy aggregates. Counts of posts only: no person reference in any of them. */
public final class VacancyReportRows {

    private VacancyReportRows() {
    }

    @Schema(name = "OpenVacancies")
    public record OpenVacancies(String regionCode, RoleFamily roleFamily, Level level, long openVacancies) {
    }

    @Schema(name = "TimeToFill", description = "Days from opening to filling; regionCode null is all of England")
    public record TimeToFill(String regionCode, long filledVacancies, BigDecimal medianDays, BigDecimal p90Days) {
    }

    @Schema(name = "CandidatesPerVacancy", description = "Vacancies that reached shortlisting in the period")
    public record CandidatesPerVacancy(String regionCode, RoleFamily roleFamily,
            @Schema(description = "Vacancies shortlisted in the period") long vacancies,
            @Schema(description = "Mean applicants per vacancy, 2 decimals") BigDecimal meanApplicants,
            @Schema(description = "Qualified (shortlisted) candidates per vacancy, 2 decimals")
            BigDecimal meanShortlisted,
            @Schema(description = "Qualified (shortlisted) candidates over these vacancies, in all: unrounded, so that "
                    + "means over several rows can be weighted exactly (shortlisted ÷ vacancies)") long shortlisted) {
    }

    @Schema(name = "Appointments", description = "Vacancies filled in the period (appointments), by the "
            + "recruitment route of the vacancy; regionCode null is the total of the regions (all of England without a "
            + "region filter)")
    public record Appointments(String regionCode,
            @Schema(description = "Vacancies filled in the period; the sum of the four routes") long appointments,
            @Schema(description = "Filled through the internal talent pipeline") long internalPipeline,
            @Schema(description = "Filled through an open advert") long openAdvert,
            @Schema(description = "Filled through an executive search agency") long executiveSearchAgency,
            @Schema(description = "Filled through an interim agency") long interimAgency) {
    }

    @Schema(name = "RouteShare", description = "Vacancies opened in the period, by recruitment route")
    public record RouteShare(RecruitmentRoute recruitmentRoute, long vacancies, long filled,
            @Schema(description = "Share of all vacancies opened in the period, 0 to 1") BigDecimal share) {
    }
}
