-- The figures of each closed quarter as first published: computed once, after the quarter ends, and then served
-- as they are, so a declaration or a late event afterwards cannot be read off a change (differencing). Only an
-- erasure withdraws them: figures computed afterwards no longer count the person.
create table published_table (
    stage           varchar(16) not null,
    characteristic  varchar(32) not null,
    period          varchar(10) not null,
    published_at    timestamptz not null,
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
