-- Online and hybrid consultations (issue 24).
-- How meetings are held: per expo, overridden per consultation day; each meeting keeps
-- the mode it was booked with ('table', 'online', 'hybrid').
-- (No CHECK on added columns, so SQLite's down migration can drop them; the
-- domain type holds the values.)
ALTER TABLE expos ADD COLUMN meeting_mode TEXT NOT NULL DEFAULT 'table';
-- A self-hosted Jitsi Meet (or compatible) address: each online meeting gets an
-- unguessable room under it. Empty: rooms come from pasted links only.
ALTER TABLE expos ADD COLUMN video_base_url TEXT NOT NULL DEFAULT '';
-- Minutes before each meeting that the short reminder goes out (0: none).
ALTER TABLE expos ADD COLUMN reminder_minutes INTEGER NOT NULL DEFAULT 15;
ALTER TABLE consultation_days ADD COLUMN meeting_mode TEXT;
-- Online rooms sit beside the physical tables (one meeting per room and slot, as at a
-- table); a video link pasted for a table or room is used for its meetings.
ALTER TABLE consultation_tables ADD COLUMN online BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE consultation_tables ADD COLUMN video_url TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN video_url TEXT NOT NULL DEFAULT '';
-- A buyer who cannot travel meets online; the hours (minutes after local midnight)
-- in which they accept online meetings.
ALTER TABLE buyers ADD COLUMN remote BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE buyers ADD COLUMN hours_from INTEGER NOT NULL DEFAULT 480;
ALTER TABLE buyers ADD COLUMN hours_to INTEGER NOT NULL DEFAULT 1200;
ALTER TABLE meetings ADD COLUMN mode TEXT NOT NULL DEFAULT 'table';
ALTER TABLE meetings ADD COLUMN video_url TEXT NOT NULL DEFAULT '';
-- Who went through the service's Join button, and when.
CREATE TABLE meeting_joins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier', 'organizer', 'interpreter')),
    person_id INTEGER NOT NULL,
    joined_at TIMESTAMP NOT NULL
);
CREATE INDEX meeting_joins_meeting ON meeting_joins (meeting_id, joined_at);
-- The reminder shortly before each meeting: claimed here before it is queued, once per
-- person, meeting and start time (a moved meeting is reminded at its new time).
CREATE TABLE meeting_reminders (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (meeting_id, role, person_id, starts_at)
);
-- Non-essential emails a person turned off ('reminder', 'agenda_reminder').
CREATE TABLE mail_opt_outs (
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (role, person_id, kind)
);
-- A message a person can stop receiving says where (the List-Unsubscribe header).
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;
