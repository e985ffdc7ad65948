package uk.nhs.talent.vacancy.vacancies;

import static uk.nhs.talent.events.vacancy.VacancyStatus.FILLED;
import static uk.nhs.talent.events.vacancy.VacancyStatus.INTERVIEWING;
import static uk.nhs.talent.events.vacancy.VacancyStatus.OFFERED;
import static uk.nhs.talent.events.vacancy.VacancyStatus.OPEN;
import static uk.nhs.talent.events.vacancy.VacancyStatus.SHORTLISTING;
import static uk.nhs.talent.events.vacancy.VacancyStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/**
 * The vacancy state machine: open → shortlisting → interviewing → offered → filled, and withdrawn from any
 * state that is not final. Anything else is a 409 conflict.
 */
public final class VacancyLifecycle {

    private static final Map<VacancyStatus, Set<VacancyStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(SHORTLISTING, WITHDRAWN),
            SHORTLISTING, EnumSet.of(INTERVIEWING, WITHDRAWN),
            INTERVIEWING, EnumSet.of(OFFERED, WITHDRAWN),
            OFFERED, EnumSet.of(FILLED, WITHDRAWN),
            FILLED, EnumSet.noneOf(VacancyStatus.class),
            WITHDRAWN, EnumSet.noneOf(VacancyStatus.class));

    private VacancyLifecycle() {
    }

    public static boolean allows(VacancyStatus from, VacancyStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void requireTransition(VacancyStatus from, VacancyStatus to) {
        if (!allows(from, to)) {
            throw ApiProblem.illegalTransition("A vacancy that is " + from + " cannot become " + to
                    + (NEXT.get(from).isEmpty() ? "" : "; it can become " + NEXT.get(from)));
        }
    }

    /** A date that must not come before an earlier milestone (when that milestone is known). */
    public static void requireNotBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw ApiProblem.invalidField(field, "must not be before " + earlierField + " (" + earlier + ")");
        }
    }
}
