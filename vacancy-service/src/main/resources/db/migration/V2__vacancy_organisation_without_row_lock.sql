-- The foreign key from vacancy to organisation share-locks the organisation row on every insert. An HR system
-- creating vacancies for its organisation from several connections turns that into a multixact on one hot row
-- per insert (17% of intake throughput in benchmarks/run.sh). Organisation rows are reference data: they are
-- upserted, never deleted, and their key never changes; VacancyService refuses an unknown organisation before
-- anything is written. So the reference is checked by the service, not by a lock.
alter table vacancy drop constraint vacancy_org_code_fkey;
