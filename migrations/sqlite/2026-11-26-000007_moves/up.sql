-- A re-run of the scheduler may move meetings it placed before (when the organizer
-- allows it): the draft lists each move, publishing makes them and tells only the
-- two participants of each moved meeting.
ALTER TABLE schedule_runs ADD COLUMN allow_moves BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE schedule_runs ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;

CREATE TABLE schedule_moves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES schedule_runs (id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    from_slot_id INTEGER NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    from_table_id INTEGER NOT NULL REFERENCES consultation_tables (id),
    to_slot_id INTEGER NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    to_table_id INTEGER NOT NULL REFERENCES consultation_tables (id),
    UNIQUE (run_id, meeting_id)
);
