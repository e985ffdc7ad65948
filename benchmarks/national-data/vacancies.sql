-- Synthetic vacancies for the national reports benchmark, in vacancy-service's database: the state that
-- :events vacancy events (default 250,000) leave behind, about 4.2 events a vacancy (opened, applications closed,
-- shortlisted, offered, appointed or withdrawn) over the last three years: a quarter still open at some stage, two
-- thirds filled, the rest withdrawn; routes mostly open advert, some internal pipeline and agencies; 2 to 8
-- shortlisted candidates (HR systems' own references). Organisations SY001..SY210 as the talent generator's.
-- No real person or organisation. Variables: events (default 250000), seed (default 0.23), replace=1.
\set ON_ERROR_STOP on
\if :{?events}
\else
\set events 250000
\endif
\if :{?seed}
\else
\set seed 0.23
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

\if :replace
delete from vacancy where org_code ~ '^SY[0-9]{3}$';
delete from organisation where ods_code ~ '^SY[0-9]{3}$';
\endif

\ir ../talent-data/synthetic-organisations.sql
insert into organisation (ods_code, name, type, icb_code, region_code)
select org_code, 'Synthetic organisation ' || n, case when n % 5 = 1 then 'FOUNDATION_TRUST' else 'TRUST' end,
       icb_code, region_code
from synthetic_org;

create temp table synthetic_vacancy on commit drop as
with d as (
    select n, random() u_status, random() u_route, current_date - floor(random() * 1095)::int as opened_on,
           20 + floor(random() * 40)::int as open_days, 10 + floor(random() * 20)::int as shortlist_days,
           30 + floor(random() * 120)::int as fill_days, 2 + floor(random() * 7)::int as shortlisted,
           1 + (n % 210) as org
    from generate_series(1, (:events / 4.2)::int) n
)
select gen_random_uuid() as id, o.ods_code, o.icb_code, o.region_code, d.*,
       case when d.u_status < 0.10 then 'WITHDRAWN'
            when d.u_status < 0.35 then (array['OPEN', 'SHORTLISTING', 'INTERVIEWING', 'OFFERED'])[1 + (d.n % 4)]
            else 'FILLED' end as status,
       (array['OPEN_ADVERT', 'INTERNAL_PIPELINE', 'EXECUTIVE_SEARCH_AGENCY', 'INTERIM_AGENCY'])
           [width_bucket(d.u_route, '{0,0.55,0.8,0.95}'::float8[])] as route,
       (array['CHIEF_EXECUTIVE', 'FINANCE', 'MEDICAL', 'NURSING', 'OPERATIONS', 'PEOPLE', 'STRATEGY', 'DIGITAL',
               'ESTATES', 'GOVERNANCE', 'CHAIR', 'NON_EXECUTIVE', 'OTHER'])[1 + (hashint4(d.n) & 2147483647) % 13]
           as role_family,
       (array['VSM', 'AFC_9', 'AFC_8D', 'AFC_8C'])[1 + (hashint4(d.n + 7) & 2147483647) % 4] as level
from d join organisation o on o.ods_code = 'SY' || lpad(d.org::text, 3, '0');

insert into vacancy (id, version, org_code, region_code, icb_code, title, role_family, level, board_post,
        contract_type, recruitment_route, status, opened_on, closing_on, applications_closed_on, shortlisted_on,
        offered_on, filled_on, withdrawn_on, applicant_count, appointee, withdrawal_reason, created_at, updated_at)
select id, 4, ods_code, region_code, icb_code, 'Synthetic senior post ' || n, role_family, level, level = 'VSM',
       'SUBSTANTIVE', route, status, opened_on, opened_on + open_days,
       case when status <> 'OPEN' then opened_on + open_days end,
       case when status in ('INTERVIEWING', 'OFFERED', 'FILLED') then opened_on + open_days + shortlist_days end,
       case when status in ('OFFERED', 'FILLED') then opened_on + fill_days + open_days end,
       case when status = 'FILLED' then opened_on + fill_days + open_days + 14 end,
       case when status = 'WITHDRAWN' then opened_on + open_days end,
       case when status <> 'OPEN' then 5 + shortlisted * 3 end,
       case when status = 'FILLED' then ods_code || ':cand-' || n end,
       case when status = 'WITHDRAWN' then 'Post restructured' end,
       now(), now()
from synthetic_vacancy;

insert into vacancy_shortlist (vacancy_id, position, person_ref)
select v.id, s, v.ods_code || ':cand-' || v.n || '-' || s
from synthetic_vacancy v, generate_series(1, v.shortlisted) s
where v.status in ('INTERVIEWING', 'OFFERED', 'FILLED');

commit;
vacuum analyze organisation;
vacuum analyze vacancy;
vacuum analyze vacancy_shortlist;
