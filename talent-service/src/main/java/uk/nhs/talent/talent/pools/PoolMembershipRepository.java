package uk.nhs.talent.talent.pools;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.events.talent.MembershipStatus;

@ApplicationScoped
public class PoolMembershipRepository implements PanacheRepositoryBase<PoolMembership, UUID> {

    public Optional<PoolMembership> open(UUID poolId, String personRef) {
        return find("poolId = ?1 and personRef = ?2 and status <> ?3", poolId, personRef, MembershipStatus.EXITED)
                .firstResultOptional();
    }

    public List<PoolMembership> of(UUID poolId) {
        return list("poolId", Sort.by("nominatedOn").and("personRef"), poolId);
    }

    public List<PoolMembership> openOf(String personRef) {
        return list("personRef = ?1 and status <> ?2", personRef, MembershipStatus.EXITED);
    }

    public long countOpen(UUID poolId) {
        return count("poolId = ?1 and status <> ?2", poolId, MembershipStatus.EXITED);
    }
}
