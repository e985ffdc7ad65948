-- Synthetic key posts and succession for the national reports benchmark, in talent-service's database, after
-- benchmarks/talent-data/generate.sql (its synthetic organisations SY001..SY210 and people): key posts spread over
-- the organisations, role families and levels, about 1 in 3 with a known leaving date (some overdue), risk of loss
-- LOW/MEDIUM/HIGH; 0 to 5 successors each from the synthetic people who aim at the post's role family (a person on
-- up to a few posts); and, for the transitions report, appointments of some pipeline people in the last three
-- years to vacancies of their role family (talent-service's copy of vacancies, as learned from events).
-- No real person or organisation. Variables: key_posts (default 10000), seed (default 0.17), replace=1.
\set ON_ERROR_STOP on
\if :{?key_posts}
\else
\set key_posts 10000
\endif
\if :{?seed}
\else
\set seed 0.17
\endif
\if :{?replace}
\else
\set replace 0
\endif
set work_mem = '256MB';
set synchronous_commit = off;
set client_min_messages = warning;

begin;
select setseed(:seed) as seeded \gset

select exists (select 1 from key_post where org_code ~ '^SY[0-9]{3}$') as has_synthetic \gset
\if :has_synthetic
\if :replace
delete from succession_nomination n using key_post k where k.id = n.key_post_id and k.org_code ~ '^SY[0-9]{3}$';
delete from key_post where org_code ~ '^SY[0-9]{3}$';
update talent_profile set appointed_on = null, appointed_to_vacancy = null
where org_code ~ '^SY[0-9]{3}$' and appointed_on is not null;
delete from vacancy where org_code ~ '^SY[0-9]{3}$';
\else
do $$ begin raise exception 'synthetic key posts already loaded: pass -v replace=1 to replace them'; end $$;
\endif
\endif

\ir ../talent-data/synthetic-organisations.sql

create temp table synthetic_post on commit drop as
select gen_random_uuid() as id, o.org_code, o.icb_code, o.region_code,
       (array['CHIEF_EXECUTIVE', 'FINANCE', 'MEDICAL', 'NURSING', 'OPERATIONS', 'PEOPLE', 'STRATEGY', 'DIGITAL',
               'ESTATES', 'GOVERNANCE', 'CHAIR', 'NON_EXECUTIVE', 'OTHER'])[1 + floor(random() * 13)::int]
           as role_family,
       (array['VSM', 'AFC_9', 'AFC_8D', 'AFC_8C'])[width_bucket(random(), '{0,0.5,0.75,0.9}'::float8[])] as level,
       random() < 0.35 as leaving,
       current_date - 60 + floor(random() * 760)::int as leaving_on,
       (array['LOW', 'MEDIUM', 'HIGH'])[width_bucket(random(), '{0,0.5,0.8}'::float8[])] as risk,
       floor(random() * 6)::int as successors
from generate_series(1, :key_posts) g(n)
join synthetic_org o on o.n = 1 + (g.n % 210);

insert into key_post (id, version, org_code, icb_code, region_code, title, role_family, level, board_post,
        incumbent, incumbent_leaving_on, risk_of_loss, created_at, updated_at)
select id, 0, org_code, icb_code, region_code, initcap(replace(role_family, '_', ' ')) || ' post', role_family,
       level, level = 'VSM', case when leaving then 'Synthetic incumbent' end,
       case when leaving then leaving_on end, risk, now(), now()
from synthetic_post;

-- Successors: people of the post's region whose target role families include the post's, picked at random:
-- the candidates of each region × role family numbered once, then drawn by number.
create temp table synthetic_candidate on commit drop as
select t.region_code, r.role_family, r.person_ref, r.readiness, r.assessed_on,
       row_number() over (partition by t.region_code, r.role_family order by r.person_ref) as rn
from readiness_assessment r
join talent_profile t on t.person_ref = r.person_ref
where r.superseded_at is null and t.org_code ~ '^SY[0-9]{3}$';
create index on synthetic_candidate (region_code, role_family, rn);
analyze synthetic_candidate;

create temp table synthetic_pick on commit drop as
select p.id as key_post_id, p.region_code, p.role_family, 1 + floor(random() * cell.candidates)::bigint as rn
from synthetic_post p
join (select region_code, role_family, count(*) as candidates from synthetic_candidate group by 1, 2) cell
    using (region_code, role_family)
cross join generate_series(1, p.successors);

insert into succession_nomination (id, key_post_id, person_ref, readiness, readiness_assessed_on, nominated_on,
        nominated_by)
select distinct on (k.key_post_id, c.person_ref) gen_random_uuid(), k.key_post_id, c.person_ref, c.readiness,
       c.assessed_on, current_date - 30, 'synthetic-forum-lead'
from synthetic_pick k
join synthetic_candidate c using (region_code, role_family, rn);

-- Appointments of pipeline people over the last three years, to filled vacancies of their role family in
-- talent-service's copy of vacancies: about 1 in 300 people.
create temp table synthetic_appointment on commit drop as
select gen_random_uuid() as vacancy_id, t.person_ref, t.org_code, t.icb_code, t.region_code, r.role_family,
       coalesce(t.target_level, t.level) as level, current_date - floor(random() * 1090)::int as filled_on
from talent_profile t
join readiness_assessment r on r.person_ref = t.person_ref and r.superseded_at is null
where t.org_code ~ '^SY[0-9]{3}$' and random() < 0.002;

insert into vacancy (id, version, org_code, region_code, icb_code, title, role_family, level, board_post, status,
        opened_on, closing_on, filled_on, appointee, updated_at)
select distinct on (person_ref) vacancy_id, 5, org_code, region_code, icb_code, 'Synthetic senior post', role_family,
       level, level = 'VSM', 'FILLED', filled_on - 90, filled_on - 60, filled_on, person_ref, now()
from synthetic_appointment
order by person_ref, vacancy_id;

update talent_profile t set appointed_on = v.filled_on, appointed_to_vacancy = v.id
from vacancy v where v.appointee = t.person_ref and v.org_code ~ '^SY[0-9]{3}$';

commit;
vacuum analyze key_post;
vacuum analyze succession_nomination;
vacuum analyze vacancy;
vacuum analyze talent_profile;
