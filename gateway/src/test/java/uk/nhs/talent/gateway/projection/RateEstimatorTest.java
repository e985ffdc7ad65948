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
    void movesOverPersonYearsAreCompetingRisksTurnedIntoYearlyProbabilities() {
        TransitionCounts counts = new TransitionCounts(Map.of(THREE_PLUS_YEARS, 200.0),
                Map.of(DEVELOP_THREE_PLUS, 40L, EXIT_THREE_PLUS, 20L), 0, Map.of());

        TransitionRates rates = estimator.estimate(counts);

        // Hazards 40 / 200 = 0.2 and 20 / 200 = 0.1, Λ = 0.3: leaving within a year 1 − e^−0.3 = 0.259182, shared
        // 2 : 1, so 0.172788 and 0.086394.
        Rate developed = rates.moves().get(DEVELOP_THREE_PLUS);
        assertThat(developed.value()).isCloseTo(0.172788, within(1e-6));
        assertThat(developed.source()).isEqualTo(RateSource.ESTIMATED);
        assertThat(developed.exposure()).isEqualTo(200);
        assertThat(rates.moves().get(EXIT_THREE_PLUS).value()).isCloseTo(0.086394, within(1e-6));
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
        // 5 in 20 person-years: 1 − e^−0.25 = 0.221199.
        assertThat(rates.moves().get(APPOINT_READY_NOW).value()).isCloseTo(0.221199, within(1e-6));
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

        // 3 in 10 person-years: 1 − e^−0.3 = 0.259182.
        assertThat(appointed.value()).isCloseTo(0.259182, within(1e-6));
        assertThat(appointed.source()).isEqualTo(RateSource.ESTIMATED);
    }

    @Test
    void aBusyHistoryStillLeavesSomeoneInTheStateAndKeepsTheMovesInProportion() {
        // 30 appointments and 10 exits in 20 person-years: hazards 1.5 and 0.5, Λ = 2; leaving within a year
        // 1 − e^−2 = 0.864665, shared 3 : 1: 0.648499 and 0.216166; 0.135335 stay.
        TransitionCounts counts = new TransitionCounts(Map.of(READY_NOW, 20.0),
                Map.of(APPOINT_READY_NOW, 30L, EXIT_READY_NOW, 10L), 0, Map.of());

        TransitionRates rates = estimator.estimate(counts);

        assertThat(rates.moves().get(APPOINT_READY_NOW).value()).isCloseTo(0.648499, within(1e-6));
        assertThat(rates.moves().get(EXIT_READY_NOW).value()).isCloseTo(0.216166, within(1e-6));
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
