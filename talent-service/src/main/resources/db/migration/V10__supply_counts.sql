-- Two changes for the national reports.
--
-- 1. Supply counts. The supply report (GET /reports/talent/supply, TalentReportRepository.supply) counts people with
-- a current readiness by region × role family × level × readiness. Grouping every current assessment with its
-- profile took 2.2 s at 1.5 million profiles (3 million current assessments) on the benchmark machine, the slowest
-- part of the national report (benchmarks/README.md); read from the counts kept here it is a few hundred rows.
-- Derived data kept by the database itself, as forum_candidate (V8) and readiness_spell (V9) are: supply_entry holds
-- each person's current contribution (one row per role family, defined once by the view supply_entry_source), and
-- supply_count the sums. Nothing else writes either table.
--
-- 2. An appointment ends a pipeline place. Someone appointed to a senior post of a role family has left that
-- family's pipeline, from the day of the appointment until they are assessed for the family again: they are no
-- longer its supply, and their time in the readiness they held is no longer exposure to the pipeline's moves (it
-- ran on until their next assessment, which made every estimated rate look lower than it is). The appointment is
-- the one the profile keeps (the latest), to a vacancy of the role family, on or after the day of the assessment (an
-- assessment of that day comes first, as the transitions report reads the readiness "on the appointment date").
create table supply_entry (
    person_ref  varchar(64) not null,
    role_family varchar(32) not null,
    region_code varchar(3)  not null,
    level       varchar(16) not null,
    readiness   varchar(20) not null,
    primary key (person_ref, role_family)
);

create table supply_count (
    region_code varchar(3)  not null,
    role_family varchar(32) not null,
    level       varchar(16) not null,
    readiness   varchar(20) not null,
    -- no check (people >= 0): insert … on conflict checks the proposed row (a difference of -1) before it updates
    people      bigint      not null,
    primary key (region_code, role_family, level, readiness)
);

-- The definition: a current assessment counts at the level the person aims at (their own level when they name
-- none), unless an appointment to a post of its role family followed it.
create view supply_entry_source as
select a.person_ref, a.role_family, p.region_code, coalesce(p.target_level, p.level) as level, a.readiness
from readiness_assessment a
join talent_profile p on p.person_ref = a.person_ref
where a.superseded_at is null
  and not exists (select 1 from vacancy v
                  where v.id = p.appointed_to_vacancy and v.role_family = a.role_family
                    and p.appointed_on >= a.assessed_on);

-- Recomputes one person's entries, the profile row locked first so that two changes to one person take turns (as
-- forum_candidate_refresh and readiness_spell_refresh). The counts move by the difference between the entries kept
-- and the entries now, in one statement in key order; a count whose difference is 0 is not touched.
create function supply_entry_refresh(ref varchar) returns void language sql as $$
    select 1 from talent_profile where person_ref = ref for no key update;
    insert into supply_count as c (region_code, role_family, level, readiness, people)
    select region_code, role_family, level, readiness, sum(change)
    from (select region_code, role_family, level, readiness, -1 as change from supply_entry where person_ref = ref
          union all
          select region_code, role_family, level, readiness, 1 from supply_entry_source where person_ref = ref) d
    group by region_code, role_family, level, readiness
    having sum(change) <> 0
    order by region_code, role_family, level, readiness
    on conflict (region_code, role_family, level, readiness) do update set people = c.people + excluded.people;
    delete from supply_entry where person_ref = ref;
    insert into supply_entry (person_ref, role_family, region_code, level, readiness)
    select person_ref, role_family, region_code, level, readiness from supply_entry_source where person_ref = ref;
$$;

create function supply_entry_follow() returns trigger language plpgsql as $$
begin
    perform supply_entry_refresh(case when tg_op = 'DELETE' then old.person_ref else new.person_ref end);
    return null;
end $$;

-- At commit (deferred constraint triggers), not per statement: a readiness change supersedes one row and inserts
-- another, and the person's first refresh at commit then moves the counts by the net difference in one statement
-- (the later ones find nothing to move). Counts are so locked briefly and, for one person, in key order; two
-- transactions of several people each can still meet in opposite order, which PostgreSQL breaks as a deadlock:
-- answered 409 to a caller, retried by the event inbox.
create constraint trigger supply_entry_follow after insert or update or delete on readiness_assessment
    deferrable initially deferred for each row execute function supply_entry_follow();
