-- vacancy-service: organisation reference data and senior vacancies.

create table organisation (
    ods_code    varchar(16) primary key,
    name        varchar(200) not null,
    type        varchar(32)  not null,
    icb_code    varchar(16)  not null,
    region_code varchar(3)   not null
);

create table vacancy (
    id                     uuid primary key,
    version                bigint       not null,
    org_code               varchar(16)  not null references organisation (ods_code),
    region_code            varchar(3)   not null,
    icb_code               varchar(16)  not null,
    title                  varchar(200) not null,
    role_family            varchar(32)  not null,
    level                  varchar(16)  not null,
    board_post             boolean      not null,
    contract_type          varchar(32)  not null,
    recruitment_route      varchar(32)  not null,
    status                 varchar(16)  not null,
    opened_on              date         not null,
    closing_on             date         not null,
    applications_closed_on date,
    shortlisted_on         date,
    offered_on             date,
    filled_on              date,
    withdrawn_on           date,
    applicant_count        integer,
    appointee              varchar(64),
    withdrawal_reason      varchar(32),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    constraint vacancy_closing_after_opening check (closing_on >= opened_on),
    constraint vacancy_filled_after_opening check (filled_on is null or filled_on >= opened_on)
);

create index vacancy_org_opened on vacancy (org_code, opened_on desc);
create index vacancy_region_status on vacancy (region_code, status);

create table vacancy_shortlist (
    vacancy_id uuid        not null references vacancy (id) on delete cascade,
    position   integer     not null,
    person_ref varchar(64) not null,
    primary key (vacancy_id, position)
);
