package uk.nhs.talent.events;

import java.util.Set;

/**
 * CloudEvent {@code type} values, {@code uk.nhs.talent.<aggregate>.<event>.v<N>}.
 * Each has a payload class and a JSON Schema at {@code schemas/<type>.json}.
 */
public final class EventTypes {

    private static final String VACANCY = "uk.nhs.talent.vacancy.";
    private static final String TALENT = "uk.nhs.talent.talent.";
    private static final String SLSF = "uk.nhs.talent.slsf.";

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

    /** A talent profile was created (subject: personRef). */
    public static final String TALENT_PROFILE_REGISTERED = TALENT + "profile-registered.v1";
    /** A talent profile changed (subject: personRef). */
    public static final String TALENT_PROFILE_UPDATED = TALENT + "profile-updated.v1";
    /** A forum recorded how soon a person could take a role (subject: personRef). */
    public static final String TALENT_READINESS_ASSESSED = TALENT + "readiness-assessed.v1";
    /** A forum placed a person on the nine-box grid (subject: personRef). */
    public static final String TALENT_NINE_BOX_PLACED = TALENT + "nine-box-placed.v1";
    /** A person's membership of a talent pool changed (subject: personRef). */
    public static final String TALENT_POOL_MEMBERSHIP_CHANGED = TALENT + "pool-membership-changed.v1";
    /** A person was nominated as a successor for a key post (subject: keyPostId). */
    public static final String TALENT_SUCCESSOR_NOMINATED = TALENT + "successor-nominated.v1";
    /** A nominated successor was taken off a key post's plan (subject: keyPostId). */
    public static final String TALENT_SUCCESSOR_REMOVED = TALENT + "successor-removed.v1";
    /** A key post's succession plan was endorsed (subject: keyPostId). */
    public static final String TALENT_PLAN_ENDORSED = TALENT + "plan-endorsed.v1";
    /** Pipeline candidates were matched and ranked for a vacancy (subject: vacancyId). */
    public static final String TALENT_CANDIDATES_MATCHED = TALENT + "candidates-matched.v1";
    /** A person was erased; every service forgets the personRef (subject: personRef). */
    public static final String TALENT_PERSON_ERASED = TALENT + "person-erased.v1";

    /** Every type published on {@link Topics#TALENT_EVENTS}. */
    public static final Set<String> ALL_TALENT = Set.of(
            TALENT_PROFILE_REGISTERED, TALENT_PROFILE_UPDATED, TALENT_READINESS_ASSESSED, TALENT_NINE_BOX_PLACED,
            TALENT_POOL_MEMBERSHIP_CHANGED, TALENT_SUCCESSOR_NOMINATED, TALENT_SUCCESSOR_REMOVED,
            TALENT_PLAN_ENDORSED, TALENT_CANDIDATES_MATCHED, TALENT_PERSON_ERASED);

    /** The national supply-and-demand figures as of a date (subject: the date), for the SLSF. */
    public static final String SLSF_SUPPLY_DEMAND_SNAPSHOT = SLSF + "supply-demand-snapshot.v1";

    /** Every type published on {@link Topics#SLSF_SNAPSHOTS}. */
    public static final Set<String> ALL_SLSF = Set.of(SLSF_SUPPLY_DEMAND_SNAPSHOT);

    private EventTypes() {
    }
}
