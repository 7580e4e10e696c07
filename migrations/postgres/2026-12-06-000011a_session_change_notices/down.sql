DROP TRIGGER IF EXISTS calendar_feeds_changed ON calendar_feeds;
DROP TRIGGER IF EXISTS sessions_ended ON sessions;
