package uk.nhs.talent.events.talent;

import java.util.UUID;

import uk.nhs.talent.events.EventTypes;

/**
 * A person was nominated as a successor for a key post. Subject: the key post id. No field is null.
 *
 * @param orgCode    ODS code of the organisation that holds the key post
 * @param regionCode the key post's region
 * @param readiness  how soon the successor could take the post
 */
public record SuccessorNominated(
        UUID keyPostId,
        String orgCode,
        String regionCode,
        String personRef,
        Readiness readiness) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_SUCCESSOR_NOMINATED;
    }

    @Override
    public String subject() {
        return keyPostId.toString();
    }
}
