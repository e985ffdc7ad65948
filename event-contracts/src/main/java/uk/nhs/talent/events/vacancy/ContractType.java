package uk.nhs.talent.events.vacancy;

/** How the post is held. The constant names are the JSON values. */
public enum ContractType {
    SUBSTANTIVE, INTERIM, FIXED_TERM
}
