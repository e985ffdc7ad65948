package uk.nhs.talent.diversity.likelihood;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import uk.nhs.talent.diversity.metrics.Breakdown;
import uk.nhs.talent.diversity.metrics.RepresentationFigure;

/** The rows of a published table's breakdown that the caller sees, by region (null: the national row). */
final class PublishedRows {

    private PublishedRows() {
    }

    static Map<String, PublishedRow> of(List<RepresentationFigure> figures, Breakdown breakdown,
            Predicate<String> visibleRegion) {
        Map<String, Map<String, PublishedCount>> categories = new LinkedHashMap<>();
        Map<String, PublishedCount> totals = new LinkedHashMap<>();
        for (RepresentationFigure figure : figures) {
            if (figure.breakdown() != breakdown || !visibleRegion.test(figure.region())) {
                continue;
            }
            PublishedCount count = PublishedCount.of(figure.count(), figure.countStatus());
            if (RepresentationFigure.TOTAL.equals(figure.category())) {
                totals.put(figure.region(), count);
            } else {
                categories.computeIfAbsent(figure.region(), region -> new LinkedHashMap<>())
                        .put(figure.category(), count);
            }
        }
        Map<String, PublishedRow> rows = new LinkedHashMap<>();
        categories.forEach((region, counts) -> rows.put(region, new PublishedRow(counts, totals.get(region))));
        return rows;
    }
}
