package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.CELL;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handRates;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CompositionTest {

    /** Published shares with one figure suppressed in 3+ years and all of ready now suppressed. */
    private static final CharacteristicShares ETHNICITY = CharacteristicShares.withUnknownRemainder("ethnicity", Map.of(
            THREE_PLUS_YEARS, Map.of("WHITE", 0.7, "ASIAN", 0.15),
            ONE_TO_TWO_YEARS, Map.of("WHITE", 0.75, "ASIAN", 0.125, "BLACK", 0.125)));

    private static CellInput cell(CharacteristicShares composition) {
        return new CellInput(CELL, Stock.ofPool(100, 50, 20), handRates(), DemandForecast.constant(14, 10),
                composition);
    }

    @Test
    void suppressedFiguresBecomeAnExplicitUnknownCategory() {
        assertThat(ETHNICITY.share(THREE_PLUS_YEARS, CharacteristicShares.UNKNOWN)).isCloseTo(0.15, within(1e-12));
        assertThat(ETHNICITY.share(ONE_TO_TWO_YEARS, CharacteristicShares.UNKNOWN)).isZero();
        assertThat(ETHNICITY.share(READY_NOW, CharacteristicShares.UNKNOWN)).isEqualTo(1);
        assertThat(ETHNICITY.share(THREE_PLUS_YEARS, "BLACK")).isZero();
        assertThat(ETHNICITY.categories()).containsExactly("ASIAN", "BLACK", "UNKNOWN", "WHITE");
    }

    @Test
    void publishedRoundingIsSpreadSoSharesSumToOneExactly() {
        CharacteristicShares rounded = PipelineFixtures.sameSharesInEveryStage("sex",
                Map.of("FEMALE", 0.6666667, "MALE", 0.3333334));

        assertThat(rounded.share(READY_NOW, "FEMALE") + rounded.share(READY_NOW, "MALE")).isCloseTo(1, within(1e-15));
        assertThat(rounded.share(READY_NOW, "FEMALE")).isCloseTo(2.0 / 3, within(1e-7));
    }

    @Test
    void everyStageSharesSumToOneInEveryYear() {
        CellProjection projection = PipelineFixtures.project(cell(ETHNICITY), Scenario.BASELINE, 10);

        for (YearComparison year : projection.years()) {
            assertThat(year.baseline().composition()).containsKeys(THREE_PLUS_YEARS, ONE_TO_TWO_YEARS, READY_NOW);
            year.baseline().composition().forEach((state, shares) -> {
                double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).as("year %d %s", year.year(), state).isCloseTo(1, within(1e-12));
            });
        }
        // Nobody has been appointed or has left at the start, so those states have no composition yet.
        assertThat(projection.year(0).baseline().composition()).containsOnlyKeys(THREE_PLUS_YEARS, ONE_TO_TWO_YEARS,
                READY_NOW);
    }

    @Test
    void withoutGroupFactorsTheCategoriesAddUpToTheWholeCell() {
        // Any scenario without group factors: its factors and extra entrants act on each category in proportion.
        Scenario scenario = new Scenario("fewer exits, more places", 1.3, 0.8, 3, Map.of());

        CellProjection byCategory = PipelineFixtures.project(cell(ETHNICITY), scenario, 10);
        CellProjection whole = PipelineFixtures.project(cell(null), scenario, 10);

        for (int year = 0; year <= 10; year++) {
            for (PipelineState state : PipelineState.values()) {
                assertThat(byCategory.year(year).baseline().stock().in(state)).as("baseline year %d %s", year, state)
                        .isCloseTo(whole.year(year).baseline().stock().in(state), within(1e-9));
                assertThat(byCategory.year(year).scenario().stock().in(state)).as("scenario year %d %s", year, state)
                        .isCloseTo(whole.year(year).scenario().stock().in(state), within(1e-9));
            }
        }
    }

    @Test
    void aCategoryNotInAStageStillFlowsIntoTheNext() {
        // BLACK has no 3+ or ready-now share but an eighth of 1–2 years (6.25 people); they develop into ready now.
        CellProjection projection = PipelineFixtures.project(cell(ETHNICITY), Scenario.BASELINE, 1);

        ProjectedYear year1 = projection.year(1).baseline();
        // Ready now in year 1: BLACK 6.25 × 0.4 = 2.5 of 20 × 0.4 + 50 × 0.4 = 28.
        assertThat(year1.composition().get(READY_NOW).get("BLACK")).isCloseTo(2.5 / 28, within(1e-12));
    }
}
