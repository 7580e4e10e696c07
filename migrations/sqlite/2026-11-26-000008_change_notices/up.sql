-- Nothing to create on SQLite: the app reads PRAGMA data_version to know when the
-- data changed (src/db/changes.rs). PostgreSQL needs the notify triggers of this
-- migration's PostgreSQL twin.
SELECT 1;
