-- Sign-ins kept on the server, so they can be ended: the cookie holds a random
-- session key, this table only its SHA-256. Signing out deletes the row; a password
-- reset deletes every row of the person; an organizer can end all of a person's.
CREATE TABLE sessions (
    key_hash TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('organizer', 'supplier', 'buyer')),
    person_id INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_person ON sessions (role, person_id);
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);

-- Calendar subscription addresses: one per person at most, stored only as the
-- SHA-256 of the secret in the address. Making a new one deletes the old row, so the
-- old address answers 404 at once.
CREATE TABLE calendar_feeds (
    token_hash TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('supplier', 'buyer')),
    person_id INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX calendar_feeds_person ON calendar_feeds (role, person_id);

-- The supplier's address was kept in plain text; it cannot be hashed in SQL on both
-- databases, so those addresses end here and suppliers make a new one.
DROP INDEX suppliers_calendar_token;
ALTER TABLE suppliers DROP COLUMN calendar_token;
