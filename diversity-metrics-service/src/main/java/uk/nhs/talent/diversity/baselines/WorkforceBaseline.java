package uk.nhs.talent.diversity.baselines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final Instant asAt;
    private final List<BaselineCount> counts;

    public WorkforceBaseline(Instant asAt, List<BaselineCount> counts) {
        this.asAt = asAt;
        this.counts = List.copyOf(counts);
    }

    /** When the upload these counts came from was made. */
    public Instant asAt() {
        return asAt;
    }

    /**
     * The category's share of the workforce of a region and level ({@code null}: all of them); null when nobody
     * is counted there. Protected as a row of a published table is, since the shares of a row add up to 100: a
     * category counting 0 or 1 to {@code suppressUpTo} is suppressed, and when that leaves one suppressed share in
     * the row (100 less the others would give it away), the smallest other category's is suppressed too.
     */
    public BaselineShare share(String region, Level level, String category, DisclosureRules rules) {
        Map<String, Long> row = new LinkedHashMap<>();
        for (BaselineCount count : counts) {
            if ((region == null || region.equals(count.regionCode())) && (level == null || level == count.level())) {
                row.merge(count.category(), count.headcount(), Long::sum);
            }
        }
        long total = row.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        if (rules.isPrimarySuppressed(total) || !row.containsKey(category)
                || suppressed(row, rules).contains(category)) {
            return new BaselineShare(null, FigureStatus.SUPPRESSED);
        }
        return new BaselineShare(BigDecimal.valueOf(row.getOrDefault(category, 0L)).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP), FigureStatus.EXACT);
    }

    private static Set<String> suppressed(Map<String, Long> row, DisclosureRules rules) {
        Set<String> suppressed = new HashSet<>();
        row.forEach((category, headcount) -> {
            if (headcount == 0 || rules.isPrimarySuppressed(headcount)) {
                suppressed.add(category);
            }
        });
        if (suppressed.size() == 1) {
            row.entrySet().stream().filter(e -> !suppressed.contains(e.getKey()))
                    .min(Map.Entry.comparingByValue()).ifPresent(smallest -> suppressed.add(smallest.getKey()));
        }
        return suppressed;
    }
}
