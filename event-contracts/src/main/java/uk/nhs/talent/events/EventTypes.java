package uk.nhs.talent.events;

import java.util.Set;

/**
 * CloudEvent {@code type} values, {@code uk.nhs.talent.<aggregate>.<event>.v<N>}.
 * Each has a payload class and a JSON Schema at {@code schemas/<type>.json}.
 */
public final class EventTypes {

    private static final String VACANCY = "uk.nhs.talent.vacancy.";

    public static final String VACANCY_OPENED = VACANCY + "opened.v1";
    public static final String VACANCY_UPDATED = VACANCY + "updated.v1";
    /** Applications closed: the advert has closed and shortlisting starts. */
    public static final String VACANCY_CLOSED = VACANCY + "closed.v1";
    public static final String VACANCY_SHORTLISTED = VACANCY + "shortlisted.v1";
    public static final String VACANCY_OFFERED = VACANCY + "offered.v1";
    public static final String VACANCY_APPOINTED = VACANCY + "appointed.v1";
    public static final String VACANCY_WITHDRAWN = VACANCY + "withdrawn.v1";

    /** Every type published on {@link Topics#VACANCY_EVENTS}. */
    public static final Set<String> ALL_VACANCY = Set.of(
            VACANCY_OPENED, VACANCY_UPDATED, VACANCY_CLOSED, VACANCY_SHORTLISTED,
            VACANCY_OFFERED, VACANCY_APPOINTED, VACANCY_WITHDRAWN);

    private EventTypes() {
    }
}
