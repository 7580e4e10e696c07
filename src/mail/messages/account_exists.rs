//! Sent instead of a verification link when an email that has an account registers again.

use super::{Mail, mail_parts};
use crate::i18n::Locale;

pub struct AccountExists {
    /// The recipient's language.
    pub t: Locale,
    pub company: String,
    pub expo: String,
    pub link: String,
    /// How long the sign-in link works.
    pub minutes: i64,
}

mail_parts!(
    AccountExists,
    "mail/account_exists/body.txt",
    "mail/account_exists/body.html"
);

impl Mail for AccountExists {
    fn kind(&self) -> &'static str {
        "account_exists"
    }

    fn subject(&self) -> String {
        self.t.get("mail-exists-subject")
    }
}
