-- Staff roles per expo (issue 25). Organizers made with `organizer create` are site
-- administrators: everything, on every expo. People an expo's owner invites are staff
-- of that expo only, with a role: owner (everything on the expo), cohost (the
-- suppliers their agency brought; the rest read-only), onsite (check-in, attendance,
-- the table board) or viewer (reports and exports). A co-host is an agency co-running
-- the expo; its suppliers carry its id.
ALTER TABLE organizers ADD COLUMN site_admin BOOLEAN NOT NULL DEFAULT TRUE;
CREATE TABLE expo_cohosts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (expo_id, name)
);
CREATE TABLE expo_staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    organizer_id INTEGER NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'cohost', 'onsite', 'viewer')),
    cohost_id INTEGER REFERENCES expo_cohosts (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (expo_id, organizer_id),
    CHECK ((role = 'cohost') = (cohost_id IS NOT NULL))
);
CREATE INDEX expo_staff_organizer ON expo_staff (organizer_id);
ALTER TABLE suppliers ADD COLUMN cohost_id INTEGER REFERENCES expo_cohosts (id);
