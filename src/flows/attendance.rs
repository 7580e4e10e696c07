//! Recording whether a meeting was held, and taking that record back the same day.
//! A no-show frees the time: both participants hear of it (the entry leaves their
//! calendars), and hear again if the record is taken back.

use chrono::NaiveDateTime;

use crate::domain::attendance;
use crate::domain::status::MeetingStatus;
use crate::domain::text::Text;
use crate::domain::{MeetingId, TimeZone};
use crate::mail::messages::{MailContext, MeetingChange, queue_meeting_change};
use crate::store::{DbConnection, StoreError, outcomes};

#[derive(Debug, thiserror::Error)]
pub enum AttendanceError {
    /// Not now, or not this way: the person reads why.
    #[error("refused: {0}")]
    Refused(Text),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<diesel::result::Error> for AttendanceError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

/// Who records: ("organizer" | "supplier", id), for the audit log.
pub type Actor<'a> = (&'a str, i32);

/// Records the meeting held or a no-show. Before its start only with a reason
/// ([`attendance::may_record`]). A new no-show tells both participants; a no-show
/// recorded as held after all tells them the meeting stands. Returns the status before.
/// Errors: `Refused` (not started, reason too long, slot taken again), `Store(NotFound)`
/// for an unknown or cancelled meeting.
pub fn record(
    conn: &mut DbConnection,
    meeting: MeetingId,
    held: bool,
    by: Actor<'_>,
    reason: &str,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<MeetingStatus, AttendanceError> {
    conn.write_tx(|conn| {
        let facts = outcomes::attendance_facts(conn, meeting)?.ok_or(StoreError::NotFound)?;
        let reason = attendance::may_record(facts.starts_at, now, reason)
            .map_err(|r| AttendanceError::Refused(r.text()))?;
        let before =
            outcomes::mark_attendance_by(conn, meeting, held, by, &reason, now).map_err(refused)?;
        let change = match (before, held) {
            (MeetingStatus::NoShow, true) => Some(MeetingChange::Restored),
            (MeetingStatus::NoShow, false) | (_, true) => None,
            (_, false) => Some(MeetingChange::NoShow),
        };
        if let Some(change) = change {
            queue_meeting_change(conn, meeting, change, ctx, now)?;
        }
        Ok(before)
    })
}

/// Takes back a held or no-show record until the end of the venue's day it was made
/// ([`attendance::can_undo`]); the meeting is booked again, and after a no-show both
/// participants hear that it stands. Returns the status undone. Errors: `Refused`
/// (too late, an outcome is recorded, the slot was taken meanwhile),
/// `Store(NotFound)` for a meeting that is not marked.
pub fn undo(
    conn: &mut DbConnection,
    meeting: MeetingId,
    by: Actor<'_>,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<MeetingStatus, AttendanceError> {
    conn.write_tx(|conn| {
        let facts = outcomes::attendance_facts(conn, meeting)?.ok_or(StoreError::NotFound)?;
        if !matches!(facts.status, MeetingStatus::Held | MeetingStatus::NoShow) {
            return Err(StoreError::NotFound.into());
        }
        let venue = TimeZone::stored(&facts.venue_timezone)
            .map_err(crate::mail::QueueError::from)?
            .tz();
        if !attendance::can_undo(facts.starts_at, facts.changed_at, now, venue) {
            return Err(AttendanceError::Refused(crate::text!(
                "err-ops-attendance-undo-late"
            )));
        }
        if facts.has_outcome {
            return Err(AttendanceError::Refused(crate::text!(
                "err-ops-attendance-undo-outcome"
            )));
        }
        let before = outcomes::undo_attendance(conn, meeting, by, now).map_err(refused)?;
        if before == MeetingStatus::NoShow {
            queue_meeting_change(conn, meeting, MeetingChange::Restored, ctx, now)?;
        }
        Ok(before)
    })
}

/// Whether the record on a marked meeting can still be taken back at `now` (for the
/// page to offer it).
pub fn undo_open(facts: &outcomes::AttendanceFacts, now: NaiveDateTime) -> bool {
    matches!(facts.status, MeetingStatus::Held | MeetingStatus::NoShow)
        && !facts.has_outcome
        && TimeZone::stored(&facts.venue_timezone).is_ok_and(|venue| {
            attendance::can_undo(facts.starts_at, facts.changed_at, now, venue.tz())
        })
}

/// A unique index refusing the booked-again meeting: its slot was taken meanwhile.
fn refused(e: StoreError) -> AttendanceError {
    match e {
        StoreError::Conflict(_) => {
            AttendanceError::Refused(crate::text!("err-ops-attendance-slot-taken"))
        }
        other => other.into(),
    }
}
