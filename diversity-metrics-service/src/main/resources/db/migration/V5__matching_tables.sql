-- The quarterly publication also holds two populations of the matching audit, published and protected with the
-- stages: RANKED (every candidate talent-service ranked for a vacancy of the quarter, once per vacancy and person)
-- and RANKED_TOP_TEN (those ranked 1 to 10). Both fit the existing key, so only its meaning widens: the stage
-- column names the published population, a stage or one of these two.
comment on column published_table.stage is
    'The published population: a pipeline stage (IN_POOL, READY_NOW, SHORTLISTED, APPOINTED, ON_BOARD), or RANKED '
    'or RANKED_TOP_TEN (candidates ranked for the quarter''s vacancies, and those ranked in the top ten)';
comment on column published_figure.stage is 'The published population, as published_table.stage';
