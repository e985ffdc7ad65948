package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.CELL;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.vacancy.RoleFamily;

/** The Monte Carlo's draws of the rates, over 20 000 runs: tolerances of five standard errors of the mean. */
class RateDrawsTest {

    private static final ProjectionSettings MANY_RUNS = new ProjectionSettings(1, 20_000, 5, 20);

    private static double[] drawsOf(Move move, TransitionRates rates, CellKey key) {
        return Arrays.stream(RateDraws.draw(rates, MANY_RUNS, key)).mapToDouble(run -> run[move.ordinal()]).toArray();
    }

    private static double mean(double[] draws) {
        return Arrays.stream(draws).average().orElseThrow();
    }

    private static double variance(double[] draws) {
        double mean = mean(draws);
        return Arrays.stream(draws).map(x -> (x - mean) * (x - mean)).sum() / draws.length;
    }

    @Test
    void anEstimateIsDrawnAroundItselfWithTheSpreadOfItsPersonYears() {
        // One exit in 30 person-years: a yearly probability p = 1 − e^−1/30 = 0.032784. Beta(p·30, (1 − p)·30) has
        // variance p(1 − p) / 31. The uniform-prior posterior Beta(2, 30) would centre on 2/32 = 0.0625 instead.
        TransitionCounts counts = new TransitionCounts(Map.of(READY_NOW, 30.0), Map.of(Move.EXIT_READY_NOW, 1L), 0,
                Map.of());
        double p = -Math.expm1(-1.0 / 30);

        double[] draws = drawsOf(Move.EXIT_READY_NOW, new RateEstimator().estimate(counts), CELL);

        double variance = p * (1 - p) / 31;
        assertThat(mean(draws)).isCloseTo(p, within(5 * Math.sqrt(variance / draws.length)));
        assertThat(variance(draws)).isCloseTo(variance, within(0.05 * variance));
    }

    @Test
    void aDefaultIsDrawnAroundItselfAsIfSeenOverThePseudoExposure() {
        // 1–2 years → ready now defaults to 0.40; over 20 pseudo person-years its variance is 0.4 × 0.6 / 21.
        TransitionRates defaults = new RateEstimator().estimate(TransitionCounts.NONE);

        double[] draws = drawsOf(Move.DEVELOP_ONE_TO_TWO, defaults, CELL);

        double variance = 0.4 * 0.6 / 21;
        assertThat(mean(draws)).isCloseTo(0.4, within(5 * Math.sqrt(variance / draws.length)));
        assertThat(variance(draws)).isCloseTo(variance, within(0.05 * variance));
    }

    @Test
    void aMoveNeverSeenStaysAtZero() {
        // The price of centring: no appointment from 1–2 years in 100 000 person-years is taken as certain.
        double[] draws = drawsOf(Move.APPOINT_ONE_TO_TWO, PipelineFixtures.handRates(), CELL);

        assertThat(draws).containsOnly(0.0);
    }

    @Test
    void eachCellDrawsFromAStreamOfItsOwnThatTheSeedFixes() {
        CellKey other = new CellKey("Y56", RoleFamily.FINANCE);
        TransitionRates rates = PipelineFixtures.rates(200, 0.2, 0.4, 0.5, 0.05, 0.1, 10);

        double[] first = drawsOf(Move.DEVELOP_THREE_PLUS, rates, CELL);

        assertThat(drawsOf(Move.DEVELOP_THREE_PLUS, rates, CELL)).isEqualTo(first);
        assertThat(drawsOf(Move.DEVELOP_THREE_PLUS, rates, other)).isNotEqualTo(first);
        assertThat(RateDraws.seed(MANY_RUNS.seed(), CELL)).isNotEqualTo(RateDraws.seed(MANY_RUNS.seed() + 1, CELL));
    }
}
