//! A scheduler run: the search outside any transaction, then the draft stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{schedule_items, schedule_moves, schedule_runs};
use crate::domain::scheduler::{self, MovableOutcome, Options};
use crate::domain::status::RunStatus;
use crate::domain::{ExpoId, OrganizerId};
use crate::store::{DbConnection, audit};

use super::ScheduleError;
use super::problem::{Loaded, load, participant_names};

/// Records the moves of a draft: one row per movable meeting the schedule moved, from
/// where it is to where the draft puts it.
pub(super) fn store_moves(
    conn: &mut DbConnection,
    run: i32,
    loaded: &Loaded,
    schedule: &scheduler::Schedule,
) -> QueryResult<()> {
    for (k, outcome) in schedule.movable.iter().enumerate() {
        if let MovableOutcome::Moved { slot, table } = outcome {
            let (meeting, from_slot, from_table) = loaded.movable_ids[k];
            diesel::insert_into(schedule_moves::table)
                .values((
                    schedule_moves::run_id.eq(run),
                    schedule_moves::meeting_id.eq(meeting),
                    schedule_moves::from_slot_id.eq(from_slot),
                    schedule_moves::from_table_id.eq(from_table),
                    schedule_moves::to_slot_id.eq(loaded.slot_ids[*slot]),
                    schedule_moves::to_table_id.eq(loaded.table_ids[*table]),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Computes a draft schedule of the expo's accepted requests around its existing
/// meetings and stores it (participants see nothing). Earlier drafts are discarded.
/// With `allow_moves`, meetings the scheduler placed before may move (see [`load`]),
/// as few as possible. Errors: `NotFound`; `Refused` when there is nothing to
/// schedule, or a movable meeting fits nowhere any more.
pub fn run(
    conn: &mut DbConnection,
    expo: ExpoId,
    organizer: OrganizerId,
    allow_moves: bool,
    options: &Options,
    now: NaiveDateTime,
) -> Result<i32, ScheduleError> {
    // The search runs outside any transaction, so it never holds the write lock;
    // publishing checks again that every placement is still free.
    let loaded = load(conn, expo, allow_moves, now)?;
    {
        if loaded.problem.requests.is_empty() {
            return Err(ScheduleError::Refused(crate::text!(
                "err-schedule-nothing-waiting"
            )));
        }
        if loaded.problem.slots.is_empty() || loaded.table_ids.is_empty() {
            return Err(ScheduleError::Refused(crate::text!(
                "err-schedule-no-slots"
            )));
        }
    }
    let schedule = scheduler::schedule(&loaded.problem, options).map_err(|e| {
        ScheduleError::Refused(crate::text!(
            "err-schedule-inconsistent",
            why = e.to_string()
        ))
    })?;
    let bound = scheduler::lower_bound_for(&loaded.problem, &schedule);
    let names = participant_names(conn, expo)?;
    let name = |i: usize| names.get(i).map_or("?", String::as_str);
    if let Some((k, why)) = schedule
        .movable
        .iter()
        .enumerate()
        .find_map(|(k, o)| match o {
            MovableOutcome::Unplaced(why) => Some((k, why)),
            _ => None,
        })
    {
        let m = loaded.problem.movable[k];
        return Err(ScheduleError::Refused(crate::text!(
            "err-schedule-movable-unplaced",
            a = name(m.a),
            b = name(m.b),
            why = why.describe(name(m.a), name(m.b))
        )));
    }
    conn.write_tx(|conn| {
        diesel::update(
            schedule_runs::table
                .filter(schedule_runs::expo_id.eq(expo.0))
                .filter(schedule_runs::status.eq(RunStatus::Draft)),
        )
        .set(schedule_runs::status.eq(RunStatus::Discarded))
        .execute(conn)?;
        let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
        let run: i32 = diesel::insert_into(schedule_runs::table)
            .values((
                schedule_runs::expo_id.eq(expo.0),
                schedule_runs::requests.eq(count(loaded.request_ids.len())),
                schedule_runs::scheduled.eq(count(schedule.placed.len())),
                schedule_runs::breaks.eq(count(schedule.breaks)),
                schedule_runs::created_by.eq(Some(organizer.0)),
                schedule_runs::created_at.eq(now),
                schedule_runs::allow_moves.eq(allow_moves),
                schedule_runs::moved.eq(count(schedule.moved)),
                schedule_runs::breaks_bound.eq(Some(count(bound))),
            ))
            .returning(schedule_runs::id)
            .get_result(conn)?;
        store_moves(conn, run, &loaded, &schedule)?;
        for p in &schedule.placed {
            diesel::insert_into(schedule_items::table)
                .values((
                    schedule_items::run_id.eq(run),
                    schedule_items::request_id.eq(loaded.request_ids[p.request]),
                    schedule_items::slot_id.eq(Some(loaded.slot_ids[p.slot])),
                    schedule_items::table_id.eq(Some(loaded.table_ids[p.table])),
                ))
                .execute(conn)?;
        }
        for u in &schedule.unplaced {
            let r = loaded.problem.requests[u.request];
            diesel::insert_into(schedule_items::table)
                .values((
                    schedule_items::run_id.eq(run),
                    schedule_items::request_id.eq(loaded.request_ids[u.request]),
                    schedule_items::reason.eq(u.reason.describe(name(r.a), name(r.b))),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "schedule.computed",
                subject_type: "schedule_run",
                subject_id: Some(run),
                detail: &format!(
                    "{} of {} requests, {} breaks (at least {bound}), {} moved",
                    schedule.placed.len(),
                    loaded.request_ids.len(),
                    schedule.breaks,
                    schedule.moved
                ),
            },
            now,
        )?;
        Ok(run)
    })
}
