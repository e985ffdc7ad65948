package uk.nhs.talent.commons.paging;

import java.util.List;

/** One page of a list: the body every list endpoint returns. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size - 1) / request.size);
        return new Page<>(items, request.page, request.size, totalItems, pages);
    }
}
