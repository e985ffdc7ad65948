package uk.nhs.talent.vacancy.vacancies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/** A vacancy as its own organisation's HR system sees it. */
@Schema(name = "Vacancy")
public record VacancyView(
        UUID id,
        @Schema(description = "Also sent as the ETag") long version,
        String orgCode,
        String regionCode,
        String icbCode,
        String title,
        RoleFamily roleFamily,
        Level level,
        boolean boardPost,
        ContractType contractType,
        RecruitmentRoute recruitmentRoute,
        VacancyStatus status,
        LocalDate openedOn,
        LocalDate closingOn,
        LocalDate applicationsClosedOn,
        LocalDate shortlistedOn,
        LocalDate offeredOn,
        LocalDate filledOn,
        LocalDate withdrawnOn,
        Integer applicantCount,
        Integer shortlistedCount,
        List<String> shortlist,
        String appointee,
        Vacancy.WithdrawalReason withdrawalReason) {

    static VacancyView of(Vacancy v) {
        return new VacancyView(v.id, v.version, v.orgCode, v.regionCode, v.icbCode, v.title, v.roleFamily, v.level,
                v.boardPost, v.contractType, v.recruitmentRoute, v.status, v.openedOn, v.closingOn,
                v.applicationsClosedOn, v.shortlistedOn, v.offeredOn, v.filledOn, v.withdrawnOn, v.applicantCount,
                v.shortlistedCount(), List.copyOf(v.shortlist), v.appointee, v.withdrawalReason);
    }
}
