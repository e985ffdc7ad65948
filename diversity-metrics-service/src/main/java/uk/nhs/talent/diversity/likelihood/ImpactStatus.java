package uk.nhs.talent.diversity.likelihood;

/** Whether a group could be assessed under the {@link FourFifthsRule}. */
public enum ImpactStatus {

    /** The group's impact ratio was computed. */
    ASSESSED,

    /** The group had no candidates considered, so it has no selection rate. */
    EMPTY_GROUP,

    /**
     * Nobody in any group was selected, so there is no highest selection rate to compare with.
     */
    NO_SELECTIONS_IN_ANY_GROUP,

    /**
     * Not assessed by {@link AdverseImpact}: a count behind it is suppressed in the published tables, or it or
     * the number not selected is at or below the disclosure threshold. Never returned by {@link FourFifthsRule}.
     */
    SUPPRESSED
}
