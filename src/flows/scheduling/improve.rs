//! The improvement run of a draft: the exact solver (`scheduler::improve`) keeps working
//! on the draft on a thread of its own and stores every better schedule it finds.
//!
//! One run per expo at a time, whichever app instance starts it: the claim is a row
//! that a partial unique index allows once per expo while it runs. The instance running
//! it beats its heartbeat every second; a run whose heartbeat is older than
//! [`LOST_AFTER_SECONDS`] (its server went away) is marked lost by the next start. Stop
//! is a flag in the same row, so any instance can stop it. Each instance runs at most
//! one solver at a time ([`SolverSlot`]), so the rest of the server keeps a core.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbPool;
use crate::db::schema::{schedule_improvements, schedule_items, schedule_moves, schedule_runs};
use crate::domain::scheduler::{self, Schedule, improve};
use crate::domain::status::{ImproveState, RunStatus};
use crate::domain::{ExpoId, OrganizerId};
use crate::store::{DbConnection, audit};

use super::ScheduleError;
use super::problem::{Loaded, load};
use super::run::store_moves;

/// A run whose heartbeat is older than this is taken to have lost its server.
pub const LOST_AFTER_SECONDS: i64 = 30;

/// How the improvement of a draft stands, for its page.
#[derive(Debug, Clone, Queryable)]
pub struct ImprovementView {
    pub id: i32,
    pub state: ImproveState,
    pub budget_seconds: i32,
    pub stop_requested: bool,
    pub breaks_start: i32,
    pub breaks_best: i32,
    pub bound: i32,
    pub elapsed_ms: i32,
    pub best_at_ms: Option<i32>,
    pub started_at: NaiveDateTime,
    pub heartbeat_at: NaiveDateTime,
}

impl ImprovementView {
    /// The state as it is: a run whose server stopped beating its heartbeat is lost,
    /// though its row still says running until the next start marks it.
    pub fn shown_state(&self) -> ImproveState {
        let stale =
            crate::store::now() - self.heartbeat_at > chrono::Duration::seconds(LOST_AFTER_SECONDS);
        if self.state == ImproveState::Running && stale {
            ImproveState::Lost
        } else {
            self.state
        }
    }

    pub fn running(&self) -> bool {
        self.shown_state() == ImproveState::Running
    }

    pub fn elapsed_seconds(&self) -> i32 {
        self.elapsed_ms / 1000
    }

    pub fn best_at_seconds(&self) -> Option<i32> {
        self.best_at_ms.map(|ms| ms / 1000)
    }

    pub fn proven(&self) -> bool {
        self.bound >= self.breaks_best
    }
}

/// The latest improvement run of a draft, if it had one.
pub fn latest(
    conn: &mut DbConnection,
    expo: ExpoId,
    run: i32,
) -> QueryResult<Option<ImprovementView>> {
    schedule_improvements::table
        .filter(schedule_improvements::expo_id.eq(expo.0))
        .filter(schedule_improvements::run_id.eq(run))
        .order(schedule_improvements::id.desc())
        .select((
            schedule_improvements::id,
            schedule_improvements::state,
            schedule_improvements::budget_seconds,
            schedule_improvements::stop_requested,
            schedule_improvements::breaks_start,
            schedule_improvements::breaks_best,
            schedule_improvements::bound,
            schedule_improvements::elapsed_ms,
            schedule_improvements::best_at_ms,
            schedule_improvements::started_at,
            schedule_improvements::heartbeat_at,
        ))
        .first(conn)
        .optional()
}

/// An app instance's one solver slot: at most one improvement runs per instance, so
/// the rest of the server keeps a core.
#[derive(Debug, Default, Clone)]
pub struct SolverSlot(Arc<AtomicBool>);

impl SolverSlot {
    /// The slot, or `None` while another improvement runs on this instance.
    pub fn take(&self) -> Option<Reservation> {
        self.0
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
            .then(|| Reservation(self.0.clone()))
    }
}

/// The solver slot, held by a running improvement and given back when dropped.
#[derive(Debug)]
pub struct Reservation(Arc<AtomicBool>);

