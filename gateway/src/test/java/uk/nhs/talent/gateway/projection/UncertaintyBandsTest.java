package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.CELL;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.LARGE_EXPOSURE;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handCell;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Monte Carlo bands on the hand-worked cell, its rates held with more or less data. */
class UncertaintyBandsTest {

    private static final ProjectionSettings TEN_YEARS = ProjectionSettings.forYears(10);

    private static CellInput handCellObservedOver(double exposure) {
        return new CellInput(CELL, Stock.ofPool(100, 50, 20),
                PipelineFixtures.rates(exposure, 0.2, 0.4, 0.5, 0, 0.1, 10), DemandForecast.constant(14, 10));
    }

    private static CellProjection project(CellInput cell, ProjectionSettings settings) {
        return new CellProjector(settings).project(cell, PipelineFixtures.attrition(0.8));
    }

    @Test
    void theSameInputsAndSeedGiveExactlyTheSameBands() {
        CellProjection first = project(handCellObservedOver(500), TEN_YEARS);
        CellProjection second = project(handCellObservedOver(500), TEN_YEARS);
        CellProjection otherSeed = project(handCellObservedOver(500),
                new ProjectionSettings(10, TEN_YEARS.runs(), TEN_YEARS.seed() + 1, TEN_YEARS.defaultPseudoExposure()));

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed.year(5).baseline().readyNowBand()).isNotEqualTo(first.year(5).baseline().readyNowBand());
    }

    @Test
    void muchDataGivesANarrowBandAroundTheExpectedValue() {
        CellProjection projection = project(handCellObservedOver(LARGE_EXPOSURE), TEN_YEARS);

        ProjectedYear year1 = projection.year(1).baseline();
        assertThat(year1.readyNowBand().width()).isLessThan(0.02 * year1.stock().readyNow());
        for (YearComparison year : projection.years()) {
            assertThat(year.baseline().readyNowBand().contains(year.baseline().stock().readyNow())).isTrue();
            assertThat(year.scenario().readyNowBand().contains(year.scenario().stock().readyNow())).isTrue();
        }
    }

    @Test
    void fewerDataGiveAWiderBand() {
        Band sure = project(handCellObservedOver(LARGE_EXPOSURE), TEN_YEARS).year(3).baseline().readyNowBand();
        Band unsure = project(handCellObservedOver(100), TEN_YEARS).year(3).baseline().readyNowBand();

        // The draws' spread shrinks as 1 / √exposure: 1000 times the data, about 30 times narrower.
        assertThat(unsure.width()).isGreaterThan(10 * sure.width());
    }

    @Test
    void defaultRatesNeverGiveAZeroWidthBand() {
        TransitionRates defaults = new RateEstimator().estimate(TransitionCounts.NONE);
        CellInput cell = new CellInput(CELL, Stock.ofPool(100, 50, 20), defaults, DemandForecast.constant(14, 10));

        CellProjection projection = project(cell, TEN_YEARS);

        for (int year = 1; year <= 10; year++) {
            ProjectedYear baseline = projection.year(year).baseline();
            // As if seen over 20 person-years: wide, and centred on the defaults.
            assertThat(baseline.readyNowBand().width()).as("year %d", year)
                    .isGreaterThan(0.05 * baseline.stock().readyNow());
            assertThat(baseline.readyNowBand().contains(baseline.stock().readyNow())).as("year %d", year).isTrue();
        }
    }

    @Test
    void theReadyNowPerVacancyBandIsTheReadyNowBandOverTheVacancies() {
        ProjectedYear year2 = project(handCell(), TEN_YEARS).year(2).baseline();

        assertThat(year2.readyNowPerVacancyBand().lower()).isCloseTo(year2.readyNowBand().lower() / 14, within(1e-12));
        assertThat(year2.readyNowPerVacancyBand().upper()).isCloseTo(year2.readyNowBand().upper() / 14, within(1e-12));
    }

    @Test
    void theBaselineAndTheScenarioShareTheirDraws() {
        // A scenario that changes nothing has exactly the baseline's bands: the difference between the two is the
        // scenario's, never sampling noise.
        Scenario unchanged = new Scenario("unchanged", 1, 1, 0, Map.of());

        CellProjection projection = new CellProjector(TEN_YEARS).project(handCellObservedOver(100), unchanged);

        for (YearComparison year : projection.years()) {
            assertThat(year.scenario()).isEqualTo(year.baseline());
        }
    }
}
