//! The supplier's slots: which are free, blocked or taken, and blocking or unblocking one.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    blocked_slots, buyers, consultation_days, consultation_tables, meetings, slots, suppliers,
};
use crate::domain::status::MeetingStatus;
use crate::domain::{MeetingId, SlotId, SupplierId};
use crate::store::DbConnection;

/// One slot of the expo as the supplier's availability page shows it.
#[derive(Clone, Debug)]
pub struct SlotState {
    pub slot: SlotId,
    pub day: chrono::NaiveDate,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub blocked: bool,
    /// The live meeting in this slot: its id, the buyer and the table.
    pub meeting: Option<(MeetingId, String, String)>,
}

/// Every slot of the supplier's expo in time order, with what the supplier has in it.
pub fn availability(conn: &mut DbConnection, id: SupplierId) -> QueryResult<Vec<SlotState>> {
    let expo: i32 = suppliers::table
        .find(id.0)
        .select(suppliers::expo_id)
        .first(conn)?;
    let all: Vec<(i32, chrono::NaiveDate, NaiveDateTime, NaiveDateTime)> = slots::table
        .inner_join(consultation_days::table)
        .filter(slots::expo_id.eq(expo))
        .order(slots::starts_at)
        .select((
            slots::id,
            consultation_days::day,
            slots::starts_at,
            slots::ends_at,
        ))
        .load(conn)?;
    let blocked: Vec<i32> = blocked_slots::table
        .filter(blocked_slots::supplier_id.eq(id.0))
        .select(blocked_slots::slot_id)
        .load(conn)?;
    let busy: Vec<(i32, i32, String, String)> = meetings::table
        .inner_join(buyers::table)
        .inner_join(consultation_tables::table)
        .filter(meetings::supplier_id.eq(id.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select((
            meetings::slot_id,
            meetings::id,
            buyers::name,
            consultation_tables::label,
        ))
        .load(conn)?;
    Ok(all
        .into_iter()
        .map(|(slot, day, starts_at, ends_at)| SlotState {
            slot: SlotId(slot),
            day,
            starts_at,
            ends_at,
            blocked: blocked.contains(&slot),
            meeting: busy
                .iter()
                .find(|(s, ..)| *s == slot)
                .map(|(_, m, buyer, table)| (MeetingId(*m), buyer.clone(), table.clone())),
        })
        .collect())
}

#[derive(Debug, thiserror::Error)]
pub enum BlockError {
    /// No such slot in the supplier's expo.
    #[error("not found")]
    NotFound,
    /// The supplier has a live meeting in the slot; it must be cancelled first.
    #[error("a meeting is booked in this slot")]
    HasMeeting {
        meeting: MeetingId,
        buyer: String,
        table: String,
    },
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// Marks a slot of the supplier's own expo unavailable (idempotent). Errors:
/// `NotFound` for a slot of another expo or none; `HasMeeting` when a live meeting
/// holds the slot. On SQLite the write lock makes check and insert one step; on
/// PostgreSQL a booking racing this call can still land, and shows on the agenda.
pub fn block_slot(
    conn: &mut DbConnection,
    id: SupplierId,
    slot: SlotId,
    now: NaiveDateTime,
) -> Result<(), BlockError> {
    conn.write_tx(|conn| {
        // Serialises with bookings of this supplier (they lock the same row), so a
        // meeting cannot land in the slot between the check below and the insert.
        crate::store::lock_supplier(conn, id)?;
        block_one(conn, id, slot, now).map(|_| ())
    })
}

/// What marking several slots unavailable did.
#[derive(Debug, Default)]
pub struct Blocked {
    /// Slots that were open and are unavailable now.
    pub newly: Vec<SlotId>,
    /// Slots left as they are because a live meeting holds them: (slot, buyer).
    pub kept: Vec<(SlotId, String)>,
}

/// Marks several slots of the supplier's own expo unavailable in one transaction,
/// leaving the ones that hold a meeting (listed in [`Blocked::kept`]). Errors:
/// `NotFound` when any slot is not of the supplier's expo (then nothing changes).
pub fn block_slots(
    conn: &mut DbConnection,
    id: SupplierId,
    slots: &[SlotId],
    now: NaiveDateTime,
) -> Result<Blocked, BlockError> {
    conn.write_tx(|conn| {
        crate::store::lock_supplier(conn, id)?;
        let mut done = Blocked::default();
        for slot in slots {
            match block_one(conn, id, *slot, now) {
                Ok(true) => done.newly.push(*slot),
                Ok(false) => {}
                Err(BlockError::HasMeeting { buyer, .. }) => done.kept.push((*slot, buyer)),
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    })
}

/// Blocks one slot inside the caller's transaction (the supplier's row locked).
/// Returns whether it was open before.
fn block_one(
    conn: &mut DbConnection,
    id: SupplierId,
    slot: SlotId,
    now: NaiveDateTime,
) -> Result<bool, BlockError> {
    let own: Option<i32> = slots::table
        .inner_join(suppliers::table.on(suppliers::expo_id.eq(slots::expo_id)))
        .filter(slots::id.eq(slot.0))
        .filter(suppliers::id.eq(id.0))
        .select(slots::id)
        .first(conn)
        .optional()?;
    if own.is_none() {
        return Err(BlockError::NotFound);
    }
    let meeting: Option<(i32, String, String)> = meetings::table
        .inner_join(buyers::table)
        .inner_join(consultation_tables::table)
        .filter(meetings::supplier_id.eq(id.0))
        .filter(meetings::slot_id.eq(slot.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select((meetings::id, buyers::name, consultation_tables::label))
        .first(conn)
        .optional()?;
    if let Some((meeting, buyer, table)) = meeting {
        return Err(BlockError::HasMeeting {
            meeting: MeetingId(meeting),
            buyer,
            table,
        });
    }
    let already: Option<i32> = blocked_slots::table
        .filter(blocked_slots::supplier_id.eq(id.0))
        .filter(blocked_slots::slot_id.eq(slot.0))
        .select(blocked_slots::id)
        .first(conn)
        .optional()?;
    if already.is_some() {
        return Ok(false);
    }
    diesel::insert_into(blocked_slots::table)
        .values((
            blocked_slots::slot_id.eq(slot.0),
            blocked_slots::supplier_id.eq(id.0),
            blocked_slots::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Makes several slots available again; returns those that were unavailable (only the
/// supplier's own marks are touched).
pub fn unblock_slots(
    conn: &mut DbConnection,
    id: SupplierId,
    slots: &[SlotId],
) -> QueryResult<Vec<SlotId>> {
    conn.write_tx(|conn| {
        let ids: Vec<i32> = slots.iter().map(|s| s.0).collect();
        let were: Vec<i32> = blocked_slots::table
            .filter(blocked_slots::supplier_id.eq(id.0))
            .filter(blocked_slots::slot_id.eq_any(&ids))
            .select(blocked_slots::slot_id)
            .load(conn)?;
        diesel::delete(
            blocked_slots::table
                .filter(blocked_slots::supplier_id.eq(id.0))
                .filter(blocked_slots::slot_id.eq_any(&were)),
        )
        .execute(conn)?;
        Ok(slots
            .iter()
            .copied()
            .filter(|s| were.contains(&s.0))
            .collect())
    })
}

/// Makes a slot available again (idempotent; a slot of another supplier is never
/// touched).
pub fn unblock_slot(conn: &mut DbConnection, id: SupplierId, slot: SlotId) -> QueryResult<()> {
    diesel::delete(
        blocked_slots::table
            .filter(blocked_slots::supplier_id.eq(id.0))
            .filter(blocked_slots::slot_id.eq(slot.0)),
    )
    .execute(conn)
    .map(|_| ())
}
