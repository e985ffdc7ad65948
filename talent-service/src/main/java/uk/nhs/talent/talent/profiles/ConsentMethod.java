package uk.nhs.talent.talent.profiles;

/** How a person gave (or refused) consent to share their profile. */
public enum ConsentMethod {
    CAREER_CONVERSATION, ONLINE_FORM, WRITTEN, COHORT_IMPORT
}
