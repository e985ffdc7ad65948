-- diversity-metrics-service: the only database of the system that holds protected characteristics.

-- Self-declared equality monitoring, one row per person reference, as little as the figures need: each
-- characteristic as its code (every one has PREFER_NOT_TO_SAY and NOT_STATED), and the year of birth (age bands
-- are derived per period). No name, no contact detail, no free text. Never leaves this database but as
-- disclosure-controlled counts.
create table declaration (
    person_ref                   varchar(64) primary key,
    ethnic_category              varchar(24) not null,
    disability                   varchar(24) not null,
    sex                          varchar(24) not null,
    gender_reassignment          varchar(24) not null,
    sexual_orientation           varchar(24) not null,
    religion_or_belief           varchar(24) not null,
    marriage_civil_partnership   varchar(32) not null,
    pregnancy_maternity          varchar(24) not null,
    -- null when the age is not declared; age_declaration says how (PREFER_NOT_TO_SAY or NOT_STATED)
    year_of_birth                smallint,
    age_declaration              varchar(24) not null,
    declared_at                  timestamptz not null
);

-- What the service knows of each vacancy, from vacancy.events.v1: whose it is (an HR system declares only for
-- its own organisations' candidates) and how its stages are classified. The newest snapshot version wins.
create table known_vacancy (
    vacancy_id   uuid primary key,
    version      bigint      not null,
    org_code     varchar(16) not null,
    region_code  varchar(3)  not null,
    role_family  varchar(32) not null,
    level        varchar(16) not null,
    board_post   boolean     not null
);
create index known_vacancy_by_org on known_vacancy (org_code);

-- What the service knows of a pipeline person, from talent.events.v1: where their stages are classified when an
-- event names no region or level (a readiness assessment, a national pool). The newest profile version wins.
create table known_person (
    person_ref    varchar(64) primary key,
    version       bigint      not null,
    region_code   varchar(3)  not null,
    role_family   varchar(32) not null,
    level         varchar(16) not null,
    target_level  varchar(16)
);

-- Each time a person reached a pipeline stage: the read model every figure is counted from. One row per stage,
-- subject (the vacancy, the pool, or the forum region and role family of a readiness) and person, so an event
-- seen twice or republished counts once. The period is the financial quarter in which the system recorded it
-- (the event's time), so a record arriving late lands in the open period instead of changing a published one.
create table stage_entry (
    stage        varchar(16) not null,
    subject      varchar(64) not null,
    person_ref   varchar(64) not null,
    region_code  varchar(3)  not null,
    role_family  varchar(32) not null,
    level        varchar(16) not null,
    period       varchar(10) not null,
    recorded_at  timestamptz not null,
    primary key (stage, subject, person_ref)
);
create index stage_entry_by_period on stage_entry (period, stage);
create index stage_entry_by_person on stage_entry (person_ref);

-- The latest ranking talent-service proposed for each vacancy (candidates-matched): the matching is audited for
-- adverse impact. A newer ranking of a vacancy replaces the older one whole.
create table vacancy_ranking (
    vacancy_id   uuid        not null,
    person_ref   varchar(64) not null,
    rank         integer     not null,
    region_code  varchar(3)  not null,
    role_family  varchar(32) not null,
    level        varchar(16) not null,
    period       varchar(10) not null,
    matched_at   timestamptz not null,
    primary key (vacancy_id, person_ref)
);
create index vacancy_ranking_by_period on vacancy_ranking (period);
create index vacancy_ranking_by_person on vacancy_ranking (person_ref);

-- People erased in talent-service, as a one-way hash of their reference: an event about them replayed or
-- delivered after the erasure records nothing, and the reference itself is not kept.
create table erased_person (
    person_ref_hash  bytea primary key,
    erased_on        date not null
);
