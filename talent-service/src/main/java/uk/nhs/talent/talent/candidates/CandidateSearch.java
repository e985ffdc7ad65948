package uk.nhs.talent.talent.candidates;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.paging.Cursors;
import uk.nhs.talent.commons.paging.KeysetPage;
import uk.nhs.talent.commons.paging.KeysetRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.audit.ProfileReads;

/**
 * A forum's search for candidates among the people it may see, with a total and keyset paging. The people on
 * each page count as read: their references are recorded in the audit, in the search's transaction.
 */
@ApplicationScoped
@Transactional
public class CandidateSearch {

    public static final String ENDPOINT = "GET /candidates";

    private final EntityManager entityManager;
    private final ProfileReads reads;
    private final Caller caller;

    public CandidateSearch(EntityManager entityManager, ProfileReads reads, Caller caller) {
        this.entityManager = entityManager;
        this.reads = reads;
        this.caller = caller;
    }

    public KeysetPage<CandidateView> search(CandidateFilter filter, KeysetRequest page) {
        String region = caller.region().orElseThrow(() -> ApiProblem.forbidden(
                "Your token names no region: candidate search is for a regional forum"));
        CandidateQuery query = new CandidateQuery(region, filter);
        Map<String, Object> pageParameters = new LinkedHashMap<>(query.parameters);
        pageParameters.put("limit", page.size + 1);
        List<?> rows = bind(entityManager.createNativeQuery(query.pageSql(page.after, pageParameters)), pageParameters)
                .getResultList();
        long total = ((Number) bind(entityManager.createNativeQuery(query.countSql()), query.parameters)
                .getSingleResult()).longValue();
        List<CandidateView> items = new ArrayList<>();
        String next = null;
        for (int i = 0; i < Math.min(rows.size(), page.size); i++) {
            items.add(candidate((Object[]) rows.get(i)));
        }
        if (rows.size() > page.size) {
            next = Cursors.encode(Arrays.asList(strings(((Object[]) rows.get(page.size - 1))[13])));
        }
        reads.record(ENDPOINT, items.stream().map(CandidateView::personRef).toList());
        return new KeysetPage<>(items, page.size, total, next);
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static CandidateView candidate(Object[] row) {
        return new CandidateView((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], RoleFamily.valueOf((String) row[6]), Level.valueOf((String) row[7]),
                Arrays.stream(strings(row[8])).map(RoleFamily::valueOf).toList(),
                row[9] == null ? null : Level.valueOf((String) row[9]), List.of(strings(row[10])),
                row[11] == null ? null : Readiness.valueOf((String) row[11]),
                row[12] == null ? null : ((Number) row[12]).intValue());
    }

    /** A text array column as Hibernate hands it over (a Java array or a JDBC array). */
    private static String[] strings(Object column) {
        if (column instanceof String[] strings) {
            return strings;
        }
        if (column instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toArray(String[]::new);
        }
        try {
            return (String[]) ((Array) column).getArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
