-- The supply report (GET /reports/talent/supply, TalentReportRepository.supply) counts people with a current
-- readiness by region × role family × level × readiness. Grouping every current assessment with its profile took
-- 2.2 s at 1.5 million profiles (3 million current assessments) on the benchmark machine, the slowest part of the
-- national report (benchmarks/README.md); read from the counts kept here it is a few hundred rows.
--
-- Derived data kept by the database itself, as forum_candidate (V8) and readiness_spell (V9) are: supply_entry holds
-- each person's current contribution (one row per role family with a current readiness, defined once by the view
-- supply_entry_source), and supply_count the sums. Triggers on readiness_assessment (any change) and on
-- talent_profile (registration, a change of region or level, erasure) recompute the person's entries in the
-- transaction of the change and move the counts by the difference, so no write path can forget them. Nothing else
-- writes either table.
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

-- The definition: a current assessment counts at the level the person aims at, their own level when they name none.
create view supply_entry_source as
select a.person_ref, a.role_family, p.region_code, coalesce(p.target_level, p.level) as level, a.readiness
from readiness_assessment a
join talent_profile p on p.person_ref = a.person_ref
where a.superseded_at is null;

-- Recomputes one person's entries, the profile row locked first so that two changes to one person take turns (as
-- forum_candidate_refresh and readiness_spell_refresh, in the same order). The counts move by the difference
-- between the entries kept and the entries now, in one statement in key order: two transactions changing
-- different people lock the count rows they share in the same order and so never deadlock; a count whose
-- difference is 0 is not touched (a change that leaves the person's entries as they were locks nothing).
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

create trigger supply_entry_follow after insert or update or delete on readiness_assessment
    for each row execute function supply_entry_follow();
create trigger supply_entry_follow after insert or delete or update of region_code, level, target_level
    on talent_profile for each row execute function supply_entry_follow();

-- Whoever is here already.
insert into supply_entry (person_ref, role_family, region_code, level, readiness)
select person_ref, role_family, region_code, level, readiness from supply_entry_source;
insert into supply_count (region_code, role_family, level, readiness, people)
select region_code, role_family, level, readiness, count(*) from supply_entry group by 1, 2, 3, 4;
