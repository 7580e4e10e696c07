//! The link that confirms a new supplier's email address.

use super::{Mail, mail_parts};
use crate::i18n::Locale;

pub struct VerifyEmail {
    /// The recipient's language.
    pub t: Locale,
    pub name: String,
    pub company: String,
    pub expo: String,
    pub link: String,
    /// How long the link works.
    pub days: i64,
}

mail_parts!(
    VerifyEmail,
    "mail/verify_email/body.txt",
    "mail/verify_email/body.html"
);

impl Mail for VerifyEmail {
    fn kind(&self) -> &'static str {
        "verify_email"
    }

    fn subject(&self) -> String {
        self.t.get("mail-verify-subject")
    }
}
