package uk.nhs.talent.events.slsf;

import java.math.BigDecimal;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * Supply against demand in one region × role family × level. A figure is null exactly when the part it comes
 * from is missing (or, for a ratio, when its denominator is 0): never a guess.
 *
 * @param readyNow                      people ready now for the role family, aiming at the level (talent-service)
 * @param readyInOneToTwoYears          people ready in one to two years
 * @param readyInThreePlusYears         people ready in three years or more
 * @param openVacancies                 vacancies open now (vacancy-service)
 * @param keyPosts                      key posts (talent-service)
 * @param keyPostsLeavingWithinYear     key posts whose incumbent leaves within a year of the reference date
 *                                      (an overdue date counts)
 * @param expectedVacanciesWithinYear   leaving within the year plus the level's turnover assumption × the other
 *                                      key posts; two decimals
 * @param readyNowPerVacancy            ready now ÷ (open + expected vacancies); two decimals
 * @param postsWithReadyNowSuccessor    key posts with at least one successor ready now
 * @param coverageShare                 posts with a ready-now successor ÷ key posts, 0 to 1, three decimals
 * @param benchStrength                 successors, each counting 1 ÷ the key posts they are nominated for
 *                                      nationally; two decimals
 * @param postsAtRisk                   key posts at high risk of loss with no ready-now successor
 */
public record SupplyDemandFigures(
        String regionCode,
        RoleFamily roleFamily,
        Level level,
        Long readyNow,
        Long readyInOneToTwoYears,
        Long readyInThreePlusYears,
        Long openVacancies,
        Long keyPosts,
        Long keyPostsLeavingWithinYear,
        BigDecimal expectedVacanciesWithinYear,
        BigDecimal readyNowPerVacancy,
        Long postsWithReadyNowSuccessor,
        BigDecimal coverageShare,
        BigDecimal benchStrength,
        Long postsAtRisk) {

    public SupplyDemandFigures {
        expectedVacanciesWithinYear = Decimals.scaled(expectedVacanciesWithinYear, 2);
        readyNowPerVacancy = Decimals.scaled(readyNowPerVacancy, 2);
        coverageShare = Decimals.scaled(coverageShare, 3);
        benchStrength = Decimals.scaled(benchStrength, 2);
    }
}
