-- talent-service: senior vacancies as learned from vacancy.events.v1 (vacancy-service owns them). Each row is
-- the latest snapshot seen; an event with an older version than the row's is ignored, so events that arrive out
-- of order, or again, leave it as it is. Rebuilt by replaying the topic from the start.
create table vacancy (
    id                uuid primary key,
    version           bigint       not null,
    org_code          varchar(16)  not null,
    region_code       varchar(3)   not null,
    icb_code          varchar(16)  not null,
    title             varchar(200) not null,
    role_family       varchar(32)  not null,
    level             varchar(16)  not null,
    board_post        boolean      not null,
    status            varchar(16)  not null,
    opened_on         date         not null,
    closing_on        date         not null,
    filled_on         date,
    appointee         varchar(64),
    updated_at        timestamptz  not null
);

create index vacancy_open_by_region on vacancy (region_code, role_family, level) where status not in ('FILLED', 'WITHDRAWN');
