//! Moving and cancelling a meeting the buyer (or supplier) owns.

use crate::text;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{meetings, slots};
use crate::domain::status::MeetingStatus;
use crate::domain::{BuyerId, MeetingId, SlotId, SupplierId};
use crate::mail::messages::{MailContext, MeetingChange, queue_meeting_change};
use crate::store::{DbConnection, StoreError};

use super::BookError;
use super::availability::slot_open;
use super::book::{insert_with_table, refusal};
use crate::store::directory::buyer_facts;

/// One of the buyer's own live meetings, or `NotFound` (also for someone else's).
pub(super) fn own_meeting(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
) -> Result<(SupplierId, SlotId), StoreError> {
    meetings::table
        .filter(meetings::id.eq(meeting.0))
        .filter(meetings::buyer_id.eq(buyer.0))
        .filter(meetings::status.eq(MeetingStatus::Booked))
        .select((meetings::supplier_id, meetings::slot_id))
        .first::<(i32, i32)>(conn)
        .optional()?
        .map(|(s, slot)| (SupplierId(s), SlotId(slot)))
        .ok_or(StoreError::NotFound)
}

/// Moves one of the buyer's meetings to another free slot with the same supplier and
/// notifies both sides (calendar SEQUENCE raised). Errors as [`book`]; `NotFound` for
/// a meeting that is not the buyer's.
pub fn move_meeting(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
    slot: SlotId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), BookError> {
    conn.write_tx(|conn| {
        crate::store::lock_buyer(conn, buyer)?;
        let (supplier, current) = own_meeting(conn, buyer, meeting)?;
        if current == slot {
            return Err(BookError::NotOffered(text!("err-move-same-time")));
        }
        crate::store::lock_supplier(conn, supplier)?;
        let facts = buyer_facts(conn, buyer)?.ok_or(StoreError::NotFound)?;
        let moving = Some(meeting);
        let interpreter = crate::flows::interpreters::current(conn, meeting)?;
        if slot_open(conn, &facts, supplier, slot, moving, now)?.is_none()
            || insert_with_table(conn, &facts, supplier, slot, moving, now)?.is_none()
        {
            return Err(refusal(conn, &facts, supplier, slot, moving, now)?);
        }
        crate::flows::interpreters::tell_if_released(conn, meeting, interpreter, ctx, now)?;
        queue_meeting_change(conn, meeting, MeetingChange::Moved, ctx, now)?;
        Ok(())
    })
}

/// Cancels one of the buyer's meetings with a reason and notifies both sides.
/// Errors: `NotFound` for a meeting that is not the buyer's or not live.
pub fn cancel_meeting(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
    reason: &str,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), BookError> {
    conn.write_tx(|conn| {
        crate::store::lock_buyer(conn, buyer)?;
        let (_, slot) = own_meeting(conn, buyer, meeting)?;
        let starts: NaiveDateTime = slots::table
            .find(slot.0)
            .select(slots::starts_at)
            .first(conn)?;
        if starts <= now {
            return Err(BookError::NotOffered(text!("err-book-started")));
        }
        let changed = diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::status.eq(MeetingStatus::Booked)),
        )
        .set((
            meetings::status.eq(MeetingStatus::Cancelled),
            meetings::cancel_reason.eq(reason),
            meetings::cancelled_at.eq(Some(now)),
            meetings::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(StoreError::NotFound.into());
        }
        crate::store::audit::record(
            conn,
            &crate::store::audit::Entry {
                actor_role: "buyer",
                actor_id: Some(buyer.0),
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

/// The time of one of the buyer's booked meetings: (slot, starts, ends). `NotFound`
/// for a meeting that is not the buyer's or not booked.
pub fn own_meeting_slot(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
) -> Result<(SlotId, NaiveDateTime, NaiveDateTime), StoreError> {
    let (_, slot) = own_meeting(conn, buyer, meeting)?;
    let (starts, ends): (NaiveDateTime, NaiveDateTime) = slots::table
        .find(slot.0)
        .select((slots::starts_at, slots::ends_at))
        .first(conn)?;
    Ok((slot, starts, ends))
}

/// The buyer's live meeting with its supplier and slot, for the agenda actions.
pub fn own_meeting_supplier(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
) -> Result<SupplierId, StoreError> {
    own_meeting(conn, buyer, meeting).map(|(s, _)| s)
}
