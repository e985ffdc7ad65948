package uk.nhs.talent.diversity.likelihood;

import java.util.Objects;

/**
 * Computes relative likelihoods of selection with confidence intervals.
 *
 * <h2>Ratio</h2>
 *
 * <p>With {@code a} of {@code n1} reference candidates selected and {@code c} of {@code n2} focal
 * candidates selected:
 *
 * <pre>
 *   RR = (a / n1) / (c / n2)
 * </pre>
 *
 * <p>This is WRES indicator 2 (reference = white, focal = BME, n = shortlisted, a/c = appointed)
 * and WDES metric 2 (reference = non-disabled, focal = disabled).
 *
 * <h2>Confidence interval: Katz log method</h2>
 *
 * <p>The interval is computed on the log scale, treating the two groups as independent binomial
 * samples, and transformed back:
 *
 * <pre>
 *   SE(ln RR) = sqrt(1/a - 1/n1 + 1/c - 1/n2)
 *   CI        = exp(ln RR - z * SE)  to  exp(ln RR + z * SE)
 * </pre>
 *
 * <p>where {@code z} is the two-sided standard normal critical value (1.959963984540054 for 95%).
 * Reference: Katz D, Baptista J, Azen SP, Pike MC. Obtaining confidence intervals for the risk
 * ratio in cohort studies. <i>Biometrics</i> 1978;34:469&ndash;474 (their "method C"). This is the
 * interval given by {@code scipy.stats.contingency.relative_risk(...).confidence_interval()} and
 * by R's {@code epitools::riskratio.wald}. The interval is symmetric on the log scale, so swapping
 * reference and focal gives {@code 1/RR} with interval {@code [1/upper, 1/lower]}. When everyone
 * in both groups was selected ({@code a = n1}, {@code c = n2}) the standard error is 0 and the
 * interval collapses to the ratio.
 *
 * <h2>When no ratio is reported</h2>
 *
 * <p>A {@link NotComputable} is returned, never {@code NaN} or an infinity, when:
 *
 * <ul>
 *   <li>{@code n1 = 0} or {@code n2 = 0}: {@link NotComputableReason#EMPTY_GROUP};
 *   <li>{@code a = 0} and/or {@code c = 0}: the ratio is 0 or undefined and its log interval is
 *       undefined ({@link NotComputableReason#NO_SELECTIONS_IN_REFERENCE}, {@link
 *       NotComputableReason#NO_SELECTIONS_IN_FOCAL}, {@link
 *       NotComputableReason#NO_SELECTIONS_IN_EITHER_GROUP});
 *   <li><b>disclosure control</b>: any of the six counts {@code a, n1, c, n2} and the numbers
 *       <em>not</em> selected {@code n1 - a, n2 - c} is at or below {@code suppressUpTo}, i.e. a
 *       ratio is reported only where every count behind it is strictly greater than the threshold
 *       ({@link NotComputableReason#SUPPRESSED_SMALL_GROUP}). The numbers not selected are tested
 *       because a ratio with its counts would otherwise say "everyone in this group of 30 was
 *       appointed but 3", as disclosive as publishing the 3. A group whose considered
 *       count is at or below the threshold is reported as suppressed even if nobody in it was
 *       selected, so a small group's outcome is never revealed; see {@link NotComputableReason}
 *       for the full order of precedence. A threshold of 0 disables suppression (zero counts are
 *       already not computable).
 * </ul>
 *
 * <p>Invalid input (a negative count, or more selected than considered) is rejected with an
 * {@link IllegalArgumentException} by {@link GroupOutcome} itself.
 */
public final class RelativeLikelihoods {

