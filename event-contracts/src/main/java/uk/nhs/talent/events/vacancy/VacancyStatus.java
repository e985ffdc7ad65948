package uk.nhs.talent.events.vacancy;

/** Where a vacancy is in its life cycle. The constant names are the JSON values. */
public enum VacancyStatus {
    OPEN, SHORTLISTING, INTERVIEWING, OFFERED, FILLED, WITHDRAWN;

    /** A terminal vacancy receives no further events. */
    public boolean isTerminal() {
        return this == FILLED || this == WITHDRAWN;
    }
}
