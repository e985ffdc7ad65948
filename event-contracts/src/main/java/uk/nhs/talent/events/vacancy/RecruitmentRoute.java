package uk.nhs.talent.events.vacancy;

/** How the post is being filled. The constant names are the JSON values. */
public enum RecruitmentRoute {
    INTERNAL_PIPELINE, OPEN_ADVERT, EXECUTIVE_SEARCH_AGENCY, INTERIM_AGENCY
}
