-- Unanswered meeting requests expire after this many days; the requester is told.
ALTER TABLE expos ADD COLUMN request_expiry_days INTEGER NOT NULL DEFAULT 7
    CHECK (request_expiry_days BETWEEN 1 AND 90);

-- A computed schedule: a draft (invisible to participants) until an organizer
-- publishes it, which turns its placements into meetings.
CREATE TABLE schedule_runs (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'discarded')),
    requests INTEGER NOT NULL,
    scheduled INTEGER NOT NULL,
    breaks INTEGER NOT NULL,
    created_by INTEGER REFERENCES organizers (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);
CREATE INDEX schedule_runs_expo ON schedule_runs (expo_id, created_at);

-- One line per accepted request the run considered: where it goes, or why it could not.
CREATE TABLE schedule_items (
    id SERIAL PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES schedule_runs (id) ON DELETE CASCADE,
    request_id INTEGER NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
    slot_id INTEGER REFERENCES slots (id) ON DELETE CASCADE,
    table_id INTEGER REFERENCES consultation_tables (id),
    reason TEXT NOT NULL DEFAULT '',
    CHECK ((slot_id IS NULL) = (table_id IS NULL)),
    UNIQUE (run_id, request_id)
);
