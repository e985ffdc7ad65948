package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property-style checks over seeded random valid inputs (deterministic). */
class RelativeLikelihoodPropertyTest {

    private static final long SEED = 20_240_611L;
    private static final int CASES = 5_000;

    private static RelativeLikelihood compute(long n1, long a, long n2, long c) {
        RelativeLikelihoodResult result = RelativeLikelihoods.of(GroupOutcome.of(n1, a), GroupOutcome.of(n2, c), 0);
        assertThat(result).as("ref %d/%d, focal %d/%d", a, n1, c, n2).isInstanceOf(RelativeLikelihood.class);
        return (RelativeLikelihood) result;
    }

    /** A random group with at least one selection, sometimes everyone selected. */
    private static long[] randomGroup(Random random) {
        long n = 1 + random.nextInt(random.nextBoolean() ? 20 : 2_000);
        long a = 1 + (long) random.nextInt((int) n);
        return new long[] {n, a};
    }

    @Test
    void intervalContainsRatioAndIsFiniteAndLogSymmetric() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            long[] ref = randomGroup(random);
            long[] foc = randomGroup(random);
            RelativeLikelihood rl = compute(ref[0], ref[1], foc[0], foc[1]);

            assertThat(rl.lower()).isPositive().isLessThanOrEqualTo(rl.ratio());
            assertThat(rl.upper()).isGreaterThanOrEqualTo(rl.ratio()).isFinite();
            // ln RR is the midpoint of [ln lower, ln upper]
            assertThat(Math.log(rl.lower()) + Math.log(rl.upper())).isCloseTo(2 * Math.log(rl.ratio()), within(1e-9));
        }
    }

    @Test
    void multiplyingAllCountsByFourHalvesTheLogWidth() {
        // Var(ln RR) = 1/a - 1/n1 + 1/c - 1/n2 scales by exactly 1/4, so SE and the log width halve
        // while the ratio (and so the log-scale centre) is unchanged: the new interval is nested.
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            long[] ref = randomGroup(random);
            long[] foc = randomGroup(random);
            RelativeLikelihood base = compute(ref[0], ref[1], foc[0], foc[1]);
            RelativeLikelihood big = compute(4 * ref[0], 4 * ref[1], 4 * foc[0], 4 * foc[1]);

            assertThat(big.ratio()).isCloseTo(base.ratio(), within(1e-12 * base.ratio()));
            double baseWidth = Math.log(base.upper() / base.lower());
            double bigWidth = Math.log(big.upper() / big.lower());
            assertThat(bigWidth).isCloseTo(baseWidth / 2, within(1e-9));
            assertThat(big.lower()).isGreaterThanOrEqualTo(base.lower() * (1 - 1e-12));
            assertThat(big.upper()).isLessThanOrEqualTo(base.upper() * (1 + 1e-12));
        }
    }

    @Test
    void swappingGroupsInvertsEverything() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < CASES; i++) {
            long[] ref = randomGroup(random);
            long[] foc = randomGroup(random);
            RelativeLikelihood forward = compute(ref[0], ref[1], foc[0], foc[1]);
            RelativeLikelihood backward = compute(foc[0], foc[1], ref[0], ref[1]);

            assertThat(backward.ratio() * forward.ratio()).isCloseTo(1.0, within(1e-12));
            assertThat(backward.lower() * forward.upper()).isCloseTo(1.0, within(1e-12));
            assertThat(backward.upper() * forward.lower()).isCloseTo(1.0, within(1e-12));
            assertThat(backward.fourFifthsAdverseImpact()).isEqualTo(forward.fourFifthsAdverseImpact());
            assertThat(backward.parityWithinInterval()).isEqualTo(forward.parityWithinInterval());
        }
    }

    @Test
    void twoGroupFourFifthsFlagAgreesWithTheRuleAndWithRatioBounds() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < CASES; i++) {
            long[] ref = randomGroup(random);
            long[] foc = randomGroup(random);
            RelativeLikelihood rl = compute(ref[0], ref[1], foc[0], foc[1]);

            Map<String, GroupOutcome> two = new LinkedHashMap<>();
            two.put("reference", rl.reference());
            two.put("focal", rl.focal());
            boolean ruleFlags = FourFifthsRule.assess(two).values().stream().anyMatch(ImpactRatio::adverseImpact);
            assertThat(rl.fourFifthsAdverseImpact()).isEqualTo(ruleFlags);

            // Away from the exact boundaries, the flag is "ratio > 1.25 or ratio < 0.8".
            if (Math.abs(rl.ratio() - 1.25) > 1e-9 && Math.abs(rl.ratio() - 0.8) > 1e-9) {
                assertThat(rl.fourFifthsAdverseImpact()).isEqualTo(rl.ratio() > 1.25 || rl.ratio() < 0.8);
            }
        }
    }

    @Test
    void extremeCountsStayFinite() {
        RelativeLikelihood tiny = compute(Long.MAX_VALUE, 1, 1, 1);
        assertThat(tiny.ratio()).isPositive().isFinite();
        assertThat(tiny.lower()).isPositive();
        assertThat(tiny.upper()).isFinite();

        RelativeLikelihood huge = compute(1, 1, Long.MAX_VALUE, 1);
        assertThat(huge.upper()).isFinite();
        assertThat(huge.fourFifthsAdverseImpact()).isTrue();

        RelativeLikelihood nearlyAll = compute(Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE, Long.MAX_VALUE - 1);
        assertThat(nearlyAll.ratio()).isEqualTo(1.0);
        assertThat(nearlyAll.lower()).isLessThanOrEqualTo(1.0);
        assertThat(nearlyAll.upper()).isGreaterThanOrEqualTo(1.0);
    }

    /**
     * Sanity check that the interval means what it says: with true rates 0.30 and 0.15 (RR = 2)
     * and 200 candidates per group, about 95% of intervals should contain 2. The Katz interval is
     * known to be close to nominal here; 4,000 simulated panels give a standard error of ~0.35
     * percentage points, so [0.93, 0.97] is a generous band.
     */
    @Test
    void coverageIsCloseToNominalInSimulation() {
        Random random = new Random(SEED + 4);
        int trials = 4_000;
        int covered = 0;
        int computed = 0;
        for (int t = 0; t < trials; t++) {
            long a = binomial(random, 200, 0.30);
            long c = binomial(random, 200, 0.15);
            RelativeLikelihoodResult result = RelativeLikelihoods.of(GroupOutcome.of(200, a), GroupOutcome.of(200, c), 0);
            if (result instanceof RelativeLikelihood) {
                RelativeLikelihood rl = (RelativeLikelihood) result;
                computed++;
                if (rl.lower() <= 2.0 && 2.0 <= rl.upper()) {
                    covered++;
                }
            }
        }
        assertThat(computed).isEqualTo(trials);
        assertThat((double) covered / computed).isBetween(0.93, 0.97);
    }

    private static long binomial(Random random, int n, double p) {
        long successes = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }
}
