-- talent-service: talent profiles (personal data: names and work e-mail, nothing else that identifies, no
-- protected characteristic), their readiness and nine-box history, and the audit of every read of a person.

create table talent_profile (
    person_ref                  varchar(64)  primary key,
    version                     bigint       not null,
    given_name                  varchar(100) not null,
    family_name                 varchar(100) not null,
    work_email                  varchar(254) not null,
    org_code                    varchar(16)  not null,
    icb_code                    varchar(16)  not null,
    region_code                 varchar(3)   not null,
    role_family                 varchar(32)  not null,
    level                       varchar(16)  not null,
    target_role_families        varchar(32)[] not null,
    target_level                varchar(16),
    mobility_regions            varchar(3)[] not null,
    programmes                  varchar(40)[] not null,
    share_with_forum            boolean      not null,
    share_nationally            boolean      not null,
    consent_given_on            date         not null,
    consent_method              varchar(32)  not null,
    last_career_conversation_on date,
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null
);

-- Forum search: the people a region's forum may see, in name order (keyset paging).
create index talent_profile_forum_home on talent_profile (region_code, family_name, given_name, person_ref)
    where share_with_forum;
create index talent_profile_forum_mobility on talent_profile using gin (mobility_regions) where share_with_forum;

-- History of readiness per target role family; the current assessment has superseded_at null.
create table readiness_assessment (
    id            uuid         primary key,
    person_ref    varchar(64)  not null references talent_profile (person_ref) on delete cascade,
    role_family   varchar(32)  not null,
    readiness     varchar(20)  not null,
    assessed_on   date         not null,
    assessed_by   varchar(255) not null,
    recorded_at   timestamptz  not null,
    superseded_at timestamptz
);
create unique index readiness_current on readiness_assessment (person_ref, role_family) where superseded_at is null;
create index readiness_current_by_family on readiness_assessment (role_family, readiness, person_ref)
    where superseded_at is null;

-- History of nine-box placements agreed at a forum's talent review; the current one has superseded_at null.
create table nine_box_review (
    id            uuid         primary key,
    person_ref    varchar(64)  not null references talent_profile (person_ref) on delete cascade,
    performance   smallint     not null check (performance between 1 and 3),
    potential     smallint     not null check (potential between 1 and 3),
    cell          smallint     not null check (cell between 1 and 9),
    talent_review varchar(200) not null,
    reviewed_on   date         not null,
    recorded_by   varchar(255) not null,
    recorded_at   timestamptz  not null,
    superseded_at timestamptz
);
create unique index nine_box_current on nine_box_review (person_ref) where superseded_at is null;
create index nine_box_current_by_cell on nine_box_review (cell, person_ref) where superseded_at is null;

-- Who read whose profile, when, through which endpoint. Kept when the person is erased: the reference alone,
-- which no longer leads to anyone.
create table profile_read (
    id         bigserial    primary key,
    reader     varchar(255) not null,
    person_ref varchar(64)  not null,
    endpoint   varchar(200) not null,
    read_at    timestamptz  not null
);
create index profile_read_person on profile_read (person_ref, read_at);
create index profile_read_reader on profile_read (reader, read_at);
