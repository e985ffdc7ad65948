-- The forum candidate search's own table: one row per consenting person × region whose forum may see them (their
-- home region and each region they would move into) × role family (each one they aim at or have a current
-- readiness for, and '*' for "any role family"), with the current readiness for that role family and the sort
-- columns. Visibility, role family, readiness and the sort then sit in one index, so a page and its total cost
-- milliseconds at national scale (benchmarks/README.md: 0.8–1.3 s for the same search on talent_profile, whose
-- "home region or would move in" cannot walk an index in name order).
--
-- It is derived data, defined once by the view forum_candidate_source and kept by the database itself: triggers
-- on talent_profile and readiness_assessment recompute a person's rows in the transaction of any change to them
-- (registration, revision, consent, mobility, readiness, appointment, erasure), so no write path can forget it.
-- Nothing else writes it; the synthetic-data generator fills it from the same view.
create table forum_candidate (
    person_ref  varchar(64)  not null,
    visible_in  varchar(3)   not null,
    role_family varchar(32)  not null,
    readiness   varchar(20)  not null,
    family_name varchar(100) not null,
    given_name  varchar(100) not null,
    updated_at  timestamptz  not null,
    primary key (person_ref, visible_in, role_family)
);

-- role family and readiness, by name; role family (or '*'), by name; role family (or '*'), by last update.
create index forum_candidate_readiness_name
    on forum_candidate (visible_in, role_family, readiness, family_name, given_name, person_ref);
create index forum_candidate_name on forum_candidate (visible_in, role_family, family_name, given_name, person_ref);
create index forum_candidate_updated on forum_candidate (visible_in, role_family, updated_at, person_ref);

-- The definition. readiness is 'NONE' where a role family is aimed at but not assessed, and on the '*' rows.
create view forum_candidate_source as
select p.person_ref, v.region as visible_in, f.role_family, coalesce(r.readiness, 'NONE') as readiness,
       p.family_name, p.given_name, p.updated_at
from talent_profile p
cross join lateral (select p.region_code union select unnest(p.mobility_regions)) v (region)
cross join lateral (
    select cast('*' as varchar(32))
    union select unnest(p.target_role_families)
    union select a.role_family from readiness_assessment a where a.person_ref = p.person_ref and a.superseded_at is null
) f (role_family)
left join readiness_assessment r
       on r.person_ref = p.person_ref and r.superseded_at is null and r.role_family = f.role_family
where p.share_with_forum;

-- Recomputes one person's rows. The person's profile row is locked first, so that two transactions changing the
-- same person take turns: the second waits for the first to commit, then (each statement of a volatile function
-- taking a fresh snapshot) sees its change too, and nothing is lost or inserted twice.
create function forum_candidate_refresh(ref varchar) returns void language sql as $$
    select 1 from talent_profile where person_ref = ref for no key update;
    delete from forum_candidate where person_ref = ref;
    insert into forum_candidate (person_ref, visible_in, role_family, readiness, family_name, given_name, updated_at)
    select person_ref, visible_in, role_family, readiness, family_name, given_name, updated_at
    from forum_candidate_source where person_ref = ref;
$$;

create function forum_candidate_follow() returns trigger language plpgsql as $$
begin
    perform forum_candidate_refresh(case when tg_op = 'DELETE' then old.person_ref else new.person_ref end);
    return null;
end $$;

create trigger forum_candidate_follow after insert or update or delete on talent_profile
    for each row execute function forum_candidate_follow();
create trigger forum_candidate_follow after insert or update or delete on readiness_assessment
    for each row execute function forum_candidate_follow();

-- Whoever is here already.
insert into forum_candidate (person_ref, visible_in, role_family, readiness, family_name, given_name, updated_at)
select person_ref, visible_in, role_family, readiness, family_name, given_name, updated_at
from forum_candidate_source;
