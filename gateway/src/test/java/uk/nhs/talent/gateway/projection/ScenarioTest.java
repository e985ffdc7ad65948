package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.CELL;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.LARGE_EXPOSURE;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.assertStock;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handCell;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Scenarios on the hand-worked cell of {@link HandWorkedProjectionTest}, the baseline beside them. */
class ScenarioTest {

    @Test
    void halfTheAttritionHalvesTheExits() {
        YearComparison year1 = PipelineFixtures.project(handCell(), PipelineFixtures.attrition(0.5), 1).year(1);

        // Exit 0.05: 3+ = 100 × (1 − 0.2 − 0.05) + 10 = 85; 1–2 = 50 × (1 − 0.4 − 0.05) + 100 × 0.2 = 47.5;
        // ready = 20 × (1 − 0.5 − 0.05) + 50 × 0.4 = 29; appointed 10; exited = 0.05 × 170 = 8.5.
        assertStock(year1.scenario().stock(), 85, 47.5, 29, 10, 8.5);
        assertStock(year1.baseline().stock(), 80, 45, 28, 10, 17);
        assertThat(year1.scenario().readyNowPerVacancy()).isCloseTo(29.0 / 14, within(1e-12));
    }

    @Test
    void extraEntrantsJoinThreePlusYears() {
        Scenario morePlaces = new Scenario("5 more places", 1, 1, 5, Map.of());

        CellProjection projection = PipelineFixtures.project(handCell(), morePlaces, 2);

        // Year 1: 3+ = 80 + 5; the rest as in the baseline. Year 2: the 5 have developed at 0.2, so 1–2 = 38.5 + 1
        // and 3+ = 66 + 5 × 0.7 + 5.
        assertStock(projection.year(1).scenario().stock(), 85, 45, 28, 10, 17);
        assertThat(projection.year(2).scenario().stock().oneToTwoYears()).isCloseTo(39.5, within(1e-9));
        assertThat(projection.year(2).scenario().stock().threePlusYears()).isCloseTo(74.5, within(1e-9));
    }

    @Test
    void aFactorPushingAStateAboveOneIsScaledDownInProportion() {
        Scenario fiveTimes = new Scenario("development × 5", 5, 1, 0, Map.of());

        Stock year1 = PipelineFixtures.project(handCell(), fiveTimes, 1).year(1).scenario().stock();

        // 3+: 1.0 + 0.1 = 1.1, so develop 1 / 1.1 and exit 0.1 / 1.1. 1–2: 2.0 + 0 + 0.1 = 2.1, so develop 2 / 2.1
        // and exit 0.1 / 2.1. Nobody stays in either; ready now is untouched (0.5 + 0.1).
        assertStock(year1, 10, 100 / 1.1, 20 * 0.4 + 50 * 2 / 2.1, 10, 10 / 1.1 + 5 / 2.1 + 2);
    }

    @Test
    void aGroupFactorMovesOnlyThatGroupAndRaisesItsShare() {
        // Two groups, half of every stage each; 100 in 3+ years, nobody further on, no entrants.
        CellInput cell = new CellInput(CELL, Stock.ofPool(100, 0, 0),
                PipelineFixtures.rates(LARGE_EXPOSURE, 0.2, 0.4, 0.5, 0, 0.1, 0), DemandForecast.constant(4, 2),
                PipelineFixtures.sameSharesInEveryStage("ethnicity", Map.of("A", 0.5, "B", 0.5)));
        Scenario aFaster = new Scenario("A develops twice as fast", 1, 1, 0, Map.of("A", 2.0));

        CellProjection projection = PipelineFixtures.project(cell, aFaster, 2);

        // Scenario, year 1: A's 3+ = 50 × (1 − 0.4 − 0.1) = 25, its 1–2 = 50 × 0.4 = 20; B as in the baseline,
        // 3+ = 50 × 0.7 = 35 and 1–2 = 50 × 0.2 = 10. So 3+ = 60, 1–2 = 30, A is 20 / 30 of 1–2 years.
        ProjectedYear scenario1 = projection.year(1).scenario();
        assertThat(scenario1.stock().threePlusYears()).isCloseTo(60, within(1e-9));
        assertThat(scenario1.stock().oneToTwoYears()).isCloseTo(30, within(1e-9));
        assertThat(scenario1.composition().get(ONE_TO_TWO_YEARS).get("A")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(scenario1.composition().get(THREE_PLUS_YEARS).get("A")).isCloseTo(25.0 / 60, within(1e-12));
        // B's people are where the baseline has them: 10 of 1–2 years in both.
        ProjectedYear baseline1 = projection.year(1).baseline();
        assertThat(baseline1.composition().get(ONE_TO_TWO_YEARS).get("A")).isCloseTo(0.5, within(1e-12));
        assertThat(scenario1.stock().oneToTwoYears() * scenario1.composition().get(ONE_TO_TWO_YEARS).get("B"))
                .isCloseTo(baseline1.stock().oneToTwoYears() * baseline1.composition().get(ONE_TO_TWO_YEARS).get("B"),
                        within(1e-9));
        // Year 2, ready now: A's 1–2 → ready now is doubled too, 20 × 0.8 = 16; B's is 10 × 0.4 = 4. So A is 16 / 20
        // of ready now, where the baseline has 10 × 0.4 each, a half.
        ProjectedYear scenario2 = projection.year(2).scenario();
        assertThat(scenario2.stock().readyNow()).isCloseTo(20, within(1e-9));
        assertThat(scenario2.composition().get(READY_NOW).get("A")).isCloseTo(0.8, within(1e-12));
        assertThat(projection.year(2).baseline().composition().get(READY_NOW).get("A")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void groupFactorsDoNothingToACellWithoutComposition() {
        Scenario aFaster = new Scenario("A develops twice as fast", 1, 1, 0, Map.of("A", 2.0));

        YearComparison year1 = PipelineFixtures.project(handCell(), aFaster, 1).year(1);

        assertThat(year1.scenario().stock()).isEqualTo(year1.baseline().stock());
    }

    @Test
    void theBaselineChangesNothing() {
        assertThat(Scenario.BASELINE.factor(Move.DEVELOP_THREE_PLUS, "A")).isEqualTo(1);
        assertThat(Scenario.BASELINE.factor(Move.EXIT_READY_NOW, null)).isEqualTo(1);
        assertThat(Scenario.BASELINE.extraEntrantsPerYear()).isZero();
    }

    @Test
    void theScenarioLeavesTheBaselineBesideItAlone() {
        CellProjection alone = PipelineFixtures.project(handCell(), Scenario.BASELINE, 5);
        CellProjection beside = PipelineFixtures.project(handCell(), PipelineFixtures.attrition(0.5), 5);

        for (int year = 0; year <= 5; year++) {
            assertThat(beside.year(year).baseline()).isEqualTo(alone.year(year).baseline());
        }
    }
}
