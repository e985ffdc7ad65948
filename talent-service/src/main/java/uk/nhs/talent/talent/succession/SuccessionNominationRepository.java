package uk.nhs.talent.talent.succession;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.events.talent.Readiness;

@ApplicationScoped
public class SuccessionNominationRepository implements PanacheRepositoryBase<SuccessionNomination, UUID> {

    public List<SuccessionNomination> currentOf(UUID keyPostId) {
        return list("keyPostId = ?1 and removedAt is null", Sort.by("nominatedOn").and("personRef"), keyPostId);
    }

    public Optional<SuccessionNomination> current(UUID keyPostId, String personRef) {
        return find("keyPostId = ?1 and personRef = ?2 and removedAt is null", keyPostId, personRef)
                .firstResultOptional();
    }

    /** A current nomination for a key post of a scope, with the number of key posts its person has nationally. */
    public record InScope(UUID keyPostId, NominatedSuccessor successor, int nationalNominations) {
    }

    /**
     * The current nominations for the key posts of a region ({@code null}: of the whole country), each with its
     * person's national count, in one statement: coverage loads a scope's nominations in one query whatever the
     * number of posts, and binds no list of posts or people (a national run has 10,000 posts and more successors,
     * which an {@code in} list would send as as many parameters).
     */
    @SuppressWarnings("unchecked")
    public List<InScope> currentInScope(String regionCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select n.key_post_id, n.person_ref, n.readiness, n.readiness_assessed_on, n.national
                from (select s.key_post_id, s.person_ref, s.readiness, s.readiness_assessed_on,
                             count(*) over (partition by s.person_ref) as national
                      from succession_nomination s where s.removed_at is null) n
                join key_post p on p.id = n.key_post_id
                where cast(:region as varchar) is null or p.region_code = :region
                order by n.key_post_id, n.person_ref""")
                .setParameter("region", regionCode).getResultList();
        return rows.stream().map(r -> new InScope((UUID) r[0], new NominatedSuccessor((String) r[1],
                Readiness.valueOf((String) r[2]), localDate(r[3])),
                ((Number) r[4]).intValue())).toList();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
