//! Emails about suppliers: verification and password links for the supplier, and
//! what a supplier's decision means for a buyer. Each builder renders
//! `templates/mail/<name>/{body.txt,body.html}` into a [`Letter`] for the outbox.

use askama::Template;
use chrono::{NaiveDateTime, TimeZone as _};

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

mail_pair!(CancelText, CancelHtml, "mail/meeting_cancelled/body.txt", "mail/meeting_cancelled/body.html", {
    buyer: &'a str, supplier: &'a str, expo: &'a str, when: &'a str, table: &'a str,
    venue: &'a str, reason: &'a str,
});

/// "When" for the buyer: in the buyer's zone, with the venue's time beside it.
pub fn when_for(starts: NaiveDateTime, buyer_tz: &str, venue_tz: &str) -> String {
    let own: chrono_tz::Tz = buyer_tz.parse().unwrap_or(chrono_tz::UTC);
    let venue: chrono_tz::Tz = venue_tz.parse().unwrap_or(chrono_tz::UTC);
    let local = own.from_utc_datetime(&starts);
    let at_venue = venue.from_utc_datetime(&starts);
    if own == venue {
        format!("{} ({})", local.format("%a %-d %b %Y, %H:%M"), venue.name())
    } else {
        format!(
            "{} your time ({}); {} venue time",
            local.format("%a %-d %b %Y, %H:%M"),
            own.name(),
            at_venue.format("%a %-d %b, %H:%M"),
        )
    }
}

/// Tells the buyer that a supplier cancelled their meeting, and why.
pub fn meeting_cancelled(
    facts: &crate::store::agenda::MeetingFacts,
    reason: &str,
) -> Result<Letter, askama::Error> {
    let when = when_for(
        facts.starts_at,
        &facts.buyer_timezone,
        &facts.venue_timezone,
    );
    let (buyer, supplier, expo, table, venue) = (
        facts.buyer_name.as_str(),
        facts.supplier_name_en.as_str(),
        facts.expo_name.as_str(),
        facts.table.as_str(),
        facts.venue.as_str(),
    );
    let when = when.as_str();
    Ok(Letter {
        kind: "meeting_cancelled",
        to_name: facts.buyer_name.clone(),
        subject: format!("Meeting cancelled: {supplier}"),
        text: CancelText {
            buyer,
            supplier,
            expo,
            when,
            table,
            venue,
            reason,
        }
        .render()?,
        html: CancelHtml {
            buyer,
            supplier,
            expo,
            when,
            table,
            venue,
            reason,
        }
        .render()?,
    })
}

mail_pair!(AnsweredText, AnsweredHtml, "mail/request_answered/body.txt", "mail/request_answered/body.html", {
    buyer: &'a str, supplier: &'a str, expo: &'a str, accepted: bool, reason: &'a str,
});

/// Tells the buyer how a supplier answered its meeting request.
pub fn request_answered(
    facts: &crate::store::agenda::RequestFacts,
    accepted: bool,
    reason: &str,
) -> Result<Letter, askama::Error> {
    let (buyer, supplier, expo) = (
        facts.buyer_name.as_str(),
        facts.supplier_name_en.as_str(),
        facts.expo_name.as_str(),
    );
    Ok(Letter {
        kind: "request_answered",
        to_name: facts.buyer_name.clone(),
        subject: format!(
            "{supplier} {} your meeting request",
            if accepted { "accepted" } else { "declined" }
        ),
        text: AnsweredText {
            buyer,
            supplier,
            expo,
            accepted,
            reason,
        }
        .render()?,
        html: AnsweredHtml {
            buyer,
            supplier,
            expo,
            accepted,
            reason,
        }
        .render()?,
    })
}

mail_pair!(RequestText, RequestHtml, "mail/request_from_supplier/body.txt", "mail/request_from_supplier/body.html", {
    buyer: &'a str, supplier: &'a str, expo: &'a str, message: &'a str, link: &'a str,
});

/// Tells a buyer that a supplier would like to meet; `link` leads to sign-in.
pub fn request_from_supplier(
    facts: &crate::store::agenda::RequestFacts,
    message: &str,
    link: &str,
) -> Result<Letter, askama::Error> {
    let (buyer, supplier, expo) = (
        facts.buyer_name.as_str(),
        facts.supplier_name_en.as_str(),
        facts.expo_name.as_str(),
    );
    Ok(Letter {
        kind: "request_from_supplier",
        to_name: facts.buyer_name.clone(),
        subject: format!("{supplier} would like to meet you"),
        text: RequestText {
            buyer,
            supplier,
            expo,
            message,
            link,
        }
        .render()?,
        html: RequestHtml {
            buyer,
            supplier,
            expo,
            message,
            link,
        }
        .render()?,
    })
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

    #[test]
    fn a_buyer_far_away_reads_both_clocks() {
        let starts = chrono::NaiveDate::from_ymd_opt(2026, 9, 8)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("time");
        assert_eq!(
            when_for(starts, "America/Lima", "Asia/Seoul"),
            "Mon 7 Sep 2026, 19:00 your time (America/Lima); Tue 8 Sep, 09:00 venue time"
        );
    }
}
