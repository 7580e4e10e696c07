-- Interpreters are a scheduled resource of an expo: each speaks some languages and
-- sits in at most one meeting per slot (the partial unique index below, like the
-- indexes that keep buyers, suppliers and tables to one live meeting per slot).
CREATE TABLE interpreters (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX interpreters_expo ON interpreters (expo_id);

-- No REFERENCES clause, so that SQLite can drop the column again (down.sql); removing
-- an interpreter clears its meetings' interpreter_id in the same transaction.
ALTER TABLE meetings ADD COLUMN interpreter_id INTEGER;
CREATE UNIQUE INDEX meetings_live_slot_interpreter ON meetings (slot_id, interpreter_id)
    WHERE status IN ('booked', 'held') AND interpreter_id IS NOT NULL;

-- A buyer's rating of a meeting it attended (1 to 5, with an optional comment).
-- Kept apart from meeting_outcomes, which the supplier or organizer replaces whole;
-- meeting_outcomes.buyer_rating is unused.
CREATE TABLE meeting_ratings (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    rated_at TIMESTAMP NOT NULL
);

-- Follow-up surveys (3 and 6 months after an expo's last day) asked of each supplier
-- with held meetings: one row per supplier and milestone, claimed before queuing.
CREATE TABLE follow_ups_sent (
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    months INTEGER NOT NULL CHECK (months IN (3, 6)),
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (expo_id, supplier_id, months)
);
