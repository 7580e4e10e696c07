//! Emails about a supplier's account: the verification link, the password reset
//! link, and the notice to an existing account when its email registers again
//! (meetings and requests use `mail::messages`). Each renders its message type of
//! `mail::messages` into a [`Letter`] for the store to queue with its link.

use super::calendar::{self, Method};
use super::messages::{self, MailContext};
use crate::i18n::Locale;
use crate::store::suppliers::Letter;

/// The link that confirms a new supplier's email address.
pub fn verify_email(
    t: Locale,
    name: &str,
    company: &str,
    expo: &str,
    link: &str,
    days: i64,
) -> Result<Letter, askama::Error> {
    let mail = messages::VerifyEmail {
        t,
        name: name.to_owned(),
        company: company.to_owned(),
        expo: expo.to_owned(),
        link: link.to_owned(),
        days,
    };
    messages::letter(name, &mail)
}

/// Sent instead of a verification link when someone registers with an email that
/// already has an account: the page looks the same, only the owner learns more.
pub fn account_exists(
    t: Locale,
    expo: &str,
    link: &str,
    minutes: i64,
) -> Result<Letter, askama::Error> {
    let mail = messages::AccountExists {
        t,
        company: t.get("mail-exists-your-company"),
        expo: expo.to_owned(),
        link: link.to_owned(),
        minutes,
    };
    messages::letter("", &mail)
}

/// The link that lets a supplier set a new password, in `t` (the page's language).
pub fn password_reset(
    t: Locale,
    name: &str,
    link: &str,
    minutes: i64,
) -> Result<Letter, askama::Error> {
    let mail = messages::PasswordReset {
        t,
        name: name.to_owned(),
        link: link.to_owned(),
        minutes,
    };
    messages::letter(name, &mail)
}

/// The calendar file of one meeting for the supplier to import: the same UID and
/// SEQUENCE as the emailed invitation, so importing both gives one entry.
pub fn meeting_file(
    v: &crate::store::meetings::MailView,
    t: Locale,
    ctx: &MailContext,
    now: chrono::NaiveDateTime,
) -> String {
    calendar::meetings_calendar(
        std::slice::from_ref(v),
        crate::domain::Role::Supplier,
        Method::Request,
        None,
        t,
        ctx,
        now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verification_email_carries_the_link_in_both_parts() {
        let letter = verify_email(
            Locale::Ko,
            "이수진",
            "㈜한빛워터텍",
            "Expo",
            "https://x.example/register/verify/abc",
            2,
        )
        .expect("renders");
        assert!(
            letter
                .text
                .contains("https://x.example/register/verify/abc")
        );
        assert!(
            letter
                .html
                .contains("https://x.example/register/verify/abc")
        );
        assert!(letter.text.contains("㈜한빛워터텍"));
    }
}
