//! A meeting booked, moved or cancelled, to both sides with its calendar file; and, after a cancellation, the notice to buyers who wanted that time.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::request::RequestMail;
use super::{Mail, MailContext, Recipient, mail_parts, meetings_calendar, queue};
use crate::db::DbConnection;
use crate::db::schema::{buyers, meeting_requests};
use crate::domain::status::{MeetingStatus, RequestStatus};
use crate::domain::{MeetingId, Role, TimeZone};
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::mail::calendar::Method;
use crate::store::{languages, meetings, outbox};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingChange<'a> {
    Booked,
    Moved,
    /// Same time, another table: a short note with the updated invitation.
    TableChanged,
    /// Same time, another way to meet (at a table, online or hybrid).
    ModeChanged,
    Cancelled {
        reason: &'a str,
    },
    /// Recorded as a no-show: the time is free again, the entry leaves calendars.
    NoShow,
    /// A held or no-show record was taken back: the meeting stands again.
    Restored,
}

impl MeetingChange<'_> {
    pub const fn kind(self) -> &'static str {
        self.changed().kind()
    }

    /// The change without its reason.
    pub const fn changed(self) -> Changed {
        match self {
            Self::Booked => Changed::Booked,
            Self::Moved => Changed::Moved,
            Self::TableChanged => Changed::TableChanged,
            Self::ModeChanged => Changed::ModeChanged,
            Self::Cancelled { .. } => Changed::Cancelled,
            Self::NoShow => Changed::NoShow,
            Self::Restored => Changed::Restored,
        }
    }
}

/// What happened to a meeting, as a message tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    Booked,
    Moved,
    TableChanged,
    ModeChanged,
    Cancelled,
    NoShow,
    Restored,
}

impl Changed {
    pub const fn kind(self) -> &'static str {
        match self {
            Self::Booked => "meeting_booked",
            Self::Moved => "meeting_moved",
            Self::TableChanged => "meeting_table_changed",
            Self::ModeChanged => "meeting_mode_changed",
            Self::Cancelled => "meeting_cancelled",
            Self::NoShow => "meeting_no_show",
            Self::Restored => "meeting_restored",
        }
    }

    /// The calendar file's method: a cancellation removes the entry, the rest set it.
    pub const fn method(self) -> Method {
        match self {
            Self::Cancelled | Self::NoShow => Method::Cancel,
            Self::Booked
            | Self::Moved
            | Self::TableChanged
            | Self::ModeChanged
            | Self::Restored => Method::Request,
        }
    }
}

/// One side's message about a changed meeting, with the meeting's calendar file.
pub struct MeetingMail {
    /// The recipient's language.
    pub t: Locale,
    pub change: Changed,
    pub name: String,
    pub counterpart: String,
    /// Shown after the counterpart in brackets when not empty.
    pub counterpart_detail: String,
    /// Buyers: venue and own clocks, each labelled with its zone
    /// (`Locale::zoned_times`); suppliers: venue time, said so.
    pub when_local: String,
    /// A second line of time, when there is one.
    pub when_venue: Option<String>,
    pub venue: String,
    pub table: String,
    /// Why it was cancelled; `Some` exactly for cancellations.
    pub reason: Option<String>,
    pub expo_name: String,
    pub agenda_link: String,
    /// The recipient's own join link, for an online or hybrid meeting.
    pub join_link: Option<String>,
    /// Online only (no table): the place is the link.
    pub online: bool,
    pub ics: String,
    pub meeting: MeetingId,
}

mail_parts!(
    MeetingMail,
    "mail/meeting/body.txt",
    "mail/meeting/body.html"
);

impl MeetingMail {
    /// What the message says first (the templates call it).
    pub fn headline(&self) -> String {
        let key = match self.change {
            Changed::Booked => "mail-meeting-booked-headline",
            Changed::Moved => "mail-meeting-moved-headline",
            Changed::TableChanged => "mail-meeting-table-headline",
            Changed::ModeChanged => "mail-meeting-mode-headline",
            Changed::Cancelled => "mail-meeting-cancelled-headline",
            Changed::NoShow => "mail-meeting-no-show-headline",
            Changed::Restored => "mail-meeting-restored-headline",
        };
        self.t.arg(key, "counterpart", &self.counterpart)
    }

    /// What the attached file does (the templates call it).
    pub fn calendar_note(&self) -> String {
        self.t.get(match self.change {
            Changed::Booked => "mail-meeting-booked-note",
            Changed::Moved | Changed::TableChanged | Changed::ModeChanged => {
                "mail-meeting-moved-note"
            }
            Changed::Cancelled => "mail-meeting-cancelled-note",
            Changed::NoShow => "mail-meeting-no-show-note",
            Changed::Restored => "mail-meeting-booked-note",
        })
    }
}

impl Mail for MeetingMail {
    fn kind(&self) -> &'static str {
        self.change.kind()
    }

    fn subject(&self) -> String {
        let key = match self.change {
            Changed::Booked => "mail-meeting-booked-subject",
            Changed::Moved => "mail-meeting-moved-subject",
            Changed::TableChanged => "mail-meeting-table-subject",
            Changed::ModeChanged => "mail-meeting-mode-subject",
            Changed::Cancelled => "mail-meeting-cancelled-subject",
            Changed::NoShow => "mail-meeting-no-show-subject",
            Changed::Restored => "mail-meeting-restored-subject",
        };
        self.t.arg2(
            key,
            "counterpart",
            &self.counterpart,
            "when",
            &self.when_local,
        )
    }

    fn calendar(&self) -> Option<outbox::CalendarPart<'_>> {
        Some(outbox::CalendarPart {
            method: self.change.method().as_str(),
            ics: &self.ics,
            meeting_id: Some(self.meeting.0),
        })
    }
}

