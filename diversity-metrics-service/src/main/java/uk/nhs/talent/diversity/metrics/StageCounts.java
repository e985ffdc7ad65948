package uk.nhs.talent.diversity.metrics;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.stages.Stage;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * Counts a period's stage entries by where they count and the person's declared category: the only place where
 * stages and declarations meet, and only to count. A person without a declaration counts as not declared.
 */
@ApplicationScoped
public class StageCounts {

    /** One cell of the full cross-classification, before any disclosure control. */
    public record Cell(String regionCode, Level level, RoleFamily roleFamily, String category, long count) {
    }

    private final EntityManager entityManager;

    public StageCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Cell> count(Stage stage, Characteristic characteristic, FinancialQuarter period) {
        // The column is the characteristic's constant, never caller input.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select s.region_code, s.level, s.role_family, d."
                + characteristic.column() + ", count(*) from stage_entry s left join declaration d "
                + "on d.person_ref = s.person_ref where s.stage = :stage and s.period = :period group by 1, 2, 3, 4")
                .setParameter("stage", stage.name())
                .setParameter("period", period.toString())
                .getResultList();
        int inYear = period.lastDay().getYear();
        List<Cell> cells = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            cells.add(new Cell((String) row[0], Level.valueOf((String) row[1]), RoleFamily.valueOf((String) row[2]),
                    characteristic.categoryOf(row[3], inYear), ((Number) row[4]).longValue()));
        }
        return cells;
    }

    /** The periods with any stage entry, oldest first. */
    public List<FinancialQuarter> periods() {
        @SuppressWarnings("unchecked")
        List<String> periods = entityManager.createNativeQuery("select distinct period from stage_entry")
                .getResultList();
        return periods.stream().map(FinancialQuarter::parse).sorted().toList();
    }
}
