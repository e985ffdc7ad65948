package uk.nhs.talent.events.vacancy;

/** The kind of senior role; drives pipeline matching and reporting. The constant names are the JSON values. */
public enum RoleFamily {
    CHIEF_EXECUTIVE, FINANCE, MEDICAL, NURSING, OPERATIONS, PEOPLE, STRATEGY, DIGITAL, ESTATES, GOVERNANCE, CHAIR, NON_EXECUTIVE, OTHER
}
