-- The whole expomatch domain. Every instant is UTC (TIMESTAMP without zone);
-- local wall-clock values (a day's DATE, TIME) are in the expo's venue time zone.
-- Keep this file and ../../sqlite/<same name>/up.sql in step: a test compares them.
-- AUTOINCREMENT (PostgreSQL: SERIAL) so an id is never reused after a delete: a stale
-- link or session for a deleted person can never reach a newer one.

CREATE TABLE organizers (
    id SERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE sectors (
    id SERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_ko TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE expos (
    id SERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    venue TEXT NOT NULL,
    venue_timezone TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    booking_opens_at TIMESTAMP,
    booking_closes_at TIMESTAMP,
    self_booking BOOLEAN NOT NULL DEFAULT TRUE,
    requests_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    max_meetings_per_participant INTEGER CHECK (max_meetings_per_participant > 0),
    fixed_side TEXT NOT NULL DEFAULT 'supplier' CHECK (fixed_side IN ('supplier', 'buyer')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE consultation_days (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    gap_minutes INTEGER NOT NULL DEFAULT 0 CHECK (gap_minutes BETWEEN 0 AND 120),
    UNIQUE (expo_id, day),
    CHECK (starts_at < ends_at)
);

CREATE TABLE day_breaks (
    id SERIAL PRIMARY KEY,
    day_id INTEGER NOT NULL REFERENCES consultation_days (id) ON DELETE CASCADE,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    label TEXT NOT NULL,
    CHECK (starts_at < ends_at)
);

CREATE TABLE slots (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    day_id INTEGER NOT NULL REFERENCES consultation_days (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    session TEXT NOT NULL CHECK (session IN ('morning', 'afternoon', 'evening')),
    UNIQUE (day_id, position),
    UNIQUE (expo_id, starts_at),
    CHECK (starts_at < ends_at)
);

CREATE TABLE consultation_tables (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE (expo_id, label)
);

CREATE TABLE suppliers (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    email_verified_at TIMESTAMP,
    status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (status IN ('unverified', 'pending', 'approved', 'rejected')),
    status_reason TEXT NOT NULL DEFAULT '',
    company_name_ko TEXT NOT NULL,
    company_name_en TEXT NOT NULL,
    business_reg_no TEXT NOT NULL,
    representative TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    company_size TEXT NOT NULL DEFAULT 'small' CHECK (company_size IN ('micro', 'small', 'medium', 'large')),
    year_founded INTEGER,
    languages TEXT NOT NULL DEFAULT '',
    catalogue_url TEXT NOT NULL DEFAULT '',
    pitch TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (expo_id, business_reg_no)
);

CREATE TABLE supplier_sectors (
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    sector_id INTEGER NOT NULL REFERENCES sectors (id),
    PRIMARY KEY (supplier_id, sector_id)
);

CREATE TABLE supplier_markets (
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('served', 'target')),
    PRIMARY KEY (supplier_id, country, kind)
);

CREATE TABLE products (
    id SERIAL PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    hs_code TEXT,
    image_url TEXT,
    position INTEGER NOT NULL
);

CREATE TABLE buyers (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    position_title TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    timezone TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    looking_for TEXT NOT NULL DEFAULT '',
    needs_interpreter BOOLEAN NOT NULL DEFAULT FALSE,
    invited_at TIMESTAMP,
    first_signed_in_at TIMESTAMP,
    profile_completed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (expo_id, email)
);

CREATE TABLE buyer_interests (
    buyer_id INTEGER NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
    sector_id INTEGER NOT NULL REFERENCES sectors (id),
    PRIMARY KEY (buyer_id, sector_id)
);

-- A participant's slot that must stay free. Exactly one of supplier_id / buyer_id is set.
CREATE TABLE blocked_slots (
    id SERIAL PRIMARY KEY,
    slot_id INTEGER NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    supplier_id INTEGER REFERENCES suppliers (id) ON DELETE CASCADE,
    buyer_id INTEGER REFERENCES buyers (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    CHECK ((supplier_id IS NULL) <> (buyer_id IS NULL))
);
CREATE UNIQUE INDEX blocked_slots_supplier ON blocked_slots (slot_id, supplier_id) WHERE supplier_id IS NOT NULL;
CREATE UNIQUE INDEX blocked_slots_buyer ON blocked_slots (slot_id, buyer_id) WHERE buyer_id IS NOT NULL;

CREATE TABLE meeting_requests (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    buyer_id INTEGER NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL CHECK (requested_by IN ('buyer', 'supplier', 'organizer')),
    priority TEXT NOT NULL DEFAULT 'would_like' CHECK (priority IN ('must', 'would_like')),
    preferred_session TEXT CHECK (preferred_session IN ('morning', 'afternoon', 'evening')),
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'withdrawn', 'scheduled')),
    response_reason TEXT NOT NULL DEFAULT '',
    expires_at TIMESTAMP,
    responded_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
-- One open request per pair at a time.
CREATE UNIQUE INDEX meeting_requests_open_pair ON meeting_requests (buyer_id, supplier_id)
    WHERE status IN ('pending', 'accepted');

-- A meeting is live while booked or held; cancelled and no-show meetings free their slot.
CREATE TABLE meetings (
    id SERIAL PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expos (id) ON DELETE CASCADE,
    slot_id INTEGER NOT NULL REFERENCES slots (id),
    table_id INTEGER NOT NULL REFERENCES consultation_tables (id),
    buyer_id INTEGER NOT NULL REFERENCES buyers (id),
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
    request_id INTEGER REFERENCES meeting_requests (id),
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'held', 'no_show', 'cancelled')),
    source TEXT NOT NULL CHECK (source IN ('buyer', 'supplier', 'organizer', 'scheduler')),
    ical_sequence INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT NOT NULL DEFAULT '',
    cancelled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX meetings_live_slot_buyer ON meetings (slot_id, buyer_id) WHERE status IN ('booked', 'held');
CREATE UNIQUE INDEX meetings_live_slot_supplier ON meetings (slot_id, supplier_id) WHERE status IN ('booked', 'held');
CREATE UNIQUE INDEX meetings_live_slot_table ON meetings (slot_id, table_id) WHERE status IN ('booked', 'held');
CREATE INDEX meetings_expo ON meetings (expo_id, slot_id);
CREATE INDEX meetings_buyer ON meetings (buyer_id);
CREATE INDEX meetings_supplier ON meetings (supplier_id);

CREATE TABLE meeting_outcomes (
    id SERIAL PRIMARY KEY,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
    interest_level TEXT NOT NULL
        CHECK (interest_level IN ('none', 'follow_up', 'sample_or_quote', 'contract_expected', 'contract_signed')),
    expected_value_minor BIGINT CHECK (expected_value_minor >= 0),
    currency TEXT CHECK (length(currency) = 3),
    products TEXT NOT NULL DEFAULT '',
    follow_up_on DATE,
    notes TEXT NOT NULL DEFAULT '',
    buyer_rating INTEGER CHECK (buyer_rating BETWEEN 1 AND 5),
    recorded_by TEXT NOT NULL CHECK (recorded_by IN ('supplier', 'organizer', 'buyer')),
    recorded_at TIMESTAMP NOT NULL,
    CHECK ((expected_value_minor IS NULL) = (currency IS NULL))
);

-- One-time links: only the SHA-256 of the token is stored.
CREATE TABLE sign_in_tokens (
    id SERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('organizer', 'supplier', 'buyer')),
    subject_id INTEGER NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('sign_in', 'invitation', 'verify_email', 'password_reset')),
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_tokens_subject ON sign_in_tokens (role, subject_id);

CREATE TABLE outbox (
    id SERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    calendar_method TEXT CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
    calendar_ics TEXT,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_by TEXT,
    claimed_until TIMESTAMP,
    last_error TEXT NOT NULL DEFAULT '',
    message_id TEXT,
    sent_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE audit_log (
    id SERIAL PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor_role TEXT NOT NULL CHECK (actor_role IN ('organizer', 'supplier', 'buyer', 'system')),
    actor_id INTEGER,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id);

INSERT INTO sectors (code, name_en, name_ko, position) VALUES
    ('water', 'Water treatment & environment', '수처리·환경', 1),
    ('medical', 'Medical devices & healthcare', '의료기기·헬스케어', 2),
    ('ict', 'ICT, software & security', 'ICT·소프트웨어·보안', 3),
    ('energy', 'Energy & power equipment', '에너지·전력기자재', 4),
    ('construction', 'Construction & building materials', '건설·건축자재', 5),
    ('transport', 'Transport & mobility', '교통·모빌리티', 6),
    ('safety', 'Safety, disaster response & defence supplies', '안전·재난·방산', 7),
    ('agrifood', 'Agriculture & food', '농업·식품', 8),
    ('textiles', 'Textiles & apparel', '섬유·의류', 9),
    ('machinery', 'Machinery & industrial equipment', '기계·산업장비', 10),
    ('electronics', 'Electronics & components', '전자·부품', 11),
    ('education', 'Education & office supplies', '교육·사무용품', 12),
    ('cosmetics', 'Cosmetics & consumer goods', '화장품·생활용품', 13),
    ('chemicals', 'Chemicals & materials', '화학·소재', 14),
    ('auto', 'Automotive parts', '자동차부품', 15),
    ('smartcity', 'Smart city & public services', '스마트시티·공공서비스', 16);
