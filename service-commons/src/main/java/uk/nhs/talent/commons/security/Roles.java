package uk.nhs.talent.commons.security;

/** Realm roles of the talent-pipeline realm (ARCHITECTURE.md, "Identity and authorisation"). */
public final class Roles {

    public static final String FORUM_MEMBER = "forum-member";
    public static final String FORUM_LEAD = "forum-lead";
    public static final String HR_SYSTEM = "hr-system";
    public static final String NATIONAL_ANALYST = "national-analyst";
    /** The national SLSF officer who endorses or returns succession plans, and so sees the people in them. */
    public static final String SLSF_REVIEWER = "slsf-reviewer";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
