package uk.nhs.talent.diversity.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * The predefined breakdowns of a stage's figures, each a table of categories by the dimensions it keeps. There is
 * no free filter: every table of a population is one of these, and all of them are protected together.
 */
public enum Breakdown {
    NATIONAL(EnumSet.noneOf(Dimension.class)),
    REGION(EnumSet.of(Dimension.REGION)),
    LEVEL(EnumSet.of(Dimension.LEVEL)),
    ROLE_FAMILY(EnumSet.of(Dimension.ROLE_FAMILY)),
    REGION_BY_LEVEL(EnumSet.of(Dimension.REGION, Dimension.LEVEL));

    /** The dimensions a stage entry is counted by, besides the category. */
    public enum Dimension {
        REGION, LEVEL, ROLE_FAMILY
    }

    private final Set<Dimension> kept;

    Breakdown(Set<Dimension> kept) {
        this.kept = kept;
    }

    public boolean keeps(Dimension dimension) {
        return kept.contains(dimension);
    }

    /** Whether each row belongs to one region: the breakdowns a forum lead sees (their own region's rows). */
    public boolean byRegion() {
        return keeps(Dimension.REGION);
    }
}
