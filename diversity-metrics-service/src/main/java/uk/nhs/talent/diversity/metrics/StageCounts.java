package uk.nhs.talent.diversity.metrics;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.stages.Stage;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * Counts a period's stage entries and ranking entries by where they count and the person's declared category: the
 * only place where stages (or rankings) and declarations meet, and only to count. A person without a declaration counts as not declared.
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
        return count(PublishedPopulation.of(stage), characteristic, period);
    }

    /**
     * A population's counts: a stage's entries, or the ranking entries (one per vacancy and person) of the
     * vacancies ranked in the period, all of them or those ranked in the top ten.
     */
    public List<Cell> count(PublishedPopulation population, Characteristic characteristic,
            FinancialQuarter period) {
        // The column is the characteristic's constant, never caller input.
        String select = "select s.region_code, s.level, s.role_family, d." + characteristic.column() + ", count(*) ";
        Query query;
        if (population.stage() != null) {
            query = entityManager.createNativeQuery(select + "from stage_entry s left join declaration d "
                    + "on d.person_ref = s.person_ref where s.stage = :stage and s.period = :period "
                    + "group by 1, 2, 3, 4")
                    .setParameter("stage", population.stage().name());
        } else {
            int lowestRank = population == PublishedPopulation.RANKED_TOP_TEN ? PublishedPopulation.TOP_TEN
                    : Integer.MAX_VALUE;
            query = entityManager.createNativeQuery(select + "from vacancy_ranking s left join declaration d "
                    + "on d.person_ref = s.person_ref where s.period = :period and s.rank <= :lowestRank "
                    + "group by 1, 2, 3, 4")
                    .setParameter("lowestRank", lowestRank);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("period", period.toString()).getResultList();
        int inYear = period.lastDay().getYear();
        List<Cell> cells = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            cells.add(new Cell((String) row[0], Level.valueOf((String) row[1]), RoleFamily.valueOf((String) row[2]),
                    characteristic.categoryOf(row[3], inYear), ((Number) row[4]).longValue()));
        }
        return cells;
    }

    /** The periods with any stage entry or ranking, oldest first. */
    public List<FinancialQuarter> periods() {
        @SuppressWarnings("unchecked")
        List<String> periods = entityManager.createNativeQuery("select period from stage_entry union "
                + "select period from vacancy_ranking").getResultList();
        return periods.stream().map(FinancialQuarter::parse).sorted().toList();
    }
}
