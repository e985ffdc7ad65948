package uk.nhs.talent.diversity.likelihood;

import java.util.Collection;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;

/**
 * The relative likelihood of selection of a reference group against a focal group, from two published rows of the
 * same place and quarter (those considered, those selected): the counts a reader derives and the ratio computed
 * from them only. Plain rules, no server.
 *
 * @param referenceConsidered e.g. white people shortlisted
 * @param referenceSelected e.g. white people appointed
 * @param focalConsidered e.g. BME people shortlisted
 * @param focalSelected e.g. BME people appointed
 * @param result the ratio with its interval, or why there is none
 */
public record PublishedComparison(
        PublishedCount referenceConsidered,
        PublishedCount referenceSelected,
        PublishedCount focalConsidered,
        PublishedCount focalSelected,
        RelativeLikelihoodResult result) {

    /**
     * @param rules the rules the tables were published under: every count behind a ratio, and each group's number
     *     not selected (allowing for rounding), must be above its threshold
     */
    public static PublishedComparison of(PublishedRow considered, PublishedRow selected,
            Collection<String> reference, Collection<String> focal, DisclosureRules rules) {
        PublishedCount n1 = considered.count(reference);
        PublishedCount a = selected.count(reference);
        PublishedCount n2 = considered.count(focal);
        PublishedCount c = selected.count(focal);
        return new PublishedComparison(n1, a, n2, c, likelihood(n1, a, n2, c, rules));
    }

    /**
     * Not computable when a count cannot be derived from what is published; when rounding makes more selected than
     * considered, the number not selected is at or below any threshold, so the small-group rule applies.
     */
    static RelativeLikelihoodResult likelihood(PublishedCount n1, PublishedCount a, PublishedCount n2,
            PublishedCount c, DisclosureRules rules) {
        if (n1.isSuppressed() || a.isSuppressed() || n2.isSuppressed() || c.isSuppressed()) {
            return new NotComputable(NotComputableReason.SUPPRESSED);
        }
        if (a.value() > n1.value() || c.value() > n2.value() || rules.suppressUpTo() > 0
                && !(PublishedCount.notSelectedAboveThreshold(n1, a, rules)
                        && PublishedCount.notSelectedAboveThreshold(n2, c, rules))) {
            return new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP);
        }
        return RelativeLikelihoods.of(GroupOutcome.of(n1.value(), a.value()), GroupOutcome.of(n2.value(), c.value()),
                rules.suppressUpTo());
    }
}
