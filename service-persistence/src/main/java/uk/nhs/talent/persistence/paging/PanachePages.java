package uk.nhs.talent.persistence.paging;

import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;

/** Runs a Panache query as one {@link Page} of API items. */
public final class PanachePages {

    private PanachePages() {
    }

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        PanacheQuery<E> paged = query.page(io.quarkus.panache.common.Page.of(request.page, request.size));
        return Page.of(paged.list().stream().map(mapper).toList(), request, paged.count());
    }
}
