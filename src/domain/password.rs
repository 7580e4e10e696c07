//! Organizer and supplier passwords: argon2id with the crate's default (OWASP) parameters.

use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
use argon2::{Argon2, PasswordHash, PasswordVerifier};

use super::values::FieldError;

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 256;

/// A password that meets the length rule. Kept out of `Debug` output.
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

impl Password {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let len = raw.chars().count();
        if len < MIN_LEN {
            return Err(FieldError::new(
                "password",
                crate::text!("err-sup-password-short", min = MIN_LEN),
            ));
        }
        if len > MAX_LEN {
            return Err(FieldError::new(
                "password",
                crate::text!("err-sup-too-long", max = MAX_LEN),
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn hash(&self) -> String {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(self.0.as_bytes(), &salt)
            .map(|h| h.to_string())
            // Hashing only fails for parameters outside argon2's limits; the defaults are inside.
            .unwrap_or_default()
    }
}

/// True when `candidate` matches the stored PHC string.
pub fn verify(candidate: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(candidate.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends the same time as a real check, so a sign-in for an unknown email cannot be
/// told apart by its timing.
pub fn verify_dummy(candidate: &str) {
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZrSRAoPAjyJnQcXj5dgMpH7Wp9bWqvUEmG61jmj4j6k";
    let _ = verify(candidate, DUMMY);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let pw = Password::parse("correct horse battery").expect("valid");
        let hash = pw.hash();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &hash));
        assert!(!verify("correct horse battery!", &hash));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse(&"x".repeat(MAX_LEN + 1)).is_err());
    }
}