/// Queues the message about a booked, moved or cancelled meeting to both sides (and
/// to its interpreter, if it has one), each with a calendar part: REQUEST for booked and moved, CANCEL for cancelled, one UID
/// per meeting, SEQUENCE raised on every change. Call it in the change's transaction.
pub fn queue_meeting_change(
    conn: &mut DbConnection,
    meeting: MeetingId,
    change: MeetingChange<'_>,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<Vec<i32>, QueueError> {
    if change != MeetingChange::Booked {
        meetings::bump_sequence(conn, meeting)?;
    }
    let v = meetings::mail_view(conn, meeting)?.ok_or(diesel::result::Error::NotFound)?;
    let (buyer_id, supplier_id): (i32, i32) = crate::db::schema::meetings::table
        .find(meeting.0)
        .select((
            crate::db::schema::meetings::buyer_id,
            crate::db::schema::meetings::supplier_id,
        ))
        .first(conn)?;
    let buyer_t = languages::for_mail(conn, Role::Buyer, buyer_id, Locale::En)?;
    let supplier_t = languages::for_mail(conn, Role::Supplier, supplier_id, Locale::Ko)?;
    let venue_tz = TimeZone::stored(&v.venue_timezone)?.tz();
    let buyer_tz = TimeZone::stored(&v.buyer_timezone)?.tz();
    let buyer_when = buyer_t.zoned_times(&v.starts_at, &v.ends_at, buyer_tz, venue_tz);
    let venue_times = supplier_t.time_pair(&v.starts_at, &v.ends_at, venue_tz, venue_tz);
    let reason = match change {
        MeetingChange::Cancelled { reason } => Some(reason.to_owned()),
        _ => None,
    };
    let side = |who: Role,
                t: Locale,
                name: &str,
                counterpart: String,
                counterpart_detail: String,
                when_local: String,
                when_venue: Option<String>,
                agenda: &str| MeetingMail {
        t,
        change: change.changed(),
        name: name.to_owned(),
        counterpart,
        counterpart_detail,
        when_local,
        when_venue,
        venue: v.venue.clone(),
        table: v.table.clone(),
        reason: reason.clone(),
        expo_name: v.expo_name.clone(),
        agenda_link: ctx.link(agenda),
        join_link: v.join_link(who, ctx),
        online: v.mode == crate::domain::status::MeetingMode::Online,
        ics: meetings_calendar(
            std::slice::from_ref(&v),
            who,
            change.changed().method(),
            None,
            t,
            ctx,
            now,
        ),
        meeting,
    };
    let sides = [
        (
            side(
                Role::Buyer,
                buyer_t,
                &v.buyer_name,
                format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
                String::new(),
                buyer_when,
                None,
                "/buyer",
            ),
            &v.buyer_email,
        ),
        (
            side(
                Role::Supplier,
                supplier_t,
                &v.supplier_name_en,
                v.buyer_name.clone(),
                v.buyer_organisation.clone(),
                supplier_t.arg("mail-meeting-venue-time", "when", &venue_times.local),
                None,
                "/supplier",
            ),
            &v.supplier_email,
        ),
    ];
    let mut ids = Vec::new();
    for (mail, address) in &sides {
        let to = Recipient {
            name: &mail.name,
            address,
            expo: Some(v.expo),
        };
        ids.push(queue(conn, to, mail, now)?);
    }
    if let Some(interpreter) = v.interpreter_id {
        ids.push(super::queue_interpreter_change(
            conn,
            meeting,
            interpreter,
            super::InterpreterChange::of(change.changed()),
            ctx,
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
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, QueueError> {
    use crate::db::schema::meetings as m;
    let supplier: i32 = m::table
        .find(v.meeting.0)
        .select(m::supplier_id)
        .first(conn)?;
    let cancelled_buyer: i32 = m::table.find(v.meeting.0).select(m::buyer_id).first(conn)?;
    let live = MeetingStatus::LIVE;
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
        .filter(meeting_requests::status.eq_any(RequestStatus::OPEN))
        .filter(buyers::id.ne(cancelled_buyer))
        .filter(buyers::id.ne_all(&met))
        .filter(buyers::id.ne_all(&busy))
        .select((buyers::id, buyers::name, buyers::email, buyers::timezone))
        .load(conn)?;
    let venue_tz = TimeZone::stored(&v.venue_timezone)?.tz();
    let mut told = 0;
    for (buyer, name, email, timezone) in &wanting {
        // A third party's broken zone must not stop the cancellation: that buyer
        // misses this notice, and the log says why.
        let own = match TimeZone::stored(timezone) {
            Ok(zone) => zone.tz(),
            Err(e) => {
                tracing::error!(buyer, error = %e, "slot freed notice not sent");
                continue;
            }
        };
        let t = languages::for_mail(conn, Role::Buyer, *buyer, Locale::En)?;
        let when = t.zoned_times(&v.starts_at, &v.ends_at, own, venue_tz);
        let mail = RequestMail {
            t,
            kind: "slot_freed",
            subject: t.arg("mail-slot-freed-subject", "supplier", &v.supplier_name_en),
            name: name.clone(),
            headline: t.arg2(
                "mail-slot-freed-headline",
                "supplier",
                format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
                "when",
                when,
            ),
            message: String::new(),
            reason: None,
            expo_name: v.expo_name.clone(),
            link: ctx.link(&format!("/buyer/suppliers/{supplier}")),
        };
        let to = Recipient {
            name,
            address: email,
            expo: Some(v.expo),
        };
        queue(conn, to, &mail, now)?;
        told += 1;
    }
    Ok(told)
}
