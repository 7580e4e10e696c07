-- PostgreSQL's change notices for the new tables (see 000008); SQLite's
-- `PRAGMA data_version` already changes with every commit.
SELECT 1;
