package uk.nhs.talent.diversity.likelihood;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The four-fifths (80%) rule of adverse impact.
 *
 * <p>US EEOC Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D): "A selection
 * rate for any race, sex, or ethnic group which is less than four-fifths (4/5) (or eighty percent)
 * of the rate for the group with the highest rate will generally be regarded ... as evidence of
 * adverse impact". For each group the <em>impact ratio</em> is its selection rate divided by the
 * highest group's selection rate, and the group is flagged when that is below 0.8.
 *
 * <p>The comparison with 4/5 and the choice of highest group are made exactly on the integer
 * counts ({@code 5 * a_g * n_max < 4 * a_max * n_g}), so a ratio of exactly 0.8 is not flagged
 * whatever the floating-point rounding of the ratio.
 *
 * <p>For two groups, a flag corresponds to a {@linkplain RelativeLikelihoods relative likelihood}
 * (reference rate / focal rate) above 1.25 (the focal group is disadvantaged) or below 0.8 (the
 * reference group is); see {@link RelativeLikelihood#fourFifthsAdverseImpact()}. The rule is a
 * rule of thumb with no allowance for sampling error; report it alongside the confidence interval.
 * It applies no disclosure control: apply the caller's small-number suppression before publishing
 * per-group results.
 */
public final class FourFifthsRule {

    /** The threshold below which an impact ratio indicates adverse impact. */
    public static final double THRESHOLD = 0.8;

    private static final BigInteger FOUR = BigInteger.valueOf(4);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private FourFifthsRule() {}

    /**
     * Assesses each group against the group with the highest selection rate.
     *
     * <p>Groups with no candidates considered are reported as {@link ImpactStatus#EMPTY_GROUP} and
     * take no part in finding the highest rate. If nobody in any group was selected, every
     * non-empty group is reported as {@link ImpactStatus#NO_SELECTIONS_IN_ANY_GROUP}.
     *
     * @param groups group name to outcome; iteration order is preserved in the result
     * @return an unmodifiable map with the same keys, in the same order
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static Map<String, ImpactRatio> assess(Map<String, GroupOutcome> groups) {
        Objects.requireNonNull(groups, "groups");
        GroupOutcome highest = null;
        for (Map.Entry<String, GroupOutcome> entry : groups.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "group name");
            GroupOutcome outcome = Objects.requireNonNull(entry.getValue(), "outcome of " + entry.getKey());
            if (!outcome.empty() && (highest == null || compareRates(outcome, highest) > 0)) {
                highest = outcome;
            }
        }

        Map<String, ImpactRatio> result = new LinkedHashMap<>();
        for (Map.Entry<String, GroupOutcome> entry : groups.entrySet()) {
            result.put(entry.getKey(), assessOne(entry.getValue(), highest));
        }
        return Collections.unmodifiableMap(result);
    }

    private static ImpactRatio assessOne(GroupOutcome outcome, GroupOutcome highest) {
        if (outcome.empty()) {
            return new ImpactRatio(outcome, ImpactStatus.EMPTY_GROUP, null, false, false);
        }
        // highest is non-null here because at least this group is non-empty.
        if (highest.selected() == 0) {
            return new ImpactRatio(outcome, ImpactStatus.NO_SELECTIONS_IN_ANY_GROUP, null, false, false);
        }
        boolean tied = compareRates(outcome, highest) == 0;
        double ratio = tied
                ? 1.0
                : ((double) outcome.selected() * (double) highest.considered())
                        / ((double) highest.selected() * (double) outcome.considered());
        return new ImpactRatio(outcome, ImpactStatus.ASSESSED, ratio, tied, belowFourFifths(outcome, highest));
    }

    /**
     * Whether {@code group}'s selection rate is less than four-fifths of {@code comparator}'s,
     * evaluated exactly: {@code 5 * a_g * n_c < 4 * a_c * n_g}. Both groups must be non-empty.
     */
    static boolean belowFourFifths(GroupOutcome group, GroupOutcome comparator) {
        BigInteger left = FIVE.multiply(BigInteger.valueOf(group.selected()))
                .multiply(BigInteger.valueOf(comparator.considered()));
        BigInteger right = FOUR.multiply(BigInteger.valueOf(comparator.selected()))
                .multiply(BigInteger.valueOf(group.considered()));
        return left.compareTo(right) < 0;
    }

    /** Compares two non-empty groups' selection rates exactly: sign of {@code a1/n1 - a2/n2}. */
    private static int compareRates(GroupOutcome x, GroupOutcome y) {
        return BigInteger.valueOf(x.selected()).multiply(BigInteger.valueOf(y.considered()))
                .compareTo(BigInteger.valueOf(y.selected()).multiply(BigInteger.valueOf(x.considered())));
    }
}
