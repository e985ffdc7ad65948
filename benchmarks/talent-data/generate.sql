-- Synthetic talent-service data at national scale: organisations in the 7 NHS England regions, invented people
-- (names built from syllable lists, e-mail at nhs.example), their readiness history and nine-box history.
-- No real person, organisation or ICB: organisation codes are SY001..SY210, ICB codes QS01..QS42.
--
-- Runs with psql against a database that talent-service has migrated (Flyway creates the tables when the
-- service starts):
--   psql -X -v profiles=1500000 -f benchmarks/talent-data/generate.sql "host=127.0.0.1 dbname=... user=..."
-- Variables: profiles (default 1500000), seed (-1..1, default 0.42: the same seed gives the same people),
-- replace=1 (delete the synthetic people of an earlier run first; people in other organisations are kept).
-- Everything is one transaction: it loads completely or not at all. VACUUM ANALYZE follows it.
-- benchmarks/talent-data/load.sh wraps it (timing, sizes).
\set ON_ERROR_STOP on
\if :{?profiles}
\else
\set profiles 1500000
\endif
\if :{?seed}
\else
\set seed 0.42
\endif
\if :{?replace}
\else
\set replace 0
\endif

-- Session settings for a bulk load (this session only).
set temp_buffers = '256MB';
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set synchronous_commit = off;
set client_min_messages = warning;

begin;

do $$
begin
    if to_regclass('talent_profile') is null or to_regclass('readiness_assessment') is null
            or to_regclass('nine_box_review') is null then
        raise exception 'no talent-service schema here: start talent-service once on this database (Flyway creates it)';
    end if;
end $$;

-- Synthetic people are those of the synthetic organisations.
select exists (select 1 from talent_profile where org_code ~ '^SY[0-9]{3}$') as has_synthetic \gset
\if :has_synthetic
\if :replace
\else
do $$ begin raise exception 'synthetic people already loaded: pass -v replace=1 to replace them'; end $$;
\endif
\endif

select setseed(:seed) as seeded \gset

-- Bulk load: the secondary indexes and the foreign keys of the three tables and of the derived tables
-- forum_candidate, readiness_spell and supply_entry are dropped here and created again, from their own definitions, after the
-- load (building an index once is much faster than maintaining it row by row). Inside the transaction, so nobody
-- sees the tables without them. The triggers that keep the derived tables row by row are off meanwhile: each is
-- filled at the end from its own definition (the views forum_candidate_source, readiness_spell_source and
-- supply_entry_source), in one statement, and the supply counts summed again from supply_entry.
create temp table synthetic_saved_schema on commit drop as
select 1 as step, i.indrelid in ('forum_candidate'::regclass, 'readiness_spell'::regclass,
                                  'supply_entry'::regclass) as search_table,
       format('drop index %s', i.indexrelid::regclass) as drop_sql, pg_get_indexdef(i.indexrelid) as create_sql
