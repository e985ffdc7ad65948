package uk.nhs.talent.gateway.slsf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The kept snapshots; reads join a caller's transaction or run without one (as every report repository). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlsfSnapshotRepository implements PanacheRepositoryBase<SlsfSnapshot, UUID> {

    public Optional<SlsfSnapshot> latest() {
        return findAll(Sort.descending("seq")).firstResultOptional();
    }

    /** The last snapshot taken for the reference date. */
    public Optional<SlsfSnapshot> latestFor(LocalDate referenceDate) {
        return find("referenceDate", Sort.descending("seq"), referenceDate).firstResultOptional();
    }

    /** Newest first, reference dates from {@code from} to {@code to} (either may be null: open). */
    public PanacheQuery<SlsfSnapshot> between(LocalDate from, LocalDate to) {
        return find("(:from is null or referenceDate >= :from) and (:to is null or referenceDate <= :to)",
                Sort.descending("seq"), Parameters.with("from", from).and("to", to));
    }

    public boolean takenFor(OffsetDateTime scheduledFor) {
        return count("scheduledFor", scheduledFor) > 0;
    }
}
