package uk.nhs.talent.diversity.baselines;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.events.vacancy.Level;

/** The current workforce baseline (the V4 migration says why it is kept as it is). */
@ApplicationScoped
public class WorkforceBaselines {

    private final EntityManager entityManager;

    public WorkforceBaselines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Replaces the baseline whole, within the caller's transaction. */
    public void replace(List<BaselineCount> counts, Instant at, String uploadedBy) {
        // The one metadata row first: a concurrent upload waits for this one to commit, then replaces it whole.
        entityManager.createNativeQuery("update workforce_baseline set as_at = :at, row_count = :rows, "
                + "uploaded_by = :by")
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("rows", counts.size())
                .setParameter("by", uploadedBy)
                .executeUpdate();
        entityManager.createNativeQuery("delete from workforce_baseline_count").executeUpdate();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into workforce_baseline_count "
                    + "(region_code, level, characteristic, category, headcount) values (?, ?, ?, ?, ?)")) {
                for (BaselineCount count : counts) {
                    insert.setString(1, count.regionCode());
                    insert.setString(2, count.level().name());
                    insert.setString(3, count.characteristic().name());
                    insert.setString(4, count.category());
                    insert.setLong(5, count.headcount());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** When the current baseline was uploaded, how many rows it had and which characteristics it covers. */
    public Optional<BaselineInfo> info() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select as_at, row_count from workforce_baseline "
                + "where as_at is not null").getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> characteristics = entityManager.createNativeQuery("select distinct characteristic from "
                + "workforce_baseline_count").getResultList();
        return Optional.of(new BaselineInfo(instant(rows.get(0)[0]), ((Number) rows.get(0)[1]).intValue(),
                characteristics.stream().map(Characteristic::valueOf).sorted().toList()));
    }

    /**
     * The current baseline of a characteristic, if the last upload had one: its counts and the upload's time read
     * in one statement, so that an upload replacing it meanwhile cannot pair one upload's counts with another's.
     */
    public Optional<WorkforceBaseline> of(Characteristic characteristic) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select c.region_code, c.level, c.category, "
                + "c.headcount, b.as_at from workforce_baseline_count c cross join workforce_baseline b "
                + "where c.characteristic = :characteristic and b.as_at is not null")
                .setParameter("characteristic", characteristic.name())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<BaselineCount> counts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            counts.add(new BaselineCount((String) row[0], Level.valueOf((String) row[1]), characteristic,
                    (String) row[2], ((Number) row[3]).longValue()));
        }
        return Optional.of(new WorkforceBaseline(instant(rows.get(0)[4]), counts));
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        return (Instant) timestamp;
    }
}
