-- Calendar files of several meetings (METHOD:PUBLISH: a published schedule's agenda)
-- go in the outbox too. SQLite cannot change a CHECK in place, so the table is rebuilt
-- with every row kept (nothing references it); PostgreSQL swaps the constraint. The
-- one migration spelled per database (tests/api/schema.rs).
ALTER TABLE outbox DROP CONSTRAINT outbox_calendar_method_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_calendar_method_check
    CHECK (calendar_method IN ('REQUEST', 'CANCEL', 'PUBLISH'));
