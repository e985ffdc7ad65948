package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.Move.APPOINT_ONE_TO_TWO;
import static uk.nhs.talent.gateway.projection.Move.APPOINT_READY_NOW;
import static uk.nhs.talent.gateway.projection.Move.DEVELOP_ONE_TO_TWO;
import static uk.nhs.talent.gateway.projection.Move.DEVELOP_THREE_PLUS;
import static uk.nhs.talent.gateway.projection.Move.EXIT_ONE_TO_TWO;
import static uk.nhs.talent.gateway.projection.Move.EXIT_READY_NOW;
import static uk.nhs.talent.gateway.projection.Move.EXIT_THREE_PLUS;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RateEstimatorTest {

    private final RateEstimator estimator = new RateEstimator();

    @Test
    void aRateIsMovesOverPersonYears() {
        TransitionCounts counts = new TransitionCounts(Map.of(THREE_PLUS_YEARS, 200.0),
                Map.of(DEVELOP_THREE_PLUS, 40L, EXIT_THREE_PLUS, 20L), 0, Map.of());

        TransitionRates rates = estimator.estimate(counts);

        // 40 / 200 and 20 / 200.
        assertThat(rates.moves().get(DEVELOP_THREE_PLUS)).isEqualTo(Rate.estimated(0.2, 200, 40));
        assertThat(rates.moves().get(EXIT_THREE_PLUS)).isEqualTo(Rate.estimated(0.1, 200, 20));
    }

    @Test
    void aStateUnderTheMinimumExposureTakesTheDefaultForEveryMoveOutOfIt() {
        TransitionCounts counts = new TransitionCounts(
                Map.of(THREE_PLUS_YEARS, 200.0, ONE_TO_TWO_YEARS, 19.9, READY_NOW, 20.0),
                Map.of(DEVELOP_ONE_TO_TWO, 10L, EXIT_ONE_TO_TWO, 1L, APPOINT_READY_NOW, 5L), 0, Map.of());

        TransitionRates rates = estimator.estimate(counts);

        // 19.9 person-years are below the 20 needed: all three moves out of 1–2 years take their defaults, and keep
        // the exposure and moves that were too few; 20 person-years of ready now are enough.
        assertThat(rates.moves().get(DEVELOP_ONE_TO_TWO)).isEqualTo(Rate.byDefault(0.40, 19.9, 10));
        assertThat(rates.moves().get(APPOINT_ONE_TO_TWO)).isEqualTo(Rate.byDefault(0.05, 19.9, 0));
        assertThat(rates.moves().get(EXIT_ONE_TO_TWO)).isEqualTo(Rate.byDefault(0.08, 19.9, 1));
        assertThat(rates.moves().get(APPOINT_READY_NOW)).isEqualTo(Rate.estimated(0.25, 20, 5));
        assertThat(rates.movesOnDefaults()).containsExactly(DEVELOP_ONE_TO_TWO, APPOINT_ONE_TO_TWO, EXIT_ONE_TO_TWO);
    }

    @Test
    void noHistoryAtAllGivesEveryDefaultWithoutDividingByZero() {
        TransitionRates rates = estimator.estimate(TransitionCounts.NONE);

        assertThat(rates.movesOnDefaults()).containsExactly(Move.values());
        assertThat(rates.moves().get(DEVELOP_THREE_PLUS).value()).isEqualTo(0.30);
        assertThat(rates.moves().get(EXIT_READY_NOW).value()).isEqualTo(0.08);
        assertThat(rates.entrants().get(THREE_PLUS_YEARS)).isEqualTo(Rate.byDefault(0, 0, 0));
    }

    @Test
    void theMinimumExposureIsConfigurable() {
        TransitionCounts counts = new TransitionCounts(Map.of(READY_NOW, 10.0), Map.of(APPOINT_READY_NOW, 3L), 0,
                Map.of());

        Rate appointed = new RateEstimator(5, DefaultRates.STANDARD).estimate(counts).moves().get(APPOINT_READY_NOW);

        assertThat(appointed).isEqualTo(Rate.estimated(0.3, 10, 3));
    }

    @Test
    void estimatesOfAStateSummingAboveOneAreScaledDownInProportion() {
        // 30 appointments and 10 exits in 20 person-years: 1.5 + 0.5 = 2, so each is halved and nobody stays.
        TransitionCounts counts = new TransitionCounts(Map.of(READY_NOW, 20.0),
                Map.of(APPOINT_READY_NOW, 30L, EXIT_READY_NOW, 10L), 0, Map.of());

        TransitionRates rates = estimator.estimate(counts);

        assertThat(rates.moves().get(APPOINT_READY_NOW).value()).isCloseTo(0.75, within(1e-12));
        assertThat(rates.moves().get(EXIT_READY_NOW).value()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void entrantsAreCountedPerYearObserved() {
        TransitionCounts counts = new TransitionCounts(Map.of(), Map.of(), 3,
                Map.of(THREE_PLUS_YEARS, 30L, ONE_TO_TWO_YEARS, 6L));

        TransitionRates rates = estimator.estimate(counts);

        assertThat(rates.entrants().get(THREE_PLUS_YEARS)).isEqualTo(Rate.estimated(10, 3, 30));
        assertThat(rates.entrants().get(ONE_TO_TWO_YEARS)).isEqualTo(Rate.estimated(2, 3, 6));
    }

    @Test
    void lessThanAYearOfHistoryGivesTheDefaultEntrants() {
        TransitionCounts counts = new TransitionCounts(Map.of(), Map.of(), 0.5, Map.of(THREE_PLUS_YEARS, 30L));

        assertThat(estimator.estimate(counts).entrants().get(THREE_PLUS_YEARS)).isEqualTo(Rate.byDefault(0, 0.5, 30));
    }

    @Test
    void aMinimumExposureOfZeroIsRefusedSinceItWouldDivideByZero() {
        assertThatThrownBy(() -> new RateEstimator(0, DefaultRates.STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumExposure");
    }
}
