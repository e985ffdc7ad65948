-- The outbox holds only events still to be published: the relay deletes what the broker acknowledged, and Kafka
-- keeps the record. Marking rows instead wrote a second version of every event and kept a partial index up to
-- date, which cost intake throughput (benchmarks/run.sh) and left a table that only grew.
delete from outbox_event where published_at is not null;
drop index outbox_event_pending;
alter table outbox_event drop column published_at;
