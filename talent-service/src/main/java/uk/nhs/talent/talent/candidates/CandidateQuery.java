package uk.nhs.talent.talent.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.talent.commons.paging.Cursors;
import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * The SQL of a forum's candidate search, built from predefined filters only, every value bound as a parameter.
 * Visibility comes first and is not optional: it is the {@link ForumCandidates} row of the forum's region (people
 * who consented to share with forums and live in the region or would move into it), which also carries the role
 * family, the readiness for it and the sort columns, so the common search walks one index.
 * Pages by keyset on the sort columns and the personRef.
 */
final class CandidateQuery {

    /** A sort: its columns in order (the personRef last, so the order is total) and whether descending. */
    enum Sort {
        NAME(List.of("c.family_name", "c.given_name", "c.person_ref")),
        UPDATED_AT(List.of("c.updated_at", "c.person_ref"));

        final List<String> columns;

        Sort(List<String> columns) {
            this.columns = columns;
        }
    }

    private static final String SELECT = """
            select p.person_ref, p.given_name, p.family_name, p.org_code, p.icb_code, p.region_code, p.role_family,
                   p.level, p.target_role_families, p.target_level, p.mobility_regions, %s as readiness,
                   nb.cell, %s as cursor_values
            """;

    final Sort sort;
    final boolean descending;
    final Map<String, Object> parameters = new LinkedHashMap<>();
    /** Whether a role family is searched: then the readiness listed is the one for it. */
    private final boolean roleFamilySearched;
    /** Conditions on the search table alone, then on the profile, then on the current nine-box placement. */
    private final List<String> candidateConditions = new ArrayList<>();
    private final List<String> profileConditions = new ArrayList<>();
    private final List<String> nineBoxConditions = new ArrayList<>();

    CandidateQuery(String region, CandidateFilter filter) {
        String requested = filter.sort == null || filter.sort.isBlank() ? "name" : filter.sort.strip();
        this.descending = requested.startsWith("-");
        this.sort = switch (descending ? requested.substring(1) : requested) {
            case "name" -> Sort.NAME;
            case "updatedAt" -> Sort.UPDATED_AT;
            default -> throw ApiProblem.invalidField("sort", "must be name or updatedAt, '-' for descending");
        };
        if (filter.readiness != null && filter.roleFamily == null) {
            throw ApiProblem.invalidField("readiness", "needs roleFamily: readiness is for a role family");
        }
        this.roleFamilySearched = filter.roleFamily != null;
        candidateConditions.add("c.visible_in = :region");
        parameters.put("region", region);
        candidateConditions.add("c.role_family = :roleFamily");
        parameters.put("roleFamily",
                filter.roleFamily == null ? ForumCandidates.ANY_ROLE_FAMILY : filter.roleFamily.name());
        if (filter.readiness != null) {
            candidateConditions.add("c.readiness = :readiness");
            parameters.put("readiness", filter.readiness.name());
        }
        if (filter.pool != null) {
            candidateConditions.add("exists (select 1 from pool_membership m where m.person_ref = c.person_ref"
                    + " and m.pool_id = :pool and m.status <> 'EXITED')");
            parameters.put("pool", filter.pool);
        }
        if (filter.icb != null) {
            profileConditions.add("p.icb_code = :icb");
            parameters.put("icb", filter.icb);
        }
        if (filter.orgCode != null) {
            profileConditions.add("p.org_code = :orgCode");
            parameters.put("orgCode", filter.orgCode);
        }
        if (filter.targetLevel != null) {
            profileConditions.add("p.target_level = :targetLevel");
            parameters.put("targetLevel", filter.targetLevel.name());
        }
        if (filter.programme != null) {
            profileConditions.add("p.programmes @> array[cast(:programme as varchar)]");
            parameters.put("programme", filter.programme.name());
        }
        if (filter.mobility != null) {
            profileConditions.add("p.mobility_regions @> array[cast(:mobility as varchar)]");
            parameters.put("mobility", filter.mobility);
        }
        if (filter.nineBoxCell != null) {
            nineBoxConditions.add("nb.cell = :cell");
            parameters.put("cell", filter.nineBoxCell);
        }
    }

    /** The tables a query needs: the profile and the nine-box placement only for their columns or filters. */
    private static String from(boolean profile, boolean nineBox) {
        return "from forum_candidate c\n"
                + (profile ? "join talent_profile p on p.person_ref = c.person_ref\n" : "")
                + (nineBox ? "left join nine_box_review nb"
                        + " on nb.person_ref = c.person_ref and nb.superseded_at is null\n" : "");
    }

    private String where() {
        List<String> all = new ArrayList<>(candidateConditions);
        all.addAll(profileConditions);
        all.addAll(nineBoxConditions);
        return "where " + String.join("\n  and ", all);
    }

    /** How many people match, on every page: an index range count unless a profile or nine-box filter is given. */
    String countSql() {
        return "select count(*) " + from(!profileConditions.isEmpty(), !nineBoxConditions.isEmpty()) + where();
    }

    /** One page after {@code cursor} (null for the first), one row more than {@code size} to know if more follow. */
    String pageSql(String cursor, Map<String, Object> pageParameters) {
        StringBuilder sql = new StringBuilder(SELECT.formatted(
                roleFamilySearched ? "nullif(c.readiness, '" + ForumCandidates.NOT_ASSESSED + "')"
                        : "cast(null as varchar)",
                cursorValues()));
        sql.append(from(true, true)).append(where());
        if (cursor != null) {
            List<String> values = Cursors.decode(cursor, sort.columns.size());
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String column = sort.columns.get(i);
                placeholders.add(column.equals("c.updated_at") ? "cast(:after" + i + " as timestamptz)" : ":after" + i);
                pageParameters.put("after" + i, values.get(i));
            }
            sql.append("\n  and (").append(String.join(", ", sort.columns)).append(descending ? ") < (" : ") > (")
                    .append(String.join(", ", placeholders)).append(')');
        }
        sql.append("\norder by ").append(String.join(", ",
                sort.columns.stream().map(c -> c + (descending ? " desc" : "")).toList()));
        sql.append("\nlimit :limit");
        return sql.toString();
    }

    /** The sort columns of a row as text, for its cursor. */
    private String cursorValues() {
        return "array[" + String.join(", ", sort.columns.stream().map(c -> "cast(" + c + " as varchar)").toList())
                + "]";
    }
}
