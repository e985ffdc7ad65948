-- Shared by every service that writes (service-commons): idempotent requests and the transactional outbox.

create table idempotency_record (
    caller          varchar(255) not null,
    idempotency_key varchar(200) not null,
    request_hash    char(64)     not null,
    status          integer      not null,
    location        varchar(2048),
    etag            varchar(64),
    body            text,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);

create table outbox_event (
    id           uuid primary key,
    seq          bigserial    not null unique,
    topic        varchar(255) not null,
    record_key   varchar(255) not null,
    type         varchar(255) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);

-- The relay only ever looks for what is not yet published, in order.
create index outbox_event_pending on outbox_event (seq) where published_at is null;
