package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samplers' means and variances against the formulas, over 200 000 seeded draws: the tolerance is five standard
 * errors of the mean, and 5% of the variance.
 */
class BetaSamplerTest {

    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @CsvSource({"0.3", "1", "4.5", "100000"})
    void gammaHasMeanAndVarianceEqualToItsShape(double shape) {
        SplittableRandom random = new SplittableRandom(7);

        assertMoments(() -> BetaSampler.gamma(random, shape), shape, shape);
    }

    @ParameterizedTest
    @CsvSource({"2, 5", "0.5, 0.5", "1, 1", "0.6, 19.4", "40001, 60001"})
    void betaHasItsMeanAndVariance(double a, double b) {
        SplittableRandom random = new SplittableRandom(11);

        // Mean a / (a + b); variance ab / ((a + b)² (a + b + 1)).
        assertMoments(() -> BetaSampler.beta(random, a, b), a / (a + b), a * b / ((a + b) * (a + b) * (a + b + 1)));
    }

    private static void assertMoments(DoubleSupplier sampler, double mean, double variance) {
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = sampler.getAsDouble();
            sum += x;
            sumOfSquares += x * x;
        }
        double sampleMean = sum / DRAWS;
        double sampleVariance = sumOfSquares / DRAWS - sampleMean * sampleMean;
        assertThat(sampleMean).isCloseTo(mean, within(5 * Math.sqrt(variance / DRAWS)));
        assertThat(sampleVariance).isCloseTo(variance, within(0.05 * variance));
    }
}
