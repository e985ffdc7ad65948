package uk.nhs.talent.diversity.likelihood;

import uk.nhs.talent.diversity.metrics.Breakdown;

/** The predefined breakdowns likelihoods are served in: one national row, or one row per region. */
public enum ComparisonBreakdown {
    NATIONAL, REGION;

    public Breakdown breakdown() {
        return Breakdown.valueOf(name());
    }
}
