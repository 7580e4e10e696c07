DELETE FROM meeting_reminders WHERE role = 'interpreter';
DELETE FROM mail_opt_outs WHERE role = 'interpreter';
CREATE TABLE meeting_reminders_old (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (meeting_id, role, person_id, starts_at)
);
INSERT INTO meeting_reminders_old (meeting_id, role, person_id, starts_at, queued_at)
    SELECT meeting_id, role, person_id, starts_at, queued_at FROM meeting_reminders;
DROP TABLE meeting_reminders;
ALTER TABLE meeting_reminders_old RENAME TO meeting_reminders;
CREATE TABLE mail_opt_outs_old (
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (role, person_id, kind)
);
INSERT INTO mail_opt_outs_old (role, person_id, kind, created_at)
    SELECT role, person_id, kind, created_at FROM mail_opt_outs;
DROP TABLE mail_opt_outs;
ALTER TABLE mail_opt_outs_old RENAME TO mail_opt_outs;
