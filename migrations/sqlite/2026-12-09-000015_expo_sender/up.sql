-- Who the expo's emails come from: the display name (empty: the expo's name) and the
-- organizer's contact address, which replies go to (empty: no Reply-To).
ALTER TABLE expos ADD COLUMN sender_name TEXT NOT NULL DEFAULT '';
ALTER TABLE expos ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
-- What a queued message is sent as, fixed when it is written (a resend reads the same).
ALTER TABLE outbox ADD COLUMN from_name TEXT;
ALTER TABLE outbox ADD COLUMN reply_to TEXT;
