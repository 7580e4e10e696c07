//! Every notification the product sends, rendered from `templates/mail/<kind>/` and
//! queued in the outbox inside the caller's transaction. Buyers read times in their
//! own zone with the venue's beside; suppliers are at the venue and read venue time.

use askama::Template;
use chrono::{NaiveDate, NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;
use diesel::prelude::*;
use lettre::message::Mailbox;

use super::QueueError;
use super::calendar::{self, MeetingInvite, Method, Person};
use crate::db::DbConnection;
use crate::db::schema::{buyers, expos, meeting_requests, suppliers};
use crate::domain::display::time_pair;
use crate::domain::token::Purpose;
use crate::domain::{BuyerId, MeetingId, Role, SupplierId};
use crate::store::{meetings, outbox, participants, tokens};

/// What every message needs to know about the site sending it.
pub struct MailContext<'a> {
    /// Public address, no trailing slash.
    pub base_url: &'a str,
    /// The sender; also the ORGANIZER of calendar invitations.
    pub from: &'a Mailbox,
}

impl MailContext<'_> {
    /// The site's host name, for calendar UIDs.
    pub fn host(&self) -> String {
        url::Url::parse(self.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "expomatch.localhost".to_owned())
    }
}

fn tz(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::UTC)
}

struct Rendered {
    text: String,
    html: String,
}

fn render<T: Template, H: Template>(text: &T, html: &H) -> Result<Rendered, QueueError> {
    Ok(Rendered {
        text: text.render()?,
        html: html.render()?,
    })
}

#[allow(clippy::too_many_arguments)]
fn queue(
    conn: &mut DbConnection,
    kind: &str,
    to: (&str, &str),
    subject: &str,
    body: &Rendered,
    calendar: Option<outbox::CalendarPart<'_>>,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let msg = outbox::NewMessage {
        kind,
        to_address: to.1,
        to_name: to.0,
        subject,
        body_text: &body.text,
        body_html: Some(&body.html),
    };
    Ok(match calendar {
        Some(part) => outbox::enqueue_with_calendar(conn, &msg, &part, now)?,
        None => outbox::enqueue(conn, &msg, now)?,
    })
}

// ---------------------------------------------------------------- invitation

#[derive(Template)]
#[template(path = "mail/invitation/body.txt")]
struct InvitationText<'a> {
    name: &'a str,
    expo_name: &'a str,
    venue: &'a str,
    link: &'a str,
    days: i64,
}

#[derive(Template)]
#[template(path = "mail/invitation/body.html")]
struct InvitationHtml<'a> {
    name: &'a str,
    expo_name: &'a str,
    venue: &'a str,
    link: &'a str,
    days: i64,
}

/// Queues a buyer's invitation with a personal sign-in link (valid 30 days).
pub fn queue_invitation(
    conn: &mut DbConnection,
    buyer: BuyerId,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let b = participants::buyer_summary(conn, buyer)?.ok_or(diesel::result::Error::NotFound)?;
    let lifetime = Purpose::Invitation.lifetime();
    let token = tokens::issue(
        conn,
        Role::Buyer,
        buyer.0,
        Purpose::Invitation,
        lifetime,
        now,
    )?;
    let link = format!("{}/auth/link/{}", ctx.base_url, token.as_str());
    let (name, expo_name, venue, days) = (
        b.name.as_str(),
        b.expo_name.as_str(),
        b.venue.as_str(),
        lifetime.num_days(),
    );
    let body = render(
        &InvitationText {
            name,
            expo_name,
            venue,
            link: &link,
            days,
        },
        &InvitationHtml {
            name,
            expo_name,
            venue,
            link: &link,
            days,
        },
    )?;
    let subject = format!("Invitation: {expo_name}");
    queue(
        conn,
        "invitation",
        (name, &b.email),
        &subject,
        &body,
        None,
        now,
    )
}

// ---------------------------------------------------------------- meetings

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingChange<'a> {
    Booked,
    Moved,
    Cancelled { reason: &'a str },
}

impl MeetingChange<'_> {
    pub const fn kind(self) -> &'static str {
        match self {
            Self::Booked => "meeting_booked",
            Self::Moved => "meeting_moved",
            Self::Cancelled { .. } => "meeting_cancelled",
        }
    }
}

