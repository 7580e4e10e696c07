//! Publishing a draft as meetings, with each participant emailed; discarding it.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    meeting_requests, meetings, schedule_items, schedule_moves, schedule_runs,
};
use crate::domain::status::{MeetingStatus, RequestStatus, RunStatus};
use crate::domain::{BuyerId, ExpoId, MeetingId, OrganizerId, Role, SlotId, SupplierId};
use crate::mail::messages::{
    AgendaKind, MailContext, MeetingChange, queue_agenda, queue_meeting_change,
};
use crate::store::{DbConnection, StoreError, audit};

use super::ScheduleError;

/// Publishes a draft: each placement becomes a meeting (source "scheduler", linked to
/// its request, which becomes scheduled), and every participant with a new meeting
/// is emailed its whole agenda — all in one transaction. If anything changed since
/// the draft (a slot taken, a request withdrawn), nothing is published and the
/// organizer is asked to compute again. Moves of earlier scheduler meetings happen
/// first, and only the two participants of each moved meeting hear of it (an updated
/// calendar invitation). Returns (meetings created, people emailed their agenda,
/// meetings moved).
pub fn publish(
    conn: &mut DbConnection,
    expo: ExpoId,
    run: i32,
    organizer: OrganizerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(usize, usize, usize), ScheduleError> {
    let stale = || ScheduleError::Refused(crate::text!("err-schedule-stale"));
    // A unique index refusing a placement: someone took that time meanwhile.
    let taken = |e| match StoreError::from_unique(e, "") {
        StoreError::Conflict(_) => stale(),
        other => other.into(),
    };
    conn.write_tx(|conn| {
        let changed = diesel::update(
            schedule_runs::table
                .filter(schedule_runs::id.eq(run))
                .filter(schedule_runs::expo_id.eq(expo.0))
                .filter(schedule_runs::status.eq(RunStatus::Draft)),
        )
        .set((
            schedule_runs::status.eq(RunStatus::Published),
            schedule_runs::published_at.eq(Some(now)),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(ScheduleError::Refused(crate::text!(
                "err-schedule-not-current-draft"
            )));
        }
        let moves: Vec<(i32, i32, i32, i32, i32)> = schedule_moves::table
            .filter(schedule_moves::run_id.eq(run))
            .order(schedule_moves::id)
            .select((
                schedule_moves::meeting_id,
                schedule_moves::from_slot_id,
                schedule_moves::from_table_id,
                schedule_moves::to_slot_id,
                schedule_moves::to_table_id,
            ))
            .load(conn)?;
        // Two steps, so meetings that swap places never collide halfway: take every
        // moving meeting off the grid (a status the no-double-booking indexes ignore),
        // then put each at its new place as booked again.
        for (meeting, from_slot, from_table, _, _) in &moves {
            let parked = diesel::update(
                meetings::table
                    .find(meeting)
                    .filter(meetings::status.eq(MeetingStatus::Booked))
                    .filter(meetings::slot_id.eq(from_slot))
                    .filter(meetings::table_id.eq(from_table)),
            )
            .set(meetings::status.eq(MeetingStatus::Cancelled))
            .execute(conn)?;
            if parked != 1 {
                return Err(stale());
            }
        }
        let mut interpreters_before = Vec::new();
        for (meeting, _, _, to_slot, to_table) in &moves {
            interpreters_before.push(crate::flows::interpreters::current(
                conn,
                MeetingId(*meeting),
            )?);
            let (buyer, supplier): (i32, i32) = meetings::table
                .find(meeting)
                .select((meetings::buyer_id, meetings::supplier_id))
                .first(conn)?;
            if crate::store::meetings::either_blocked(
                conn,
                SlotId(*to_slot),
                BuyerId(buyer),
                SupplierId(supplier),
            )? {
                return Err(stale());
            }
            crate::store::interpreters::release_if_busy(conn, MeetingId(*meeting), *to_slot)?;
            diesel::update(meetings::table.find(meeting))
                .set((
                    meetings::status.eq(MeetingStatus::Booked),
                    meetings::slot_id.eq(to_slot),
                    meetings::table_id.eq(to_table),
                    meetings::updated_at.eq(now),
                ))
                .execute(conn)
                .map_err(taken)?;
        }
        for ((meeting, ..), before) in moves.iter().zip(interpreters_before) {
            let meeting = MeetingId(*meeting);
            crate::flows::interpreters::tell_if_released(conn, meeting, before, ctx, now)?;
            queue_meeting_change(conn, meeting, MeetingChange::Moved, ctx, now)?;
        }
        let items: Vec<(i32, i32, i32, i32, i32)> = schedule_items::table
            .inner_join(meeting_requests::table)
            .filter(schedule_items::run_id.eq(run))
            .filter(schedule_items::slot_id.is_not_null())
            .select((
                meeting_requests::id,
                meeting_requests::buyer_id,
                meeting_requests::supplier_id,
                schedule_items::slot_id.assume_not_null(),
                schedule_items::table_id.assume_not_null(),
            ))
            .load(conn)?;
        let mut people: BTreeSet<(bool, i32)> = BTreeSet::new();
        for (request, buyer, supplier, slot, table) in &items {
            crate::store::lock_buyer(conn, BuyerId(*buyer))?;
            crate::store::lock_supplier(conn, SupplierId(*supplier))?;
            let still_accepted = diesel::update(
                meeting_requests::table
                    .find(request)
                    .filter(meeting_requests::status.eq(RequestStatus::Accepted)),
            )
            .set(meeting_requests::status.eq(RequestStatus::Scheduled))
            .execute(conn)?;
            if still_accepted != 1 {
                return Err(stale());
            }
            if crate::store::meetings::either_blocked(
                conn,
                SlotId(*slot),
                BuyerId(*buyer),
                SupplierId(*supplier),
            )? {
                return Err(stale());
            }
            // A remote buyer's meeting (or one on an online day) goes to an online room
            // instead of the table the scheduler kept for it.
            let mode = crate::store::online::mode_for(conn, expo, BuyerId(*buyer), SlotId(*slot))?;
            let table = if mode == crate::domain::status::MeetingMode::Online {
                crate::store::online::free_room(conn, expo, SlotId(*slot), &[])?.0
            } else {
                *table
            };
            diesel::insert_into(meetings::table)
                .values((
                    meetings::expo_id.eq(expo.0),
                    meetings::slot_id.eq(slot),
                    meetings::table_id.eq(table),
                    meetings::mode.eq(mode),
                    meetings::buyer_id.eq(buyer),
                    meetings::supplier_id.eq(supplier),
                    meetings::request_id.eq(Some(*request)),
                    meetings::source.eq("scheduler"),
                    meetings::created_at.eq(now),
                    meetings::updated_at.eq(now),
                ))
                .execute(conn)
                .map_err(taken)?;
            people.insert((true, *buyer));
            people.insert((false, *supplier));
        }
        for (is_buyer, id) in &people {
            let role = if *is_buyer {
                Role::Buyer
            } else {
                Role::Supplier
            };
            queue_agenda(conn, role, *id, AgendaKind::Published, ctx, now)?;
        }
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "schedule.published",
                subject_type: "schedule_run",
                subject_id: Some(run),
                detail: &format!(
                    "{} meetings, {} people emailed, {} moved",
                    items.len(),
                    people.len(),
                    moves.len()
                ),
            },
            now,
        )?;
        Ok((items.len(), people.len(), moves.len()))
    })
}

/// Discards a draft. Errors: `Refused` for a run that is not a draft.
pub fn discard(conn: &mut DbConnection, expo: ExpoId, run: i32) -> Result<(), ScheduleError> {
    let changed = diesel::update(
        schedule_runs::table
            .filter(schedule_runs::id.eq(run))
            .filter(schedule_runs::expo_id.eq(expo.0))
            .filter(schedule_runs::status.eq(RunStatus::Draft)),
    )
    .set(schedule_runs::status.eq(RunStatus::Discarded))
    .execute(conn)?;
    if changed == 1 {
        Ok(())
    } else {
        Err(ScheduleError::Refused(crate::text!(
            "err-schedule-not-a-draft"
        )))
    }
}
