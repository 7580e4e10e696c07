DELETE FROM sign_in_tokens WHERE purpose IN ('member_invitation', 'member_sign_in');
ALTER TABLE sign_in_tokens DROP CONSTRAINT sign_in_tokens_purpose_check;
ALTER TABLE sign_in_tokens ADD CONSTRAINT sign_in_tokens_purpose_check
    CHECK (purpose IN ('sign_in', 'invitation', 'verify_email', 'password_reset'));
