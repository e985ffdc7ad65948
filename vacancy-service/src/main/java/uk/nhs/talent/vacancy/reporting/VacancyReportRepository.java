package uk.nhs.talent.vacancy.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.Appointments;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.CandidatesPerVacancy;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.OpenVacancies;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.RouteShare;
import uk.nhs.talent.vacancy.reporting.VacancyReportRows.TimeToFill;

/** The aggregate queries, in SQL: PostgreSQL computes the percentiles where the data is. */
@ApplicationScoped
public class VacancyReportRepository {

    /**
     * Orders {@code group by grouping sets ((v.region_code), ())}: England (the all-regions row) first, then the
     * regions by code. Not {@code order by 1 nulls first}: with a region filter, PostgreSQL before 18 sorts on the
     * region the filter fixes ({@code v.region_code = :region}) instead of the null of the all-regions row, so
     * England could come after the region.
     */
    private static final String ALL_THEN_REGIONS = " order by grouping(v.region_code) desc, v.region_code";

    /** Region and period filters; a null bound matches everything. */
    private static final String SCOPE = " and (cast(:region as varchar) is null or v.region_code = :region)"
            + " and (cast(:from as date) is null or %1$s >= :from)"
            + " and (cast(:to as date) is null or %1$s <= :to)";

    private final EntityManager entityManager;

    public VacancyReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<OpenVacancies> open(ReportFilter filter) {
        return rows("""
                select v.region_code, v.role_family, v.level, count(*)
                from vacancy v where v.status not in ('FILLED', 'WITHDRAWN')""" + SCOPE.formatted("v.opened_on") + """
                 group by v.region_code, v.role_family, v.level order by 1, 2, 3""", filter)
                .stream()
                .map(r -> new OpenVacancies((String) r[0], RoleFamily.valueOf((String) r[1]), Level.valueOf((String) r[2]),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    public List<TimeToFill> timeToFill(ReportFilter filter) {
        return rows("""
                select v.region_code, count(*),
                       percentile_cont(0.5) within group (order by v.filled_on - v.opened_on),
                       percentile_cont(0.9) within group (order by v.filled_on - v.opened_on)
                from vacancy v where v.status = 'FILLED'""" + SCOPE.formatted("v.filled_on") + """
                 group by grouping sets ((v.region_code), ())""" + ALL_THEN_REGIONS, filter)
                .stream()
                .map(r -> new TimeToFill((String) r[0], ((Number) r[1]).longValue(), decimal(r[2]), decimal(r[3])))
                .toList();
    }

    public List<CandidatesPerVacancy> candidates(ReportFilter filter) {
        return rows("""
                select v.region_code, v.role_family, count(*), avg(v.applicant_count), avg(s.shortlisted),
                       sum(s.shortlisted)
                from vacancy v
                cross join lateral (select count(*) as shortlisted from vacancy_shortlist s where s.vacancy_id = v.id) s
                where v.shortlisted_on is not null""" + SCOPE.formatted("v.shortlisted_on") + """
                 group by v.region_code, v.role_family order by 1, 2""", filter)
                .stream()
                .map(r -> new CandidatesPerVacancy((String) r[0], RoleFamily.valueOf((String) r[1]),
                        ((Number) r[2]).longValue(), decimal(r[3]), decimal(r[4]), ((Number) r[5]).longValue()))
                .toList();
    }

    /** Appointments (vacancies filled) by route, per region and for the whole scope (regionCode null). */
    public List<Appointments> appointments(ReportFilter filter) {
        return rows("""
                select v.region_code, count(*),
                       count(*) filter (where v.recruitment_route = 'INTERNAL_PIPELINE'),
                       count(*) filter (where v.recruitment_route = 'OPEN_ADVERT'),
                       count(*) filter (where v.recruitment_route = 'EXECUTIVE_SEARCH_AGENCY'),
                       count(*) filter (where v.recruitment_route = 'INTERIM_AGENCY')
                from vacancy v where v.status = 'FILLED'""" + SCOPE.formatted("v.filled_on") + """
                 group by grouping sets ((v.region_code), ())""" + ALL_THEN_REGIONS, filter)
                .stream()
                .map(r -> new Appointments((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue()))
                .toList();
    }

    public List<RouteShare> routes(ReportFilter filter) {
        return rows("""
                select v.recruitment_route, count(*), count(*) filter (where v.status = 'FILLED'),
                       count(*)::numeric / sum(count(*)) over ()
                from vacancy v where true""" + SCOPE.formatted("v.opened_on") + """
                 group by v.recruitment_route order by 1""", filter)
                .stream()
                .map(r -> new RouteShare(RecruitmentRoute.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), decimal(r[3])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportFilter filter) {
        filter.requireOrderedPeriod();
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("region", filter.region)
                .setParameter("from", filter.from)
                .setParameter("to", filter.to);
        return query.getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