#[derive(Template)]
#[template(path = "mail/meeting/body.txt")]
struct MeetingText<'a> {
    name: &'a str,
    headline: &'a str,
    counterpart: &'a str,
    counterpart_detail: &'a str,
    when_local: &'a str,
    when_venue: Option<&'a str>,
    venue: &'a str,
    table: &'a str,
    reason: Option<&'a str>,
    expo_name: &'a str,
    agenda_link: &'a str,
    calendar_note: &'a str,
}

#[derive(Template)]
#[template(path = "mail/meeting/body.html")]
struct MeetingHtml<'a> {
    name: &'a str,
    headline: &'a str,
    counterpart: &'a str,
    counterpart_detail: &'a str,
    when_local: &'a str,
    when_venue: Option<&'a str>,
    venue: &'a str,
    table: &'a str,
    reason: Option<&'a str>,
    expo_name: &'a str,
    agenda_link: &'a str,
    calendar_note: &'a str,
}

/// One side's version of a meeting message.
struct MeetingMail {
    name: String,
    email: String,
    counterpart: String,
    counterpart_detail: String,
    when_local: String,
    when_venue: Option<String>,
    agenda_link: String,
}

/// Queues the message about a booked, moved or cancelled meeting to both sides, each
/// with a calendar part: REQUEST for booked and moved, CANCEL for cancelled, one UID
/// per meeting, SEQUENCE raised on every change. Call it in the change's transaction.
pub fn queue_meeting_change(
    conn: &mut DbConnection,
    meeting: MeetingId,
    change: MeetingChange<'_>,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<Vec<i32>, QueueError> {
    if change != MeetingChange::Booked {
        meetings::bump_sequence(conn, meeting)?;
    }
    let v = meetings::mail_view(conn, meeting)?.ok_or(diesel::result::Error::NotFound)?;
    let venue_tz = tz(&v.venue_timezone);
    let buyer_times = time_pair(v.starts_at, v.ends_at, tz(&v.buyer_timezone), venue_tz);
    let venue_times = time_pair(v.starts_at, v.ends_at, venue_tz, venue_tz);
    let (method, reason) = match change {
        MeetingChange::Cancelled { reason } => (Method::Cancel, Some(reason)),
        _ => (Method::Request, None),
    };
    let ics = meetings_calendar(std::slice::from_ref(&v), method, None, ctx, now);
    let sides = [
        MeetingMail {
            name: v.buyer_name.clone(),
            email: v.buyer_email.clone(),
            counterpart: format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
            counterpart_detail: String::new(),
            when_local: buyer_times.local.clone(),
            when_venue: (!buyer_times.same_zone).then(|| buyer_times.venue.clone()),
            agenda_link: format!("{}/buyer", ctx.base_url),
        },
        MeetingMail {
            name: v.supplier_name_en.clone(),
            email: v.supplier_email.clone(),
            counterpart: v.buyer_name.clone(),
            counterpart_detail: v.buyer_organisation.clone(),
            when_local: format!("{} (venue time)", venue_times.local),
            when_venue: None,
            agenda_link: format!("{}/supplier", ctx.base_url),
        },
    ];
    let mut ids = Vec::new();
    for side in &sides {
        let headline = match change {
            MeetingChange::Booked => format!("Your meeting with {} is booked.", side.counterpart),
            MeetingChange::Moved => format!("Your meeting with {} has moved.", side.counterpart),
            MeetingChange::Cancelled { .. } => {
                format!("Your meeting with {} is cancelled.", side.counterpart)
            }
        };
        let subject = match change {
            MeetingChange::Booked => {
                format!("Meeting booked: {} · {}", side.counterpart, side.when_local)
            }
            MeetingChange::Moved => format!(
                "Meeting moved: {} · now {}",
                side.counterpart, side.when_local
            ),
            MeetingChange::Cancelled { .. } => format!(
                "Meeting cancelled: {} · {}",
                side.counterpart, side.when_local
            ),
        };
        let calendar_note = match change {
            MeetingChange::Booked => "The attached invitation adds the meeting to your calendar.",
            MeetingChange::Moved => "The attached invitation moves the meeting in your calendar.",
            MeetingChange::Cancelled { .. } => {
                "The attached file removes the meeting from your calendar."
            }
        };
        let (name, counterpart, detail) = (
            side.name.as_str(),
            side.counterpart.as_str(),
            side.counterpart_detail.as_str(),
        );
        let body = render(
            &MeetingText {
                name,
                headline: &headline,
                counterpart,
                counterpart_detail: detail,
                when_local: &side.when_local,
                when_venue: side.when_venue.as_deref(),
                venue: &v.venue,
                table: &v.table,
                reason,
                expo_name: &v.expo_name,
                agenda_link: &side.agenda_link,
                calendar_note,
            },
            &MeetingHtml {
                name,
                headline: &headline,
                counterpart,
                counterpart_detail: detail,
                when_local: &side.when_local,
                when_venue: side.when_venue.as_deref(),
                venue: &v.venue,
                table: &v.table,
                reason,
                expo_name: &v.expo_name,
                agenda_link: &side.agenda_link,
                calendar_note,
            },
        )?;
        let part = outbox::CalendarPart {
            method: method.as_str(),
            ics: &ics,
            meeting_id: Some(meeting.0),
        };
        ids.push(queue(
            conn,
            change.kind(),
            (name, &side.email),
            &subject,
            &body,
            Some(part),
            now,
        )?);
    }
    if matches!(change, MeetingChange::Cancelled { .. }) && v.starts_at > now {
        queue_slot_freed(conn, &v, ctx, now)?;
    }
    Ok(ids)
}

