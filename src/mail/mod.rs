//! Email messages, built from templates in `templates/mail/<name>/`. Delivery goes
//! through the outbox (`store::outbox`); nothing here talks to a mail server.

pub mod calendar;
mod context;
pub mod messages;
pub mod reminders;
pub mod sender;
pub mod surveys;
pub mod transport;

use askama::Template;

use crate::i18n::Locale;

pub use context::MailContext;

pub mod supplier;

#[derive(Template)]
#[template(path = "mail/privacy_footer.txt")]
struct PrivacyFooterText<'a> {
    url: &'a str,
    t: Locale,
}

#[derive(Template)]
#[template(path = "mail/privacy_footer.html")]
struct PrivacyFooterHtml<'a> {
    url: &'a str,
    t: Locale,
}

/// The language a rendered message was written in: the `lang` of its `<html>` element
/// (every message template sets it), English when there is none.
pub fn language_of(html: Option<&str>) -> Locale {
    html.and_then(|h| {
        let at = h.find("<html lang=\"")? + "<html lang=\"".len();
        let len = h[at..].find('"')?;
        Locale::parse(&h[at..at + len])
    })
    .unwrap_or_default()
}

/// Adds the link to the privacy notice to a message's text and HTML parts, in the
/// message's own language (read from its HTML). The worker adds it when it sends, so
/// every message carries it whichever code queued it.
pub fn with_privacy_footer(
    text: &str,
    html: Option<&str>,
    base_url: &str,
) -> Result<(String, Option<String>), askama::Error> {
    let url = format!("{base_url}/privacy");
    let t = language_of(html);
    let mut text = text.trim_end().to_owned();
    text.push_str(&PrivacyFooterText { url: &url, t }.render()?);
    let html = match html {
        Some(html) => {
            let footer = PrivacyFooterHtml { url: &url, t }.render()?;
            Some(match html.rfind("</body>") {
                Some(at) => format!("{}{footer}\n{}", &html[..at], &html[at..]),
                None => format!("{html}\n{footer}"),
            })
        }
        None => None,
    };
    Ok((text, html))
}

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error("cannot render an email: {0}")]
    Template(#[from] askama::Error),
    #[error(transparent)]
    Zone(#[from] crate::domain::UnknownStoredZone),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// For messages the worker sends once per person and occasion (reminders, follow-up
/// surveys), even with several workers: in one transaction, `claim` inserts the row
/// that records the occasion, then `queue` writes the message. Returns `false`, having
/// written nothing, when another worker's row was there first (a unique violation).
pub fn claim_then_queue(
    conn: &mut crate::db::DbConnection,
    claim: impl FnOnce(&mut crate::db::DbConnection) -> diesel::QueryResult<usize>,
    queue: impl FnOnce(&mut crate::db::DbConnection) -> Result<i32, QueueError>,
) -> Result<bool, QueueError> {
    conn.write_tx(|c| match claim(c) {
        Ok(_) => queue(c).map(|_| true),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(e) => Err(QueueError::from(e)),
    })
}

/// Queues a sign-in link for every buyer or supplier account with this email, in one
/// transaction; returns how many. Nobody learns the number: the page says the same
/// whatever it is. The links are in `t`, the language of the page that asked for them.
pub fn queue_sign_in_links(
    conn: &mut crate::db::DbConnection,
    email: &crate::domain::EmailAddress,
    base_url: &str,
    t: Locale,
    now: chrono::NaiveDateTime,
) -> Result<usize, QueueError> {
    use crate::domain::token::Purpose;
    use crate::store::{participants, tokens};
    conn.write_tx(|c| {
        let recipients = participants::link_recipients(c, email)?;
        for (role, id, name, expo) in &recipients {
            let lifetime = Purpose::SignIn.lifetime();
            let token = tokens::issue(c, *role, *id, Purpose::SignIn, lifetime, now)?;
            let link = format!("{base_url}/auth/link/{}", token.as_str());
            let mail = messages::SignInLink {
                t,
                name: name.clone(),
                link,
                minutes: lifetime.num_minutes(),
            };
            let to = messages::Recipient {
                name,
                address: email.as_str(),
                expo: Some(*expo),
            };
            messages::queue(c, to, &mail, now)?;
        }
        let members = crate::store::team::by_email(c, email)?;
        for (member, name, side, company) in &members {
            let Some(team) = crate::store::team::team(c, *side, *company)? else {
                continue;
            };
            let lifetime = Purpose::MemberSignIn.lifetime();
            let token = tokens::issue(c, *side, *member, Purpose::MemberSignIn, lifetime, now)?;
            let mail = messages::SignInLink {
                t,
                name: name.clone(),
                link: format!("{base_url}/auth/link/{}", token.as_str()),
                minutes: lifetime.num_minutes(),
            };
            let to = messages::Recipient {
                name,
                address: email.as_str(),
                expo: Some(team.expo),
            };
            messages::queue(c, to, &mail, now)?;
        }
        Ok(recipients.len() + members.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_privacy_footer_is_in_the_language_of_the_message() {
        let html = "<!doctype html>\n<html lang=\"ja\" dir=\"ltr\"><body><p>x</p></body></html>";
        let (text, html) =
            with_privacy_footer("本文", Some(html), "https://expo.example").expect("footer");
        assert!(
            text.contains("プライバシーポリシー") && text.contains("https://expo.example/privacy")
        );
        assert!(html.unwrap_or_default().contains("プライバシーポリシー"));
        // A message without HTML (or with no lang) gets the English footer.
        let (text, _) = with_privacy_footer("Hello", None, "https://expo.example").expect("footer");
        assert!(text.contains("privacy notice"), "{text}");
    }
}
