package uk.nhs.talent.talent.profiles;

import java.util.Optional;

/**
 * Who may see and change which profiles, as plain rules. A forum member or lead sees a person who consented to
 * share with forums and lives in, or would move to, the forum's region; a forum lead changes and assesses only
 * people of their own region; a platform admin reaches everyone. Anything else is "not found", never
 * "forbidden", so that nobody learns that a person exists.
 */
public record ProfileAccess(boolean platformAdmin, boolean forumLead, boolean forumMember, Optional<String> region) {

    public boolean canRead(TalentProfile profile) {
        return platformAdmin || ((forumLead || forumMember) && region.map(profile::visibleToForumOf).orElse(false));
    }

    public boolean canChange(TalentProfile profile) {
        return platformAdmin || (forumLead && canRead(profile) && region.get().equals(profile.regionCode));
    }

    /** A forum lead registers people of their own region; a platform admin anyone. */
    public boolean canRegisterIn(String regionCode) {
        return platformAdmin || (forumLead && region.map(regionCode::equals).orElse(false));
    }
}
