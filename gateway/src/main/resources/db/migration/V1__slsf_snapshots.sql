-- gateway: the SLSF supply-and-demand snapshots, each as published on slsf.snapshots.v1 (the structured
-- CloudEvent's exact bytes), for the feed's REST side: latest, by reference date, history.
create table slsf_snapshot (
    id             uuid         primary key,
    -- The order snapshots were kept in: "latest" and the history follow it, even within one millisecond.
    seq            bigserial    not null unique,
    reference_date date         not null,
    taken_at       timestamptz  not null,
    -- The schedule's fire time that took it; null when taken on request. Unique, so that two gateway instances
    -- firing the same schedule publish one snapshot.
    scheduled_for  timestamptz  unique,
    complete       boolean      not null,
    missing_parts  varchar(400) not null,
    -- SHA-256 of the CloudEvent's data: equal data, equal hash (the snapshot is reproducible).
    data_sha256    char(64)     not null,
    event          text         not null
);

create index slsf_snapshot_by_date on slsf_snapshot (reference_date, seq desc);
