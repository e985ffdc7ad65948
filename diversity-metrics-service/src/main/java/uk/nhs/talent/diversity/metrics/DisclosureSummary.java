package uk.nhs.talent.diversity.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;

/** How the figures beside it were protected, so a reader can interpret a rounded or suppressed figure. */
@Schema(description = "Disclosure control applied: counts from 1 to suppressUpTo (and zeros in a row with people "
        + "in it) are suppressed, with complementary suppressions so that none can be narrowed below "
        + "protectionWidth from all published tables; every other count is rounded to the nearest roundTo; row "
        + "totals are exact")
public record DisclosureSummary(int suppressUpTo, int roundTo, int protectionWidth, String method) {

    public static DisclosureSummary of(DisclosureRules rules) {
        return new DisclosureSummary(rules.suppressUpTo(), rules.roundTo(), rules.protectionWidth(),
                "Primary suppression, rounding, secondary suppression audited by linear programming over all "
                        + "breakdowns of the population, row totals taken as known; closed quarters only, every "
                        + "table of a quarter published at once from one snapshot and never recomputed");
    }
}
