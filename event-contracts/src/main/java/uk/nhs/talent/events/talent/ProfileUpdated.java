package uk.nhs.talent.events.talent;

import uk.nhs.talent.events.EventTypes;

/** A talent profile changed, including consent to share. Subject: the personRef. */
public record ProfileUpdated(ProfileSnapshot profile) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_PROFILE_UPDATED;
    }

    @Override
    public String subject() {
        return profile.personRef();
    }
}
