-- talent-service: succession plans submitted by a forum lead and reviewed by the national SLSF. A plan is the
-- post's successors as submitted, with the system's ranking; an endorsed plan is an immutable record.
create table succession_plan (
    id            uuid         primary key,
    key_post_id   uuid         not null references key_post (id),
    plan_version  bigint       not null,
    status        varchar(16)  not null,
    successors    text         not null,
    submitted_by  varchar(255) not null,
    submitted_at  timestamptz  not null,
    reviewed_by   varchar(255),
    reviewed_at   timestamptz,
    endorsed_order text,
    comments      varchar(4000),
    rationale     varchar(4000),
    unique (key_post_id, plan_version)
);
-- At most one plan awaiting review per post.
create unique index succession_plan_awaiting on succession_plan (key_post_id) where status = 'SUBMITTED';
