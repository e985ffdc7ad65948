package uk.nhs.talent.diversity.stages;

/**
 * The pipeline stages figures are published for, each reached by an event: a pool membership becoming accepted
 * or active, a readiness assessment of "ready now", a shortlisting, an appointment, and an appointment to a board
 * post (also counted as an appointment). The constant names are the JSON values.
 */
public enum Stage {
    IN_POOL, READY_NOW, SHORTLISTED, APPOINTED, ON_BOARD
}
