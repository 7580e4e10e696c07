//! Booking a slot: the rules re-checked in the transaction, a free table, the confirmations queued.

use crate::text;
use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::schema::{meetings, slots, suppliers};
use crate::domain::status::{MeetingStatus, SupplierStatus};
use crate::domain::{BuyerId, MeetingId, SlotId, SupplierId};
use crate::mail::messages::{MailContext, MeetingChange, queue_meeting_change};
use crate::store::{DbConnection, StoreError, meetings as m};

use super::BookError;
use super::availability::{Availability, availability, slot_open};
use crate::store::directory::{BuyerFacts, buyer_facts};

pub(super) fn nearest(
    slots: &[(SlotId, NaiveDateTime, NaiveDateTime)],
    around: NaiveDateTime,
) -> Vec<(SlotId, NaiveDateTime, NaiveDateTime)> {
    let mut v = slots.to_vec();
    v.sort_by_key(|(_, s, _)| (*s - around).num_seconds().abs());
    v.truncate(3);
    v.sort_by_key(|(_, s, _)| *s);
    v
}

/// Books `slot` for the buyer with the supplier at a free table and queues both
/// confirmations, all in one transaction. Errors: `NotOffered` (with the reason),
/// `Taken` (with the nearest free alternatives) when another booking won the slot.
pub fn book(
    conn: &mut DbConnection,
    buyer: BuyerId,
    supplier: SupplierId,
    slot: SlotId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<MeetingId, BookError> {
    conn.write_tx(|conn| {
        // Buyer first, then supplier: every writer takes them in this order.
        crate::store::lock_buyer(conn, buyer)?;
        crate::store::lock_supplier(conn, supplier)?;
        let facts = buyer_facts(conn, buyer)?.ok_or(StoreError::NotFound)?;
        if !facts.profile_complete {
            return Err(BookError::NotOffered(text!("err-book-profile-first")));
        }
        let approved: i64 = suppliers::table
            .filter(suppliers::id.eq(supplier.0))
            .filter(suppliers::expo_id.eq(facts.expo.0))
            .filter(suppliers::status.eq(SupplierStatus::Approved))
            .select(count_star())
            .first(conn)?;
        if approved == 0 {
            return Err(StoreError::NotFound.into());
        }
        if slot_open(conn, &facts, supplier, slot, None, now)?.is_none() {
            return Err(refusal(conn, &facts, supplier, slot, None, now)?);
        }
        let Some(id) = insert_with_table(conn, &facts, supplier, slot, None, now)? else {
            return Err(refusal(conn, &facts, supplier, slot, None, now)?);
        };
        queue_meeting_change(conn, id, MeetingChange::Booked, ctx, now)?;
        Ok(id)
    })
    .inspect(|_| crate::metrics::meeting_booked())
}

/// Why `slot` cannot be booked (or moved to): booking closed or a limit reached, the
/// slot never on offer, or taken a moment ago, with the nearest free alternatives.
pub(super) fn refusal(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> Result<BookError, BookError> {
    let offer = availability(conn, facts, supplier, moving, now)?;
    if let Some(why) = offer.closed {
        return Ok(BookError::NotOffered(why));
    }
    let Some(&(_, starts, _)) = offer.slots.iter().find(|(s, _, _)| *s == slot) else {
        return slot_problem(conn, facts, supplier, slot, &offer, now);
    };
    // Offered, but its last table went while this request waited for the lock.
    let others: Vec<_> = offer
        .slots
        .iter()
        .filter(|(s, _, _)| *s != slot)
        .copied()
        .collect();
    Ok(BookError::Taken {
        alternatives: nearest(&others, starts),
    })
}

/// Why a slot that is not in `offer` cannot be booked, judged at `now`.
pub(super) fn slot_problem(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    offer: &Availability,
    now: NaiveDateTime,
) -> Result<BookError, BookError> {
    let starts: Option<NaiveDateTime> = slots::table
        .filter(slots::id.eq(slot.0))
        .filter(slots::expo_id.eq(facts.expo.0))
        .select(slots::starts_at)
        .first(conn)
        .optional()?;
    let Some(starts) = starts else {
        return Ok(BookError::NotOffered(text!("err-book-no-such-slot")));
    };
    if starts <= now {
        return Ok(BookError::NotOffered(text!("err-book-past")));
    }
    let own_busy: i64 = meetings::table
        .filter(meetings::slot_id.eq(slot.0))
        .filter(meetings::buyer_id.eq(facts.id.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select(count_star())
        .first(conn)?;
    if own_busy > 0 {
        return Ok(BookError::NotOffered(text!("err-book-busy")));
    }
    if crate::store::meetings::either_blocked(conn, slot, facts.id, supplier)? {
        return Ok(BookError::NotOffered(text!("err-book-supplier-busy")));
    }
    Ok(BookError::Taken {
        alternatives: nearest(&offer.slots, starts),
    })
}

/// Inserts the meeting at the first free table, trying the next table when a
/// concurrent booking took that one. `None`: no table is free, or a clash on the buyer
/// or the supplier means the slot is gone.
pub(super) fn insert_with_table(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> Result<Option<MeetingId>, BookError> {
    let mut tried = Vec::new();
    loop {
        let Some((table, mode)) =
            crate::store::online::place(conn, facts.expo, facts.id, supplier, slot, &tried)?
        else {
            return Ok(None);
        };
        let result = match moving {
            None => m::book(
                conn,
                &m::NewMeeting {
                    expo: facts.expo,
                    slot,
                    table,
                    buyer: facts.id,
                    supplier,
                    source: "buyer",
                    mode,
                },
                now,
            ),
            Some(meeting) => conn.write_tx(|c| {
                crate::store::interpreters::release_if_busy(c, meeting, slot.0)?;
                diesel::update(
                    meetings::table
                        .find(meeting.0)
                        .filter(meetings::buyer_id.eq(facts.id.0))
                        .filter(meetings::status.eq(MeetingStatus::Booked)),
                )
                .set((
                    meetings::slot_id.eq(slot.0),
                    meetings::table_id.eq(table.0),
                    meetings::mode.eq(mode),
                    meetings::updated_at.eq(now),
                ))
                .execute(c)
                .map_err(|e| StoreError::from_unique(e, "this slot was just taken"))
                .and_then(|n| {
                    if n == 1 {
                        Ok(meeting)
                    } else {
                        Err(StoreError::NotFound)
                    }
                })
            }),
        };
        match result {
            Ok(id) => return Ok(Some(id)),
            Err(StoreError::Conflict(_)) => {
                let clash: i64 = meetings::table
                    .filter(meetings::slot_id.eq(slot.0))
                    .filter(meetings::status.eq_any(MeetingStatus::LIVE))
                    .filter(
                        meetings::buyer_id
                            .eq(facts.id.0)
                            .or(meetings::supplier_id.eq(supplier.0)),
                    )
                    .filter(meetings::id.ne(moving.map_or(0, |m| m.0)))
                    .select(count_star())
                    .first(conn)?;
                if clash > 0 {
                    return Ok(None);
                }
                tried.push(table.0);
            }
            Err(e) => return Err(e.into()),
        }
    }
}
