package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeLikelihoodsTest {

    private static final long NO_SUPPRESSION = 0;

    private static RelativeLikelihood computed(RelativeLikelihoodResult result) {
        assertThat(result).isInstanceOf(RelativeLikelihood.class);
        return (RelativeLikelihood) result;
    }

    private static RelativeLikelihood compute(long n1, long a, long n2, long c) {
        return computed(RelativeLikelihoods.of(GroupOutcome.of(n1, a), GroupOutcome.of(n2, c), NO_SUPPRESSION));
    }

    @Nested
    class KnownFigures {

        /**
         * White: 300 shortlisted, 60 appointed; BME: 200 shortlisted, 20 appointed.
         *
         * <pre>
         * rates      60/300 = 0.2 ; 20/200 = 0.1
         * RR         0.2 / 0.1 = 2
         * Var(ln RR) 1/60 - 1/300 + 1/20 - 1/200
         *            = (5 - 1)/300 + (10 - 1)/200 = 4/300 + 9/200
         *            = 8/600 + 27/600 = 35/600 = 7/120 = 0.0583333...
         * SE         sqrt(7/120) = 0.2415229458
         * z * SE     1.959963985 * 0.2415229458 = 0.4733762751
         * ln RR      ln 2 = 0.6931471806
         * lower      exp(0.6931471806 - 0.4733762751) = exp(0.2197709055) = 1.2457912938
         * upper      exp(0.6931471806 + 0.4733762751) = exp(1.1665234557) = 3.2108106870
         * check      lower * upper = RR^2 = 4 (interval symmetric on the log scale)
         * </pre>
         */
        @Test
        void handComputedWhiteVersusBme() {
            RelativeLikelihood rl = compute(300, 60, 200, 20);

            assertThat(rl.ratio()).isCloseTo(2.0, within(1e-12));
            assertThat(rl.lower()).isCloseTo(1.2457912938, within(1e-9));
            assertThat(rl.upper()).isCloseTo(3.2108106870, within(1e-9));
            assertThat(rl.lower() * rl.upper()).isCloseTo(4.0, within(1e-12));
            assertThat(rl.confidenceLevel()).isEqualTo(0.95);

            assertThat(rl.roundedRatio()).isEqualTo(new BigDecimal("2.00"));
            assertThat(rl.roundedLower()).isEqualTo(new BigDecimal("1.25"));
            assertThat(rl.roundedUpper()).isEqualTo(new BigDecimal("3.21"));

            assertThat(rl.parityWithinInterval()).isFalse();
            assertThat(rl.fourFifthsAdverseImpact()).isTrue(); // 2.00 > 1.25: BME rate is half the white rate
            assertThat(rl.reference()).isEqualTo(GroupOutcome.of(300, 60));
            assertThat(rl.focal()).isEqualTo(GroupOutcome.of(200, 20));
        }

        /**
         * Same counts at other confidence levels. z(99%) = 2.5758293035, z(90%) = 1.6448536270:
         *
         * <pre>
         * 99%: exp(0.6931471806 -/+ 2.5758293035 * 0.2415229458) = exp(0.6931471806 -/+ 0.6221218812)
         *      = [1.0736083871, 3.7257533081]
         * 90%: exp(0.6931471806 -/+ 1.6448536270 * 0.2415229458) = exp(0.6931471806 -/+ 0.3972698933)
         *      = [1.3443051833, 2.9755148234]
         * </pre>
         *
         * (cross-checked with scipy.stats.contingency.relative_risk(60, 300, 20, 200)).
         */
        @Test
        void otherConfidenceLevels() {
            GroupOutcome white = GroupOutcome.of(300, 60);
            GroupOutcome bme = GroupOutcome.of(200, 20);

            RelativeLikelihood ci99 = computed(RelativeLikelihoods.of(white, bme, NO_SUPPRESSION, 0.99));
            assertThat(ci99.lower()).isCloseTo(1.0736083871, within(1e-8));
            assertThat(ci99.upper()).isCloseTo(3.7257533081, within(1e-8));
            assertThat(ci99.confidenceLevel()).isEqualTo(0.99);

            RelativeLikelihood ci90 = computed(RelativeLikelihoods.of(white, bme, NO_SUPPRESSION, 0.90));
            assertThat(ci90.lower()).isCloseTo(1.3443051833, within(1e-8));
            assertThat(ci90.upper()).isCloseTo(2.9755148234, within(1e-8));
        }

        /**
         * Published example: Sahai H, Khurshid A. Statistics in Epidemiology (CRC Press, 1996),
         * Example 3.1, as reproduced in the SciPy documentation of
         * scipy.stats.contingency.relative_risk, which implements the Katz interval. Coronary heart
         * disease in 27 of 122 men with high catecholamine (CAT) and 44 of 487 with low CAT.
         * SciPy's documented output: relative_risk = 2.4495156482861398,
         * confidence_interval(0.95) = (1.5836990926700116, 3.7886786315466354).
         *
         * <pre>
         * RR = (27/122) / (44/487) = 13149 / 5368 = 2.44951565
         * Var = 1/27 - 1/122 + 1/44 - 1/487 = 0.0495142004 ; SE = 0.2225178653
         * CI = exp(0.8958903104 -/+ 0.4361270018) = [1.58369909, 3.78867863]
         * </pre>
         */
        @Test
        void publishedExampleSahaiKhurshid() {
            RelativeLikelihood rl = compute(122, 27, 487, 44);

            assertThat(rl.ratio()).isCloseTo(2.4495156482861398, within(1e-12));
            assertThat(rl.lower()).isCloseTo(1.5836990926700116, within(1e-12));
            assertThat(rl.upper()).isCloseTo(3.7886786315466354, within(1e-12));
            assertThat(rl.roundedRatio()).isEqualTo(new BigDecimal("2.45"));
            assertThat(rl.roundedLower()).isEqualTo(new BigDecimal("1.58"));
            assertThat(rl.roundedUpper()).isEqualTo(new BigDecimal("3.79"));
        }

        /**
         * Published example from the SciPy documentation of RelativeRiskResult.confidence_interval
         * (Katz method): relative_risk(10, 75, 12, 225) gives 2.5 and
         * (1.1261564003469628, 5.549850800541033).
         *
         * <pre>
         * RR = (10/75) / (12/225) = 0.13333 / 0.05333 = 2.5
         * Var = 1/10 - 1/75 + 1/12 - 1/225 = 0.1655555556 ; SE = 0.4068851872
         * CI = exp(0.9162907319 -/+ 0.7974803127) = [1.12615640, 5.54985080]
         * </pre>
         */
        @Test
        void publishedExampleScipyDocumentation() {
            RelativeLikelihood rl = compute(75, 10, 225, 12);

            assertThat(rl.ratio()).isCloseTo(2.5, within(1e-12));
            assertThat(rl.lower()).isCloseTo(1.1261564003469628, within(1e-12));
            assertThat(rl.upper()).isCloseTo(5.549850800541033, within(1e-12));
        }
    }

    @Nested
    class ParityAndSymmetry {

        @Test
        void equalRatesGiveParityInsideTheInterval() {
            // 25/100 = 0.25 and 10/40 = 0.25 -> RR = 1 exactly
            RelativeLikelihood rl = compute(100, 25, 40, 10);

            assertThat(rl.ratio()).isEqualTo(1.0);
            assertThat(rl.lower()).isLessThan(1.0);
            assertThat(rl.upper()).isGreaterThan(1.0);
            assertThat(rl.parityWithinInterval()).isTrue();
            assertThat(rl.fourFifthsAdverseImpact()).isFalse();
            assertThat(rl.roundedRatio()).isEqualTo(new BigDecimal("1.00"));
        }

        @Test
        void swappingGroupsInvertsRatioAndInterval() {
            RelativeLikelihood whiteVsBme = compute(300, 60, 200, 20);
            RelativeLikelihood bmeVsWhite = compute(200, 20, 300, 60);

            // 0.1 / 0.2 = 0.5 ; interval [1/3.2108106870, 1/1.2457912938] = [0.3114478235, 0.8027026717]
            assertThat(bmeVsWhite.ratio()).isCloseTo(0.5, within(1e-12));
            assertThat(bmeVsWhite.lower()).isCloseTo(1 / whiteVsBme.upper(), within(1e-12));
            assertThat(bmeVsWhite.upper()).isCloseTo(1 / whiteVsBme.lower(), within(1e-12));
            assertThat(bmeVsWhite.lower()).isCloseTo(0.3114478235, within(1e-9));
            assertThat(bmeVsWhite.upper()).isCloseTo(0.8027026717, within(1e-9));
            assertThat(bmeVsWhite.fourFifthsAdverseImpact()).isTrue();
        }

        @Test
        void everyoneSelectedGivesADegenerateButFiniteInterval() {
            // SE = sqrt(1/10 - 1/10 + 1/5 - 1/5) = 0 -> interval collapses to RR = 1
            RelativeLikelihood rl = compute(10, 10, 5, 5);
            assertThat(rl.ratio()).isEqualTo(1.0);
            assertThat(rl.lower()).isEqualTo(1.0);
            assertThat(rl.upper()).isEqualTo(1.0);
            assertThat(rl.parityWithinInterval()).isTrue();
        }
    }

    @Nested
    class NotComputableCases {

        @ParameterizedTest(name = "ref {1}/{0}, focal {3}/{2}, suppressUpTo {4} -> {5}")
        @CsvSource({
            // n1,  a,  n2,  c, suppressUpTo, reason
            "0,     0,  100, 10, 0, EMPTY_GROUP",
            "100,  10,  0,    0, 0, EMPTY_GROUP",
            "0,     0,  0,    0, 7, EMPTY_GROUP",
            "100,   0,  100, 10, 0, NO_SELECTIONS_IN_REFERENCE",
            "100,  10,  100,  0, 0, NO_SELECTIONS_IN_FOCAL",
            "100,   0,  100,  0, 0, NO_SELECTIONS_IN_EITHER_GROUP",
            "100,   0,  100,  3, 7, NO_SELECTIONS_IN_REFERENCE",
            "100,   7,  100, 20, 7, SUPPRESSED_SMALL_GROUP",
            "100,  20,  100,  7, 7, SUPPRESSED_SMALL_GROUP",
            "100,   1,  100, 20, 7, SUPPRESSED_SMALL_GROUP",
            "7,     7,  100, 20, 7, SUPPRESSED_SMALL_GROUP",
            "100,  20,  7,    7, 7, SUPPRESSED_SMALL_GROUP",
            // a small group with nobody selected is suppressed, not reported as 'no selections'
            "100,  20,  5,    0, 7, SUPPRESSED_SMALL_GROUP",
            "3,     0,  100, 20, 7, SUPPRESSED_SMALL_GROUP",
            // too few NOT selected: "all of the 30 but 3 were appointed" discloses the 3
            "30,   27,  100, 20, 7, SUPPRESSED_SMALL_GROUP",
            "100,  20,  30,  23, 7, SUPPRESSED_SMALL_GROUP",
            "100,  20,  40,  40, 7, SUPPRESSED_SMALL_GROUP",
        })
        void reportsAReasonInsteadOfARatio(long n1, long a, long n2, long c, long suppressUpTo, NotComputableReason reason) {
            RelativeLikelihoodResult result =
                    RelativeLikelihoods.of(GroupOutcome.of(n1, a), GroupOutcome.of(n2, c), suppressUpTo);

            assertThat(result).isEqualTo(new NotComputable(reason));
            assertThat(result.computed()).isFalse();
            assertThat(result.estimate()).isEmpty();
            assertThat(result.notComputableReason()).contains(reason);
        }

        @Test
        void everyCountJustAboveTheThresholdIsReported() {
            // a = c = 8 > 7 selected, n1 - a = 8 and n2 - c = 9 > 7 not selected
            RelativeLikelihoodResult result =
                    RelativeLikelihoods.of(GroupOutcome.of(16, 8), GroupOutcome.of(17, 8), 7);

            assertThat(result.computed()).isTrue();
            assertThat(result.notComputableReason()).isEmpty();
            assertThat(result.estimate()).get().extracting(RelativeLikelihood::ratio).isEqualTo(17.0 / 16.0);
        }

        @Test
        void theNumberNotSelectedMustBeAboveTheThresholdToo() {
            GroupOutcome focal = GroupOutcome.of(100, 20);
            // 30 considered, 22 selected: 8 not selected is reported; 23 selected leaves 7, which is not
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(30, 22), focal, 7).computed()).isTrue();
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(30, 23), focal, 7))
                    .isEqualTo(new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP));
            assertThat(RelativeLikelihoods.of(focal, GroupOutcome.of(30, 23), 7))
                    .isEqualTo(new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP));
            // everyone selected: suppressed under a threshold, the degenerate interval without one
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(30, 30), focal, 7).computed()).isFalse();
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(30, 30), focal, 0).computed()).isTrue();
        }

        @Test
        void suppressionThresholdIsInclusive() {
            GroupOutcome focal = GroupOutcome.of(100, 20);
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(100, 7), focal, 7).computed()).isFalse();
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(100, 8), focal, 7).computed()).isTrue();
            assertThat(RelativeLikelihoods.of(GroupOutcome.of(100, 1), focal, 0).computed()).isTrue();
        }
    }

    @Nested
    class InvalidInput {

        @Test
        void rejectsNegativeThreshold() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> RelativeLikelihoods.of(GroupOutcome.of(10, 5), GroupOutcome.of(10, 5), -1))
                    .withMessageContaining("suppressUpTo");
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
        void rejectsConfidenceLevelOutsideOpenUnitInterval(double level) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> RelativeLikelihoods.of(GroupOutcome.of(10, 5), GroupOutcome.of(10, 5), 0, level))
                    .withMessageContaining("confidenceLevel");
        }

        @Test
        void rejectsNullGroups() {
            assertThatNullPointerException().isThrownBy(() -> RelativeLikelihoods.of(null, GroupOutcome.of(10, 5), 0));
            assertThatNullPointerException().isThrownBy(() -> RelativeLikelihoods.of(GroupOutcome.of(10, 5), null, 0));
        }

        @Test
        void moreSelectedThanConsideredIsRejectedBeforeAnyRatio() {
            assertThatIllegalArgumentException().isThrownBy(() -> GroupOutcome.of(20, 21));
        }

        @Test
        void recordRejectsNonFiniteOrUnorderedValues() {
            GroupOutcome g = GroupOutcome.of(10, 5);
            assertThatIllegalArgumentException().isThrownBy(() -> new RelativeLikelihood(g, g, Double.NaN, 1, 1, 0.95));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new RelativeLikelihood(g, g, 1, 0.5, Double.POSITIVE_INFINITY, 0.95));
            assertThatIllegalArgumentException().isThrownBy(() -> new RelativeLikelihood(g, g, 1, 1.1, 2, 0.95));
            assertThatIllegalArgumentException().isThrownBy(() -> new RelativeLikelihood(g, g, 1, 0, 2, 0.95));
            assertThatIllegalArgumentException().isThrownBy(() -> new RelativeLikelihood(g, g, 1, 0.5, 2, 1.0));
            assertThatNullPointerException().isThrownBy(() -> new NotComputable(null));
        }
    }

    @Nested
    class FourFifthsForTwoGroups {

        @ParameterizedTest(name = "ref {1}/{0} vs focal {3}/{2} -> ratio {4}, flagged {5}")
        @CsvSource({
            // n1, a,  n2,  c,  ratio,     flagged
            "100,  50, 100, 40, 1.25,      false", // focal rate exactly 4/5 of reference
            "100,  50, 100, 39, 1.2820513, true",
            "100,  40, 100, 50, 0.8,       false", // reference rate exactly 4/5 of focal
            "100,  39, 100, 50, 0.78,      true",
            "100,  75, 100, 60, 1.25,      false", // 0.6/0.75 is 0.7999999999999999 in naive doubles
            "100,  60, 100, 75, 0.8,       false",
            "1000, 500, 1000, 401, 1.2468828, false",
        })
        void flagCorrespondsToRatioAbove125OrBelow08(long n1, long a, long n2, long c, double ratio, boolean flagged) {
            RelativeLikelihood rl = compute(n1, a, n2, c);
            assertThat(rl.ratio()).isCloseTo(ratio, within(1e-7));
            assertThat(rl.fourFifthsAdverseImpact()).isEqualTo(flagged);
        }
    }

    @Nested
    class Rounding {

        @Test
        void roundsHalfUpFromTheShortestDecimal() {
            assertThat(RelativeLikelihood.round(1.005)).isEqualTo(new BigDecimal("1.01"));
            assertThat(RelativeLikelihood.round(0.125)).isEqualTo(new BigDecimal("0.13"));
            assertThat(RelativeLikelihood.round(1.2449999)).isEqualTo(new BigDecimal("1.24"));
            assertThat(RelativeLikelihood.round(2)).isEqualTo(new BigDecimal("2.00"));
        }

        @Test
        void roundedAccessorsUseTwoDecimalPlaces() {
            // ref 201/1000 vs focal 200/1000: RR = 201/200 = 1.005 (binary 1.00499999...) -> "1.01"
            RelativeLikelihood rl = compute(1000, 201, 1000, 200);
            assertThat(rl.roundedRatio()).isEqualTo(new BigDecimal("1.01"));
            assertThat(rl.roundedLower().scale()).isEqualTo(2);
            assertThat(rl.roundedUpper().scale()).isEqualTo(2);
        }
    }
}
