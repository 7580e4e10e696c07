-- Sign-in links of a company's team members (issue 25): their invitation and the
-- links they ask for name the member. SQLite rebuilds the table; PostgreSQL swaps the
-- constraint. Spelled per database (tests/api/schema.rs).
ALTER TABLE sign_in_tokens DROP CONSTRAINT sign_in_tokens_purpose_check;
ALTER TABLE sign_in_tokens ADD CONSTRAINT sign_in_tokens_purpose_check
    CHECK (purpose IN ('sign_in', 'invitation', 'verify_email', 'password_reset', 'member_invitation', 'member_sign_in'));
