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
 * Counts the people of a period's stage entries and rankings by where they count and their declared category: the
 * only place where stages (or rankings) and declarations meet, and only to count. A person without a declaration
 * counts as not declared.
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
     * A population's counts, people in each region, level and role family: those who reached a stage, or who were
     * ranked for the period's vacancies (all of them, or in a vacancy's top ten).
     */
    public List<Cell> count(PublishedPopulation population, Characteristic characteristic,
            FinancialQuarter period) {
        // The column is the characteristic's constant, never caller input. People, not entries: one person
        // shortlisted or ranked for many vacancies of a cell would otherwise make a count above the threshold alone.
        String select = "select s.region_code, s.level, s.role_family, d." + characteristic.column()
                + ", count(distinct s.person_ref) ";
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
