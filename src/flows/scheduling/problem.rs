//! The expo as the scheduler sees it: accepted requests, slots, tables, blocks and the meetings already there.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    blocked_slots, buyers, consultation_tables, meeting_requests, meetings, slots, suppliers,
};
use crate::domain::ExpoId;
use crate::domain::scheduler::{Fixed, Movable, Priority, Problem, Request, SlotInfo};
use crate::domain::status::{MeetingStatus, RequestStatus, SupplierStatus};
use crate::store::DbConnection;

/// The expo as the scheduler sees it, with the maps back to database ids.
pub(super) struct Loaded {
    pub(super) problem: Problem,
    /// Request index → meeting request id.
    pub(super) request_ids: Vec<i32>,
    /// Slot index → slot id.
    pub(super) slot_ids: Vec<i32>,
    /// Table index → table id (active tables in order).
    pub(super) table_ids: Vec<i32>,
    /// Movable index → (meeting id, slot id, table id) where it is now.
    pub(super) movable_ids: Vec<(i32, i32, i32)>,
}

/// Participants are numbered suppliers first, then buyers; sessions are (day,
/// morning/afternoon/evening) so a "morning" request may go in any morning. With
/// `allow_moves`, meetings the scheduler placed before that are booked and start
/// after `now` are movable (keeping the session their request asked for); every other
/// live meeting is fixed.
pub(super) fn load(
    conn: &mut DbConnection,
    expo: ExpoId,
    allow_moves: bool,
    now: NaiveDateTime,
) -> QueryResult<Loaded> {
    let supplier_ids: Vec<i32> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::status.eq(SupplierStatus::Approved))
        .order(suppliers::id)
        .select(suppliers::id)
        .load(conn)?;
    let buyer_ids: Vec<i32> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .order(buyers::id)
        .select(buyers::id)
        .load(conn)?;
    let supplier_index: HashMap<i32, usize> = supplier_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let buyer_index: HashMap<i32, usize> = buyer_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, supplier_ids.len() + i))
        .collect();
    // Physical tables only: an online meeting takes an online room when published.
    let table_ids: Vec<i32> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::active.eq(true))
        .filter(consultation_tables::online.eq(false))
        .order(consultation_tables::position)
        .select(consultation_tables::id)
        .load(conn)?;
    let table_index: HashMap<i32, usize> = table_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let slot_rows: Vec<(i32, i32, String, NaiveDateTime)> = slots::table
        .filter(slots::expo_id.eq(expo.0))
        .order(slots::starts_at)
        .select((slots::id, slots::day_id, slots::session, slots::starts_at))
        .load(conn)?;
    let session_code = |s: &str| match s {
        "morning" => 0,
        "afternoon" => 1,
        _ => 2,
    };
    let mut days: Vec<i32> = Vec::new();
    let slot_infos: Vec<SlotInfo> = slot_rows
        .iter()
        .map(|(_, day, session, _)| {
            if days.last() != Some(day) {
                days.push(*day);
            }
            SlotInfo {
                day: days.len() - 1,
                // A preference names only the part of the day, so the session is that.
                session: session_code(session),
                tables: table_ids.len(),
            }
        })
        .collect();
    let slot_ids: Vec<i32> = slot_rows.iter().map(|(id, ..)| *id).collect();
    let slot_index: HashMap<i32, usize> = slot_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let participants = supplier_ids.len() + buyer_ids.len();
    let mut blocked = vec![Vec::new(); participants];
    for (slot, supplier, buyer) in blocked_slots::table
        .filter(blocked_slots::slot_id.eq_any(&slot_ids))
        .select((
            blocked_slots::slot_id,
            blocked_slots::supplier_id,
            blocked_slots::buyer_id,
        ))
        .load::<(i32, Option<i32>, Option<i32>)>(conn)?
    {
        let who = supplier
            .and_then(|s| supplier_index.get(&s))
            .or_else(|| buyer.and_then(|b| buyer_index.get(&b)));
        if let (Some(who), Some(slot)) = (who, slot_index.get(&slot)) {
            blocked[*who].push(*slot);
        }
    }
    // A remote buyer meets online, within the hours they accept on their own clock:
    // slots outside them are as good as blocked for that buyer.
    let remote: Vec<(i32, String, i32, i32)> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .filter(buyers::remote.eq(true))
        .select((
            buyers::id,
            buyers::timezone,
            buyers::hours_from,
            buyers::hours_to,
        ))
        .load(conn)?;
    if !remote.is_empty() {
        let times: HashMap<i32, (NaiveDateTime, NaiveDateTime)> = slots::table
            .filter(slots::expo_id.eq(expo.0))
            .select((slots::id, slots::starts_at, slots::ends_at))
            .load::<(i32, NaiveDateTime, NaiveDateTime)>(conn)?
            .into_iter()
            .map(|(id, s, e)| (id, (s, e)))
            .collect();
        for (buyer, zone, from, to) in remote {
            let (Some(who), Ok(zone)) = (
                buyer_index.get(&buyer),
                crate::domain::TimeZone::stored(&zone),
            ) else {
                continue;
            };
            let hours = crate::domain::online::Hours { from, to };
            // Meetings the buyer already has stay where they are (they are fixed, and a
            // fixed meeting in a blocked slot would make the problem inconsistent).
            let booked: Vec<i32> = meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(crate::store::live_meetings())
                .select(meetings::slot_id)
                .load(conn)?;
            for (slot, (s, e)) in &times {
                if !booked.contains(slot)
                    && !hours.contain(zone.tz(), *s, *e)
                    && let Some(i) = slot_index.get(slot)
                {
                    blocked[*who].push(*i);
                }
            }
        }
        for list in &mut blocked {
            list.sort_unstable();
            list.dedup();
        }
    }
    type Existing = (
        i32,
        i32,
        i32,
        i32,
        i32,
        String,
        MeetingStatus,
        NaiveDateTime,
        Option<String>,
    );
    let existing: Vec<Existing> = meetings::table
        .inner_join(slots::table)
        .left_join(
            meeting_requests::table.on(meeting_requests::id.nullable().eq(meetings::request_id)),
        )
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .order(meetings::id)
        .select((
            meetings::id,
            meetings::supplier_id,
            meetings::buyer_id,
            meetings::slot_id,
            meetings::table_id,
            meetings::source,
            meetings::status,
            slots::starts_at,
            meeting_requests::preferred_session.nullable(),
        ))
        .load(conn)?;
    let mut fixed = Vec::new();
    let mut movable = Vec::new();
    let mut movable_ids = Vec::new();
    for (id, s, b, slot, table, source, status, starts_at, session) in existing {
        let (Some(a), Some(b), Some(slot_i)) = (
            supplier_index.get(&s).copied(),
            buyer_index.get(&b).copied(),
            slot_index.get(&slot).copied(),
        ) else {
            continue;
        };
        let table_i = table_index.get(&table).copied();
        if allow_moves
            && source == "scheduler"
            && status == MeetingStatus::Booked
            && starts_at > now
        {
            movable.push(Movable {
                a,
                b,
                slot: slot_i,
                table: table_i,
                session: session.as_deref().map(session_code),
            });
            movable_ids.push((id, slot, table));
        } else {
            fixed.push(Fixed {
                a,
                b,
                slot: slot_i,
                table: table_i,
            });
        }
    }
    // Nothing new goes into a slot that has started: everyone without a meeting there
    // counts as away.
    for (k, (_, _, _, starts_at)) in slot_rows.iter().enumerate() {
        if *starts_at > now {
            continue;
        }
        let mut present = vec![false; participants];
        for m in fixed.iter().filter(|m| m.slot == k) {
            present[m.a] = true;
            present[m.b] = true;
        }
        for (p, here) in present.iter().enumerate() {
            if !here && !blocked[p].contains(&k) {
                blocked[p].push(k);
            }
        }
    }
    let mut request_ids = Vec::new();
    let mut requests = Vec::new();
    for (id, s, b, priority, session) in meeting_requests::table
        .filter(meeting_requests::expo_id.eq(expo.0))
        .filter(meeting_requests::status.eq(RequestStatus::Accepted))
        .order(meeting_requests::id)
        .select((
            meeting_requests::id,
            meeting_requests::supplier_id,
            meeting_requests::buyer_id,
            meeting_requests::priority,
            meeting_requests::preferred_session,
        ))
        .load::<(i32, i32, i32, String, Option<String>)>(conn)?
    {
        let (Some(a), Some(b)) = (supplier_index.get(&s), buyer_index.get(&b)) else {
            continue;
        };
        request_ids.push(id);
        requests.push(Request {
            a: *a,
            b: *b,
            priority: if priority == "must" {
                Priority::Must
            } else {
                Priority::WouldLike
            },
            session: session.as_deref().map(session_code),
        });
    }
    Ok(Loaded {
        problem: Problem {
            participants,
            slots: slot_infos,
            blocked,
            fixed,
            movable,
            requests,
        },
        request_ids,
        slot_ids,
        table_ids,
        movable_ids,
    })
}

/// Display names in the scheduler's participant order (suppliers, then buyers).
pub(super) fn participant_names(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<String>> {
    let mut names: Vec<String> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::status.eq(SupplierStatus::Approved))
        .order(suppliers::id)
        .select(suppliers::company_name_en)
        .load(conn)?;
    names.extend(
        buyers::table
            .filter(buyers::expo_id.eq(expo.0))
            .order(buyers::id)
            .select(buyers::name)
            .load::<String>(conn)?,
    );
    Ok(names)
}
