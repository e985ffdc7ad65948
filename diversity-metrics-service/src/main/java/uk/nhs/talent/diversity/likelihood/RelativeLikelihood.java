package uk.nhs.talent.diversity.likelihood;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A computed relative likelihood with its confidence interval, as produced by {@link
 * RelativeLikelihoods#of}.
 *
 * <p>{@code ratio = (reference.selected / reference.considered) / (focal.selected /
 * focal.considered)}: 1 is parity, above 1 means the reference group (e.g. white applicants for
 * WRES indicator 2) is more likely to be selected than the focal group (e.g. BME applicants).
 * {@code [lower, upper]} is the Katz log confidence interval described in {@link
 * RelativeLikelihoods}.
 *
 * <p>The components hold unrounded values. Use {@link #roundedRatio()}, {@link #roundedLower()}
 * and {@link #roundedUpper()} for the 2 decimal place figures used in WRES and WDES publications.
 *
 * <p>The constructor throws {@link IllegalArgumentException} unless the values are finite with
 * {@code 0 < lower <= ratio <= upper} and {@code 0 < confidenceLevel < 1}.
 *
 * @param reference the reference group's outcome (the numerator's rate)
 * @param focal the focal group's outcome (the denominator's rate)
 * @param ratio the relative likelihood, finite and {@code > 0}
 * @param lower lower confidence limit, {@code 0 < lower <= ratio}
 * @param upper upper confidence limit, {@code ratio <= upper}, finite
 * @param confidenceLevel the interval's confidence level, in {@code (0, 1)}, e.g. 0.95
 */
public record RelativeLikelihood(
        GroupOutcome reference,
        GroupOutcome focal,
        double ratio,
        double lower,
        double upper,
        double confidenceLevel)
        implements RelativeLikelihoodResult {

    /** Decimal places used in WRES / WDES publications. */
    public static final int PUBLISHED_DECIMAL_PLACES = 2;

    /**
     * Validates that the values are finite and ordered.
     *
     * @param reference the reference group's outcome
     * @param focal the focal group's outcome
     * @param ratio the relative likelihood
     * @param lower lower confidence limit
     * @param upper upper confidence limit
     * @param confidenceLevel the confidence level
     * @throws IllegalArgumentException unless finite with {@code 0 < lower <= ratio <= upper} and
     *     {@code 0 < confidenceLevel < 1}
     */
    public RelativeLikelihood {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(focal, "focal");
        if (!Double.isFinite(ratio) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException(
                    "ratio and limits must be finite: " + ratio + " [" + lower + ", " + upper + "]");
        }
        if (!(lower > 0 && lower <= ratio && ratio <= upper)) {
            throw new IllegalArgumentException(
                    "need 0 < lower <= ratio <= upper but got " + ratio + " [" + lower + ", " + upper + "]");
        }
        RelativeLikelihoods.requireValidConfidenceLevel(confidenceLevel);
    }

    /**
     * Whether parity (a ratio of exactly 1) lies within the confidence interval, i.e. whether the
     * difference between the groups is <em>not</em> statistically significant at this level.
     *
     * @return {@code lower <= 1 <= upper}
     */
    public boolean parityWithinInterval() {
        return lower <= 1.0 && 1.0 <= upper;
    }

    /**
     * Whether the two groups' selection rates breach the four-fifths rule (see {@link
     * FourFifthsRule}): the lower rate is less than 80% of the higher one. For two groups this is
     * exactly {@code ratio > 1.25} (focal group disadvantaged) or {@code ratio < 0.8} (reference
     * group disadvantaged). Evaluated exactly on the integer counts, so a ratio of exactly 1.25 or
     * 0.8 is not flagged.
     *
     * @return {@code true} if either group's impact ratio is below 0.8
     */
    public boolean fourFifthsAdverseImpact() {
        return FourFifthsRule.belowFourFifths(focal, reference)
                || FourFifthsRule.belowFourFifths(reference, focal);
    }

    /**
     * The ratio rounded to 2 decimal places for publication.
     *
     * @return e.g. {@code 2.00}
     * @see #round(double)
     */
    public BigDecimal roundedRatio() {
        return round(ratio);
    }

    /**
     * The lower confidence limit rounded to 2 decimal places for publication.
     *
     * @return e.g. {@code 1.25}
     */
    public BigDecimal roundedLower() {
        return round(lower);
    }

    /**
     * The upper confidence limit rounded to 2 decimal places for publication.
     *
     * @return e.g. {@code 3.21}
     */
    public BigDecimal roundedUpper() {
        return round(upper);
    }

    /**
     * Rounds a value to {@value #PUBLISHED_DECIMAL_PLACES} decimal places, half up, starting from
     * its shortest decimal representation ({@link BigDecimal#valueOf(double)}), as spreadsheet
     * {@code ROUND} does: 1.005 becomes 1.01, not the 1.00 that rounding the binary value
     * 1.00499999999999989... would give.
     *
     * @param value a finite value
     * @return the value with scale 2
     */
    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(PUBLISHED_DECIMAL_PLACES, java.math.RoundingMode.HALF_UP);
    }
}
