//! A supplier's free slots for a buyer, and the rules that open or close a slot: booking window, mode, limits.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::schema::{blocked_slots, consultation_tables, expos, meetings, slots};
use crate::domain::status::{ExpoStatus, MeetingStatus};
use crate::domain::text::Text;
use crate::domain::{ExpoId, MeetingId, SlotId, SupplierId};
use crate::store::DbConnection;
use crate::text;

use crate::store::directory::BuyerFacts;

/// The free slots a buyer may book with a supplier, or why none can be booked.
#[derive(Clone, Debug, Default)]
pub struct Availability {
    pub slots: Vec<(SlotId, NaiveDateTime, NaiveDateTime)>,
    /// Set when booking is not possible at all (window closed, limit reached…).
    pub closed: Option<Text>,
}

/// Computes where buyer and supplier are both free, not blocked, a table is free and
/// the slot lies ahead, subject to the expo's booking window, mode and limits.
/// `moving` leaves that meeting out (it is the one being moved).
pub fn availability(
    conn: &mut DbConnection,
    buyer: &BuyerFacts,
    supplier: SupplierId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> QueryResult<Availability> {
    let closed = |why: Text| {
        Ok(Availability {
            slots: Vec::new(),
            closed: Some(why),
        })
    };
    let max = match booking_rules(conn, buyer.expo, now)? {
        Ok(max) => max,
        Err(why) => return closed(why),
    };
    let live = || {
        meetings::table
            .filter(meetings::status.eq_any(MeetingStatus::LIVE))
            .filter(meetings::id.ne(moving.map_or(0, |m| m.0)))
            .into_boxed()
    };
    let buyer_slots: HashSet<i32> = live()
        .filter(meetings::buyer_id.eq(buyer.id.0))
        .select(meetings::slot_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let supplier_slots: HashSet<i32> = live()
        .filter(meetings::supplier_id.eq(supplier.0))
        .select(meetings::slot_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    if moving.is_none() {
        let pair: i64 = live()
            .filter(meetings::buyer_id.eq(buyer.id.0))
            .filter(meetings::supplier_id.eq(supplier.0))
            .select(count_star())
            .first(conn)?;
        if let Some(why) = limit_reached(max, buyer_slots.len(), supplier_slots.len(), pair > 0) {
            return closed(why);
        }
    }
    let blocked: HashSet<i32> = blocked_slots::table
        .filter(
            blocked_slots::supplier_id
                .eq(supplier.0)
                .or(blocked_slots::buyer_id.eq(buyer.id.0)),
        )
        .select(blocked_slots::slot_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    // Physical tables limit a slot; an online meeting takes an online room, made as
    // needed.
    let modes = crate::store::online::modes_for_buyer(conn, buyer.expo, buyer.id)?;
    let tables: i64 = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(buyer.expo.0))
        .filter(consultation_tables::active.eq(true))
        .filter(consultation_tables::online.eq(false))
        .select(count_star())
        .first(conn)?;
    // Counted per slot in the database, on the partial index of live meetings
    // (migration 000009).
    let used: HashMap<i32, i64> = meetings::table
        .filter(crate::store::live_meetings())
        .filter(meetings::expo_id.eq(buyer.expo.0))
        .filter(meetings::id.ne(moving.map_or(0, |m| m.0)))
        .filter(
            meetings::table_id.eq_any(
                consultation_tables::table
                    .filter(consultation_tables::expo_id.eq(buyer.expo.0))
                    .filter(consultation_tables::active.eq(true))
                    .filter(consultation_tables::online.eq(false))
                    .select(consultation_tables::id),
            ),
        )
        .group_by(meetings::slot_id)
        .select((meetings::slot_id, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    let all: Vec<(i32, NaiveDateTime, NaiveDateTime)> = slots::table
        .filter(slots::expo_id.eq(buyer.expo.0))
        .filter(slots::starts_at.gt(now))
        .order(slots::starts_at)
        .select((slots::id, slots::starts_at, slots::ends_at))
        .load(conn)?;
    let slots = all
        .into_iter()
        .filter(|(id, _, _)| {
            !buyer_slots.contains(id)
                && !supplier_slots.contains(id)
                && !blocked.contains(id)
                && (modes.get(id) == Some(&crate::domain::status::MeetingMode::Online)
                    || used.get(id).copied().unwrap_or(0) < tables)
        })
        .map(|(id, s, e)| (SlotId(id), s, e))
        .collect();
    Ok(Availability {
        slots,
        closed: None,
    })
}

/// The expo's booking window, mode and status as they stand at `now`: `Ok(limit of
/// meetings per participant)` while buyers may book, or why they may not.
pub(super) fn booking_rules(
    conn: &mut DbConnection,
    expo: ExpoId,
    now: NaiveDateTime,
) -> QueryResult<Result<Option<usize>, Text>> {
    let (status, opens, closes, self_booking, max): (
        ExpoStatus,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        bool,
        Option<i32>,
    ) = expos::table
        .find(expo.0)
        .select((
            expos::status,
            expos::booking_opens_at,
            expos::booking_closes_at,
            expos::self_booking,
            expos::max_meetings_per_participant,
        ))
        .first(conn)?;
    let why = if status != ExpoStatus::Open {
        text!("err-book-not-open")
    } else if opens.is_some_and(|t| now < t) {
        text!("err-book-not-yet")
    } else if closes.is_some_and(|t| now >= t) {
        text!("err-book-closed")
    } else if !self_booking {
        text!("err-book-by-requests")
    } else {
        return Ok(Ok(max.and_then(|m| usize::try_from(m).ok())));
    };
    Ok(Err(why))
}

/// Why a new meeting is refused whatever the slot: a side at the expo's limit, or the
/// pair already meeting.
pub(super) fn limit_reached(
    max: Option<usize>,
    buyer_meetings: usize,
    supplier_meetings: usize,
    pair_meets: bool,
) -> Option<Text> {
    match max {
        Some(max) if buyer_meetings >= max => Some(text!("err-book-limit", max = max)),
        Some(max) if supplier_meetings >= max => Some(text!("err-book-supplier-full")),
        _ if pair_meets => Some(text!("err-book-pair")),
        _ => None,
    }
}

/// When `slot` starts, if the buyer may book it with the supplier now: the rules of
/// [`availability`] but for one slot, by a few indexed lookups instead of counting
/// every slot of the expo (the cost of a booking grew with the expo's meetings).
/// Tables are left to [`insert_with_table`]. `None`: not open, and [`availability`]
/// tells why.
pub(super) fn slot_open(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let Ok(max) = booking_rules(conn, facts.expo, now)? else {
        return Ok(None);
    };
    let starts: Option<NaiveDateTime> = slots::table
        .filter(slots::id.eq(slot.0))
        .filter(slots::expo_id.eq(facts.expo.0))
        .filter(slots::starts_at.gt(now))
        .select(slots::starts_at)
        .first(conn)
        .optional()?;
    let Some(starts) = starts else {
        return Ok(None);
    };
    let other = moving.map_or(0, |m| m.0);
    let buyer_has: Vec<(i32, i32)> = meetings::table
        .filter(crate::store::live_meetings())
        .filter(meetings::buyer_id.eq(facts.id.0))
        .filter(meetings::id.ne(other))
        .select((meetings::slot_id, meetings::supplier_id))
        .load(conn)?;
    let supplier_has: Vec<i32> = meetings::table
        .filter(crate::store::live_meetings())
        .filter(meetings::supplier_id.eq(supplier.0))
        .filter(meetings::id.ne(other))
        .select(meetings::slot_id)
        .load(conn)?;
    if moving.is_none() {
        let pair = buyer_has.iter().any(|&(_, s)| s == supplier.0);
        if limit_reached(max, buyer_has.len(), supplier_has.len(), pair).is_some() {
            return Ok(None);
        }
    }
    if buyer_has.iter().any(|&(s, _)| s == slot.0) || supplier_has.contains(&slot.0) {
        return Ok(None);
    }
    if crate::store::meetings::either_blocked(conn, slot, facts.id, supplier)? {
        return Ok(None);
    }
    Ok(Some(starts))
}
