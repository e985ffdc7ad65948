package uk.nhs.talent.talent.succession;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SuccessionNominationRepository implements PanacheRepositoryBase<SuccessionNomination, UUID> {

    public List<SuccessionNomination> currentOf(UUID keyPostId) {
        return list("keyPostId = ?1 and removedAt is null", Sort.by("nominatedOn").and("personRef"), keyPostId);
    }

    public List<SuccessionNomination> currentOf(Collection<UUID> keyPostIds) {
        return keyPostIds.isEmpty() ? List.of()
                : list("keyPostId in ?1 and removedAt is null", Sort.by("keyPostId").and("personRef"), keyPostIds);
    }

    public Optional<SuccessionNomination> current(UUID keyPostId, String personRef) {
        return find("keyPostId = ?1 and personRef = ?2 and removedAt is null", keyPostId, personRef)
                .firstResultOptional();
    }

    /** For each person, how many key posts nationally they are currently nominated for. */
    public Map<String, Integer> nationalNominations(Collection<String> personRefs) {
        if (personRefs.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                select n.personRef, count(n) from SuccessionNomination n
                where n.personRef in :refs and n.removedAt is null group by n.personRef""", Object[].class)
                .setParameter("refs", personRefs).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
    }
}