from pg_index i
where i.indrelid in ('talent_profile'::regclass, 'readiness_assessment'::regclass, 'nine_box_review'::regclass,
                     'forum_candidate'::regclass, 'readiness_spell'::regclass, 'supply_entry'::regclass)
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
union all
select 2, false, format('alter table %s drop constraint %I', k.conrelid::regclass, k.conname),
       format('alter table %s add constraint %I %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid))
from pg_constraint k
where k.contype = 'f' and k.confrelid = 'talent_profile'::regclass
  and k.conrelid in ('readiness_assessment'::regclass, 'nine_box_review'::regclass);
select drop_sql from synthetic_saved_schema order by step desc \gexec
alter table talent_profile disable trigger forum_candidate_follow;
alter table readiness_assessment disable trigger forum_candidate_follow;
alter table talent_profile disable trigger readiness_spell_follow;
alter table readiness_assessment disable trigger readiness_spell_follow;
alter table talent_profile disable trigger supply_entry_follow;
alter table talent_profile disable trigger supply_entry_follow_change;
alter table readiness_assessment disable trigger supply_entry_follow;

-- Replacing an earlier load: its people and their histories go first (with the foreign keys dropped: their
-- cascade would scan the history tables once per person, as no index leads with person_ref alone).
\if :has_synthetic
delete from forum_candidate c using talent_profile p where p.person_ref = c.person_ref and p.org_code ~ '^SY[0-9]{3}$';
delete from readiness_spell r using talent_profile p where p.person_ref = r.person_ref and p.org_code ~ '^SY[0-9]{3}$';
delete from supply_entry e using talent_profile p where p.person_ref = e.person_ref and p.org_code ~ '^SY[0-9]{3}$';
delete from readiness_assessment r using talent_profile p
where p.person_ref = r.person_ref and p.org_code ~ '^SY[0-9]{3}$';
delete from nine_box_review b using talent_profile p where p.person_ref = b.person_ref and p.org_code ~ '^SY[0-9]{3}$';
delete from talent_profile where org_code ~ '^SY[0-9]{3}$';
\endif

-- The organisations: 7 regions (weighted roughly by population), 6 ICBs each, 5 organisations per ICB (the first,
-- say an acute trust, employs most). Kept as a temporary table for the report at the end.
\ir synthetic-organisations.sql

-- Weighted choices use width_bucket(u, lower bounds): u in [0, 1) falls in bucket 1..n.

-- personRef: 'tp-' and 16 lower-case letters. The last 10 letters are x in base 26, x a bijection of n on 46 bits
-- (multiply by an odd constant mod 2^46, xor-shift, multiply again; 26^10 > 2^46), so distinct n give distinct
-- refs; the first 6 letters come from a hash h of n. Each product is split in 23-bit halves to fit a bigint.
create function pg_temp.person_ref(n bigint) returns text language plpgsql immutable parallel safe as $$
declare
    x bigint := ((n & 8388607) * 1659301 + (((n >> 23) * 1659301 + (n & 8388607) * 5184407) % 8388608) * 8388608)
                % 70368744177664;
    h bigint := (hashint8(n)::bigint & 2147483647) % 308915776;
    ref text := 'tp-';
begin
    x := x # (x >> 23);
    x := ((x & 8388607) * 2709597 + (((x >> 23) * 2709597 + (x & 8388607) * 3007235) % 8388608) * 8388608)
         % 70368744177664;
    for k in 1..6 loop
        ref := ref || chr(97 + (h % 26)::int);
        h := h / 26;
    end loop;
    for k in 1..10 loop
        ref := ref || chr(97 + (x % 26)::int);
        x := x / 26;
    end loop;
    return ref;
end $$;

-- Draws per person, in order, then the profile computed from them.
create temp table synthetic_person on commit drop as
with draws as materialized (
    select n, random() u_region, random() u_icb, random() u_org, random() u_rf, random() u_level,
           random() u_ntargets, random() u_own, random() u_target, random() u_step, random() u_tlevel,
           random() u_mobile, random() u_move1, random() u_move2, random() u_nprog, random() u_prog1,
           random() u_prog2, random() u_share, random() u_national, random() u_consent_on, random() u_method,
           random() u_conversation, random() u_created, random() u_updated, random() u_version,
           random() g1, random() g2, random() f1, random() f2, random() f3
    from generate_series(1, :profiles) n
), placed as (
    select d.*,
           width_bucket(u_region, '{0,0.158,0.258,0.420,0.613,0.726,0.856}'::float8[]) - 1 as region_index,
           width_bucket(u_org, '{0,0.4,0.6,0.75,0.9}'::float8[]) as org_in_icb,
           width_bucket(u_rf, '{0,0.18,0.32,0.44,0.55,0.64,0.72,0.79,0.84,0.89,0.92,0.94,0.97}'::float8[]) as rf_pick
    from draws d
), shaped as (
    select p.*,
           region_index * 6 + floor(u_icb * 6)::int + 1 as icb,
           -- role family position in the enum order below
           (array[5, 4, 2, 3, 6, 7, 8, 9, 10, 1, 11, 12, 13])[rf_pick] as rf_index,
           1 + floor(u_ntargets * 3)::int as ntargets
    from placed p
)
select n,
       pg_temp.person_ref(n) as person_ref,
       initcap((array['ab', 'bri', 'cal', 'dar', 'el', 'fen', 'gra', 'hal', 'is', 'jas', 'kel', 'lor', 'mir', 'nel',
                      'or', 'per', 'quin', 'ros', 'sal', 'tam', 'ul', 'ver', 'wyn', 'zan'])[1 + floor(g1 * 24)::int]
               || (array['a', 'an', 'el', 'en', 'ia', 'ic', 'in', 'is', 'o', 'on', 'ra', 'yn'])[1 + floor(g2 * 12)::int])
           as given_name,
       initcap((array['ash', 'bram', 'cort', 'dunn', 'elm', 'fros', 'gar', 'hess', 'ing', 'jarr', 'kirk', 'lind',
                      'mab', 'norr', 'oak', 'pell', 'quarr', 'rook', 'sand', 'tarr', 'ulm', 'vell', 'wend', 'yarr',
                      'zell', 'brin', 'cask', 'dell', 'fenn', 'gorr'])[1 + floor(f1 * 30)::int]
               || (array['', 'a', 'e', 'i', 'o', 'er', 'in', 'ow'])[1 + floor(f2 * 8)::int]
               || (array['by', 'don', 'field', 'ford', 'gate', 'ham', 'ley', 'more', 'ridge', 'stow', 'well',
                         'wick'])[1 + floor(f3 * 12)::int]) as family_name,
       'SY' || lpad(((icb - 1) * 5 + org_in_icb)::text, 3, '0') as org_code,
       'QS' || lpad(icb::text, 2, '0') as icb_code,
       region_index,
       (array['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63'])[region_index + 1] as region_code,
       rf_index,
       ntargets,
       -- first target: their own role family half the time; then steps through the 13 families (13 is prime,
       -- so the 1 to 3 targets are distinct)
       case when u_own < 0.5 then rf_index else 1 + floor(u_target * 13)::int end as target_start,
       1 + floor(u_step * 4)::int as target_step,
       u_level, u_tlevel, u_mobile, u_move1, u_move2, u_nprog, u_prog1, u_prog2, u_share, u_national,
       u_consent_on, u_method, u_conversation, u_created, u_updated, u_version
from shaped;

insert into talent_profile (person_ref, version, given_name, family_name, work_email, org_code, icb_code,
        region_code, role_family, level, target_role_families, target_level, mobility_regions, programmes,
        share_with_forum, share_nationally, consent_given_on, consent_method, last_career_conversation_on,
        created_at, updated_at)
select person_ref,
       floor(u_version * 4)::bigint,
       given_name,
       family_name,
       lower(given_name) || '.' || lower(family_name) || '.' || n || '@nhs.example',
       org_code, icb_code, region_code,
       families[rf_index],
       level,
       array(select families[1 + (target_start - 1 + j * target_step) % 13] from generate_series(0, ntargets - 1) j)
           ::varchar(32)[],
       case when u_tlevel < 0.25 then null
            else (array['AFC_8D', 'AFC_9', 'VSM', 'VSM'])[array_position(array['AFC_8C', 'AFC_8D', 'AFC_9', 'VSM'], level)]
       end,
       case when u_mobile >= 0.2 then '{}'::varchar(3)[]
            when u_move2 < 0.5 then array[regions[1 + (region_index + 1 + floor(u_move1 * 6)::int) % 7]]::varchar(3)[]
            else array[regions[1 + (region_index + 1 + floor(u_move1 * 6)::int) % 7],
                       regions[1 + (region_index + 1 + (floor(u_move1 * 6)::int + 1 + floor(u_move2 * 10)::int % 5) % 6) % 7]]
                 ::varchar(3)[]
       end,
       case when u_nprog < 0.55 then '{}'::varchar(40)[]
            when u_nprog < 0.90 then array[programmes[1 + floor(u_prog1 * 7)::int]]::varchar(40)[]
            else array[programmes[1 + floor(u_prog1 * 7)::int],
                       programmes[1 + (floor(u_prog1 * 7)::int + 1 + floor(u_prog2 * 6)::int) % 7]]::varchar(40)[]
       end,
       u_share < 0.85,
       u_national < 0.45,
       -- consent given between registration and today
       current_date - floor(u_consent_on * (created_age / 86400))::int,
       (array['CAREER_CONVERSATION', 'ONLINE_FORM', 'WRITTEN', 'COHORT_IMPORT'])[width_bucket(u_method, '{0,0.5,0.8,0.9}'::float8[])],
       case when u_conversation < 0.7 then current_date - floor(u_conversation / 0.7 * 540)::int end,
       now() - created_age * interval '1 second',
       now() - floor(created_age * u_updated) * interval '1 second'
from (
    select s.*,
           '{CHIEF_EXECUTIVE,FINANCE,MEDICAL,NURSING,OPERATIONS,PEOPLE,STRATEGY,DIGITAL,ESTATES,GOVERNANCE,CHAIR,NON_EXECUTIVE,OTHER}'::text[]
               as families,
           '{Y56,Y58,Y59,Y60,Y61,Y62,Y63}'::text[] as regions,
           '{NEXT_DIRECTOR,ASPIRING_CHIEF_EXECUTIVE,ELIZABETH_GARRETT_ANDERSON,NYE_BEVAN,MARY_SEACOLE,ROSALIND_FRANKLIN,OTHER}'::text[]
               as programmes,
           case when rf_index in (1, 11, 12) then 'VSM'
                else (array['AFC_8C', 'AFC_8D', 'AFC_9', 'VSM'])[width_bucket(u_level, '{0,0.35,0.65,0.85}'::float8[])]
           end as level,
           floor(u_created * 94608000)::bigint as created_age -- seconds, up to 3 years
    from synthetic_person s
) p;

-- Readiness: one current assessment per person and target role family (the partial unique index
-- readiness_current), and for about 30% an older one it superseded.
insert into readiness_assessment (id, person_ref, role_family, readiness, assessed_on, assessed_by, recorded_at,
        superseded_at)
with d as materialized (
    select p.person_ref, p.region_code, t.role_family,
           (array['READY_NOW', 'ONE_TO_TWO_YEARS', 'THREE_PLUS_YEARS'])[width_bucket(random(), '{0,0.25,0.7}'::float8[])]
               as readiness,
           current_date - floor(random() * 700)::int as assessed_on,
           random() < 0.3 as has_older,
           180 + floor(random() * 540)::int as older_by_days
    from talent_profile p cross join unnest(p.target_role_families) t(role_family)
    where p.org_code ~ '^SY[0-9]{3}$'
)
select gen_random_uuid(), person_ref, role_family, v.readiness, v.assessed_on,
       'synthetic-forum-lead-' || lower(region_code), v.recorded_at, v.superseded_at
from d cross join lateral (
    select d.readiness, d.assessed_on, d.assessed_on + time '10:30' as recorded_at, null::timestamptz as superseded_at
    union all
    select case d.readiness when 'READY_NOW' then 'ONE_TO_TWO_YEARS' else 'THREE_PLUS_YEARS' end,
           d.assessed_on - d.older_by_days, d.assessed_on - d.older_by_days + time '10:30',
           d.assessed_on + time '10:30'
    where d.has_older
) v;

-- Nine-box: about 60% placed at a forum's talent review (one current placement), about a third of those with an
-- earlier placement it superseded.
insert into nine_box_review (id, person_ref, performance, potential, cell, talent_review, reviewed_on, recorded_by,
        recorded_at, superseded_at)
with d as materialized (
    select p.person_ref, p.region_code,
           width_bucket(random(), '{0,0.2,0.75}'::float8[]) as performance,
           width_bucket(random(), '{0,0.25,0.75}'::float8[]) as potential,
           current_date - floor(random() * 540)::int as reviewed_on,
           random() < 0.35 as has_older,
           width_bucket(random(), '{0,0.3,0.8}'::float8[]) as older_performance,
           width_bucket(random(), '{0,0.35,0.8}'::float8[]) as older_potential
    from talent_profile p
    where p.org_code ~ '^SY[0-9]{3}$' and random() < 0.6
)
select gen_random_uuid(), person_ref, v.performance, v.potential, (v.potential - 1) * 3 + v.performance,
       region_code || ' synthetic talent review ' || to_char(v.reviewed_on, 'YYYY-MM'), v.reviewed_on,
       'synthetic-forum-lead-' || lower(region_code), v.reviewed_on + time '15:00', v.superseded_at
from d cross join lateral (
    select d.performance, d.potential, d.reviewed_on, null::timestamptz as superseded_at
    union all
    select d.older_performance, d.older_potential, d.reviewed_on - 365, d.reviewed_on + time '15:00'
    where d.has_older
) v;

select create_sql from synthetic_saved_schema where not search_table order by step \gexec

-- The derived tables, from their definitions, once the indexes they read through are back.
insert into forum_candidate (person_ref, visible_in, role_family, readiness, family_name, given_name, updated_at)
select c.person_ref, c.visible_in, c.role_family, c.readiness, c.family_name, c.given_name, c.updated_at
from forum_candidate_source c join synthetic_person s on s.person_ref = c.person_ref;
insert into readiness_spell (assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on,
                             next_readiness, first, appointed_on)
select r.assessment_id, r.person_ref, r.role_family, r.region_code, r.readiness, r.starts_on, r.ends_on,
       r.next_readiness, r.first, r.appointed_on
from readiness_spell_source r join synthetic_person s on s.person_ref = r.person_ref;
insert into supply_entry (person_ref, role_family, region_code, level, readiness)
select e.person_ref, e.role_family, e.region_code, e.level, e.readiness
from supply_entry_source e join synthetic_person s on s.person_ref = e.person_ref;
delete from supply_count;
insert into supply_count (region_code, role_family, level, readiness, people)
select region_code, role_family, level, readiness, count(*) from supply_entry group by 1, 2, 3, 4;
select create_sql from synthetic_saved_schema where search_table order by step \gexec
alter table talent_profile enable trigger forum_candidate_follow;
alter table readiness_assessment enable trigger forum_candidate_follow;
alter table talent_profile enable trigger readiness_spell_follow;
alter table readiness_assessment enable trigger readiness_spell_follow;
alter table talent_profile enable trigger supply_entry_follow;
alter table talent_profile enable trigger supply_entry_follow_change;
alter table readiness_assessment enable trigger supply_entry_follow;

-- What was loaded.
select o.region_code, count(distinct o.icb_code) as icbs, count(distinct o.org_code) as organisations,
       count(p.person_ref) as people, count(p.person_ref) filter (where p.share_with_forum) as consenting
from synthetic_org o left join talent_profile p on p.org_code = o.org_code
group by o.region_code order by o.region_code;

commit;

vacuum (analyze) talent_profile, readiness_assessment, nine_box_review, forum_candidate, readiness_spell,
    supply_entry, supply_count;

select (select count(*) from talent_profile where org_code ~ '^SY[0-9]{3}$') as synthetic_profiles,
       (select count(*) from readiness_assessment) as readiness_rows,
       (select count(*) from readiness_assessment where superseded_at is null) as current_readiness,
       (select count(*) from nine_box_review) as nine_box_rows,
       (select count(*) from nine_box_review where superseded_at is null) as current_nine_box,
       (select count(*) from forum_candidate) as search_rows,
       (select count(*) from readiness_spell) as spell_rows,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
