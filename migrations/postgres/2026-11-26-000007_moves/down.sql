DROP TABLE schedule_moves;
ALTER TABLE schedule_runs DROP COLUMN moved;
ALTER TABLE schedule_runs DROP COLUMN allow_moves;
