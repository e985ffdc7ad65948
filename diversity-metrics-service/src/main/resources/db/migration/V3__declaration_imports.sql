-- Bulk imports of declarations from a workforce extract (POST /declaration-imports): the progress and outcome of
-- each, and the rows it refused. The extract itself is never stored, and neither is any value of it: a refusal
-- names the row and the column at fault, never what was in it.

-- Counters are updated in the transaction of each chunk of rows, so they always say what is committed.
create table declaration_import (
    id              uuid primary key,
    status          varchar(16)  not null,
    total_rows      integer      not null,
    processed_rows  integer      not null,
    imported_rows   integer      not null,
    refused_rows    integer      not null,
    -- the platform admin's token subject
    started_by      varchar(200) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz
);
create index declaration_import_by_start on declaration_import (started_at desc, id);

-- One line per refused row and column (a row may be refused for several columns at once); row 1 is the first
-- after the header. The message is the rule broken, such as "must be one of [YES, NO, ...]".
create table declaration_import_refusal (
    import_id   uuid        not null references declaration_import on delete cascade,
    row_number  integer     not null,
    field       varchar(64) not null,
    message     varchar(300) not null,
    primary key (import_id, row_number, field)
);
