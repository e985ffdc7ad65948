-- talent-service: talent pools and their membership workflow (nominated → accepted → active → exited).

create table talent_pool (
    id                 uuid         primary key,
    version            bigint       not null,
    name               varchar(200) not null,
    description        varchar(2000) not null,
    scope              varchar(16)  not null,
    region_code        varchar(3),
    icb_code           varchar(16),
    owning_forum       varchar(16)  not null,
    target_role_family varchar(32)  not null,
    target_level       varchar(16)  not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint pool_scope_places_it check (
        (scope = 'NATIONAL' and region_code is null and icb_code is null)
        or (scope = 'REGION' and region_code is not null and icb_code is null)
        or (scope = 'ICB' and region_code is not null and icb_code is not null))
);
create index talent_pool_region on talent_pool (region_code);

create table pool_membership (
    id           uuid        primary key,
    version      bigint      not null,
    pool_id      uuid        not null references talent_pool (id),
    person_ref   varchar(64) not null references talent_profile (person_ref) on delete cascade,
    status       varchar(16) not null,
    exit_reason  varchar(32),
    nominated_on date        not null,
    changed_on   date        not null,
    changed_by   varchar(255) not null,
    updated_at   timestamptz not null,
    constraint membership_exit_has_reason check ((status = 'EXITED') = (exit_reason is not null))
);
-- One membership at a time per person and pool; someone who exited may be nominated again.
create unique index pool_membership_open on pool_membership (pool_id, person_ref) where status <> 'EXITED';
create index pool_membership_person on pool_membership (person_ref) where status <> 'EXITED';

-- The person's latest appointment to a senior post, as vacancy-service reported it.
alter table talent_profile add column appointed_on date, add column appointed_to_vacancy uuid;
