-- An idempotency key is bound to the operation it was first used for (method and path), not only to the body:
-- the fingerprint covers both, and the operation is kept to name it when the key is reused elsewhere.
-- Records written before keep a null operation; their fingerprint no longer matches, so a late repeat of one is
-- refused (422) rather than replayed onto another resource.
alter table idempotency_record add column operation varchar(2100);
