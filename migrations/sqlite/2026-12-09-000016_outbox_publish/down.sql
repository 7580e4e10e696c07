CREATE TABLE outbox_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    calendar_method TEXT CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
    calendar_ics TEXT,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_by TEXT,
    claimed_until TIMESTAMP,
    last_error TEXT NOT NULL DEFAULT '',
    message_id TEXT,
    sent_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    from_name TEXT,
    reply_to TEXT
);
INSERT INTO outbox_old (id, kind, to_address, to_name, subject, body_text, body_html,
    calendar_method, calendar_ics, meeting_id, status, attempts, next_attempt_at,
    claimed_by, claimed_until, last_error, message_id, sent_at, created_at,
    from_name, reply_to)
SELECT id, kind, to_address, to_name, subject, body_text, body_html,
    NULLIF(calendar_method, 'PUBLISH'),
    CASE WHEN calendar_method = 'PUBLISH' THEN NULL ELSE calendar_ics END,
    meeting_id, status, attempts, next_attempt_at,
    claimed_by, claimed_until, last_error, message_id, sent_at, created_at,
    from_name, reply_to
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_old RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
