package uk.nhs.talent.talent.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.persistence.paging.PanachePages;

/**
 * Records every read of individual profiles, in the transaction of the read: a read whose audit entry cannot be
 * written fails rather than go unrecorded. The endpoint is the method and path template (such as
 * {@code GET /profiles/{personRef}}), never a query string, which may carry search terms.
 */
@ApplicationScoped
public class ProfileReads {

    private final EntityManager entityManager;
    private final ProfileReadRepository repository;
    private final Caller caller;
    private final Clock clock;

    public ProfileReads(EntityManager entityManager, ProfileReadRepository repository, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.repository = repository;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records that the caller read these people's profiles (one entry each) through {@code endpoint}. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String endpoint, Collection<String> personRefs) {
        if (personRefs.isEmpty()) {
            return;
        }
        // One statement for a page of search results.
        entityManager.createNativeQuery("""
                insert into profile_read (reader, person_ref, endpoint, read_at)
                select :reader, ref, :endpoint, :now from unnest(cast(:refs as varchar[])) as ref""")
                .setParameter("reader", caller.id())
                .setParameter("endpoint", endpoint)
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("refs", personRefs.toArray(String[]::new))
                .executeUpdate();
    }

    /** The audit, newest first, for a platform admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProfileReadView> list(AuditFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (filter.personRef != null) {
            where.add("personRef = :personRef");
            parameters.and("personRef", filter.personRef);
        }
        if (filter.reader != null) {
            where.add("reader = :reader");
            parameters.and("reader", filter.reader);
        }
        if (filter.from != null) {
            where.add("readAt >= :from");
            parameters.and("from", filter.from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to != null) {
            where.add("readAt < :to");
            parameters.and("to", filter.to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return PanachePages.of(repository.find(String.join(" and ", where),
                Sort.by("readAt").descending().and("id").descending(), parameters), page, ProfileReadView::of);
    }
}