impl Drop for Reservation {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// A claimed improvement run, ready for [`work`].
pub struct Claimed {
    pub id: i32,
    expo: ExpoId,
    run: i32,
    organizer: OrganizerId,
    loaded: Loaded,
    start: Schedule,
    budget: Duration,
}

/// Claims the improvement of draft `run` for `budget`. Refused when the run is not the
/// expo's draft, the expo changed since it was computed (its requests, meetings or
/// slots are not the ones it placed), its breaks are already proven optimal, or
/// another improvement of the expo is running (on any instance).
pub fn start(
    conn: &mut DbConnection,
    expo: ExpoId,
    run: i32,
    organizer: OrganizerId,
    budget: Duration,
    now: NaiveDateTime,
) -> Result<Claimed, ScheduleError> {
    let (status, allow_moves, scheduled): (RunStatus, bool, i32) = schedule_runs::table
        .filter(schedule_runs::id.eq(run))
        .filter(schedule_runs::expo_id.eq(expo.0))
        .select((
            schedule_runs::status,
            schedule_runs::allow_moves,
            schedule_runs::scheduled,
        ))
        .first(conn)
        .optional()?
        .ok_or(ScheduleError::NotFound)?;
    if status != RunStatus::Draft {
        return Err(ScheduleError::Refused(crate::text!(
            "err-improve-not-draft"
        )));
    }
    // As the expo is now: slots that have started since the draft take nothing new,
    // and a draft that placed or moved something there is out of date.
    let loaded = load(conn, expo, allow_moves, now)?;
    let start = draft_schedule(conn, run, &loaded)?
        .filter(|s| i32::try_from(s.placed.len()).ok() == Some(scheduled))
        .ok_or_else(|| ScheduleError::Refused(crate::text!("err-improve-stale")))?;
    if scheduler::lower_bound_for(&loaded.problem, &start) >= start.breaks {
        return Err(ScheduleError::Refused(crate::text!("err-improve-optimal")));
    }
    let budget_seconds = i32::try_from(budget.as_secs()).unwrap_or(i32::MAX);
    let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    let bound = scheduler::lower_bound_for(&loaded.problem, &start);
    let id = conn.write_tx(|conn| {
        // A run whose server went away holds the expo no longer.
        diesel::update(
            schedule_improvements::table
                .filter(schedule_improvements::expo_id.eq(expo.0))
                .filter(schedule_improvements::state.eq(ImproveState::Running))
                .filter(
                    schedule_improvements::heartbeat_at
                        .lt(now - chrono::Duration::seconds(LOST_AFTER_SECONDS)),
                ),
        )
        .set((
            schedule_improvements::state.eq(ImproveState::Lost),
            schedule_improvements::finished_at.eq(Some(now)),
        ))
        .execute(conn)?;
        let running: i64 = schedule_improvements::table
            .filter(schedule_improvements::expo_id.eq(expo.0))
            .filter(schedule_improvements::state.eq(ImproveState::Running))
            .count()
            .get_result(conn)?;
        if running > 0 {
            return Ok(None);
        }
        let id: i32 = diesel::insert_into(schedule_improvements::table)
            .values((
                schedule_improvements::expo_id.eq(expo.0),
                schedule_improvements::run_id.eq(run),
                schedule_improvements::state.eq(ImproveState::Running),
                schedule_improvements::started_by.eq(Some(organizer.0)),
                schedule_improvements::started_at.eq(now),
                schedule_improvements::budget_seconds.eq(budget_seconds),
                schedule_improvements::heartbeat_at.eq(now),
                schedule_improvements::breaks_start.eq(count(start.breaks)),
                schedule_improvements::breaks_best.eq(count(start.breaks)),
                schedule_improvements::bound.eq(count(bound)),
            ))
            .returning(schedule_improvements::id)
            .get_result(conn)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "schedule.improve_started",
                subject_type: "schedule_run",
                subject_id: Some(run),
                detail: &format!("{} breaks, budget {budget_seconds} s", start.breaks),
            },
            now,
        )?;
        Ok(Some(id))
    });
    let id = match id {
        Ok(Some(id)) => id,
        // Another instance claimed it between the count and the insert.
        Ok(None)
        | Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {
            return Err(ScheduleError::Refused(crate::text!("err-improve-running")));
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Claimed {
        id,
        expo,
        run,
        organizer,
        loaded,
        start,
        budget,
    })
}

