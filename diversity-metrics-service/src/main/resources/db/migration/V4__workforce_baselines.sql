-- The workforce each pipeline stage should reflect: aggregate headcounts by region, level and category of each
-- characteristic, uploaded whole by a platform admin (PUT /workforce-baselines) and replacing the one before. They
-- are published aggregates, not personal records; shares of them are computed when a report is read.

-- One row, always there: an upload updates it first, so that two uploads at once take turns.
create table workforce_baseline (
    singleton    boolean     primary key default true check (singleton),
    -- null until the first upload
    as_at        timestamptz,
    row_count    integer,
    uploaded_by  varchar(200)
);
insert into workforce_baseline (singleton) values (true);

create table workforce_baseline_count (
    region_code     varchar(3)  not null,
    level           varchar(16) not null,
    characteristic  varchar(32) not null,
    category        varchar(32) not null,
    headcount       bigint      not null check (headcount >= 0),
    primary key (characteristic, region_code, level, category)
);
