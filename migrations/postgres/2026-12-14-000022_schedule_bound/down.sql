ALTER TABLE schedule_runs DROP COLUMN breaks_bound;
