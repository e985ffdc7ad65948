package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.CELL;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.assertStock;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handCell;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handRates;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.nhs.talent.events.talent.Readiness;

/**
 * The Markov step checked on {@link PipelineFixtures#handCell()}: 100 in 3+ years, 50 in 1–2 years, 20 ready now;
 * 3+ → 1–2 0.2, 1–2 → ready 0.4, ready → appointed 0.5, 1–2 → appointed 0, exit 0.1; 10 entrants a year.
 */
class HandWorkedProjectionTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Test
    void twoYearsMatchTheHandWorkedFigures() {
        CellProjection projection = PipelineFixtures.project(handCell(), Scenario.BASELINE, 2);

        // Year 1: 3+ = 100 × (1 − 0.2 − 0.1) + 10 = 80; 1–2 = 50 × (1 − 0.4 − 0 − 0.1) + 100 × 0.2 = 45;
        // ready = 20 × (1 − 0.5 − 0.1) + 50 × 0.4 = 28; appointed = 20 × 0.5 + 50 × 0 = 10;
        // exited = 0.1 × (100 + 50 + 20) = 17.
        assertStock(projection.year(1).baseline().stock(), 80, 45, 28, 10, 17);
        // Year 2: 3+ = 80 × 0.7 + 10 = 66; 1–2 = 45 × 0.5 + 80 × 0.2 = 38.5; ready = 28 × 0.4 + 45 × 0.4 = 29.2;
        // appointed = 10 + 28 × 0.5 = 24; exited = 17 + 0.1 × (80 + 45 + 28) = 32.3.
        assertStock(projection.year(2).baseline().stock(), 66, 38.5, 29.2, 24, 32.3);
    }

    @Test
    void readyNowPerVacancyIsReadyNowSupplyOverVacancies() {
        CellProjection projection = PipelineFixtures.project(handCell(), Scenario.BASELINE, 2);

        ProjectedYear year1 = projection.year(1).baseline();
        assertThat(year1.expectedVacancies()).isEqualTo(14);
        assertThat(year1.readyNowPerVacancy()).isCloseTo(2.0, EXACT); // 28 / 14
        assertThat(year1.supplyGap()).isCloseTo(-14, EXACT); // 14 − 28: a surplus
        assertThat(projection.year(2).baseline().readyNowPerVacancy()).isCloseTo(29.2 / 14, EXACT);
    }

    @Test
    void yearZeroIsTheStartWithNoVacanciesAndSoNoReadyNowPerVacancy() {
        ProjectedYear start = PipelineFixtures.project(handCell(), Scenario.BASELINE, 1).year(0).baseline();

        assertStock(start.stock(), 100, 50, 20, 0, 0);
        assertThat(start.expectedVacancies()).isZero();
        assertThat(start.readyNowPerVacancy()).isNull();
        assertThat(start.readyNowPerVacancyBand()).isNull();
        assertThat(start.readyNowBand()).isEqualTo(new Band(20, 20));
    }

    @Test
    void aYearWithoutVacanciesHasNoReadyNowPerVacancyAndANegativeGap() {
        CellInput cell = new CellInput(CELL, Stock.ofPool(100, 50, 20), handRates(), DemandForecast.of(14, 0));

        ProjectedYear year2 = PipelineFixtures.project(cell, Scenario.BASELINE, 2).year(2).baseline();

        assertThat(year2.readyNowPerVacancy()).isNull();
        assertThat(year2.readyNowPerVacancyBand()).isNull();
        assertThat(year2.supplyGap()).isCloseTo(-29.2, EXACT);
    }

    @Test
    void nobodyIsLostOrInvented() {
        CellProjection projection = PipelineFixtures.project(handCell(), Scenario.BASELINE, 30);

        for (int year = 0; year <= 30; year++) {
            Stock stock = projection.year(year).baseline().stock();
            // Everyone who started (170) or joined (10 a year) is in exactly one state.
            assertThat(stock.pool() + stock.appointed() + stock.exited()).isCloseTo(170 + 10.0 * year, within(1e-9));
        }
    }

    @ParameterizedTest
    @EnumSource(Readiness.class)
    void eachReadinessIsThePoolStateOfTheSameName(Readiness readiness) {
        PipelineState state = PipelineState.of(readiness);
        assertThat(state.name()).isEqualTo(readiness.name());
        assertThat(state.isPool()).isTrue();
    }
}
