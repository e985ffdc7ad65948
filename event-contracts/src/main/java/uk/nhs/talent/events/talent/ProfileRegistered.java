package uk.nhs.talent.events.talent;

import uk.nhs.talent.events.EventTypes;

/** A talent profile was created, e.g. when a person joins the pipeline. Subject: the personRef. */
public record ProfileRegistered(ProfileSnapshot profile) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_PROFILE_REGISTERED;
    }

    @Override
    public String subject() {
        return profile.personRef();
    }
}
