package uk.nhs.talent.gateway.projection;

import java.util.SplittableRandom;

/**
 * Beta draws as X ÷ (X + Y) with X ~ Gamma(a) and Y ~ Gamma(b). Gamma draws follow Marsaglia and Tsang, "A simple
 * method for generating gamma variables" (2000): constant time for any shape, which matters since 100 000
 * person-years of exposure make shapes that large. A shape below 1 takes their boost, Gamma(a) = Gamma(a + 1) ×
 * U^(1/a): a default rate held with little weight (a probability of 0.03 as if seen over 20 person-years)
 * has a shape of 0.6.
 */
final class BetaSampler {

    private BetaSampler() {
    }

    /** A Beta(a, b) draw, for shapes a, b > 0. */
    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a);
        double sum = x + gamma(random, b);
        // Both draws underflow to 0 only when both shapes are tiny; the Beta's mean is then the fair answer.
        return sum > 0 ? x / sum : a / (a + b);
    }

    /** A Gamma(shape, 1) draw, for shape > 0. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(openUniform(random), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = openUniform(random);
            // The squeeze accepts most draws without a logarithm; the exact test decides the rest.
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Uniform on (0, 1], so that its logarithm and its powers stay finite. */
    private static double openUniform(SplittableRandom random) {
        return 1 - random.nextDouble();
    }
}
