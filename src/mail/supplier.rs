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

/// The whole agenda as a subscribable calendar (no METHOD: calendar apps poll it).
/// Each meeting keeps the UID of its invitation, so entries never double up; a
/// cancelled meeting simply leaves the feed.
pub fn agenda_feed(
    supplier: &crate::store::suppliers::StoredProfile,
    entries: &[crate::store::agenda::Entry],
    t: Locale,
    base_url: &str,
    now: chrono::NaiveDateTime,
) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "expomatch.localhost".to_owned());
    let mut cal = Calendar::new();
    cal.name(&format!(
        "{} · {}",
        supplier.expo_name, supplier.company_name_en
    ));
    for e in entries {
        let buyer = format!("{} ({})", e.buyer_name, e.buyer_organisation);
        let (summary, description, location) = calendar::event_texts(
            t,
            &calendar::EventFacts {
                supplier: &supplier.company_name_en,
                buyer: &buyer,
                organisation: &e.buyer_organisation,
                expo: &supplier.expo_name,
                venue: &supplier.venue,
                table: &e.table,
                mode: crate::domain::status::MeetingMode::Table,
                join: None,
            },
        );
        cal.push(
            Event::new()
                .uid(&calendar::meeting_uid(e.meeting.0, &host))
                .sequence(u32::try_from(e.sequence).unwrap_or(0))
                .timestamp(now.and_utc())
                .starts(e.starts_at.and_utc())
                .ends(e.ends_at.and_utc())
                .summary(&summary)
                .description(&description)
                .location(&location)
                .status(EventStatus::Confirmed)
                .done(),
        );
    }
    cal.done().to_string()
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
