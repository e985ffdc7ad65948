-- The inbox of an idempotent consumer: each consumed event's source and id, recorded in the same transaction as
-- its effect, so that a redelivered event changes nothing. Keyed by a hash of (source, id): the CloudEvents spec
-- lets both be any non-empty string, too long for a primary key.
create table inbox_event (
    consumer     varchar(100) not null,
    event_key    char(64)     not null,
    source       text         not null,
    event_id     text         not null,
    type         varchar(255) not null,
    topic        varchar(255) not null,
    kafka_partition integer   not null,
    kafka_offset bigint       not null,
    consumed_at  timestamptz  not null,
    primary key (consumer, event_key)
);
