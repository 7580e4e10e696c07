//! Every email the product sends: one type per message in `<kind>.rs`, rendered from `templates/mail/<kind>/`, queued by [`queue`].
//
// A message type holds the message's data. Its two parts come from one pair of thin
// askama wrappers made by `mail_parts!`, so both parts always see the same fields;
// the subject and, for meetings, the calendar part are methods of the same type. The
// `queue_*` functions gather a message's data inside the caller's transaction and
// hand it to [`queue`]. Buyers read times in their own zone with the venue's beside;
// suppliers are at the venue and read venue time.

mod account_exists;
mod agenda;
mod follow_up;
mod invitation;
mod meeting;
mod password_reset;
mod request;
mod sign_in_link;
mod supplier_status;
mod verify_email;

use chrono::NaiveDateTime;

use super::QueueError;
use crate::db::DbConnection;
use crate::store::outbox;

pub use super::MailContext;
pub use super::calendar::meetings_calendar;
pub use account_exists::AccountExists;
pub use agenda::{Agenda, AgendaKind, queue_agenda};
pub use follow_up::{FOLLOW_UP_LINK_DAYS, FollowUp, queue_follow_up};
pub use invitation::{Invitation, queue_invitation};
pub use meeting::{Changed, MeetingChange, MeetingMail, queue_meeting_change};
pub use password_reset::PasswordReset;
pub use request::{RequestEvent, RequestMail, queue_request_event};
pub use sign_in_link::SignInLink;
pub use supplier_status::{SupplierDecision, queue_supplier_decision};
pub use verify_email::VerifyEmail;

/// A message's text and HTML parts, rendered.
pub struct Body {
    pub text: String,
    pub html: String,
}

/// Renders both parts of a message type; made by `mail_parts!`.
pub trait Parts {
    fn parts(&self) -> Result<Body, askama::Error>;
}

/// One email: its kind (as the outbox records it), subject, both parts and, for a
/// meeting, its calendar file.
pub trait Mail: Parts {
    fn kind(&self) -> &'static str;
    fn subject(&self) -> String;
    fn calendar(&self) -> Option<outbox::CalendarPart<'_>> {
        None
    }
}

/// Who a message goes to.
#[derive(Clone, Copy, Debug)]
pub struct Recipient<'a> {
    pub name: &'a str,
    pub address: &'a str,
}

/// The one way a message enters the outbox: rendered and written in the caller's
/// transaction, with its calendar part when it has one. Returns the outbox id.
pub fn queue(
    conn: &mut DbConnection,
    to: Recipient<'_>,
    mail: &impl Mail,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let body = mail.parts()?;
    let subject = mail.subject();
    let msg = outbox::NewMessage {
        kind: mail.kind(),
        to_address: to.address,
        to_name: to.name,
        subject: &subject,
        body_text: &body.text,
        body_html: Some(&body.html),
    };
    Ok(match mail.calendar() {
        Some(part) => outbox::enqueue_with_calendar(conn, &msg, &part, now)?,
        None => outbox::enqueue(conn, &msg, now)?,
    })
}

/// A rendered message for code that queues it itself (`store::suppliers`, whose
/// one-time links are stored in the same transaction).
pub fn letter(
    to_name: &str,
    mail: &impl Mail,
) -> Result<crate::store::suppliers::Letter, askama::Error> {
    let body = mail.parts()?;
    Ok(crate::store::suppliers::Letter {
        kind: mail.kind(),
        to_name: to_name.to_owned(),
        subject: mail.subject(),
        text: body.text,
        html: body.html,
    })
}

/// Gives a message type its two parts: askama wrappers over a borrow of the data,
/// which reach the fields through `Deref`, so the templates name fields directly.
macro_rules! mail_parts {
    ($data:ty, $text:literal, $html:literal) => {
        const _: () = {
            #[derive(askama::Template)]
            #[template(path = $text)]
            struct Text<'a>(&'a $data);

            #[derive(askama::Template)]
            #[template(path = $html)]
            struct Html<'a>(&'a $data);

            impl std::ops::Deref for Text<'_> {
                type Target = $data;
                fn deref(&self) -> &$data {
                    self.0
                }
            }

            impl std::ops::Deref for Html<'_> {
                type Target = $data;
                fn deref(&self) -> &$data {
                    self.0
                }
            }

            impl $crate::mail::messages::Parts for $data {
                fn parts(&self) -> Result<$crate::mail::messages::Body, askama::Error> {
                    use askama::Template as _;
                    Ok($crate::mail::messages::Body {
                        text: Text(self).render()?,
                        html: Html(self).render()?,
                    })
                }
            }
        };
    };
}
use mail_parts;
