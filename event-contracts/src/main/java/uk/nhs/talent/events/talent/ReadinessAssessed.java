package uk.nhs.talent.events.talent;

import java.time.LocalDate;

import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A forum recorded how soon a person could take a role of {@code roleFamily}. Subject: the personRef.
 * No field is null.
 *
 * @param regionCode the region of the forum that assessed
 */
public record ReadinessAssessed(
        String personRef,
        String regionCode,
        RoleFamily roleFamily,
        Readiness readiness,
        LocalDate assessedOn) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_READINESS_ASSESSED;
    }

    @Override
    public String subject() {
        return personRef;
    }
}
