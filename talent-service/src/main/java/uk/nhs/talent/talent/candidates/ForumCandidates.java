package uk.nhs.talent.talent.candidates;

/**
 * The search table {@code forum_candidate} (migration V8), the one place that says whom a region's forum may see:
 * a row per consenting person × region they live in or would move into × role family, kept by the database from
 * profiles and readiness. The search and matching both read it.
 */
public final class ForumCandidates {

    /** The role family of the row that stands for "any role family". */
    public static final String ANY_ROLE_FAMILY = "*";
    /** The readiness of a row whose role family is aimed at but not assessed (and of the "any" row). */
    public static final String NOT_ASSESSED = "NONE";

    private ForumCandidates() {
    }
}
