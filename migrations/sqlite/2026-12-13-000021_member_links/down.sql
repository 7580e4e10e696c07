DELETE FROM sign_in_tokens WHERE purpose IN ('member_invitation', 'member_sign_in');
CREATE TABLE sign_in_tokens_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('organizer', 'supplier', 'buyer')),
    subject_id INTEGER NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('sign_in', 'invitation', 'verify_email', 'password_reset')),
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO sign_in_tokens_old (id, token_hash, role, subject_id, purpose, expires_at, used_at, created_at)
SELECT id, token_hash, role, subject_id, purpose, expires_at, used_at, created_at FROM sign_in_tokens;
DROP TABLE sign_in_tokens;
ALTER TABLE sign_in_tokens_old RENAME TO sign_in_tokens;
CREATE INDEX sign_in_tokens_subject ON sign_in_tokens (role, subject_id);
