-- Interpreters scheduled on a meeting get the reminder shortly before it, as its two
-- sides do, and can stop it: both tables now accept the 'interpreter' party. The
-- tables are rebuilt because SQLite cannot change a CHECK in place.
CREATE TABLE meeting_reminders_new (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier', 'interpreter')),
    person_id INTEGER NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (meeting_id, role, person_id, starts_at)
);
INSERT INTO meeting_reminders_new (meeting_id, role, person_id, starts_at, queued_at)
    SELECT meeting_id, role, person_id, starts_at, queued_at FROM meeting_reminders;
DROP TABLE meeting_reminders;
ALTER TABLE meeting_reminders_new RENAME TO meeting_reminders;
CREATE TABLE mail_opt_outs_new (
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier', 'interpreter')),
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (role, person_id, kind)
);
INSERT INTO mail_opt_outs_new (role, person_id, kind, created_at)
    SELECT role, person_id, kind, created_at FROM mail_opt_outs;
DROP TABLE mail_opt_outs;
ALTER TABLE mail_opt_outs_new RENAME TO mail_opt_outs;
