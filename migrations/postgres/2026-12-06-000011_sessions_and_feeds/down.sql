ALTER TABLE suppliers ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX suppliers_calendar_token ON suppliers (calendar_token);
DROP TABLE calendar_feeds;
DROP TABLE sessions;
