package uk.nhs.talent.events.talent;

import java.time.LocalDate;
import java.util.UUID;

import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A person's membership of a talent pool changed: nominated, accepted, active or exited.
 * Subject: the personRef. {@code poolScope}, {@code regionCode}, {@code roleFamily} and {@code level}
 * describe the pool.
 *
 * @param regionCode the pool's region; null exactly when the pool is {@link PoolScope#NATIONAL}
 * @param exitReason why the membership ended; null exactly when {@code status} is not {@link MembershipStatus#EXITED}
 */
public record PoolMembershipChanged(
        UUID poolId,
        String personRef,
        PoolScope poolScope,
        String regionCode,
        RoleFamily roleFamily,
        Level level,
        MembershipStatus status,
        ExitReason exitReason,
        LocalDate changedOn) implements TalentEvent {

    @Override
    public String type() {
        return EventTypes.TALENT_POOL_MEMBERSHIP_CHANGED;
    }

    @Override
    public String subject() {
        return personRef;
    }
}
