//! Emails about a supplier's account: the verification link, the password reset
//! link, and the notice to an existing account when its email registers again
//! (meetings and requests use `mail::messages`). Each builder renders
//! `templates/mail/<name>/{body.txt,body.html}` into a [`Letter`] for the outbox.

use askama::Template;

use super::calendar::{self, Method};
use super::messages::MailContext;
use crate::store::suppliers::Letter;

macro_rules! mail_pair {
    ($text:ident, $html:ident, $txt_path:literal, $html_path:literal, { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Template)]
        #[template(path = $txt_path)]
        struct $text<'a> {
            $($field: $ty,)*
        }

        #[derive(Template)]
        #[template(path = $html_path)]
        struct $html<'a> {
            $($field: $ty,)*
        }
    };
}

mail_pair!(VerifyText, VerifyHtml, "mail/verify_email/body.txt", "mail/verify_email/body.html", {
    name: &'a str, company: &'a str, expo: &'a str, link: &'a str, days: i64,
});

/// The link that confirms a new supplier's email address.
pub fn verify_email(
    name: &str,
    company: &str,
    expo: &str,
    link: &str,
    days: i64,
) -> Result<Letter, askama::Error> {
    Ok(Letter {
        kind: "verify_email",
        to_name: name.to_owned(),
        subject: "Confirm your email address for expomatch".to_owned(),
        text: VerifyText {
            name,
            company,
            expo,
            link,
            days,
        }
        .render()?,
        html: VerifyHtml {
            name,
            company,
            expo,
            link,
            days,
        }
        .render()?,
    })
}

mail_pair!(ExistsText, ExistsHtml, "mail/account_exists/body.txt", "mail/account_exists/body.html", {
    company: &'a str, expo: &'a str, link: &'a str, minutes: i64,
});

/// Sent instead of a verification link when someone registers with an email that
/// already has an account: the page looks the same, only the owner learns more.
pub fn account_exists(expo: &str, link: &str, minutes: i64) -> Result<Letter, askama::Error> {
    let company = "your company";
    Ok(Letter {
        kind: "account_exists",
        to_name: String::new(),
        subject: "You already have an expomatch account".to_owned(),
        text: ExistsText {
            company,
            expo,
            link,
            minutes,
        }
        .render()?,
        html: ExistsHtml {
            company,
            expo,
            link,
            minutes,
        }
        .render()?,
    })
}

mail_pair!(ResetText, ResetHtml, "mail/password_reset/body.txt", "mail/password_reset/body.html", {
    name: &'a str, link: &'a str, minutes: i64,
});

pub fn password_reset(name: &str, link: &str, minutes: i64) -> Result<Letter, askama::Error> {
    Ok(Letter {
        kind: "password_reset",
        to_name: name.to_owned(),
        subject: "Set a new expomatch password".to_owned(),
        text: ResetText {
            name,
            link,
            minutes,
        }
        .render()?,
        html: ResetHtml {
            name,
            link,
            minutes,
        }
        .render()?,
    })
}

/// The calendar file of one meeting for the supplier to import: the same UID and
/// SEQUENCE as the emailed invitation, so importing both gives one entry.
pub fn meeting_file(v: &crate::store::meetings::MailView, ctx: &MailContext<'_>) -> String {
    super::messages::meetings_calendar(
        std::slice::from_ref(v),
        Method::Request,
        None,
        ctx,
        crate::store::now(),
    )
}

fn texts(
    supplier: &str,
    buyer: &str,
    organisation: &str,
    expo: &str,
    venue: &str,
    table: &str,
) -> (String, String, String) {
    (
        format!("Export consultation: {supplier} × {organisation}"),
        format!("{expo} · {buyer} ({organisation}) meets {supplier} at table {table}."),
        format!("{venue} — table {table}"),
    )
}

/// The whole agenda as a subscribable calendar (no METHOD: calendar apps poll it).
/// Each meeting keeps the UID of its invitation, so entries never double up; a
/// cancelled meeting simply leaves the feed.
pub fn agenda_feed(
    supplier: &crate::store::suppliers::StoredProfile,
    entries: &[crate::store::agenda::Entry],
    base_url: &str,
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
        let (summary, description, location) = texts(
            &supplier.company_name_en,
            &e.buyer_name,
            &e.buyer_organisation,
            &supplier.expo_name,
            &supplier.venue,
            &e.table,
        );
        cal.push(
            Event::new()
                .uid(&calendar::meeting_uid(e.meeting.0, &host))
                .sequence(u32::try_from(e.sequence).unwrap_or(0))
                .timestamp(crate::store::now().and_utc())
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
