package uk.nhs.talent.talent.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.talent.commons.paging.Cursors;
import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * The SQL of a forum's candidate search, built from predefined filters only, every value bound as a parameter.
 * Visibility comes first and is not optional: people who consented to share with forums and live in the
 * forum's region or would move into it. Pages by keyset on the sort columns and the personRef.
 */
final class CandidateQuery {

    /** A sort: its columns in order (the personRef last, so the order is total) and whether descending. */
    enum Sort {
        NAME(List.of("p.family_name", "p.given_name", "p.person_ref")),
        UPDATED_AT(List.of("p.updated_at", "p.person_ref"));

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
    final String where;
    final Map<String, Object> parameters = new LinkedHashMap<>();

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
        List<String> conditions = new ArrayList<>();
        conditions.add("p.share_with_forum");
        conditions.add("(p.region_code = :region or p.mobility_regions @> array[cast(:region as varchar)])");
        parameters.put("region", region);
        if (filter.icb != null) {
            conditions.add("p.icb_code = :icb");
            parameters.put("icb", filter.icb);
        }
        if (filter.orgCode != null) {
            conditions.add("p.org_code = :orgCode");
            parameters.put("orgCode", filter.orgCode);
        }
        if (filter.roleFamily != null) {
            parameters.put("roleFamily", filter.roleFamily.name());
            if (filter.readiness != null) {
                conditions.add("r.readiness = :readiness");
                parameters.put("readiness", filter.readiness.name());
            } else {
                conditions.add("(r.readiness is not null or p.target_role_families @> array[cast(:roleFamily as varchar)])");
            }
        }
        if (filter.targetLevel != null) {
            conditions.add("p.target_level = :targetLevel");
            parameters.put("targetLevel", filter.targetLevel.name());
        }
        if (filter.nineBoxCell != null) {
            conditions.add("nb.cell = :cell");
            parameters.put("cell", filter.nineBoxCell);
        }
        if (filter.programme != null) {
            conditions.add("p.programmes @> array[cast(:programme as varchar)]");
            parameters.put("programme", filter.programme.name());
        }
        if (filter.pool != null) {
            conditions.add("exists (select 1 from pool_membership m where m.person_ref = p.person_ref"
                    + " and m.pool_id = :pool and m.status <> 'EXITED')");
            parameters.put("pool", filter.pool);
        }
        if (filter.mobility != null) {
            conditions.add("p.mobility_regions @> array[cast(:mobility as varchar)]");
            parameters.put("mobility", filter.mobility);
        }
        this.where = String.join("\n  and ", conditions);
    }

    /** @param nineBox whether the nine-box join is needed: for the page's column, or to filter on the cell */
    private String from(boolean nineBox) {
        String readinessJoin = parameters.containsKey("roleFamily")
                ? "left join readiness_assessment r on r.person_ref = p.person_ref and r.superseded_at is null"
                        + " and r.role_family = :roleFamily\n"
                : "";
        return "from talent_profile p\n" + readinessJoin + (nineBox
                ? "left join nine_box_review nb on nb.person_ref = p.person_ref and nb.superseded_at is null\n"
                : "");
    }

    /** How many people match, on every page; the nine-box join only when the cell is filtered. */
    String countSql() {
        return "select count(*) " + from(parameters.containsKey("cell")) + "where " + where;
    }

    /** One page after {@code cursor} (null for the first), one row more than {@code size} to know if more follow. */
    String pageSql(String cursor, Map<String, Object> pageParameters) {
        StringBuilder sql = new StringBuilder(SELECT.formatted(
                parameters.containsKey("roleFamily") ? "r.readiness" : "cast(null as varchar)", cursorValues()));
        sql.append(from(true)).append("where ").append(where);
        if (cursor != null) {
            List<String> values = Cursors.decode(cursor, sort.columns.size());
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String column = sort.columns.get(i);
                placeholders.add(column.equals("p.updated_at") ? "cast(:after" + i + " as timestamptz)" : ":after" + i);
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
        return "array[" + String.join(", ", sort.columns.stream().map(c -> "cast(" + c + " as varchar)").toList()) + "]";
    }
}
