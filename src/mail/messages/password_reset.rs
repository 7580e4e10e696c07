//! The link that lets a supplier set a new password.

use super::{Mail, mail_parts};
use crate::i18n::Locale;

pub struct PasswordReset {
    /// The recipient's language.
    pub t: Locale,
    pub name: String,
    pub link: String,
    /// How long the link works.
    pub minutes: i64,
}

mail_parts!(
    PasswordReset,
    "mail/password_reset/body.txt",
    "mail/password_reset/body.html"
);

impl Mail for PasswordReset {
    fn kind(&self) -> &'static str {
        "password_reset"
    }

    fn subject(&self) -> String {
        self.t.get("mail-reset-subject")
    }
}
