package uk.nhs.talent.vacancy.vacancies;

import java.time.LocalDate;

import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** The descriptive part of a vacancy that its HR system sets and may revise. */
public record VacancyDetails(String title, RoleFamily roleFamily, Level level, boolean boardPost,
        ContractType contractType, RecruitmentRoute recruitmentRoute, LocalDate openedOn, LocalDate closingOn) {
}
