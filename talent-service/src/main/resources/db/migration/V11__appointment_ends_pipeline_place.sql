-- An appointment to a senior post of a role family ends the person's place in that family's pipeline: from that
-- day they are no longer supply for it, and their time in the readiness they held no longer counts as exposure to
-- the pipeline's moves (it did, until they were next assessed, which made every rate look lower than it is). They
-- come back with their next assessment for the family. The appointment is the one the profile keeps (the latest),
-- to a vacancy of the role family, on or after the day of the assessment (an assessment of that day comes first,
-- as the transitions report reads the readiness "on the appointment date").

-- Supply (V10): the current assessment counts unless such an appointment followed it.
create or replace view supply_entry_source as
select a.person_ref, a.role_family, p.region_code, coalesce(p.target_level, p.level) as level, a.readiness
from readiness_assessment a
join talent_profile p on p.person_ref = a.person_ref
where a.superseded_at is null
  and not exists (select 1 from vacancy v
                  where v.id = p.appointed_to_vacancy and v.role_family = a.role_family
                    and p.appointed_on >= a.assessed_on);

-- Readiness spells (V9): each knows the appointment that ends it early, if one falls inside it.
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

-- Both derived tables now follow an appointment too. Only a real change recomputes: a bulk update that sets a
-- column to what it was does not.
drop trigger readiness_spell_follow on talent_profile;
create trigger readiness_spell_follow after update on talent_profile
    for each row when ((old.region_code, old.appointed_on, old.appointed_to_vacancy)
                       is distinct from (new.region_code, new.appointed_on, new.appointed_to_vacancy))
    execute function readiness_spell_follow();
drop trigger supply_entry_follow on talent_profile;
create trigger supply_entry_follow after insert or delete on talent_profile
    for each row execute function supply_entry_follow();
create trigger supply_entry_follow_change after update on talent_profile
    for each row when ((old.region_code, old.level, old.target_level, old.appointed_on, old.appointed_to_vacancy)
                       is distinct from
                       (new.region_code, new.level, new.target_level, new.appointed_on, new.appointed_to_vacancy))
    execute function supply_entry_follow();

-- Whoever is here already, recomputed from the new definitions.
update readiness_spell r set appointed_on = s.appointed_on
from readiness_spell_source s
where s.assessment_id = r.assessment_id and s.appointed_on is not null
  and s.person_ref in (select person_ref from talent_profile where appointed_on is not null);
truncate supply_entry, supply_count;
insert into supply_entry (person_ref, role_family, region_code, level, readiness)
select person_ref, role_family, region_code, level, readiness from supply_entry_source;
insert into supply_count (region_code, role_family, level, readiness, people)
select region_code, role_family, level, readiness, count(*) from supply_entry group by 1, 2, 3, 4;
