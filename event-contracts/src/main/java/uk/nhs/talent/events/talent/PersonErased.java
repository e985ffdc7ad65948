package uk.nhs.talent.events.talent;

import java.time.LocalDate;

import uk.nhs.talent.events.EventTypes;

/**
 * A person was erased from talent-service. Subject: the personRef. Every service that receives it
 * forgets that personRef, and figures computed afterwards no longer count them. No field is null.
 */
public record PersonErased(String personRef, LocalDate erasedOn) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_PERSON_ERASED;
    }

    @Override
    public String subject() {
        return personRef;
    }
}