/// The draft's schedule as the scheduler sees it, or `None` when the expo no longer
/// matches it (a request, movable meeting or slot gone or added).
fn draft_schedule(
    conn: &mut DbConnection,
    run: i32,
    loaded: &Loaded,
) -> Result<Option<Schedule>, ScheduleError> {
    let items: Vec<(i32, Option<i32>)> = schedule_items::table
        .filter(schedule_items::run_id.eq(run))
        .select((schedule_items::request_id, schedule_items::slot_id))
        .load(conn)?;
    let moves: Vec<(i32, i32, i32, i32)> = schedule_moves::table
        .filter(schedule_moves::run_id.eq(run))
        .select((
            schedule_moves::meeting_id,
            schedule_moves::from_slot_id,
            schedule_moves::from_table_id,
            schedule_moves::to_slot_id,
        ))
        .load(conn)?;
    if items.len() != loaded.request_ids.len() {
        return Ok(None);
    }
    // Every move must still start from where its meeting is, and the meeting still be
    // one that may move (not moved by hand, not started since).
    if !moves.iter().all(|(meeting, from_slot, from_table, _)| {
        loaded
            .movable_ids
            .contains(&(*meeting, *from_slot, *from_table))
    }) {
        return Ok(None);
    }
    let slot_index = |id: i32| loaded.slot_ids.iter().position(|s| *s == id);
    let mut slot_of = vec![None; loaded.request_ids.len() + loaded.movable_ids.len()];
    for (request, slot) in items {
        let Some(index) = loaded.request_ids.iter().position(|r| *r == request) else {
            return Ok(None);
        };
        slot_of[index] = match slot {
            Some(slot) => match slot_index(slot) {
                Some(s) => Some(s),
                None => return Ok(None),
            },
            None => None,
        };
    }
    for (k, (meeting, home, _)) in loaded.movable_ids.iter().enumerate() {
        let to = moves
            .iter()
            .find(|(m, ..)| m == meeting)
            .map_or(*home, |m| m.3);
        match slot_index(to) {
            Some(s) => slot_of[loaded.request_ids.len() + k] = Some(s),
            None => return Ok(None),
        }
    }
    let Ok(schedule) = scheduler::assemble(&loaded.problem, &slot_of) else {
        return Ok(None);
    };
    Ok(scheduler::check(&loaded.problem, &schedule)
        .is_ok()
        .then_some(schedule))
}

/// Runs a claimed improvement to its end on the calling thread (never a request
/// thread): the solver here, the heartbeat and stop flag on a helper thread. Every
/// better schedule is stored at once, so stopping keeps the best so far.
pub fn work(pool: DbPool, claimed: Claimed, _slot: Reservation) {
    // The solver yields to the request workers when both want the CPU (Linux niceness
    // is per thread: only this one is lowered).
    if let Err(e) = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 10) {
        tracing::debug!(error = %e, "lowering the solver thread's priority");
    }
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicBool::new(false));
    let began = std::time::Instant::now();
    let heartbeat = {
        let (pool, stop, done, id, run) = (
            pool.clone(),
            stop.clone(),
            done.clone(),
            claimed.id,
            claimed.run,
        );
        std::thread::spawn(move || {
            while !done.load(Ordering::Acquire) {
                if let Ok(mut conn) = pool.get() {
                    match beat(&mut conn, id, run, began.elapsed(), crate::store::now()) {
                        Ok(true) => {}
                        Ok(false) => stop.store(true, Ordering::Release),
                        Err(e) => tracing::warn!(error = %e, "improvement heartbeat"),
                    }
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        })
    };
    let limits = improve::Limits {
        budget: claimed.budget,
        ..Default::default()
    };
    let mut draft_gone = false;
    let mut on_found = |found: improve::Found<'_>| {
        let Ok(mut conn) = pool.get() else { return };
        let stored = match found {
            improve::Found::Better { schedule, elapsed } => {
                save_better(&mut conn, &claimed, schedule, elapsed)
            }
            improve::Found::Bound { bound, .. } => save_bound(&mut conn, &claimed, bound),
        };
        match stored {
            Ok(true) => {}
            Ok(false) => {
                draft_gone = true;
                stop.store(true, Ordering::Release);
            }
            Err(e) => tracing::warn!(error = %e, "storing an improvement"),
        }
    };
    // A panic in the solver (out of memory in an encoding) ends the run as failed,
    // never leaves it looking alive.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        improve::improve(
            &claimed.loaded.problem,
            &claimed.start,
            &limits,
            &stop,
            &mut on_found,
        )
    }))
    .unwrap_or(Err(scheduler::ProblemError::Panicked));
    done.store(true, Ordering::Release);
    let _ = heartbeat.join();
    let elapsed = began.elapsed();
    let (state, best, bound) = match &result {
        Ok(improved) => (
            match improved.ended {
                _ if draft_gone => ImproveState::DraftGone,
                improve::Ended::Proven => ImproveState::Proven,
                improve::Ended::Budget => ImproveState::Budget,
                improve::Ended::Stopped => ImproveState::Stopped,
                improve::Ended::TooLarge => ImproveState::TooLarge,
                improve::Ended::Failed => ImproveState::Failed,
            },
            improved.schedule.breaks,
            improved.bound,
        ),
        Err(e) => {
            tracing::error!(error = %e, "improvement run");
            (ImproveState::Failed, claimed.start.breaks, 0)
        }
    };
    match pool.get() {
        Ok(mut conn) => {
            if let Err(e) = finish(&mut conn, &claimed, state, best, bound, elapsed) {
                tracing::error!(error = %e, expo = claimed.expo.0, "finishing an improvement run");
            }
        }
        Err(e) => tracing::error!(error = %e, "finishing an improvement run"),
    }
}

