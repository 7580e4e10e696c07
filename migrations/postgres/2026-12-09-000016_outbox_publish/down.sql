UPDATE outbox SET calendar_method = NULL, calendar_ics = NULL WHERE calendar_method = 'PUBLISH';
ALTER TABLE outbox DROP CONSTRAINT outbox_calendar_method_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_calendar_method_check
    CHECK (calendar_method IN ('REQUEST', 'CANCEL'));
