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
use crate::store::{languages, meetings, outbox, team};

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
    /// A colleague now attends this meeting (the company's other messages went to
    /// others): the invitation.
    Joined,
    /// A colleague no longer attends: the entry leaves their calendar.
    Left,
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
            Self::Joined => "meeting_attendee_added",
            Self::Left => "meeting_attendee_removed",
        }
    }

    /// The calendar file's method: a cancellation removes the entry, the rest set it.
    pub const fn method(self) -> Method {
        match self {
            Self::Cancelled | Self::NoShow | Self::Left => Method::Cancel,
            Self::Booked
            | Self::Moved
            | Self::TableChanged
            | Self::ModeChanged
            | Self::Restored
            | Self::Joined => Method::Request,
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
    /// "Done for you by …": the staff member who made this change for the
    /// recipient's company.
    pub done_for_you: Option<String>,
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
            Changed::Joined => "mail-meeting-joined-headline",
            Changed::Left => "mail-meeting-left-headline",
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
            Changed::Restored | Changed::Joined => "mail-meeting-booked-note",
            Changed::Left => "mail-meeting-left-note",
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
            Changed::Joined => "mail-meeting-joined-subject",
            Changed::Left => "mail-meeting-left-subject",
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

/// Queues the message about a booked, moved or cancelled meeting to the people of
/// both sides who attend it (and to its interpreter, if it has one), each in their own
/// language with a calendar part: REQUEST for booked and moved, CANCEL for cancelled,
/// one UID per meeting, SEQUENCE raised on every change. Made while staff act for one
/// side, the meeting records them and that side's messages say so. Call it in the
/// change's transaction.
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
    let acting = crate::store::acting::current();
    meetings::set_arranged(conn, meeting, acting.as_ref().map(|a| (a.by, a.side)))?;
    let v = meetings::mail_view(conn, meeting)?.ok_or(diesel::result::Error::NotFound)?;
    let reason = match change {
        MeetingChange::Cancelled { reason } => Some(reason),
        _ => None,
    };
    let mut ids = Vec::new();
    for side in [Role::Buyer, Role::Supplier] {
        let done_by = acting
            .as_ref()
            .filter(|a| a.side == side)
            .map(|a| a.name.as_str());
        let people = attendees_of(conn, &v, side)?;
        ids.extend(queue_to(
            conn,
            &v,
            side,
            &people,
            change.changed(),
            reason,
            done_by,
            ctx,
            now,
        )?);
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

/// The people of one side who attend the meeting.
fn attendees_of(
    conn: &mut DbConnection,
    v: &meetings::MailView,
    side: Role,
) -> Result<Vec<team::Attendee>, QueueError> {
    let company = match side {
        Role::Buyer => v.buyer_id,
        _ => v.supplier_id,
    };
    Ok(team::attendees(conn, v.meeting, side, company)?)
}

/// Queues the message about a change of `meeting` to some people of one side: those
/// who attend (from [`queue_meeting_change`]), or colleagues added to it or taken off
/// it (`Joined`, `Left`). Returns the outbox ids.
pub fn queue_meeting_to_people(
    conn: &mut DbConnection,
    meeting: MeetingId,
    side: Role,
    who: &team::Attendance,
    change: Changed,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<Vec<i32>, QueueError> {
    let v = meetings::mail_view(conn, meeting)?.ok_or(diesel::result::Error::NotFound)?;
    let company = match side {
        Role::Buyer => v.buyer_id,
        _ => v.supplier_id,
    };
    let people = team::people(conn, side, company, who)?;
    let done_by = crate::store::acting::current()
        .filter(|a| a.side == side)
        .map(|a| a.name);
    queue_to(
        conn,
        &v,
        side,
        &people,
        change,
        None,
        done_by.as_deref(),
        ctx,
        now,
    )
}

/// One message per person, each in their language.
#[allow(clippy::too_many_arguments)]
fn queue_to(
    conn: &mut DbConnection,
    v: &meetings::MailView,
    side: Role,
    people: &[team::Attendee],
    change: Changed,
    reason: Option<&str>,
    done_by: Option<&str>,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<Vec<i32>, QueueError> {
    let (company_t, fallback) = match side {
        Role::Buyer => (Role::Buyer, Locale::En),
        _ => (Role::Supplier, Locale::Ko),
    };
    let company = match side {
        Role::Buyer => v.buyer_id,
        _ => v.supplier_id,
    };
    let company_locale = languages::for_mail(conn, company_t, company, fallback)?;
    let venue_tz = TimeZone::stored(&v.venue_timezone)?.tz();
    let buyer_tz = TimeZone::stored(&v.buyer_timezone)?.tz();
    let mut ids = Vec::new();
    for person in people {
        let t = person.locale.unwrap_or(company_locale);
        let (counterpart, counterpart_detail, when_local, agenda) = match side {
            Role::Buyer => (
                format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
                String::new(),
                t.zoned_times(&v.starts_at, &v.ends_at, buyer_tz, venue_tz),
                "/buyer",
            ),
            _ => {
                let venue_times = t.time_pair(&v.starts_at, &v.ends_at, venue_tz, venue_tz);
                (
                    v.buyer_name.clone(),
                    v.buyer_organisation.clone(),
                    t.arg("mail-meeting-venue-time", "when", &venue_times.local),
                    "/supplier",
                )
            }
        };
        let mail = MeetingMail {
            t,
            change,
            name: person.name.clone(),
            counterpart,
            counterpart_detail,
            when_local,
            when_venue: None,
            venue: v.venue.clone(),
            table: v.table.clone(),
            reason: reason.map(str::to_owned),
            expo_name: v.expo_name.clone(),
            agenda_link: ctx.link(agenda),
            join_link: v.join_link(side, ctx),
            online: v.mode == crate::domain::status::MeetingMode::Online,
            ics: meetings_calendar(
                std::slice::from_ref(v),
                side,
                change.method(),
                None,
                t,
                ctx,
                now,
            ),
            meeting: v.meeting,
            done_for_you: done_by.map(str::to_owned),
        };
        let to = Recipient {
            name: &person.name,
            address: &person.email,
            expo: Some(v.expo),
        };
        ids.push(queue(conn, to, &mail, now)?);
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
