-- talent-service: key posts (board and critical posts of organisations) and their nominated successors.

create table key_post (
    id                   uuid         primary key,
    version              bigint       not null,
    org_code             varchar(16)  not null,
    icb_code             varchar(16)  not null,
    region_code          varchar(3)   not null,
    title                varchar(200) not null,
    role_family          varchar(32)  not null,
    level                varchar(16)  not null,
    board_post           boolean      not null,
    incumbent            varchar(64),
    incumbent_leaving_on date,
    risk_of_loss         varchar(8)   not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint key_post_leaving_needs_incumbent check (incumbent is not null or incumbent_leaving_on is null)
);
create index key_post_region on key_post (region_code, org_code);

create table succession_nomination (
    id                    uuid         primary key,
    key_post_id           uuid         not null references key_post (id),
    person_ref            varchar(64)  not null references talent_profile (person_ref) on delete cascade,
    readiness             varchar(20)  not null,
    readiness_assessed_on date         not null,
    nominated_on          date         not null,
    nominated_by          varchar(255) not null,
    removed_at            timestamptz
);
-- One current nomination per person and post; a removed one stays as history.
create unique index succession_nomination_current on succession_nomination (key_post_id, person_ref)
    where removed_at is null;
create index succession_nomination_person on succession_nomination (person_ref) where removed_at is null;
