package uk.nhs.talent.events.talent;

import java.util.UUID;

import uk.nhs.talent.events.EventTypes;

/**
 * A nominated successor was taken off a key post's succession plan. Subject: the key post id.
 *
 * @param orgCode    ODS code of the organisation that holds the key post
 * @param regionCode the key post's region
 * @param readiness  the successor's last readiness for the post; null if none was recorded
 */
public record SuccessorRemoved(
        UUID keyPostId,
        String orgCode,
        String regionCode,
        String personRef,
        Readiness readiness) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_SUCCESSOR_REMOVED;
    }

    @Override
    public String subject() {
        return keyPostId.toString();
    }
}
