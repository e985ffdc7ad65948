package uk.nhs.talent.diversity.metrics;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
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
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.stages.Stage;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * The published tables, kept as published (the V2 migration says why). A table's {@code stage} column holds its
 * {@link PublishedPopulation}: a stage, or one of the two ranking populations (V5).
 */
@ApplicationScoped
public class PublishedFigures {

    /** A published table: when, under which rules, and its figures in order. */
    public record PublishedTable(Instant publishedAt, DisclosureRules rules, List<RepresentationFigure> figures) {
    }

    private final EntityManager entityManager;

    public PublishedFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<PublishedTable> find(Stage stage, Characteristic characteristic, FinancialQuarter period) {
        return find(PublishedPopulation.of(stage), characteristic, period);
    }

    /**
     * A published table of any population; a ranking population's figures name no stage (they are not served as
     * representation tables, only read by the matching audit).
     */
    public Optional<PublishedTable> find(PublishedPopulation population, Characteristic characteristic,
            FinancialQuarter period) {
        Stage stage = population.stage();
        @SuppressWarnings("unchecked")
        List<Object[]> published = entityManager.createNativeQuery("select published_at, suppress_up_to, round_to, "
                + "protection_width from published_table "
                + "where stage = :stage and characteristic = :characteristic and period = :period")
                .setParameter("stage", population.name())
                .setParameter("characteristic", characteristic.name())
                .setParameter("period", period.toString())
                .getResultList();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select breakdown, region_code, level, role_family, "
                + "category, count, count_status, percent_of_row from published_figure where stage = :stage "
                + "and characteristic = :characteristic and period = :period order by position")
                .setParameter("stage", population.name())
                .setParameter("characteristic", characteristic.name())
                .setParameter("period", period.toString())
                .getResultList();
        List<RepresentationFigure> figures = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            BigDecimal percent = (BigDecimal) row[7];
            figures.add(new RepresentationFigure(stage, characteristic, period.toString(),
                    Breakdown.valueOf((String) row[0]), (String) row[1], row[2] == null ? null
                            : Level.valueOf((String) row[2]),
                    row[3] == null ? null : RoleFamily.valueOf((String) row[3]), (String) row[4],
                    row[5] == null ? null : ((Number) row[5]).longValue(), FigureStatus.valueOf((String) row[6]),
                    percent, RepresentationFigure.percentStatus((String) row[4], percent)));
        }
        Object[] table = published.get(0);
        return Optional.of(new PublishedTable(instant(table[0]), new DisclosureRules(((Number) table[1]).intValue(),
                ((Number) table[2]).intValue(), ((Number) table[3]).intValue()), figures));
    }

    /**
     * Keeps a table as published. Two requests computing the same table at once both find the first one's
     * afterwards: the loser's insert does nothing.
     */
    public void publish(PublishedPopulation population, Characteristic characteristic, FinancialQuarter period,
            Instant at, DisclosureRules rules, List<RepresentationTables.TableFigure> figures) {
        int inserted = entityManager.createNativeQuery("insert into published_table (stage, characteristic, period, "
                + "published_at, suppress_up_to, round_to, protection_width) values (:stage, :characteristic, "
                + ":period, :at, :suppressUpTo, :roundTo, :width) on conflict do nothing")
                .setParameter("stage", population.name())
                .setParameter("characteristic", characteristic.name())
                .setParameter("period", period.toString())
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("suppressUpTo", rules.suppressUpTo())
                .setParameter("roundTo", rules.roundTo())
                .setParameter("width", rules.protectionWidth())
                .executeUpdate();
        if (inserted == 0) {
            return;
        }
        // One batch of plain JDBC: hundreds of rows with typed nulls (a suppressed count, a share not shown).
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into published_figure (stage, "
                    + "characteristic, period, position, breakdown, region_code, level, role_family, category, "
                    + "count, count_status, percent_of_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (RepresentationTables.TableFigure figure : figures) {
                    RepresentationTables.Row row = figure.row();
                    insert.setString(1, population.name());
                    insert.setString(2, characteristic.name());
                    insert.setString(3, period.toString());
                    insert.setInt(4, position++);
                    insert.setString(5, row.breakdown().name());
                    insert.setString(6, row.region());
                    insert.setString(7, row.level() == null ? null : row.level().name());
                    insert.setString(8, row.roleFamily() == null ? null : row.roleFamily().name());
                    insert.setString(9, figure.category());
                    insert.setObject(10, figure.count().value(), Types.BIGINT);
                    insert.setString(11, figure.count().status().name());
                    insert.setObject(12, figure.percentOfRow(), Types.NUMERIC);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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

    /** The quarters with published figures, oldest first. */
    public List<FinancialQuarter> periods() {
        @SuppressWarnings("unchecked")
        List<String> periods = entityManager.createNativeQuery("select distinct period from published_table")
                .getResultList();
        return periods.stream().map(FinancialQuarter::parse).sorted().toList();
    }

    public boolean published(FinancialQuarter period) {
        return !entityManager.createNativeQuery("select 1 from published_table where period = :period limit 1")
                .setParameter("period", period.toString()).getResultList().isEmpty();
    }
}
