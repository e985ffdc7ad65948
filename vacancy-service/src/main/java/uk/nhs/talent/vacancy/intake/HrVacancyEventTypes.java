package uk.nhs.talent.vacancy.intake;

/**
 * The CloudEvent types HR systems send to {@code /vacancy-events}. Their {@code data} is the body of the matching
 * REST operation; {@code subject} is the vacancy id, except for {@link #OPENED}.
 */
public final class HrVacancyEventTypes {

    private static final String PREFIX = "uk.nhs.talent.hr.vacancy.";

    public static final String OPENED = PREFIX + "opened.v1";
    public static final String UPDATED = PREFIX + "updated.v1";
    public static final String APPLICATIONS_CLOSED = PREFIX + "applications-closed.v1";
    public static final String SHORTLISTED = PREFIX + "shortlisted.v1";
    public static final String OFFERED = PREFIX + "offered.v1";
    public static final String APPOINTED = PREFIX + "appointed.v1";
    public static final String WITHDRAWN = PREFIX + "withdrawn.v1";

    private HrVacancyEventTypes() {
    }
}
