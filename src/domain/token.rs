//! One-time sign-in tokens: 256 random bits, shown once, stored only as a SHA-256 hash.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The secret part of a sign-in link. Never stored; only its [`TokenHash`] is.
pub struct RawToken(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenHash(pub String);

impl RawToken {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Self(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Accepts what a link carries; anything that cannot be one of ours is refused
    /// before it reaches the database.
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = raw.len() == 43
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> TokenHash {
        TokenHash(hex::encode(Sha256::digest(self.0.as_bytes())))
    }
}

/// Random bytes from the operating system's generator.
pub fn random_bytes(len: usize) -> Vec<u8> {
    let mut buf = vec![0u8; len];
    rand::rngs::OsRng.fill_bytes(&mut buf);
    buf
}

/// Random text for CSRF tokens and similar per-session secrets.
pub fn random_urlsafe(len: usize) -> String {
    URL_SAFE_NO_PAD.encode(random_bytes(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_parse_and_differ() {
        let a = RawToken::generate();
        let b = RawToken::generate();
        assert_ne!(a.as_str(), b.as_str());
        assert!(RawToken::parse(a.as_str()).is_some());
        assert_eq!(a.hash().0.len(), 64);
        assert_ne!(a.hash(), b.hash());
    }

    #[test]
    fn malformed_tokens_are_refused() {
        for bad in [
            "",
            "short",
            &"a".repeat(44),
            &format!("{}!", "a".repeat(42)),
        ] {
            assert!(RawToken::parse(bad).is_none(), "case {bad:?}");
        }
    }
}

/// What a one-time link is for; each has its own lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    SignIn,
    Invitation,
    VerifyEmail,
    PasswordReset,
    /// A company's team member is invited: the subject is the member, the role the
    /// company's side.
    MemberInvitation,
    /// A team member asked for a link on the sign-in page.
    MemberSignIn,
}

impl Purpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::Invitation => "invitation",
            Self::VerifyEmail => "verify_email",
            Self::PasswordReset => "password_reset",
            Self::MemberInvitation => "member_invitation",
            Self::MemberSignIn => "member_sign_in",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "sign_in" => Some(Self::SignIn),
            "invitation" => Some(Self::Invitation),
            "verify_email" => Some(Self::VerifyEmail),
            "password_reset" => Some(Self::PasswordReset),
            "member_invitation" => Some(Self::MemberInvitation),
            "member_sign_in" => Some(Self::MemberSignIn),
            _ => None,
        }
    }

    /// How long a link stays valid. Invitations wait in inboxes for weeks; a link
    /// someone just asked for is used within minutes.
    pub fn lifetime(self) -> chrono::TimeDelta {
        match self {
            Self::SignIn | Self::MemberSignIn => chrono::TimeDelta::minutes(30),
            Self::PasswordReset => chrono::TimeDelta::hours(1),
            Self::VerifyEmail => chrono::TimeDelta::days(2),
            Self::Invitation | Self::MemberInvitation => chrono::TimeDelta::days(30),
        }
    }
}

/// Compares secrets without an early exit, so timing says nothing about where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
