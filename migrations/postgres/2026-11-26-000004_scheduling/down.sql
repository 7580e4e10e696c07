DROP TABLE schedule_items;
DROP TABLE schedule_runs;
ALTER TABLE expos DROP COLUMN request_expiry_days;