/// After a cancellation: each buyer of the expo who asked to meet that supplier (a
/// pending or accepted request), has no meeting with it and is free then, learns that
/// the time is free. Returns how many were told.
fn queue_slot_freed(
    conn: &mut DbConnection,
    v: &meetings::MailView,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<usize, QueueError> {
    use crate::db::schema::meetings as m;
    let supplier: i32 = m::table
        .find(v.meeting.0)
        .select(m::supplier_id)
        .first(conn)?;
    let cancelled_buyer: i32 = m::table.find(v.meeting.0).select(m::buyer_id).first(conn)?;
    let live = ["booked", "held"];
    let met: Vec<i32> = m::table
        .filter(m::supplier_id.eq(supplier))
        .filter(m::status.eq_any(live))
        .select(m::buyer_id)
        .load(conn)?;
    let busy: Vec<i32> = m::table
        .filter(m::slot_id.eq(v.slot.0))
        .filter(m::status.eq_any(live))
        .select(m::buyer_id)
        .load(conn)?;
    let wanting: Vec<(i32, String, String, String)> = meeting_requests::table
        .inner_join(buyers::table)
        .filter(meeting_requests::supplier_id.eq(supplier))
        .filter(meeting_requests::status.eq_any(["pending", "accepted"]))
        .filter(buyers::id.ne(cancelled_buyer))
        .filter(buyers::id.ne_all(&met))
        .filter(buyers::id.ne_all(&busy))
        .select((buyers::id, buyers::name, buyers::email, buyers::timezone))
        .load(conn)?;
    let venue_tz = tz(&v.venue_timezone);
    for (_, name, email, timezone) in &wanting {
        let times = time_pair(v.starts_at, v.ends_at, tz(timezone), venue_tz);
        let when = if times.same_zone {
            times.local.clone()
        } else {
            format!("{} ({})", times.local, times.venue)
        };
        let headline = format!(
            "A meeting time with {} ({}) has just become free: {when}. You asked to meet them; book it before someone else does.",
            v.supplier_name_en, v.supplier_name_ko
        );
        let link = format!("{}/buyer/suppliers/{supplier}", ctx.base_url);
        let body = render(
            &RequestText {
                name,
                headline: &headline,
                message: "",
                reason: None,
                expo_name: &v.expo_name,
                link: &link,
            },
            &RequestHtml {
                name,
                headline: &headline,
                message: "",
                reason: None,
                expo_name: &v.expo_name,
                link: &link,
            },
        )?;
        let subject = format!("A time with {} is free", v.supplier_name_en);
        queue(
            conn,
            "slot_freed",
            (name, email),
            &subject,
            &body,
            None,
            now,
        )?;
    }
    Ok(wanting.len())
}

/// The iCalendar text of meetings: one per invitation (`Request`/`Cancel`) or a
/// whole agenda (`Publish`). Every calendar file of the site is built here, so the
/// UID, SEQUENCE and wording of a meeting are the same in every copy, and importing
/// a file next to an emailed invitation never gives two entries.
pub fn meetings_calendar(
    views: &[meetings::MailView],
    method: Method,
    name: Option<&str>,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> String {
    let host = ctx.host();
    let organizer_name = ctx
        .from
        .name
        .clone()
        .unwrap_or_else(|| "expomatch".to_owned());
    let organizer_email = ctx.from.email.to_string();
    let texts: Vec<[String; 4]> = views
        .iter()
        .map(|v| {
            [
                calendar::meeting_uid(v.meeting.0, &host),
                format!(
                    "Export consultation: {} × {}",
                    v.supplier_name_en, v.buyer_organisation
                ),
                format!(
                    "{} · {} meets {} at table {}.",
                    v.expo_name, v.buyer_name, v.supplier_name_en, v.table
                ),
                format!("{} — table {}", v.venue, v.table),
            ]
        })
        .collect();
    let people: Vec<[Person<'_>; 2]> = views
        .iter()
        .map(|v| {
            [
                Person {
                    name: &v.buyer_name,
                    email: &v.buyer_email,
                },
                Person {
                    name: &v.supplier_name_en,
                    email: &v.supplier_email,
                },
            ]
        })
        .collect();
    let invites: Vec<MeetingInvite<'_>> = views
        .iter()
        .zip(&texts)
        .zip(&people)
        .map(
            |((v, [uid, summary, description, location]), attendees)| MeetingInvite {
                uid,
                sequence: u32::try_from(v.sequence).unwrap_or(0),
                method,
                starts_at: v.starts_at,
                ends_at: v.ends_at,
                summary,
                description,
                location,
                organizer: Person {
                    name: &organizer_name,
                    email: &organizer_email,
                },
                attendees,
                stamp: now,
            },
        )
        .collect();
    calendar::calendar_of(method, &invites, name)
}

// ---------------------------------------------------------------- requests

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

#[derive(Template)]
#[template(path = "mail/request/body.txt")]
struct RequestText<'a> {
    name: &'a str,
    headline: &'a str,
    message: &'a str,
    reason: Option<&'a str>,
    expo_name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/request/body.html")]
struct RequestHtml<'a> {
    name: &'a str,
    headline: &'a str,
    message: &'a str,
    reason: Option<&'a str>,
    expo_name: &'a str,
    link: &'a str,
}

/// Tells the other side about a new request, or the requester about the answer.
pub fn queue_request_event(
    conn: &mut DbConnection,
    request_id: i32,
    event: RequestEvent<'_>,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    type Row = (
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
    let buyer_side = (
        buyer_name.clone(),
        buyer_email,
        format!("{}/buyer", ctx.base_url),
        format!("{buyer_name} ({buyer_org})"),
    );
    let supplier_side = (
        supplier_en.clone(),
        supplier_email,
        format!("{}/supplier", ctx.base_url),
        format!("{supplier_en} ({supplier_ko})"),
    );
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
    let (headline, subject, reason, kind) = match event {
        RequestEvent::Received => (
            format!("{} would like to meet you.", other.3),
            format!("Meeting request from {}", other.0),
            None,
            "request_received",
        ),
        RequestEvent::Accepted => (
            format!(
                "{} accepted your meeting request. The organizer will schedule it.",
                other.3
            ),
            format!("Request accepted by {}", other.0),
            None,
            "request_accepted",
        ),
        RequestEvent::Declined { reason } => (
            format!("{} declined your meeting request.", other.3),
            format!("Request declined by {}", other.0),
            Some(reason),
            "request_declined",
        ),
        RequestEvent::Expired { days } => (
            format!(
                "Your meeting request to {} expired: it had no answer within {days} days. You can send a new one while the expo takes requests.",
                other.3
            ),
            format!("Request expired: {}", other.0),
            None,
            "request_expired",
        ),
    };
    let message = if event == RequestEvent::Received {
        message.as_str()
    } else {
        ""
    };
    let body = render(
        &RequestText {
            name: &to.0,
            headline: &headline,
            message,
            reason,
            expo_name: &expo_name,
            link: &to.2,
        },
        &RequestHtml {
            name: &to.0,
            headline: &headline,
            message,
            reason,
            expo_name: &expo_name,
            link: &to.2,
        },
    )?;
    queue(conn, kind, (&to.0, &to.1), &subject, &body, None, now)
}

// ---------------------------------------------------------------- agendas

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaKind {
    /// The organizer published the schedule: every meeting.
    Published,
    /// The evening before a consultation day: that day's meetings.
    Reminder(NaiveDate),
}

struct AgendaLine {
    when_local: String,
    when_venue: Option<String>,
    counterpart: String,
    table: String,
    interpreter: Option<String>,
}

#[derive(Template)]
#[template(path = "mail/agenda/body.txt")]
struct AgendaText<'a> {
    name: &'a str,
    headline: &'a str,
    lines: &'a [AgendaLine],
    expo_name: &'a str,
    venue: &'a str,
    agenda_link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/agenda/body.html")]
struct AgendaHtml<'a> {
    name: &'a str,
    headline: &'a str,
    lines: &'a [AgendaLine],
    expo_name: &'a str,
    venue: &'a str,
    agenda_link: &'a str,
}

/// Queues a person's agenda: all meetings when a schedule is published, or one
/// venue day's meetings as the evening-before reminder.
pub fn queue_agenda(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    kind: AgendaKind,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let (name, email, own_tz, venue_tz, expo_name, venue, items, link) = match role {
        Role::Buyer => {
            let b = participants::buyer_summary(conn, BuyerId(person))?
                .ok_or(diesel::result::Error::NotFound)?;
            let items = meetings::for_buyer(conn, BuyerId(person))?;
            (
                b.name,
                b.email,
                tz(&b.timezone),
                tz(&b.venue_timezone),
                b.expo_name,
                b.venue,
                items,
                "/buyer",
            )
        }
        Role::Supplier | Role::Organizer => {
            let s = participants::supplier_summary(conn, SupplierId(person))?
                .ok_or(diesel::result::Error::NotFound)?;
            let items = meetings::for_supplier(conn, SupplierId(person))?;
            let venue_tz = tz(&s.venue_timezone);
            (
                s.company_name_en,
                s.email,
                venue_tz,
                venue_tz,
                s.expo_name,
                s.venue,
                items,
                "/supplier",
            )
        }
    };
    let lines: Vec<AgendaLine> = items
        .iter()
        .filter(|m| match kind {
            AgendaKind::Published => true,
            AgendaKind::Reminder(day) => {
                venue_tz.from_utc_datetime(&m.starts_at).date_naive() == day
            }
        })
        .map(|m| {
            let t = time_pair(m.starts_at, m.ends_at, own_tz, venue_tz);
            AgendaLine {
                when_local: t.local,
                when_venue: (!t.same_zone).then_some(t.venue),
                counterpart: if role == Role::Buyer {
                    format!("{} ({})", m.supplier_name_en, m.supplier_name_ko)
                } else {
                    format!("{}, {}", m.buyer_name, m.buyer_organisation)
                },
                table: m.table.clone(),
                interpreter: m.interpreter.clone(),
            }
        })
        .collect();
    let (headline, subject, kind_name) = match kind {
        AgendaKind::Published => (
            format!(
                "Your schedule for {expo_name} is ready: {} meetings.",
                lines.len()
            ),
            format!("Your meetings at {expo_name}"),
            "agenda_published",
        ),
        AgendaKind::Reminder(day) => (
            format!(
                "Tomorrow, {}, you have {} meetings.",
                day.format("%A %-d %B"),
                lines.len()
            ),
            format!("Tomorrow: {} meetings at {venue}", lines.len()),
            "reminder",
        ),
    };
    let agenda_link = format!("{}{link}", ctx.base_url);
    let body = render(
        &AgendaText {
            name: &name,
            headline: &headline,
            lines: &lines,
            expo_name: &expo_name,
            venue: &venue,
            agenda_link: &agenda_link,
        },
        &AgendaHtml {
            name: &name,
            headline: &headline,
            lines: &lines,
            expo_name: &expo_name,
            venue: &venue,
            agenda_link: &agenda_link,
        },
    )?;
    queue(conn, kind_name, (&name, &email), &subject, &body, None, now)
}

// ---------------------------------------------------------------- follow-up survey

struct FollowUpLine {
    date: String,
    buyer: String,
    result: String,
    link: String,
}

#[derive(Template)]
#[template(path = "mail/follow_up/body.txt")]
struct FollowUpText<'a> {
    name: &'a str,
    headline: &'a str,
    lines: &'a [FollowUpLine],
    sign_in: &'a str,
    days: i64,
}

