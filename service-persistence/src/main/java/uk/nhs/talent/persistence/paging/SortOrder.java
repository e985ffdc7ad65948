package uk.nhs.talent.persistence.paging;

import java.util.Map;

import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * Parses a {@code sort} query parameter such as {@code -openedOn,title} (minus for descending) against the
 * fields an endpoint allows, so that callers can never sort by an arbitrary column.
 */
public final class SortOrder {

    private SortOrder() {
    }

    /**
     * @param allowed API field name → entity attribute
     * @param tieBreaker entity attribute appended last, so that pages are stable
     */
    public static Sort parse(String param, Map<String, String> allowed, String defaultField, String tieBreaker) {
        String value = param == null || param.isBlank() ? defaultField : param;
        Sort sort = null;
        // -1: trailing empty fields ("title,") are kept, and refused, rather than silently dropped.
        for (String part : value.split(",", -1)) {
            String field = part.trim();
            if (field.isEmpty() || field.equals("-") || field.equals("+")) {
                throw ApiProblem.invalidField("sort", "has an empty field; use one of "
                        + allowed.keySet().stream().sorted().toList() + ", comma-separated, '-' for descending");
            }
            Sort.Direction direction = Sort.Direction.Ascending;
            if (field.startsWith("-")) {
                direction = Sort.Direction.Descending;
                field = field.substring(1);
            } else if (field.startsWith("+")) {
                field = field.substring(1);
            }
            String attribute = allowed.get(field);
            if (attribute == null) {
                throw ApiProblem.invalidField("sort",
                        "'" + field + "' is not sortable; use one of " + allowed.keySet().stream().sorted().toList());
            }
            sort = sort == null ? Sort.by(attribute, direction) : sort.and(attribute, direction);
        }
        return sort.and(tieBreaker);
    }
}
