package uk.nhs.talent.diversity.likelihood;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import uk.nhs.talent.diversity.disclosure.FigureStatus;

/**
 * One row of a published table (its categories' counts and its total) and the counts of groups of categories that
 * any reader of it can derive. Ratios are computed from these only, never from the read model: a ratio then
 * reveals nothing the published tables do not.
 */
public final class PublishedRow {

    private final Map<String, PublishedCount> categories;
    private final PublishedCount total;

    /**
     * @param categories every category of the characteristic with its published count
     * @param total the row's published total
     */
    public PublishedRow(Map<String, PublishedCount> categories, PublishedCount total) {
        this.categories = new LinkedHashMap<>(categories);
        this.total = Objects.requireNonNull(total, "total");
    }

    /**
     * The count of a group of categories as a reader derives it: the sum of the group's published counts, or, when
     * that is not exact, the row's total minus the other categories' counts if every one of them is exact.
     * Suppressed when a member of the group is suppressed and no exact difference is published.
     *
     * @param group categories of this row's characteristic
     */
    public PublishedCount count(Collection<String> group) {
        for (String category : group) {
            if (!categories.containsKey(category)) {
                throw new IllegalArgumentException("not a category of the row: " + category);
            }
        }
        PublishedCount direct = sum(group);
        PublishedCount fromTotal = totalLessOthers(group);
        // Total less rounded others would estimate a suppressed cell to within the rounding: a count the tables
        // withhold. Only an exact difference (which the tables' protection never leaves for a suppressed cell) is
        // taken, so a group with a suppressed member is not known.
        if (direct.status() != FigureStatus.EXACT && fromTotal.status() == FigureStatus.EXACT) {
            return fromTotal;
        }
        return direct;
    }

    private PublishedCount sum(Collection<String> group) {
        return add(group.stream().map(categories::get).toList(), 0, FigureStatus.EXACT);
    }

    private PublishedCount totalLessOthers(Collection<String> group) {
        if (total.isSuppressed()) {
            return PublishedCount.suppressed();
        }
        PublishedCount others = add(categories.entrySet().stream().filter(e -> !group.contains(e.getKey()))
                .map(Map.Entry::getValue).toList(), 0, FigureStatus.EXACT);
        if (others.isSuppressed() || others.value() > total.value()) {
            return PublishedCount.suppressed();
        }
        return PublishedCount.of(total.value() - others.value(), worse(total.status(), others.status()));
    }

    private static PublishedCount add(Collection<PublishedCount> counts, long start, FigureStatus status) {
        long sum = start;
        FigureStatus combined = status;
        for (PublishedCount count : counts) {
            if (count.isSuppressed()) {
                return PublishedCount.suppressed();
            }
            sum += count.value();
            combined = worse(combined, count.status());
        }
        return PublishedCount.of(sum, combined);
    }

    private static FigureStatus worse(FigureStatus a, FigureStatus b) {
        return a == FigureStatus.EXACT ? b : a;
    }
}
