//! Organizer changes to meetings; both participants are told in the same transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::meetings;
use crate::domain::status::{MeetingStatus, SupplierStatus};
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
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), ChangeError> {
    conn.write_tx(|conn| {
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
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<MeetingId, ChangeError> {
    use crate::db::schema::{buyers, slots, suppliers};
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
                .filter(suppliers::status.eq(SupplierStatus::Approved))
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
            .filter(meetings::status.eq_any(MeetingStatus::LIVE))
            .filter(
                meetings::buyer_id
                    .eq(buyer.0)
                    .or(meetings::supplier_id.eq(supplier.0)),
            )
            .count()
            .get_result(conn)?;
        let blocked = crate::store::meetings::either_blocked(conn, slot, buyer, supplier)?;
        if busy > 0 || blocked {
            return Err(StoreError::Conflict(
                "the buyer or the supplier is not free at that time".into(),
            )
            .into());
        }
        let (table, mode) = crate::store::online::place(conn, expo, buyer, supplier, slot, &[])?
            .ok_or_else(|| StoreError::Conflict("every table is taken at that time".into()))?;
        let id = crate::store::meetings::book(
            conn,
            &crate::store::meetings::NewMeeting {
                expo,
                slot,
                table,
                buyer,
                supplier,
                source: "organizer",
                mode,
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

/// Where an organizer's move left a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moved {
    /// Already there: nothing changed, nobody was told.
    Unchanged,
    /// Same time, another table: both participants got a short note.
    Table,
    /// Another time: both participants got the updated invitation.
    Time,
}

/// Moves a booked meeting to another slot and table chosen by the organizer (no table:
/// its own table if free then, else the first free one) and sends both participants
/// the updated invitation (a short new-table note when only the table changes; nothing
/// when nothing changes). Errors: `Store(NotFound)` for a meeting
/// that is not booked, or a slot or table of another expo; `Store(Conflict)` with the
/// reason when either side is busy or unavailable then, or the table is taken.
pub fn move_to(
    conn: &mut DbConnection,
    meeting: MeetingId,
    slot: crate::domain::SlotId,
    table: Option<crate::domain::TableId>,
    organizer: OrganizerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<Moved, ChangeError> {
    use crate::db::schema::{consultation_tables, slots};
    conn.write_tx(|conn| {
        let (expo, buyer, supplier, current_table, current_slot, mode): (
            i32,
            i32,
            i32,
            i32,
            i32,
            crate::domain::status::MeetingMode,
        ) = meetings::table
            .find(meeting.0)
            .filter(meetings::status.eq(MeetingStatus::Booked))
            .select((
                meetings::expo_id,
                meetings::buyer_id,
                meetings::supplier_id,
                meetings::table_id,
                meetings::slot_id,
                meetings::mode,
            ))
            .first(conn)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        // An online meeting moves among online rooms, one at a table among tables.
        let in_room = !mode.has_table();
        crate::store::lock_buyer(conn, crate::domain::BuyerId(buyer))?;
        crate::store::lock_supplier(conn, crate::domain::SupplierId(supplier))?;
        let starts_at: NaiveDateTime = slots::table
            .filter(slots::id.eq(slot.0))
            .filter(slots::expo_id.eq(expo))
            .select(slots::starts_at)
            .first(conn)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if starts_at <= now && slot.0 != current_slot {
            return Err(StoreError::Conflict("that time has already started".to_owned()).into());
        }
        let others = meetings::table
            .filter(meetings::slot_id.eq(slot.0))
            .filter(meetings::status.eq_any(MeetingStatus::LIVE))
            .filter(meetings::id.ne(meeting.0));
        let taken: Vec<i32> = others.clone().select(meetings::table_id).load(conn)?;
        let free: Vec<i32> = consultation_tables::table
            .filter(consultation_tables::expo_id.eq(expo))
            .filter(consultation_tables::active.eq(true))
            .filter(consultation_tables::online.eq(in_room))
            .order(consultation_tables::position)
            .select(consultation_tables::id)
            .load::<i32>(conn)?
            .into_iter()
            .filter(|t| !taken.contains(t))
            .collect();
        let table = match table {
            Some(t) => {
                let ours: i64 = consultation_tables::table
                    .filter(consultation_tables::id.eq(t.0))
                    .filter(consultation_tables::expo_id.eq(expo))
                    .filter(consultation_tables::active.eq(true))
                    .count()
                    .get_result(conn)?;
                if ours != 1 {
                    return Err(StoreError::NotFound.into());
                }
                let room: bool = consultation_tables::table
                    .find(t.0)
                    .select(consultation_tables::online)
                    .first(conn)?;
                if room != in_room {
                    return Err(StoreError::Conflict(
                        "that place does not fit how this meeting takes place: change how they meet first".to_owned(),
                    )
                    .into());
                }
                t
            }
            None if free.contains(&current_table) => crate::domain::TableId(current_table),
            None => match free.first() {
                Some(t) => crate::domain::TableId(*t),
                None if in_room => crate::store::online::free_room(
                    conn,
                    crate::domain::ExpoId(expo),
                    slot,
                    &[],
                )?,
                None => {
                    return Err(StoreError::Conflict(
                        "every table is taken at that time".to_owned(),
                    )
                    .into());
                }
            },
        };
        if slot.0 == current_slot && table.0 == current_table {
            return Ok(Moved::Unchanged);
        }
        let refuse = |why: &str| Err(StoreError::Conflict(why.to_owned()).into());
        let buyer_busy: i64 = others
            .clone()
            .filter(meetings::buyer_id.eq(buyer))
            .count()
            .get_result(conn)?;
        if buyer_busy > 0 {
            return refuse("the buyer has another meeting at that time");
        }
        let supplier_busy: i64 = others
            .clone()
            .filter(meetings::supplier_id.eq(supplier))
            .count()
            .get_result(conn)?;
        if supplier_busy > 0 {
            return refuse("the supplier has another meeting at that time");
        }
        let table_busy: i64 = others
            .filter(meetings::table_id.eq(table.0))
            .count()
            .get_result(conn)?;
        if table_busy > 0 {
            return refuse("that table is taken at that time");
        }
        let blocked = crate::store::meetings::either_blocked(
            conn,
            slot,
            crate::domain::BuyerId(buyer),
            crate::domain::SupplierId(supplier),
        )?;
        if blocked && slot.0 != current_slot {
            return refuse("the buyer or the supplier has marked that time unavailable");
        }
        let interpreter = crate::flows::interpreters::current(conn, meeting)?;
        crate::store::interpreters::release_if_busy(conn, meeting, slot.0)?;
        diesel::update(meetings::table.find(meeting.0))
            .set((
                meetings::slot_id.eq(slot.0),
                meetings::table_id.eq(table.0),
                meetings::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| StoreError::from_unique(e, "that time or table was just taken"))?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "meeting.moved",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: &format!("slot {} table {}", slot.0, table.0),
            },
            now,
        )?;
        let (change, moved) = if slot.0 == current_slot {
            (MeetingChange::TableChanged, Moved::Table)
        } else {
            (MeetingChange::Moved, Moved::Time)
        };
        crate::flows::interpreters::tell_if_released(conn, meeting, interpreter, ctx, now)?;
        queue_meeting_change(conn, meeting, change, ctx, now)?;
        Ok(moved)
    })
}

/// Changes how a booked meeting takes place, at the same time: to online it leaves
/// its table for a free online room; to a table or hybrid it takes a free physical
/// table (the pair's home table first). Both sides and its interpreter get the updated
/// invitation, with the join link when there is one. `Ok(false)`: it already was so.
/// Errors: `Store(NotFound)` for a meeting that is not booked; `Store(Conflict)` when
/// no table is free then.
pub fn change_mode(
    conn: &mut DbConnection,
    meeting: MeetingId,
    mode: crate::domain::status::MeetingMode,
    organizer: OrganizerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<bool, ChangeError> {
    use crate::db::schema::consultation_tables;
    use crate::domain::{BuyerId, ExpoId, SlotId, SupplierId};
    conn.write_tx(|conn| {
        let row: Option<(
            i32,
            i32,
            i32,
            i32,
            i32,
            crate::domain::status::MeetingMode,
            bool,
        )> = meetings::table
            .inner_join(consultation_tables::table)
            .filter(meetings::id.eq(meeting.0))
            .filter(meetings::status.eq(MeetingStatus::Booked))
            .select((
                meetings::expo_id,
                meetings::slot_id,
                meetings::table_id,
                meetings::buyer_id,
                meetings::supplier_id,
                meetings::mode,
                consultation_tables::online,
            ))
            .first(conn)
            .optional()?;
        let Some((expo, slot, table, buyer, supplier, current, in_room)) = row else {
            return Err(StoreError::NotFound.into());
        };
        if current == mode {
            return Ok(false);
        }
        let (expo, slot) = (ExpoId(expo), SlotId(slot));
        let place = if !mode.has_table() {
            if in_room {
                table
            } else {
                crate::store::online::free_room(conn, expo, slot, &[])?.0
            }
        } else if !in_room {
            table
        } else {
            let home =
                crate::store::layout::home_table(conn, expo, BuyerId(buyer), SupplierId(supplier))?;
            match crate::store::layout::free_table(conn, expo, slot, home, &[])? {
                Some(t) => t.0,
                None => {
                    return Err(StoreError::Conflict("no table is free at that time".into()).into());
                }
            }
        };
        diesel::update(meetings::table.find(meeting.0))
            .set((
                meetings::mode.eq(mode),
                meetings::table_id.eq(place),
                meetings::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| StoreError::from_unique(e, "that table was just taken"))?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "meeting.mode",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: mode.code(),
            },
            now,
        )?;
        queue_meeting_change(conn, meeting, MeetingChange::ModeChanged, ctx, now)?;
        Ok(true)
    })
}
