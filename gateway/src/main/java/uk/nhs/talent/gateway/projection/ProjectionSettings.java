package uk.nhs.talent.gateway.projection;

/**
 * How far to project and how to draw the uncertainty bands.
 *
 * @param years years projected, 1 to {@value #MAX_YEARS}
 * @param runs Monte Carlo runs per band, at least {@value #MIN_RUNS}
 * @param seed the base of every cell's seed: the same inputs and seed give exactly the same bands
 * @param defaultPseudoExposure the person-years a default rate counts as in the bands: small, so that a default is
 *     wide
 */
public record ProjectionSettings(int years, int runs, long seed, double defaultPseudoExposure) {

    public static final int MAX_YEARS = 30;
    /** Below this a 5th percentile rests on less than one run. */
    public static final int MIN_RUNS = 20;
    public static final int DEFAULT_RUNS = 500;
    public static final long DEFAULT_SEED = 20_260_901L;
    public static final double DEFAULT_PSEUDO_EXPOSURE = 20;

    /** @throws IllegalArgumentException naming the field, for a value out of range */
    public ProjectionSettings {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be 1 to " + MAX_YEARS + " but was " + years);
        }
        if (runs < MIN_RUNS) {
            throw new IllegalArgumentException("runs must be at least " + MIN_RUNS + " but was " + runs);
        }
        if (!(defaultPseudoExposure > 0) || Double.isInfinite(defaultPseudoExposure)) {
            throw new IllegalArgumentException(
                    "defaultPseudoExposure must be a finite number > 0 but was " + defaultPseudoExposure);
        }
    }

    /** {@value #DEFAULT_RUNS} runs, the default seed and pseudo-exposure. */
    public static ProjectionSettings forYears(int years) {
        return new ProjectionSettings(years, DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_PSEUDO_EXPOSURE);
    }
}