/// The heartbeat: elapsed time stored; `false` when the run should stop (asked to, or
/// its draft is no longer a draft).
fn beat(
    conn: &mut DbConnection,
    id: i32,
    run: i32,
    elapsed: Duration,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(schedule_improvements::table.find(id))
        .set((
            schedule_improvements::heartbeat_at.eq(now),
            schedule_improvements::elapsed_ms.eq(millis(elapsed)),
        ))
        .execute(conn)?;
    let (stop, state): (bool, ImproveState) = schedule_improvements::table
        .find(id)
        .select((
            schedule_improvements::stop_requested,
            schedule_improvements::state,
        ))
        .first(conn)?;
    // Taken over as lost (this server looked gone): stop writing.
    let stop = stop || state != ImproveState::Running;
    let draft: i64 = schedule_runs::table
        .filter(schedule_runs::id.eq(run))
        .filter(schedule_runs::status.eq(RunStatus::Draft))
        .count()
        .get_result(conn)?;
    Ok(!stop && draft == 1)
}

fn millis(d: Duration) -> i32 {
    i32::try_from(d.as_millis()).unwrap_or(i32::MAX)
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Stores a better schedule as the draft; `false` (nothing stored) when the run is no
/// longer a draft. The run's row is updated first, so publishing or discarding (which
/// update it first too) waits for this or makes this find no draft.
fn save_better(
    conn: &mut DbConnection,
    claimed: &Claimed,
    schedule: &Schedule,
    elapsed: Duration,
) -> Result<bool, diesel::result::Error> {
    let loaded = &claimed.loaded;
    conn.write_tx(|conn| {
        let bound = scheduler::lower_bound_for(&loaded.problem, schedule);
        let mine: i64 = schedule_improvements::table
            .filter(schedule_improvements::id.eq(claimed.id))
            .filter(schedule_improvements::state.eq(ImproveState::Running))
            .count()
            .get_result(conn)?;
        if mine == 0 {
            return Ok(false);
        }
        // Only ever better than what the draft holds now.
        let still = diesel::update(
            schedule_runs::table
                .filter(schedule_runs::id.eq(claimed.run))
                .filter(schedule_runs::status.eq(RunStatus::Draft))
                .filter(schedule_runs::breaks.gt(count(schedule.breaks))),
        )
        .set((
            schedule_runs::breaks.eq(count(schedule.breaks)),
            schedule_runs::moved.eq(count(schedule.moved)),
        ))
        .execute(conn)?;
        if still == 0 {
            return Ok(false);
        }
        // The bound stays what the run proved, at most the new breaks.
        let proven: i32 = schedule_improvements::table
            .find(claimed.id)
            .select(schedule_improvements::bound)
            .first(conn)?;
        let bound = count(bound).max(proven).min(count(schedule.breaks));
        diesel::update(schedule_runs::table.find(claimed.run))
            .set(schedule_runs::breaks_bound.eq(Some(bound)))
            .execute(conn)?;
        for p in &schedule.placed {
            diesel::update(
                schedule_items::table
                    .filter(schedule_items::run_id.eq(claimed.run))
                    .filter(schedule_items::request_id.eq(loaded.request_ids[p.request])),
            )
            .set((
                schedule_items::slot_id.eq(Some(loaded.slot_ids[p.slot])),
                schedule_items::table_id.eq(Some(loaded.table_ids[p.table])),
            ))
            .execute(conn)?;
        }
        diesel::delete(schedule_moves::table.filter(schedule_moves::run_id.eq(claimed.run)))
            .execute(conn)?;
        store_moves(conn, claimed.run, loaded, schedule)?;
        diesel::update(schedule_improvements::table.find(claimed.id))
            .set((
                schedule_improvements::breaks_best.eq(count(schedule.breaks)),
                schedule_improvements::best_at_ms.eq(Some(millis(elapsed))),
                schedule_improvements::bound.eq(bound),
            ))
            .execute(conn)?;
        Ok(true)
    })
}

/// Stores a higher proven bound; `false` when the run is no longer a draft.
fn save_bound(
    conn: &mut DbConnection,
    claimed: &Claimed,
    bound: usize,
) -> Result<bool, diesel::result::Error> {
    conn.write_tx(|conn| {
        let still = diesel::update(
            schedule_runs::table
                .filter(schedule_runs::id.eq(claimed.run))
                .filter(schedule_runs::status.eq(RunStatus::Draft)),
        )
        .set(schedule_runs::breaks_bound.eq(Some(count(bound))))
        .execute(conn)?;
        diesel::update(schedule_improvements::table.find(claimed.id))
            .set(schedule_improvements::bound.eq(count(bound)))
            .execute(conn)?;
        Ok(still == 1)
    })
}

fn finish(
    conn: &mut DbConnection,
    claimed: &Claimed,
    state: ImproveState,
    best: usize,
    bound: usize,
    elapsed: Duration,
) -> Result<(), diesel::result::Error> {
    let now = crate::store::now();
    conn.write_tx(|conn| {
        // Published or discarded meanwhile: that is why it stopped.
        let draft: i64 = schedule_runs::table
            .filter(schedule_runs::id.eq(claimed.run))
            .filter(schedule_runs::status.eq(RunStatus::Draft))
            .count()
            .get_result(conn)?;
        let state = if draft == 0 && state != ImproveState::Proven {
            ImproveState::DraftGone
        } else {
            state
        };
        diesel::update(schedule_improvements::table.find(claimed.id))
            .set((
                schedule_improvements::state.eq(state),
                schedule_improvements::finished_at.eq(Some(now)),
                schedule_improvements::elapsed_ms.eq(millis(elapsed)),
                schedule_improvements::breaks_best.eq(count(best)),
                schedule_improvements::bound.eq(count(bound)),
            ))
            .execute(conn)?;
        if state != ImproveState::DraftGone && state != ImproveState::Failed {
            diesel::update(
                schedule_runs::table
                    .filter(schedule_runs::id.eq(claimed.run))
                    .filter(schedule_runs::status.eq(RunStatus::Draft)),
            )
            .set(schedule_runs::breaks_bound.eq(Some(count(bound))))
            .execute(conn)?;
        }
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(claimed.organizer.0),
                action: "schedule.improve_finished",
                subject_type: "schedule_run",
                subject_id: Some(claimed.run),
                detail: &format!(
                    "{}: {} to {best} breaks (at least {bound}) in {} s",
                    state.label(),
                    claimed.start.breaks,
                    elapsed.as_secs()
                ),
            },
            now,
        )?;
        Ok(())
    })
}

/// Asks the expo's running improvement of `run` to stop (whichever instance runs it);
/// `false` when none runs.
pub fn request_stop(conn: &mut DbConnection, expo: ExpoId, run: i32) -> QueryResult<bool> {
    let n = diesel::update(
        schedule_improvements::table
            .filter(schedule_improvements::expo_id.eq(expo.0))
            .filter(schedule_improvements::run_id.eq(run))
            .filter(schedule_improvements::state.eq(ImproveState::Running)),
    )
    .set(schedule_improvements::stop_requested.eq(true))
    .execute(conn)?;
    Ok(n > 0)
}
