package uk.nhs.talent.talent.pools;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.ExitReason;
import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** Pools and memberships as the API shows them; mapped from the entities in one place. */
public final class PoolViews {

    private PoolViews() {
    }

    @Schema(name = "Pool")
    public record PoolView(UUID id, long version, String name, String description, PoolScope scope,
            String regionCode, String icbCode, String owningForum, RoleFamily targetRoleFamily, Level targetLevel,
            @Schema(description = "Members not exited") long openMemberships) {

        static PoolView of(TalentPool p, long openMemberships) {
            return new PoolView(p.id, p.version, p.name, p.description, p.scope, p.regionCode, p.icbCode,
                    p.owningForum, p.targetRoleFamily, p.targetLevel, openMemberships);
        }
    }

    @Schema(name = "Membership")
    public record MembershipView(UUID poolId, String personRef, long version, MembershipStatus status,
            ExitReason exitReason, LocalDate nominatedOn, LocalDate changedOn) {

        static MembershipView of(PoolMembership m) {
            return new MembershipView(m.poolId, m.personRef, m.version, m.status, m.exitReason, m.nominatedOn,
                    m.changedOn);
        }
    }
}
