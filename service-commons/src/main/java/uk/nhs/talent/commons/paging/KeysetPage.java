package uk.nhs.talent.commons.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paged list: the body every such list endpoint returns. */
public record KeysetPage<T>(
        List<T> items,
        int size,
        @Schema(description = "Items matching the filters, on every page") long totalItems,
        @Schema(description = "Pass as `after` for the next page; null on the last page") String next) {
}
