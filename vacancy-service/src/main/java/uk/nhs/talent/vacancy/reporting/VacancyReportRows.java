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
    public record CandidatesPerVacancy(String regionCode, RoleFamily roleFamily, long vacancies,
            BigDecimal meanApplicants,
            @Schema(description = "Qualified (shortlisted) candidates per vacancy") BigDecimal meanShortlisted) {
    }

    @Schema(name = "RouteShare", description = "Vacancies opened in the period, by recruitment route")
    public record RouteShare(RecruitmentRoute recruitmentRoute, long vacancies, long filled,
            @Schema(description = "Share of all vacancies opened in the period, 0 to 1") BigDecimal share) {
    }
}
