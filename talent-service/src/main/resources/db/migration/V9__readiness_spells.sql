-- The transitions report (GET /reports/talent/transitions, TalentReportRepository.transitions) needs every
-- person's readiness timeline per role family: each assessment is a state ("spell") from its assessed date to the
-- next assessment's. Computing the timelines at query time (a window over every assessment in person, role family
-- and date order, then a join with every profile for the region) took 6-7 s at 1.5 million profiles (2.25 million
-- assessments) on the benchmark machine, against a target of about a second; read from this table, where they are
-- kept with the home region, they are one parallel scan and a grouping (talent-service README, "Readiness spells").
--
-- Derived data, defined once by the view readiness_spell_source and kept by the database itself, as
-- forum_candidate is (V8): triggers on readiness_assessment (any change) and on talent_profile (a change of home
-- region) recompute the person's spells in the transaction of the change, so no write path can forget it; an
-- erased person's spells go with their assessments. Nothing else writes it.
create table readiness_spell (
    assessment_id  uuid        primary key,
    person_ref     varchar(64) not null,
    role_family    varchar(32) not null,
    region_code    varchar(3)  not null,
    readiness      varchar(20) not null,
    starts_on      date        not null,
    ends_on        date,
    next_readiness varchar(20),
    first          boolean     not null
);
-- The refresh deletes by person; the readiness on the day of an appointment or pool exit is one probe.
create index readiness_spell_person on readiness_spell (person_ref, role_family, starts_on);

-- The definition. A person's assessments for one role family in order of assessed date (the one recorded later
-- last among those of one date): each runs from its date to the next one's (ends_on null: still current), and
-- knows the readiness that follows it and whether it is the person's first for the role family.
create view readiness_spell_source as
select a.id as assessment_id, a.person_ref, a.role_family, p.region_code, a.readiness,
       a.assessed_on as starts_on,
       lead(a.assessed_on) over timeline as ends_on,
       lead(a.readiness) over timeline as next_readiness,
       row_number() over timeline = 1 as first
from readiness_assessment a
join talent_profile p on p.person_ref = a.person_ref
window timeline as (partition by a.person_ref, a.role_family order by a.assessed_on, a.recorded_at, a.id);

-- Recomputes one person's spells, the profile row locked first so that two changes to one person take turns (as
-- forum_candidate_refresh, in the same order).
create function readiness_spell_refresh(ref varchar) returns void language sql as $$
    select 1 from talent_profile where person_ref = ref for no key update;
    delete from readiness_spell where person_ref = ref;
    insert into readiness_spell (assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on,
                                 next_readiness, first)
    select assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on, next_readiness, first
    from readiness_spell_source where person_ref = ref;
$$;

create function readiness_spell_follow() returns trigger language plpgsql as $$
begin
    perform readiness_spell_refresh(case when tg_op = 'DELETE' then old.person_ref else new.person_ref end);
    return null;
end $$;

create trigger readiness_spell_follow after insert or update or delete on readiness_assessment
    for each row execute function readiness_spell_follow();
create trigger readiness_spell_follow after update of region_code on talent_profile
    for each row when (old.region_code is distinct from new.region_code) execute function readiness_spell_follow();

-- Whoever is here already.
insert into readiness_spell (assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on,
                             next_readiness, first)
select assessment_id, person_ref, role_family, region_code, readiness, starts_on, ends_on, next_readiness, first
from readiness_spell_source;

-- The report's appointments in the window, without reading every profile.
create index talent_profile_appointed on talent_profile (appointed_on) where appointed_on is not null;
