-- The figures of each closed quarter as published: every table of the quarter computed at once, from one snapshot,
-- after the quarter ends, and then served as they are, so that a declaration, a late event or an erasure afterwards
-- cannot be read off a change (differencing). They are anonymous aggregates: an erasure removes the person from
-- every figure computed afterwards, not from these. The rules they were protected under are kept beside them.
create table published_table (
    stage             varchar(16) not null,
    characteristic    varchar(32) not null,
    period            varchar(10) not null,
    published_at      timestamptz not null,
    suppress_up_to    integer     not null,
    round_to          integer     not null,
    protection_width  integer     not null,
    primary key (stage, characteristic, period)
);

create table published_figure (
    stage           varchar(16) not null,
    characteristic  varchar(32) not null,
    period          varchar(10) not null,
    position        integer     not null,
    breakdown       varchar(16) not null,
    region_code     varchar(3),
    level           varchar(16),
    role_family     varchar(32),
    category        varchar(32) not null,
    -- null when suppressed
    count           bigint,
    count_status    varchar(16) not null,
    percent_of_row  numeric(4, 1),
    primary key (stage, characteristic, period, position),
    foreign key (stage, characteristic, period) references published_table on delete cascade
);
