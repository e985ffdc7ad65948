package uk.nhs.talent.diversity.likelihood;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;

/**
 * Adverse impact of a selection among the categories of a characteristic (the matching audit: considered = ranked
 * for a vacancy, selected = ranked in its top ten), from published counts only. Each category is assessed only
 * where its counts are derivable and every one of them (considered, selected, not selected) is above the
 * threshold; among those, the four-fifths rule against the highest selection rate, and each one's relative
 * likelihood against that highest group (highest rate / its rate, so 1.00 is parity and above it the category is
 * the less likely to be selected). Plain rules, no server.
 */
public final class AdverseImpact {

    /**
     * One category's result.
     *
     * @param impact the four-fifths assessment; status {@link ImpactStatus#SUPPRESSED} when not assessable
     * @param comparedWith the highest-rate category the likelihood is against, or null when there is none
     * @param likelihood against the highest-rate category; null for that category itself or when no category
     *     is assessed
     */
    public record GroupImpact(String category, PublishedCount considered, PublishedCount selected,
            ImpactStatus status, ImpactRatio impact, String comparedWith, RelativeLikelihoodResult likelihood) {
    }

    private AdverseImpact() {
    }

    /**
     * @param considered each category's derivable count considered, in the order results are wanted
     * @param selected each category's derivable count selected (same keys)
     */
    public static List<GroupImpact> assess(Map<String, PublishedCount> considered, Map<String, PublishedCount> selected,
            DisclosureRules rules) {
        long suppressUpTo = rules.suppressUpTo();
        Map<String, GroupOutcome> assessable = new LinkedHashMap<>();
        for (Map.Entry<String, PublishedCount> entry : considered.entrySet()) {
            PublishedCount n = entry.getValue();
            PublishedCount a = selected.get(entry.getKey());
            if (assessable(n, a, rules)) {
                assessable.put(entry.getKey(), GroupOutcome.of(n.value(), a.value()));
            }
        }
        Map<String, ImpactRatio> impacts = FourFifthsRule.assess(assessable);
        String highest = impacts.entrySet().stream().filter(e -> e.getValue().highestRate()).map(Map.Entry::getKey)
                .findFirst().orElse(null);

        List<GroupImpact> results = new ArrayList<>(considered.size());
        for (Map.Entry<String, PublishedCount> entry : considered.entrySet()) {
            String category = entry.getKey();
            PublishedCount n = entry.getValue();
            PublishedCount a = selected.get(category);
            ImpactRatio impact = impacts.get(category);
            if (impact == null) {
                results.add(new GroupImpact(category, n, a, ImpactStatus.SUPPRESSED, null, null, null));
                continue;
            }
            RelativeLikelihoodResult likelihood = highest == null || highest.equals(category) ? null
                    : RelativeLikelihoods.of(assessable.get(highest), assessable.get(category), suppressUpTo);
            results.add(new GroupImpact(category, n, a, impact.status(), impact, highest, likelihood));
        }
        return results;
    }

    /**
     * Derivable, consistent (rounding can make a derived selected count exceed its considered one), and every
     * count above the threshold: a threshold of 0 asks only for someone considered.
     */
    static boolean assessable(PublishedCount n, PublishedCount a, DisclosureRules rules) {
        if (n.isSuppressed() || a.isSuppressed() || a.value() > n.value() || n.value() == 0) {
            return false;
        }
        long suppressUpTo = rules.suppressUpTo();
        return suppressUpTo == 0 || (n.value() > suppressUpTo && a.value() > suppressUpTo
                && PublishedCount.notSelectedAboveThreshold(n, a, rules));
    }
}
