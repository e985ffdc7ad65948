package uk.nhs.talent.events.vacancy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The state of a vacancy after the change an event reports, so a consumer can
 * rebuild its view from the latest event alone. {@code version} increases with
 * every change: consumers ignore an event older than the version they hold.
 * Holds no person: people appear only as personRefs in the events that need them.
 *
 * @param filledOn         null until the vacancy is filled
 * @param applicantCount   null until applications close
 * @param shortlistedCount null until shortlisting is done
 */
public record VacancySnapshot(
        UUID vacancyId,
        long version,
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
        LocalDate filledOn,
        Integer applicantCount,
        Integer shortlistedCount) {
}
