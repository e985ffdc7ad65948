package uk.nhs.talent.diversity.likelihood;

/**
 * Why a relative likelihood was not computed or must not be reported.
 *
 * <p>When several apply, {@link RelativeLikelihoods#of(GroupOutcome, GroupOutcome, long, double)}
 * reports the first in this order: {@link #EMPTY_GROUP}; {@link #SUPPRESSED_SMALL_GROUP} because a
 * group's <em>considered</em> count is at or below the threshold; {@link
 * #NO_SELECTIONS_IN_EITHER_GROUP}, {@link #NO_SELECTIONS_IN_REFERENCE} or {@link
 * #NO_SELECTIONS_IN_FOCAL}; {@link #SUPPRESSED_SMALL_GROUP} because a non-zero <em>selected</em>
 * count is at or below the threshold; {@link #SUPPRESSED_SMALL_GROUP} because a group's number
 * <em>not</em> selected is at or below the threshold. So the outcome of a small group is never
 * revealed, not even as "nobody in it was selected" or "all but three of them were selected".
 * {@link #SUPPRESSED} is set by the caller, before any arithmetic, when a count cannot be derived
 * from the published figures at all.
 */
public enum NotComputableReason {

    /** A group had no candidates considered, so it has no selection rate. */
    EMPTY_GROUP,

    /**
     * At least one of the six counts (considered, selected and not selected, for both groups) is at
     * or below the disclosure threshold, so the ratio is withheld.
     */
    SUPPRESSED_SMALL_GROUP,

    /**
     * A count behind the ratio cannot be derived from the published (disclosure-controlled) figures,
     * because a figure it needs is suppressed; a ratio would reveal what the tables withhold.
     */
    SUPPRESSED,

    /** Neither group had anyone selected: the ratio would be 0/0. */
    NO_SELECTIONS_IN_EITHER_GROUP,

    /**
     * Nobody in the reference group was selected: the ratio is 0 and its log interval is undefined.
     */
    NO_SELECTIONS_IN_REFERENCE,

    /** Nobody in the focal group was selected: the ratio is undefined (division by zero). */
    NO_SELECTIONS_IN_FOCAL
}
