package uk.nhs.talent.diversity.baselines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.events.vacancy.Level;

/**
 * The current baseline of one characteristic: headcounts by region, level and category. A row of a breakdown is
 * compared with the workforce of its own region and level, summed over the dimensions the breakdown drops (a
 * national row over everyone, a region's over its levels). Plain rules, no server.
 */
public final class WorkforceBaseline {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<BaselineCount> counts;

    public WorkforceBaseline(List<BaselineCount> counts) {
        this.counts = List.copyOf(counts);
    }

    /**
     * The category's share of the workforce of a region and level ({@code null}: all of them); null when nobody
     * is counted there. A headcount of 1 to {@code suppressUpTo}, the category's or the whole row's, is
     * suppressed as a published count would be.
     */
    public BaselineShare share(String region, Level level, String category, DisclosureRules rules) {
        long total = 0;
        long inCategory = 0;
        for (BaselineCount count : counts) {
            if ((region == null || region.equals(count.regionCode())) && (level == null || level == count.level())) {
                total += count.headcount();
                if (count.category().equals(category)) {
                    inCategory += count.headcount();
                }
            }
        }
        if (total == 0) {
            return null;
        }
        if (rules.isPrimarySuppressed(total) || rules.isPrimarySuppressed(inCategory)) {
            return new BaselineShare(null, FigureStatus.SUPPRESSED);
        }
        return new BaselineShare(BigDecimal.valueOf(inCategory).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP), FigureStatus.EXACT);
    }
}
