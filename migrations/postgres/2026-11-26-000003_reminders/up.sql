-- Which evening-before reminders have been queued, so each person gets one per day
-- even with several app instances running the outbox worker.
CREATE TABLE reminders_sent (
    day_id INTEGER NOT NULL REFERENCES consultation_days (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (day_id, role, person_id)
);
