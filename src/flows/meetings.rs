//! Organizer changes to meetings; both participants are told in the same transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::meetings;
use crate::domain::{MeetingId, OrganizerId};
use crate::mail::messages::{MailContext, MeetingChange, queue_meeting_change};
use crate::store::{DbConnection, StoreError, audit};

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<diesel::result::Error> for ChangeError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

/// Cancels a booked meeting with the reason both participants read. Errors:
/// `Store(NotFound)` for a meeting that is unknown or no longer booked.
pub fn cancel(
    conn: &mut DbConnection,
    meeting: MeetingId,
    reason: &str,
    organizer: OrganizerId,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<(), ChangeError> {
    conn.write_tx(|conn| {
        let changed = diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::status.eq("booked")),
        )
        .set((
            meetings::status.eq("cancelled"),
            meetings::cancel_reason.eq(reason),
            meetings::cancelled_at.eq(Some(now)),
            meetings::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(StoreError::NotFound.into());
        }
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "meeting.cancelled",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: reason,
            },
            now,
        )?;
        queue_meeting_change(conn, meeting, MeetingChange::Cancelled { reason }, ctx, now)?;
        Ok(())
    })
}