#[derive(Template)]
#[template(path = "mail/follow_up/body.html")]
struct FollowUpHtml<'a> {
    name: &'a str,
    headline: &'a str,
    lines: &'a [FollowUpLine],
    sign_in: &'a str,
    days: i64,
}

/// How long the sign-in link in a follow-up survey works.
pub const FOLLOW_UP_LINK_DAYS: i64 = 14;

/// Asks a supplier, `months` after the expo, what came of its held meetings: each
/// with the result recorded so far and a link to update it, and a sign-in link.
pub fn queue_follow_up(
    conn: &mut DbConnection,
    supplier: SupplierId,
    months: u32,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let s =
        participants::supplier_summary(conn, supplier)?.ok_or(diesel::result::Error::NotFound)?;
    let venue = tz(&s.venue_timezone);
    let held = crate::store::outcomes::held_for_supplier(conn, supplier)?;
    let lines: Vec<FollowUpLine> = held
        .iter()
        .map(|m| FollowUpLine {
            date: venue
                .from_utc_datetime(&m.starts_at)
                .format("%-d %B %Y")
                .to_string(),
            buyer: format!(
                "{}, {} ({})",
                m.buyer_name,
                m.buyer_organisation,
                crate::domain::reference::country_name(&m.buyer_country)
                    .unwrap_or(&m.buyer_country)
            ),
            result: match (m.interest, m.value) {
                (None, _) => "no result recorded yet".to_owned(),
                (Some(i), None) => i.label().to_owned(),
                (Some(i), Some((minor, c))) => {
                    format!("{} · {} {}", i.label(), c.format(minor), c.as_str())
                }
            },
            link: format!("{}/supplier/meetings/{}/outcome", ctx.base_url, m.meeting),
        })
        .collect();
    let lifetime = chrono::TimeDelta::days(FOLLOW_UP_LINK_DAYS);
    let token = tokens::issue(
        conn,
        Role::Supplier,
        supplier.0,
        Purpose::Invitation,
        lifetime,
        now,
    )?;
    let sign_in = format!("{}/auth/link/{}", ctx.base_url, token.as_str());
    let headline = format!(
        "It is {months} months since {}. What came of your {} {}?",
        s.expo_name,
        lines.len(),
        if lines.len() == 1 {
            "meeting"
        } else {
            "meetings"
        }
    );
    let subject = format!(
        "{months} months after {}: how did your meetings go?",
        s.expo_name
    );
    let name = s.company_name_en.as_str();
    let body = render(
        &FollowUpText {
            name,
            headline: &headline,
            lines: &lines,
            sign_in: &sign_in,
            days: FOLLOW_UP_LINK_DAYS,
        },
        &FollowUpHtml {
            name,
            headline: &headline,
            lines: &lines,
            sign_in: &sign_in,
            days: FOLLOW_UP_LINK_DAYS,
        },
    )?;
    queue(
        conn,
        "follow_up",
        (name, &s.email),
        &subject,
        &body,
        None,
        now,
    )
}

