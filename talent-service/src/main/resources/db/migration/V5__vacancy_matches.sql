-- talent-service: the ranked candidates proposed for an open vacancy, with the reasons for each rank. Computed
-- when the vacancy is learnt from vacancy.events.v1; an erased person's row goes with their profile.
create table vacancy_match (
    vacancy_id uuid        not null references vacancy (id),
    rank       integer     not null,
    person_ref varchar(64) not null references talent_profile (person_ref) on delete cascade,
    score      integer     not null,
    reasons    text        not null,
    matched_at timestamptz not null,
    primary key (vacancy_id, rank)
);
