//! Changing an expo's days and tables after meetings exist. A change that would take
//! away the time or the table of a live meeting is refused with the list of those
//! meetings, so the organizer moves or cancels them (and the participants are told)
//! before the change applies. Nothing here deletes a live meeting.

use std::collections::HashMap;

use chrono::{NaiveDateTime, NaiveTime};
use diesel::prelude::*;

use super::{DbConnection, StoreError};
use crate::db::schema::{
    buyers, consultation_days, consultation_tables, day_breaks, meetings, slots, suppliers,
};
use crate::domain::slots::{DayPlan, PlannedSlot};
use crate::domain::status::MeetingStatus;
use crate::domain::{DayId, ExpoId, MeetingId, TableId};

/// A live meeting that stands in the way of a change.
#[derive(Clone, Debug)]
pub struct Affected {
    pub meeting: MeetingId,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    pub buyer: String,
    pub supplier: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LayoutError {
    /// These live meetings must be moved or cancelled first.
    #[error("{} meetings are in the way", .0.len())]
    Affected(Vec<Affected>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<diesel::result::Error> for LayoutError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

/// What a re-planned day kept, added and removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replanned {
    pub kept: usize,
    pub added: usize,
    pub removed: usize,
}

/// A day as it was planned, to prefill the form that changes it.
#[derive(Clone, Debug)]
pub struct DayRecord {
    pub id: DayId,
    pub plan: DayPlan,
    pub slots: i64,
    pub meetings: i64,
    /// How meetings booked on this day are held; `None`: the expo's default.
    pub mode: Option<crate::domain::status::MeetingMode>,
}

/// The day of this expo with its plan and figures, or `None`.
pub fn day(conn: &mut DbConnection, expo: ExpoId, day: DayId) -> QueryResult<Option<DayRecord>> {
    let Some((date, starts, ends, slot_minutes, gap_minutes, mode)) = consultation_days::table
        .filter(consultation_days::id.eq(day.0))
        .filter(consultation_days::expo_id.eq(expo.0))
        .select((
            consultation_days::day,
            consultation_days::starts_at,
            consultation_days::ends_at,
            consultation_days::slot_minutes,
            consultation_days::gap_minutes,
            consultation_days::meeting_mode,
        ))
        .first::<(
            chrono::NaiveDate,
            NaiveTime,
            NaiveTime,
            i32,
            i32,
            Option<String>,
        )>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let breaks: Vec<(NaiveTime, NaiveTime)> = day_breaks::table
        .filter(day_breaks::day_id.eq(day.0))
        .order(day_breaks::starts_at)
        .select((day_breaks::starts_at, day_breaks::ends_at))
        .load(conn)?;
    let slot_ids: Vec<i32> = slots::table
        .filter(slots::day_id.eq(day.0))
        .select(slots::id)
        .load(conn)?;
    let meetings = meetings::table
        .filter(meetings::slot_id.eq_any(&slot_ids))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .count()
        .get_result(conn)?;
    Ok(Some(DayRecord {
        id: day,
        plan: DayPlan {
            date,
            starts,
            ends,
            slot_minutes: u32::try_from(slot_minutes).unwrap_or(0),
            gap_minutes: u32::try_from(gap_minutes).unwrap_or(0),
            breaks,
        },
        slots: i64::try_from(slot_ids.len()).unwrap_or(i64::MAX),
        meetings,
        mode: mode.and_then(|m| m.parse().ok()),
    }))
}

/// Which live meetings a change touches.
enum Touching<'a> {
    Slots(&'a [i32]),
    Table(TableId),
}

/// Live meetings in the given slots or at the given table, in time and table order.
fn live(conn: &mut DbConnection, touching: Touching<'_>) -> QueryResult<Vec<Affected>> {
    let query = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .into_boxed();
    let query = match touching {
        Touching::Slots(ids) => query.filter(meetings::slot_id.eq_any(ids.to_vec())),
        Touching::Table(table) => query.filter(meetings::table_id.eq(table.0)),
    };
    let rows: Vec<(i32, NaiveDateTime, NaiveDateTime, String, String, String)> = query
        .order((slots::starts_at, consultation_tables::position))
        .select((
            meetings::id,
            slots::starts_at,
            slots::ends_at,
            consultation_tables::label,
            buyers::name,
            suppliers::company_name_en,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(meeting, starts_at, ends_at, table, buyer, supplier)| Affected {
                meeting: MeetingId(meeting),
                starts_at,
                ends_at,
                table,
                buyer,
                supplier,
            },
        )
        .collect())
}

/// Re-plans a day: slots whose time is unchanged keep their id (and their meetings and
/// blocks), slots that no longer exist are removed and new ones added. Errors:
/// `Affected` when a removed slot holds a live meeting (nothing changes);
/// `Store(NotFound)` for a day of another expo; `Store(Conflict)` when the new date is
/// taken or a slot overlaps another day.
pub fn replan_day(
    conn: &mut DbConnection,
    expo: ExpoId,
    day: DayId,
    plan: &DayPlan,
    planned: &[PlannedSlot],
) -> Result<Replanned, LayoutError> {
    conn.write_tx(|conn| {
        let existing: Vec<(i32, NaiveDateTime, NaiveDateTime)> = slots::table
            .inner_join(consultation_days::table)
            .filter(slots::day_id.eq(day.0))
            .filter(consultation_days::expo_id.eq(expo.0))
            .select((slots::id, slots::starts_at, slots::ends_at))
            .load(conn)?;
        let ours: i64 = consultation_days::table
            .filter(consultation_days::id.eq(day.0))
            .filter(consultation_days::expo_id.eq(expo.0))
            .count()
            .get_result(conn)?;
        if ours != 1 {
            return Err(StoreError::NotFound.into());
        }
        let wanted: HashMap<(NaiveDateTime, NaiveDateTime), &PlannedSlot> = planned
            .iter()
            .map(|p| ((p.starts_at, p.ends_at), p))
            .collect();
        let (kept, removed): (Vec<_>, Vec<_>) = existing
            .iter()
            .partition(|(_, s, e)| wanted.contains_key(&(*s, *e)));
        let removed_ids: Vec<i32> = removed.iter().map(|(id, _, _)| *id).collect();
        let affected = live(conn, Touching::Slots(&removed_ids))?;
        if !affected.is_empty() {
            return Err(LayoutError::Affected(affected));
        }
        // Cancelled and no-show meetings of a time that no longer exists go with it;
        // the audit log keeps the change.
        diesel::delete(meetings::table.filter(meetings::slot_id.eq_any(&removed_ids)))
            .execute(conn)?;
        diesel::delete(slots::table.filter(slots::id.eq_any(&removed_ids))).execute(conn)?;
        // Positions are unique per day: park the kept slots out of the way first.
        for (id, _, _) in &kept {
            diesel::update(slots::table.find(id))
                .set(slots::position.eq(-id))
                .execute(conn)?;
        }
        for (id, s, e) in &kept {
            if let Some(p) = wanted.get(&(*s, *e)) {
                diesel::update(slots::table.find(id))
                    .set((
                        slots::position.eq(p.position),
                        slots::session.eq(p.session.as_str()),
                    ))
                    .execute(conn)?;
            }
        }
        let kept_times: Vec<(NaiveDateTime, NaiveDateTime)> =
            kept.iter().map(|(_, s, e)| (*s, *e)).collect();
        let mut added = 0;
        for p in planned {
            if kept_times.contains(&(p.starts_at, p.ends_at)) {
                continue;
            }
            diesel::insert_into(slots::table)
                .values((
                    slots::expo_id.eq(expo.0),
                    slots::day_id.eq(day.0),
                    slots::position.eq(p.position),
                    slots::starts_at.eq(p.starts_at),
                    slots::ends_at.eq(p.ends_at),
                    slots::session.eq(p.session.as_str()),
                ))
                .execute(conn)
                .map_err(|e| StoreError::from_unique(e, "a slot at this time already exists"))?;
            added += 1;
        }
        diesel::update(consultation_days::table.find(day.0))
            .set((
                consultation_days::day.eq(plan.date),
                consultation_days::starts_at.eq(plan.starts),
                consultation_days::ends_at.eq(plan.ends),
                consultation_days::slot_minutes
                    .eq(i32::try_from(plan.slot_minutes).unwrap_or(i32::MAX)),
                consultation_days::gap_minutes
                    .eq(i32::try_from(plan.gap_minutes).unwrap_or(i32::MAX)),
            ))
            .execute(conn)
            .map_err(|e| {
                StoreError::from_unique(e, "this expo already has a consultation day on that date")
            })?;
        diesel::delete(day_breaks::table.filter(day_breaks::day_id.eq(day.0))).execute(conn)?;
        for (starts, ends) in &plan.breaks {
            diesel::insert_into(day_breaks::table)
                .values((
                    day_breaks::day_id.eq(day.0),
                    day_breaks::starts_at.eq(starts),
                    day_breaks::ends_at.eq(ends),
                    day_breaks::label.eq("Break"),
                ))
                .execute(conn)?;
        }
        Ok(Replanned {
            kept: kept.len(),
            added,
            removed: removed_ids.len(),
        })
    })
}

/// Removes a day with its slots. Errors: `Affected` while it holds live meetings;
/// `Store(NotFound)` for a day of another expo.
pub fn remove_day(conn: &mut DbConnection, expo: ExpoId, day: DayId) -> Result<(), LayoutError> {
    conn.write_tx(|conn| {
        let slot_ids: Vec<i32> = slots::table
            .inner_join(consultation_days::table)
            .filter(slots::day_id.eq(day.0))
            .filter(consultation_days::expo_id.eq(expo.0))
            .select(slots::id)
            .load(conn)?;
        let affected = live(conn, Touching::Slots(&slot_ids))?;
        if !affected.is_empty() {
            return Err(LayoutError::Affected(affected));
        }
        diesel::delete(meetings::table.filter(meetings::slot_id.eq_any(&slot_ids)))
            .execute(conn)?;
        let gone = diesel::delete(
            consultation_days::table
                .filter(consultation_days::id.eq(day.0))
                .filter(consultation_days::expo_id.eq(expo.0)),
        )
        .execute(conn)?;
        if gone == 1 {
            Ok(())
        } else {
            Err(StoreError::NotFound.into())
        }
    })
}

/// A table as the organizer edits it.
#[derive(Clone, Debug)]
pub struct TableRecord {
    pub id: TableId,
    pub label: String,
    pub note: String,
    pub meetings: i64,
    /// A video link pasted for the table's (or online room's) meetings; may be empty.
    pub video_url: String,
    /// An online room, not a table at the venue.
    pub online: bool,
}

/// The expo's tables in use, in order, with their live meeting counts.
pub fn tables(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<TableRecord>> {
    let rows: Vec<(i32, String, String, String, bool)> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::active.eq(true))
        .order(consultation_tables::position)
        .select((
            consultation_tables::id,
            consultation_tables::label,
            consultation_tables::note,
            consultation_tables::video_url,
            consultation_tables::online,
        ))
        .load(conn)?;
    let counts: Vec<(i32, i64)> = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .group_by(meetings::table_id)
        .select((meetings::table_id, diesel::dsl::count_star()))
        .load(conn)?;
    let counts: HashMap<i32, i64> = counts.into_iter().collect();
    Ok(rows
        .into_iter()
        .map(|(id, label, note, video_url, online)| TableRecord {
            id: TableId(id),
            meetings: counts.get(&id).copied().unwrap_or(0),
            label,
            note,
            video_url,
            online,
        })
        .collect())
}

/// Renames a table and sets its note. Errors: `NotFound`; `Conflict` when another
/// table of the expo has that label.
pub fn edit_table(
    conn: &mut DbConnection,
    expo: ExpoId,
    table: TableId,
    label: &str,
    note: &str,
    video_url: &str,
) -> Result<(), StoreError> {
    let changed = diesel::update(
        consultation_tables::table
            .filter(consultation_tables::id.eq(table.0))
            .filter(consultation_tables::expo_id.eq(expo.0))
            .filter(consultation_tables::active.eq(true)),
    )
    .set((
        consultation_tables::label.eq(label),
        consultation_tables::note.eq(note),
        consultation_tables::video_url.eq(video_url),
    ))
    .execute(conn)
    .map_err(|e| StoreError::from_unique(e, "another table already has this label"))?;
    if changed == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

/// Takes a table out of use (its past meetings keep it). Errors: `Affected` while live
/// meetings sit at it; `Store(NotFound)`.
pub fn remove_table(
    conn: &mut DbConnection,
    expo: ExpoId,
    table: TableId,
) -> Result<String, LayoutError> {
    conn.write_tx(|conn| {
        let affected = live(conn, Touching::Table(table))?;
        if !affected.is_empty() {
            return Err(LayoutError::Affected(affected));
        }
        let label: Option<String> = consultation_tables::table
            .filter(consultation_tables::id.eq(table.0))
            .filter(consultation_tables::expo_id.eq(expo.0))
            .filter(consultation_tables::active.eq(true))
            .select(consultation_tables::label)
            .first(conn)
            .optional()?;
        let label = label.ok_or(StoreError::NotFound)?;
        // The label is freed for a new table: a retired one keeps it with a suffix.
        diesel::update(consultation_tables::table.find(table.0))
            .set((
                consultation_tables::active.eq(false),
                consultation_tables::label.eq(format!("{label} (removed #{})", table.0)),
            ))
            .execute(conn)?;
        Ok(label)
    })
}

/// The table the expo's fixed side (the supplier by default, or the buyer) already sits
/// at: the one it has most live meetings at, if any.
pub fn home_table(
    conn: &mut DbConnection,
    expo: ExpoId,
    buyer: crate::domain::BuyerId,
    supplier: crate::domain::SupplierId,
) -> QueryResult<Option<TableId>> {
    use crate::db::schema::expos;
    let side: String = expos::table
        .find(expo.0)
        .select(expos::fixed_side)
        .first(conn)?;
    // Two fixed queries rather than one boxed: diesel keeps fixed ones prepared. No
    // filter on the expo (buyers and suppliers belong to one): with it, SQLite reads
    // every live meeting of the expo through `meetings_live_expo` instead of the
    // person's few through their own index.
    let live = meetings::table.filter(crate::store::live_meetings());
    let tables: Vec<i32> = if side == "buyer" {
        live.filter(meetings::buyer_id.eq(buyer.0))
            .select(meetings::table_id)
            .load(conn)?
    } else {
        live.filter(meetings::supplier_id.eq(supplier.0))
            .select(meetings::table_id)
            .load(conn)?
    };
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for t in tables {
        *counts.entry(t).or_default() += 1;
    }
    Ok(counts
        .into_iter()
        .max_by_key(|(t, n)| (*n, std::cmp::Reverse(*t)))
        .map(|(t, _)| TableId(t)))
}

/// A free table in the slot: `home` when it is free, else the first free one in
/// order, never one in `skip`.
pub fn free_table(
    conn: &mut DbConnection,
    expo: ExpoId,
    slot: crate::domain::SlotId,
    home: Option<TableId>,
    skip: &[i32],
) -> QueryResult<Option<TableId>> {
    let taken: Vec<i32> = meetings::table
        .filter(meetings::slot_id.eq(slot.0))
        .filter(crate::store::live_meetings())
        .select(meetings::table_id)
        .load(conn)?;
    // Filtered here rather than by `NOT IN` lists, which diesel prepares anew each time.
    let free: Vec<i32> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::active.eq(true))
        .filter(consultation_tables::online.eq(false))
        .order(consultation_tables::position)
        .select(consultation_tables::id)
        .load::<i32>(conn)?
        .into_iter()
        .filter(|t| !taken.contains(t) && !skip.contains(t))
        .collect();
    Ok(home
        .filter(|h| free.contains(&h.0))
        .or_else(|| free.first().map(|t| TableId(*t))))
}

/// Sets how meetings booked on this day are held (`None`: the expo's default). Meetings
/// already booked keep their mode. Errors: `NotFound` for a day of another expo.
pub fn set_day_mode(
    conn: &mut DbConnection,
    expo: ExpoId,
    day: DayId,
    mode: Option<crate::domain::status::MeetingMode>,
) -> Result<(), crate::store::StoreError> {
    let n = diesel::update(
        consultation_days::table
            .filter(consultation_days::id.eq(day.0))
            .filter(consultation_days::expo_id.eq(expo.0)),
    )
    .set(consultation_days::meeting_mode.eq(mode.map(|m| m.code())))
    .execute(conn)?;
    if n == 1 {
        Ok(())
    } else {
        Err(crate::store::StoreError::NotFound)
    }
}
