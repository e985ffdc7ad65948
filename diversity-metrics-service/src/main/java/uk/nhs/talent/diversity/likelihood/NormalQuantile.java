package uk.nhs.talent.diversity.likelihood;

/**
 * The standard normal quantile function (inverse cumulative distribution function).
 *
 * <p>Uses Peter J. Acklam's rational approximation ("An algorithm for computing the inverse normal
 * cumulative distribution function", 2003), whose relative error is below 1.15e-9 over the whole
 * range: far below anything visible in a ratio published to 2 decimal places. The quantile for a
 * 95% two-sided interval, the one used by default, is returned exactly as {@link #Z_95}.
 */
final class NormalQuantile {

    /** The 0.975 quantile of the standard normal distribution, to double precision. */
    static final double Z_95 = 1.959963984540054;

    private static final double[] A = {
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double P_LOW = 0.02425;
    private static final double P_HIGH = 1 - P_LOW;

    private NormalQuantile() {}

    /**
     * The two-sided critical value {@code z} for a confidence level, i.e. the {@code (1 + level) / 2}
     * quantile.
     *
     * @param confidenceLevel in {@code (0, 1)}
     * @return {@code z > 0}; exactly {@link #Z_95} for 0.95
     */
    static double twoSidedCriticalValue(double confidenceLevel) {
        if (confidenceLevel == 0.95) {
            return Z_95;
        }
        return inverse((1 + confidenceLevel) / 2);
    }

    /**
     * The {@code p} quantile of the standard normal distribution.
     *
     * @param p a probability strictly between 0 and 1
     * @return {@code x} such that {@code P(Z <= x) = p}
     * @throws IllegalArgumentException if {@code p} is not in {@code (0, 1)}
     */
    static double inverse(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1) but was " + p);
        }
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return tail(q);
        }
        if (p > P_HIGH) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -tail(q);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
}
