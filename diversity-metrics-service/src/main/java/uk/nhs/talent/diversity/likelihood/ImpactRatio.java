package uk.nhs.talent.diversity.likelihood;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One group's result under the {@link FourFifthsRule}.
 *
 * <p>The constructor throws {@link IllegalArgumentException} if the ratio, flags and status are
 * inconsistent, and {@link NullPointerException} if {@code outcome} or {@code status} is null.
 *
 * @param outcome the group's counts
 * @param status whether the group could be assessed
 * @param ratio the group's selection rate divided by the highest group's rate, in {@code [0, 1]};
 *     {@code null} (never {@code NaN}) unless {@code status} is {@link ImpactStatus#ASSESSED}
 * @param highestRate whether this group has the highest selection rate (ties allowed)
 * @param adverseImpact whether the ratio is below four-fifths (0.8); always {@code false} when
 *     not assessed
 */
public record ImpactRatio(
        GroupOutcome outcome, ImpactStatus status, Double ratio, boolean highestRate, boolean adverseImpact) {

    /**
     * Validates consistency between status, ratio and flags.
     *
     * @param outcome the group's counts
     * @param status whether the group could be assessed
     * @param ratio the impact ratio, or {@code null} when not assessed
     * @param highestRate whether this group has the highest rate
     * @param adverseImpact whether the ratio is below four-fifths
     * @throws IllegalArgumentException if the fields are inconsistent
     */
    public ImpactRatio {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        if (status == ImpactStatus.ASSESSED) {
            if (ratio == null || !(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("an assessed ratio must be in [0, 1] but was " + ratio);
            }
        } else if (ratio != null || highestRate || adverseImpact) {
            throw new IllegalArgumentException("a group that is not assessed has no ratio or flags");
        }
    }

    /**
     * The impact ratio rounded to 2 decimal places for publication.
     *
     * @return the rounded ratio, or {@code null} when not assessed
     */
    public BigDecimal roundedRatio() {
        return ratio == null ? null : RelativeLikelihood.round(ratio);
    }
}
