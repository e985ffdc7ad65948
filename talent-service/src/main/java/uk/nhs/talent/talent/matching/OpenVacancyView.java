package uk.nhs.talent.talent.matching;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.talent.vacancies.Vacancy;

/** An open senior vacancy as a forum sees it in talent-service (vacancy-service owns it). */
@Schema(name = "OpenVacancy")
public record OpenVacancyView(UUID id, String orgCode, String icbCode, String regionCode, String title,
        RoleFamily roleFamily, Level level, boolean boardPost, VacancyStatus status, LocalDate openedOn,
        LocalDate closingOn) {

    static OpenVacancyView of(Vacancy v) {
        return new OpenVacancyView(v.id, v.orgCode, v.icbCode, v.regionCode, v.title, v.roleFamily, v.level,
                v.boardPost, v.status, v.openedOn, v.closingOn);
    }
}
