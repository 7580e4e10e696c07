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

/// Adds a meeting chosen by the organizer at the first free table and tells both
/// participants. Errors: `Store(NotFound)` for a buyer, supplier or slot of another
/// expo; `Store(Conflict)` when either side is busy or blocked then, or no table is
/// free.
#[allow(clippy::too_many_arguments)]
pub fn add(
    conn: &mut DbConnection,
    expo: crate::domain::ExpoId,
    buyer: crate::domain::BuyerId,
    supplier: crate::domain::SupplierId,
    slot: crate::domain::SlotId,
    organizer: OrganizerId,
    ctx: &MailContext<'_>,
    now: NaiveDateTime,
) -> Result<MeetingId, ChangeError> {
    use crate::db::schema::{blocked_slots, buyers, consultation_tables, slots, suppliers};
    conn.write_tx(|conn| {
        crate::store::lock_buyer(conn, buyer)?;
        crate::store::lock_supplier(conn, supplier)?;
        let ours = |n: i64| {
            if n == 1 {
                Ok(())
            } else {
                Err(StoreError::NotFound)
            }
        };
        ours(
            buyers::table
                .filter(buyers::id.eq(buyer.0))
                .filter(buyers::expo_id.eq(expo.0))
                .count()
                .get_result(conn)?,
        )?;
        ours(
            suppliers::table
                .filter(suppliers::id.eq(supplier.0))
                .filter(suppliers::expo_id.eq(expo.0))
                .filter(suppliers::status.eq("approved"))
                .count()
                .get_result(conn)?,
        )?;
        ours(
            slots::table
                .filter(slots::id.eq(slot.0))
                .filter(slots::expo_id.eq(expo.0))
                .count()
                .get_result(conn)?,
        )?;
        let busy: i64 = meetings::table
            .filter(meetings::slot_id.eq(slot.0))
            .filter(meetings::status.eq_any(["booked", "held"]))
            .filter(
                meetings::buyer_id
                    .eq(buyer.0)
                    .or(meetings::supplier_id.eq(supplier.0)),
            )
            .count()
            .get_result(conn)?;
        let blocked: i64 = blocked_slots::table
            .filter(blocked_slots::slot_id.eq(slot.0))
            .filter(
                blocked_slots::buyer_id
                    .eq(buyer.0)
                    .or(blocked_slots::supplier_id.eq(supplier.0)),
            )
            .count()
            .get_result(conn)?;
        if busy > 0 || blocked > 0 {
            return Err(StoreError::Conflict(
                "the buyer or the supplier is not free at that time".into(),
            )
            .into());
        }
        let taken: Vec<i32> = meetings::table
            .filter(meetings::slot_id.eq(slot.0))
            .filter(meetings::status.eq_any(["booked", "held"]))
            .select(meetings::table_id)
            .load(conn)?;
        let table: Option<i32> = consultation_tables::table
            .filter(consultation_tables::expo_id.eq(expo.0))
            .filter(consultation_tables::active.eq(true))
            .filter(consultation_tables::id.ne_all(taken))
            .order(consultation_tables::position)
            .select(consultation_tables::id)
            .first(conn)
            .optional()?;
        let table = table
            .ok_or_else(|| StoreError::Conflict("every table is taken at that time".into()))?;
        let id = crate::store::meetings::book(
            conn,
            &crate::store::meetings::NewMeeting {
                expo,
                slot,
                table: crate::domain::TableId(table),
                buyer,
                supplier,
                source: "organizer",
            },
            now,
        )?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "meeting.added",
                subject_type: "meeting",
                subject_id: Some(id.0),
                detail: "",
            },
            now,
        )?;
        queue_meeting_change(conn, id, MeetingChange::Booked, ctx, now)?;
        Ok(id)
    })
}
