package uk.nhs.talent.events.talent;

import java.time.LocalDate;

import uk.nhs.talent.events.EventTypes;

/**
 * A forum placed a person on the nine-box grid at a talent review. Subject: the personRef.
 * No field is null.
 *
 * @param regionCode  the region of the forum that reviewed
 * @param performance 1 (low) to 3 (high)
 * @param potential   1 (low) to 3 (high)
 */
public record NineBoxPlaced(
        String personRef,
        String regionCode,
        int performance,
        int potential,
        LocalDate reviewedOn) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_NINE_BOX_PLACED;
    }

    @Override
    public String subject() {
        return personRef;
    }
}
