-- The improvement run of a draft (issue 26): an exact solver keeps working on the
-- draft in the background and replaces it only with a better one. At most one runs
-- per expo, whichever instance of the app started it: the partial unique index
-- refuses a second. The instance running it beats `heartbeat_at`; a run whose
-- heartbeat stopped (its server went away) is marked lost by the next start.
CREATE TABLE schedule_improvements (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    run_id INTEGER NOT NULL REFERENCES schedule_runs (id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'proven', 'budget', 'stopped', 'too_large', 'draft_gone', 'lost', 'failed')),
    started_by INTEGER REFERENCES organizers (id) ON DELETE SET NULL,
    started_at TIMESTAMP NOT NULL,
    budget_seconds INTEGER NOT NULL,
    heartbeat_at TIMESTAMP NOT NULL,
    stop_requested BOOLEAN NOT NULL DEFAULT FALSE,
    breaks_start INTEGER NOT NULL,
    breaks_best INTEGER NOT NULL,
    bound INTEGER NOT NULL,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    best_at_ms INTEGER,
    finished_at TIMESTAMP
);
CREATE UNIQUE INDEX schedule_improvements_one_running ON schedule_improvements (expo_id) WHERE state = 'running';
CREATE INDEX schedule_improvements_run ON schedule_improvements (run_id, id);
