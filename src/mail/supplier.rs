//! Emails about a supplier's account: the verification link, the password reset
//! link, and the notice to an existing account when its email registers again
//! (meetings and requests use `mail::messages`). Each builder renders
//! `templates/mail/<name>/{body.txt,body.html}` into a [`Letter`] for the outbox.

use askama::Template;

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
