package uk.nhs.talent.events.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.nhs.talent.events.EventTypes;

/**
 * A key post's succession plan was endorsed (by the SLSF reviewer). Subject: the key post id.
 * No field is null.
 *
 * @param orgCode     ODS code of the organisation that holds the key post
 * @param regionCode  the key post's region
 * @param planVersion the version of the plan that was endorsed; increases with every change to the plan
 * @param successors  the plan's successors as endorsed; empty if it names none
 */
public record PlanEndorsed(
        UUID keyPostId,
        String orgCode,
        String regionCode,
        long planVersion,
        LocalDate endorsedOn,
        List<PlanSuccessor> successors) implements TalentEvent {

    public PlanEndorsed {
        // Immutable, so a published event cannot change under a consumer.
        successors = successors == null ? null : List.copyOf(successors);
    }

    @Override
    public String type() {
        return EventTypes.TALENT_PLAN_ENDORSED;
    }

    @Override
    public String subject() {
        return keyPostId.toString();
    }
}