    /** The confidence level used when none is given. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    private RelativeLikelihoods() {}

    /**
     * The relative likelihood of the reference group being selected compared with the focal group,
     * with a 95% Katz log confidence interval.
     *
     * @param reference the reference group (e.g. white applicants), the numerator's rate
     * @param focal the focal group (e.g. BME applicants), the denominator's rate
     * @param suppressUpTo disclosure threshold: no ratio unless each group's considered, selected
     *     and not-selected counts are strictly greater than this (e.g. 7); 0 for no suppression
     * @return the computed {@link RelativeLikelihood} or a {@link NotComputable}
     * @throws NullPointerException if a group is null
     * @throws IllegalArgumentException if {@code suppressUpTo} is negative
     */
    public static RelativeLikelihoodResult of(GroupOutcome reference, GroupOutcome focal, long suppressUpTo) {
        return of(reference, focal, suppressUpTo, DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * As {@link #of(GroupOutcome, GroupOutcome, long)} with a chosen confidence level.
     *
     * @param reference the reference group, the numerator's rate
     * @param focal the focal group, the denominator's rate
     * @param suppressUpTo disclosure threshold, {@code >= 0}
     * @param confidenceLevel in {@code (0, 1)}, e.g. 0.95 or 0.99
     * @return the computed {@link RelativeLikelihood} or a {@link NotComputable}
     * @throws NullPointerException if a group is null
     * @throws IllegalArgumentException if {@code suppressUpTo} is negative or the confidence level
     *     is not strictly between 0 and 1
     */
    public static RelativeLikelihoodResult of(
            GroupOutcome reference, GroupOutcome focal, long suppressUpTo, double confidenceLevel) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(focal, "focal");
        if (suppressUpTo < 0) {
            throw new IllegalArgumentException("suppressUpTo must be >= 0 but was " + suppressUpTo);
        }
        requireValidConfidenceLevel(confidenceLevel);

        long a = reference.selected();
        long n1 = reference.considered();
        long c = focal.selected();
        long n2 = focal.considered();

        if (n1 == 0 || n2 == 0) {
            return new NotComputable(NotComputableReason.EMPTY_GROUP);
        }
        if (n1 <= suppressUpTo || n2 <= suppressUpTo) {
            return new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP);
        }
        if (a == 0 && c == 0) {
            return new NotComputable(NotComputableReason.NO_SELECTIONS_IN_EITHER_GROUP);
        }
        if (a == 0) {
            return new NotComputable(NotComputableReason.NO_SELECTIONS_IN_REFERENCE);
        }
        if (c == 0) {
            return new NotComputable(NotComputableReason.NO_SELECTIONS_IN_FOCAL);
        }
        if (a <= suppressUpTo || c <= suppressUpTo) {
            return new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP);
        }
        // Threshold 0 disables suppression: everyone selected (n - a = 0) is then a valid, if degenerate, case.
        if (suppressUpTo > 0 && (n1 - a <= suppressUpTo || n2 - c <= suppressUpTo)) {
            return new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP);
        }

        // RR = (a/n1) / (c/n2) = (a * n2) / (c * n1), formed in floating point (the products can
        // exceed the range of long; a double is accurate to about 1e-16 relative).
        double ratio = ((double) a * (double) n2) / ((double) c * (double) n1);
        // Var(ln RR) = 1/a - 1/n1 + 1/c - 1/n2; each difference is >= 0 because a <= n1, c <= n2.
        double variance = (1.0 / a - 1.0 / n1) + (1.0 / c - 1.0 / n2);
        double halfWidth = NormalQuantile.twoSidedCriticalValue(confidenceLevel) * Math.sqrt(variance);
        double logRatio = Math.log(ratio);
        // exp(log(x)) can differ from x in the last bit; keep the ratio inside its own interval.
        double lower = Math.min(ratio, Math.exp(logRatio - halfWidth));
        double upper = Math.max(ratio, Math.exp(logRatio + halfWidth));
        return new RelativeLikelihood(reference, focal, ratio, lower, upper, confidenceLevel);
    }

    static void requireValidConfidenceLevel(double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "confidenceLevel must be strictly between 0 and 1 but was " + confidenceLevel);
        }
    }
}
