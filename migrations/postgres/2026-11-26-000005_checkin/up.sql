-- Who has arrived at the venue: one row per participant once checked in at the desk
-- (or by an organizer scanning the QR code on the participant's agenda).
CREATE TABLE check_ins (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier')),
    person_id INTEGER NOT NULL,
    checked_in_at TIMESTAMP NOT NULL,
    organizer_id INTEGER REFERENCES organizers (id) ON DELETE SET NULL,
    UNIQUE (expo_id, role, person_id)
);
