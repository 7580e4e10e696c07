-- Korea's Personal Information Protection Act (PIPA): the privacy notice (each save a
-- new version; the id is the version number), the consents people gave to a version,
-- their requests to delete their data, and how long an expo's personal data is kept.

CREATE TABLE privacy_notices (
    id SERIAL PRIMARY KEY,
    officer_name TEXT NOT NULL DEFAULT '',
    officer_email TEXT NOT NULL DEFAULT '',
    officer_phone TEXT NOT NULL DEFAULT '',
    -- The organizer's settings say personal data leaves Korea (hosting abroad): a
    -- separate consent to the overseas transfer is then required.
    transfers_abroad BOOLEAN NOT NULL DEFAULT FALSE,
    transfer_country TEXT NOT NULL DEFAULT '',
    transfer_recipient TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by INTEGER REFERENCES organizers (id)
);

-- Version 1, so that there is always a notice to consent to; organizers replace it
-- under /organizer/privacy.
INSERT INTO privacy_notices (body, created_at) VALUES (
    'The organizer of the expo collects the personal data listed on this page to arrange export consultation meetings between foreign buyers and Korean suppliers, to send each participant their agenda and updates, and to report on the results of the consultations.',
    CURRENT_TIMESTAMP
);

-- One row per consent given; a withdrawal sets withdrawn_at and keeps the row as the
-- record of what was given, when and from where.
CREATE TABLE consents (
    id SERIAL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('collection', 'provision', 'overseas', 'marketing')),
    notice_version INTEGER NOT NULL REFERENCES privacy_notices (id),
    granted_at TIMESTAMP NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    withdrawn_at TIMESTAMP
);
CREATE INDEX consents_person ON consents (role, person_id);

CREATE TABLE deletion_requests (
    id SERIAL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    done_at TIMESTAMP,
    done_by INTEGER REFERENCES organizers (id)
);
-- At most one open request per person.
CREATE UNIQUE INDEX deletion_requests_open ON deletion_requests (role, person_id)
    WHERE done_at IS NULL;

-- Days after the expo's last consultation day after which its people's personal data
-- is anonymized (expomatch purge, and the server's daily job).
ALTER TABLE expos ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 365;

-- Set when a person's personal fields were replaced by placeholders.
ALTER TABLE buyers ADD COLUMN anonymized_at TIMESTAMP;
ALTER TABLE suppliers ADD COLUMN anonymized_at TIMESTAMP;