// ---------------------------------------------------------------- supplier status

#[derive(Template)]
#[template(path = "mail/supplier_status/body.txt")]
struct StatusText<'a> {
    name: &'a str,
    headline: &'a str,
    reason: Option<&'a str>,
    expo_name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/supplier_status/body.html")]
struct StatusHtml<'a> {
    name: &'a str,
    headline: &'a str,
    reason: Option<&'a str>,
    expo_name: &'a str,
    link: &'a str,
}

/// Tells a supplier its registration was approved, or rejected with the reason.
pub fn queue_supplier_decision(
    conn: &mut DbConnection,
    supplier: SupplierId,
    approved: bool,
    reason: &str,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let s =
        participants::supplier_summary(conn, supplier)?.ok_or(diesel::result::Error::NotFound)?;
    let (headline, subject, kind, reason) = if approved {
        (
            format!(
                "{} is approved for {}: buyers can now find you and book meetings.",
                s.company_name_en, s.expo_name
            ),
            format!("Approved: {}", s.expo_name),
            "supplier_approved",
            None,
        )
    } else {
        (
            format!(
                "The registration of {} for {} was not approved.",
                s.company_name_en, s.expo_name
            ),
            format!("Registration not approved: {}", s.expo_name),
            "supplier_rejected",
            Some(reason),
        )
    };
    let link = format!("{}/supplier", ctx.base_url);
    let body = render(
        &StatusText {
            name: &s.company_name_en,
            headline: &headline,
            reason,
            expo_name: &s.expo_name,
            link: &link,
        },
        &StatusHtml {
            name: &s.company_name_en,
            headline: &headline,
            reason,
            expo_name: &s.expo_name,
            link: &link,
        },
    )?;
    queue(
        conn,
        kind,
        (&s.company_name_en, &s.email),
        &subject,
        &body,
        None,
        now,
    )
}
