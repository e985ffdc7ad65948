package uk.nhs.talent.talent.pools;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.ExitReason;
import uk.nhs.talent.events.talent.MembershipStatus;

/** One person's membership of one pool, moved on only as {@link PoolMembershipLifecycle} allows. */
@Entity
@Table(name = "pool_membership")
public class PoolMembership {

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "pool_id", nullable = false)
    public UUID poolId;
    @Column(name = "person_ref", nullable = false)
    public String personRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    public ExitReason exitReason;
    @Column(name = "nominated_on", nullable = false)
    public LocalDate nominatedOn;
    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;
    @Column(name = "changed_by", nullable = false)
    public String changedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static PoolMembership nominate(UUID id, UUID poolId, String personRef, LocalDate on, String by,
            OffsetDateTime now) {
        PoolMembership membership = new PoolMembership();
        membership.id = id;
        membership.poolId = poolId;
        membership.personRef = personRef;
        membership.status = MembershipStatus.NOMINATED;
        membership.nominatedOn = on;
        membership.changedOn = on;
        membership.changedBy = by;
        membership.updatedAt = now;
        return membership;
    }

    /** Moves the membership on; every check comes before any change. */
    public void moveTo(MembershipStatus next, ExitReason reason, LocalDate on, String by, OffsetDateTime now) {
        if (next == MembershipStatus.EXITED) {
            PoolMembershipLifecycle.requireExitReason(status, reason);
        } else {
            PoolMembershipLifecycle.requireTransition(status, next);
            if (reason != null) {
                throw ApiProblem.invalidField("exitReason", "is only for an exit");
            }
        }
        if (on.isBefore(changedOn)) {
            throw ApiProblem.invalidField("on", "must not be before the last change (" + changedOn + ")");
        }
        status = next;
        exitReason = reason;
        changedOn = on;
        changedBy = by;
        updatedAt = now;
    }

    public boolean isOpen() {
        return status != MembershipStatus.EXITED;
    }
}
