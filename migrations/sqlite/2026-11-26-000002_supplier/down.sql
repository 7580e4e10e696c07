DROP INDEX suppliers_calendar_token;
ALTER TABLE suppliers DROP COLUMN calendar_token;
