-- pgbench script: the two queries talent-service sends for GET /candidates?roleFamily=<rf>&readiness=READY_NOW&size=50
-- (CandidateQuery.pageSql with no cursor, sort by name, limit size + 1; then CandidateQuery.countSql), as the
-- service's log shows them (-Dquarkus.hibernate-orm.log.sql=true), with the same values bound as parameters
-- (pgbench -M prepared). A random region and role family per transaction, as the wrk script rotates them; the
-- small first query only turns the random numbers into those values. No audit write: the service also inserts
-- one profile_read row per person listed, in the same transaction.
\set ri random(1, 7)
\set fi random(1, 13)
\set limit 51
select (array['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63'])[:ri] as region,
       (array['CHIEF_EXECUTIVE', 'FINANCE', 'MEDICAL', 'NURSING', 'OPERATIONS', 'PEOPLE', 'STRATEGY', 'DIGITAL',
              'ESTATES', 'GOVERNANCE', 'CHAIR', 'NON_EXECUTIVE', 'OTHER'])[:fi] as role_family,
       'READY_NOW' as readiness \gset
select p.person_ref, p.given_name, p.family_name, p.org_code, p.icb_code, p.region_code, p.role_family,
       p.level, p.target_role_families, p.target_level, p.mobility_regions, nullif(c.readiness, 'NONE') as readiness,
       nb.cell, array[cast(c.family_name as varchar), cast(c.given_name as varchar), cast(c.person_ref as varchar)] as cursor_values
from forum_candidate c
join talent_profile p on p.person_ref = c.person_ref
left join nine_box_review nb on nb.person_ref = c.person_ref and nb.superseded_at is null
where c.visible_in = :region
  and c.role_family = :role_family
  and c.readiness = :readiness
order by c.family_name, c.given_name, c.person_ref
limit :limit;
select count(*) from forum_candidate c
where c.visible_in = :region
  and c.role_family = :role_family
  and c.readiness = :readiness;
