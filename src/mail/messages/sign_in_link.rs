//! A fresh sign-in link for a buyer or supplier who asked for one.

use super::{Mail, mail_parts};
use crate::i18n::Locale;

pub struct SignInLink {
    /// The recipient's language.
    pub t: Locale,
    /// Empty when the account has no name yet.
    pub name: String,
    pub link: String,
    /// How long the link works.
    pub minutes: i64,
}

mail_parts!(
    SignInLink,
    "mail/sign_in_link/body.txt",
    "mail/sign_in_link/body.html"
);

impl Mail for SignInLink {
    fn kind(&self) -> &'static str {
        "sign_in_link"
    }

    fn subject(&self) -> String {
        self.t.get("mail-signin-subject")
    }
}
