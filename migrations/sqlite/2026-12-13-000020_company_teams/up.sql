-- Several people per company and staff acting on someone's behalf (issue 25).
-- A supplier or buyer account is the company's primary contact (its own email and
-- name). Colleagues are team members: each signs in by link, sees and manages the
-- company's agenda, and gets the messages of the meetings they attend. A removed
-- member keeps its row (the audit log names it) with removed_at set.
CREATE TABLE team_members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    side TEXT NOT NULL CHECK (side IN ('supplier', 'buyer')),
    company_id INTEGER NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    locale TEXT,
    created_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP
);
CREATE UNIQUE INDEX team_members_current ON team_members (side, company_id, email) WHERE removed_at IS NULL;
CREATE INDEX team_members_email ON team_members (email);
-- Who of each side attends a meeting: the primary contact unless told otherwise,
-- and the team members listed here.
CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES team_members (id),
    PRIMARY KEY (meeting_id, member_id)
);
ALTER TABLE meetings ADD COLUMN supplier_contact_attends BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE meetings ADD COLUMN buyer_contact_attends BOOLEAN NOT NULL DEFAULT TRUE;
-- The staff member who last changed the meeting for one side (arranged_for), shown to
-- that side as done for them.
ALTER TABLE meetings ADD COLUMN arranged_by INTEGER REFERENCES organizers (id);
ALTER TABLE meetings ADD COLUMN arranged_for TEXT;
-- A session of a team member names it; a session of staff acting for a company names
-- the staff member.
ALTER TABLE sessions ADD COLUMN member_id INTEGER;
ALTER TABLE sessions ADD COLUMN acting_by INTEGER;
ALTER TABLE audit_log ADD COLUMN acting_by INTEGER;
