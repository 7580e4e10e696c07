//! Meeting requests: received, accepted, declined or expired; also the notice that a wanted time became free.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::db::schema::{buyers, expos, meeting_requests, suppliers};
use crate::domain::Role;
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::store::languages;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestEvent<'a> {
    Received,
    Accepted,
    Declined {
        reason: &'a str,
    },
    /// Nobody answered within the expo's expiry time; the side that asked is told.
    Expired {
        days: i32,
    },
}

/// A message in the `request` layout: a headline, the request's own message when
/// there is one, a reason when there is one, and a link.
pub struct RequestMail {
    /// The recipient's language.
    pub t: Locale,
    pub kind: &'static str,
    pub subject: String,
    pub name: String,
    pub headline: String,
    /// The requester's words; empty when not shown.
    pub message: String,
    pub reason: Option<String>,
    pub expo_name: String,
    pub link: String,
}

mail_parts!(
    RequestMail,
    "mail/request/body.txt",
    "mail/request/body.html"
);

impl Mail for RequestMail {
    fn kind(&self) -> &'static str {
        self.kind
    }

    fn subject(&self) -> String {
        self.subject.clone()
    }
}

/// One side of a request: who, where their pages are, and how the other side
/// names them.
struct Side {
    t: Locale,
    name: String,
    email: String,
    link: String,
    full_name: String,
}

/// Tells the other side about a new request, or the requester about the answer.
pub fn queue_request_event(
    conn: &mut DbConnection,
    request_id: i32,
    event: RequestEvent<'_>,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    type Row = (
        i32,
        i32,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    );
    let (
        buyer_id,
        supplier_id,
        requested_by,
        message,
        buyer_name,
        buyer_org,
        buyer_email,
        supplier_en,
        supplier_ko,
        supplier_email,
        expo_name,
    ): Row = meeting_requests::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .inner_join(expos::table.on(expos::id.eq(meeting_requests::expo_id)))
        .filter(meeting_requests::id.eq(request_id))
        .select((
            meeting_requests::buyer_id,
            meeting_requests::supplier_id,
            meeting_requests::requested_by,
            meeting_requests::message,
            buyers::name,
            buyers::organisation,
            buyers::email,
            suppliers::company_name_en,
            suppliers::company_name_ko,
            suppliers::email,
            expos::name,
        ))
        .first(conn)?;
    let buyer_side = Side {
        t: languages::for_mail(conn, Role::Buyer, buyer_id, Locale::En)?,
        full_name: format!("{buyer_name} ({buyer_org})"),
        name: buyer_name,
        email: buyer_email,
        link: ctx.link("/buyer"),
    };
    let supplier_side = Side {
        t: languages::for_mail(conn, Role::Supplier, supplier_id, Locale::Ko)?,
        full_name: format!("{supplier_en} ({supplier_ko})"),
        name: supplier_en,
        email: supplier_email,
        link: ctx.link("/supplier"),
    };
    let from_buyer = requested_by == "buyer";
    // Received goes to the side that did not ask; answers go to the side that asked.
    let (to, other) = match (event, from_buyer) {
        (RequestEvent::Received, true)
        | (
            RequestEvent::Accepted | RequestEvent::Declined { .. } | RequestEvent::Expired { .. },
            false,
        ) => (&supplier_side, &buyer_side),
        _ => (&buyer_side, &supplier_side),
    };
    let t = to.t;
    let (headline, subject, reason, kind) = match event {
        RequestEvent::Received => (
            t.arg("mail-request-received-headline", "name", &other.full_name),
            t.arg("mail-request-received-subject", "name", &other.name),
            None,
            "request_received",
        ),
        RequestEvent::Accepted => (
            t.arg("mail-request-accepted-headline", "name", &other.full_name),
            t.arg("mail-request-accepted-subject", "name", &other.name),
            None,
            "request_accepted",
        ),
        RequestEvent::Declined { reason } => (
            t.arg("mail-request-declined-headline", "name", &other.full_name),
            t.arg("mail-request-declined-subject", "name", &other.name),
            Some(reason.to_owned()),
            "request_declined",
        ),
        RequestEvent::Expired { days } => (
            t.arg2(
                "mail-request-expired-headline",
                "name",
                &other.full_name,
                "days",
                days,
            ),
            t.arg("mail-request-expired-subject", "name", &other.name),
            None,
            "request_expired",
        ),
    };
    let mail = RequestMail {
        t,
        kind,
        subject,
        name: to.name.clone(),
        headline,
        message: if event == RequestEvent::Received {
            message
        } else {
            String::new()
        },
        reason,
        expo_name,
        link: to.link.clone(),
    };
    let expo: i32 = meeting_requests::table
        .find(request_id)
        .select(meeting_requests::expo_id)
        .first(conn)?;
    let to = Recipient {
        name: &to.name,
        address: &to.email,
        expo: Some(crate::domain::ExpoId(expo)),
    };
    queue(conn, to, &mail, now)
}