create constraint trigger supply_entry_follow after insert or delete on talent_profile
    deferrable initially deferred for each row execute function supply_entry_follow();
create constraint trigger supply_entry_follow_change after update on talent_profile
    deferrable initially deferred for each row
    when ((old.region_code, old.level, old.target_level, old.appointed_on, old.appointed_to_vacancy)
          is distinct from
          (new.region_code, new.level, new.target_level, new.appointed_on, new.appointed_to_vacancy))
    execute function supply_entry_follow();

-- Readiness spells (V9) know the appointment that ends one early, if one falls inside it.
alter table readiness_spell add column appointed_on date;

create or replace view readiness_spell_source as
select s.assessment_id, s.person_ref, s.role_family, s.region_code, s.readiness, s.starts_on, s.ends_on,
       s.next_readiness, s.first,
       case when v.role_family = s.role_family and s.appointed_on >= s.starts_on
                 and (s.ends_on is null or s.appointed_on < s.ends_on)
            then s.appointed_on end as appointed_on
from (select a.id as assessment_id, a.person_ref, a.role_family, p.region_code, a.readiness,
             a.assessed_on as starts_on,
             lead(a.assessed_on) over timeline as ends_on,
             lead(a.readiness) over timeline as next_readiness,
             row_number() over timeline = 1 as first,
             p.appointed_on, p.appointed_to_vacancy
      from readiness_assessment a
      join talent_profile p on p.person_ref = a.person_ref
      window timeline as (partition by a.person_ref, a.role_family order by a.assessed_on, a.recorded_at, a.id)) s
left join vacancy v on v.id = s.appointed_to_vacancy;

create or replace function readiness_spell_refresh(ref varchar) returns void language sql as $$
    select 1 from talent_profile where person_ref = ref for no key update;
    delete from readiness_spell where person_ref = ref;
    insert into readiness_spell (assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on,
                                 next_readiness, first, appointed_on)
    select assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on, next_readiness, first,
           appointed_on
    from readiness_spell_source where person_ref = ref;
$$;

-- The spells follow an appointment too; only a real change recomputes (a bulk update setting a column to what it
-- was does not).
drop trigger readiness_spell_follow on talent_profile;
create trigger readiness_spell_follow after update on talent_profile
    for each row when ((old.region_code, old.appointed_on, old.appointed_to_vacancy)
                       is distinct from (new.region_code, new.appointed_on, new.appointed_to_vacancy))
    execute function readiness_spell_follow();

-- Both definitions read the appointed vacancy's role family: a vacancy that arrives after the appointment, changes
-- its role family or goes (a replay rebuilding the table) recomputes its appointee.
create index talent_profile_appointed_to on talent_profile (appointed_to_vacancy)
    where appointed_to_vacancy is not null;

create function vacancy_appointee_follow() returns trigger language plpgsql as $$
declare
    ref varchar;
begin
    for ref in select person_ref from talent_profile
               where appointed_to_vacancy = case when tg_op = 'DELETE' then old.id else new.id end loop
        perform readiness_spell_refresh(ref);
        perform supply_entry_refresh(ref);
    end loop;
    return null;
end $$;

create constraint trigger vacancy_appointee_follow after insert or delete on vacancy
    deferrable initially deferred for each row execute function vacancy_appointee_follow();
create constraint trigger vacancy_appointee_follow_change after update on vacancy
    deferrable initially deferred for each row when (old.role_family is distinct from new.role_family)
    execute function vacancy_appointee_follow();

-- Whoever is here already.
update readiness_spell r set appointed_on = s.appointed_on
from readiness_spell_source s
where s.assessment_id = r.assessment_id and s.appointed_on is not null
  and s.person_ref in (select person_ref from talent_profile where appointed_on is not null);
insert into supply_entry (person_ref, role_family, region_code, level, readiness)
select person_ref, role_family, region_code, level, readiness from supply_entry_source;
insert into supply_count (region_code, role_family, level, readiness, people)
select region_code, role_family, level, readiness, count(*) from supply_entry group by 1, 2, 3, 4;
