//! The organizer's scheduling: accepted requests in, a draft schedule out (invisible
//! to participants), then published as meetings with each participant's agenda
//! emailed. Existing meetings stay where they are, unless the organizer allows moves:
//! then meetings the scheduler placed before (booked, not started) may move, as few
//! as possible, and publishing tells only the two participants of each moved one.
//! Also the "suggested pairs": the best matches per buyer that have no meeting yet.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    blocked_slots, buyers, consultation_tables, meeting_requests, meetings, schedule_items,
    schedule_moves, schedule_runs, slots, suppliers,
};
use crate::domain::matching::Reason;
use crate::domain::reference;
use crate::domain::scheduler::{
    self, Fixed, Movable, MovableOutcome, Options, Priority, Problem, Request, SlotInfo,
};
use crate::domain::{BuyerId, ExpoId, MeetingId, OrganizerId, Role, SlotId, SupplierId};
use crate::mail::messages::{
    AgendaKind, MailContext, MeetingChange, queue_agenda, queue_meeting_change,
};
use crate::store::{DbConnection, StoreError, audit};

const LIVE: [&str; 2] = ["booked", "held"];

#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("not found")]
    NotFound,
    /// Not possible now, with the reason a person reads.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<StoreError> for ScheduleError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict(why) => Self::Refused(why),
            StoreError::Db(e) => Self::Db(e),
        }
    }
}

/// The expo as the scheduler sees it, with the maps back to database ids.
struct Loaded {
    problem: Problem,
    /// Request index → meeting request id.
    request_ids: Vec<i32>,
    /// Slot index → slot id.
    slot_ids: Vec<i32>,
    /// Table index → table id (active tables in order).
    table_ids: Vec<i32>,
    /// Movable index → (meeting id, slot id, table id) where it is now.
    movable_ids: Vec<(i32, i32, i32)>,
}

/// Participants are numbered suppliers first, then buyers; sessions are (day,
/// morning/afternoon/evening) so a "morning" request may go in any morning. With
/// `allow_moves`, meetings the scheduler placed before that are booked and start
/// after `now` are movable (keeping the session their request asked for); every other
/// live meeting is fixed.
fn load(
    conn: &mut DbConnection,
    expo: ExpoId,
    allow_moves: bool,
    now: NaiveDateTime,
) -> QueryResult<Loaded> {
    let supplier_ids: Vec<i32> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::status.eq("approved"))
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
    let table_ids: Vec<i32> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::active.eq(true))
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
    type Existing = (
        i32,
        i32,
        i32,
        i32,
        i32,
        String,
        String,
        NaiveDateTime,
        Option<String>,
    );
    let existing: Vec<Existing> = meetings::table
        .inner_join(slots::table)
        .left_join(
            meeting_requests::table.on(meeting_requests::id.nullable().eq(meetings::request_id)),
        )
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(LIVE))
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
        if allow_moves && source == "scheduler" && status == "booked" && starts_at > now {
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
        .filter(meeting_requests::status.eq("accepted"))
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
            return Err(ScheduleError::Refused(
                "There are no accepted requests waiting to be scheduled.".into(),
            ));
        }
        if loaded.problem.slots.is_empty() || loaded.table_ids.is_empty() {
            return Err(ScheduleError::Refused(
                "Add consultation days and tables first.".into(),
            ));
        }
    }
    let schedule = scheduler::schedule(&loaded.problem, options)
        .map_err(|e| ScheduleError::Refused(format!("The expo's data is inconsistent: {e}")))?;
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
        return Err(ScheduleError::Refused(format!(
            "The meeting of {} with {} fits nowhere any more ({}): move or cancel it first.",
            name(m.a),
            name(m.b),
            why.describe(name(m.a), name(m.b))
        )));
    }
    conn.write_tx(|conn| {
        diesel::update(
            schedule_runs::table
                .filter(schedule_runs::expo_id.eq(expo.0))
                .filter(schedule_runs::status.eq("draft")),
        )
        .set(schedule_runs::status.eq("discarded"))
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
            ))
            .returning(schedule_runs::id)
            .get_result(conn)?;
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
                    "{} of {} requests, {} breaks, {} moved",
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

/// Display names in the scheduler's participant order (suppliers, then buyers).
fn participant_names(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<String>> {
    let mut names: Vec<String> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::status.eq("approved"))
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

/// A draft or published run with its lines, for the organizer's page.
#[derive(Clone, Debug)]
pub struct RunView {
    pub id: i32,
    pub expo: ExpoId,
    pub status: String,
    pub requests: i32,
    pub scheduled: i32,
    pub breaks: i32,
    pub created_at: NaiveDateTime,
    pub lines: Vec<RunLine>,
    /// Whether earlier scheduler meetings could move in this run, and those that do.
    pub allow_moves: bool,
    pub moves: Vec<MoveLine>,
}

/// A meeting the run moves: from where to where (starts, ends, table label).
#[derive(Clone, Debug)]
pub struct MoveLine {
    pub meeting: MeetingId,
    pub supplier_name: String,
    pub buyer_name: String,
    pub from: (NaiveDateTime, NaiveDateTime, String),
    pub to: (NaiveDateTime, NaiveDateTime, String),
}

#[derive(Clone, Debug)]
pub struct RunLine {
    pub supplier: SupplierId,
    pub supplier_name: String,
    pub buyer: BuyerId,
    pub buyer_name: String,
    pub priority: String,
    /// (starts, ends, table label) when placed.
    pub placed: Option<(NaiveDateTime, NaiveDateTime, String)>,
    pub reason: String,
}

impl RunView {
    /// Meetings per participant in this run: (name, role, placed meetings), most first.
    pub fn per_participant(&self) -> Vec<(String, &'static str, usize)> {
        let mut counts: HashMap<(String, &'static str), usize> = HashMap::new();
        for l in self.lines.iter().filter(|l| l.placed.is_some()) {
            *counts
                .entry((l.supplier_name.clone(), "supplier"))
                .or_default() += 1;
            *counts.entry((l.buyer_name.clone(), "buyer")).or_default() += 1;
        }
        let mut out: Vec<_> = counts.into_iter().map(|((n, r), c)| (n, r, c)).collect();
        out.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)));
        out
    }
}

/// The run of this expo with its lines (placed in time order, then the unplaced), or
/// `None`.
pub fn view(conn: &mut DbConnection, expo: ExpoId, run: i32) -> QueryResult<Option<RunView>> {
    let Some((id, status, requests, scheduled, breaks, created_at, allow_moves)) =
        schedule_runs::table
            .filter(schedule_runs::id.eq(run))
            .filter(schedule_runs::expo_id.eq(expo.0))
            .select((
                schedule_runs::id,
                schedule_runs::status,
                schedule_runs::requests,
                schedule_runs::scheduled,
                schedule_runs::breaks,
                schedule_runs::created_at,
                schedule_runs::allow_moves,
            ))
            .first::<(i32, String, i32, i32, i32, NaiveDateTime, bool)>(conn)
            .optional()?
    else {
        return Ok(None);
    };
    type Row = (
        (i32, String, i32, String, String),
        (Option<i32>, Option<i32>, String),
    );
    let rows: Vec<Row> = schedule_items::table
        .inner_join(meeting_requests::table)
        .inner_join(suppliers::table.on(suppliers::id.eq(meeting_requests::supplier_id)))
        .inner_join(buyers::table.on(buyers::id.eq(meeting_requests::buyer_id)))
        .filter(schedule_items::run_id.eq(id))
        .select((
            (
                suppliers::id,
                suppliers::company_name_en,
                buyers::id,
                buyers::name,
                meeting_requests::priority,
            ),
            (
                schedule_items::slot_id,
                schedule_items::table_id,
                schedule_items::reason,
            ),
        ))
        .load(conn)?;
    let move_rows: Vec<(i32, i32, i32, i32, i32, String, String)> = schedule_moves::table
        .inner_join(
            meetings::table
                .inner_join(suppliers::table)
                .inner_join(buyers::table),
        )
        .filter(schedule_moves::run_id.eq(id))
        .select((
            schedule_moves::meeting_id,
            schedule_moves::from_slot_id,
            schedule_moves::from_table_id,
            schedule_moves::to_slot_id,
            schedule_moves::to_table_id,
            suppliers::company_name_en,
            buyers::name,
        ))
        .load(conn)?;
    let slot_ids: Vec<i32> = rows
        .iter()
        .filter_map(|r| r.1.0)
        .chain(move_rows.iter().flat_map(|m| [m.1, m.3]))
        .collect();
    let times: HashMap<i32, (NaiveDateTime, NaiveDateTime)> = slots::table
        .filter(slots::id.eq_any(&slot_ids))
        .select((slots::id, slots::starts_at, slots::ends_at))
        .load::<(i32, NaiveDateTime, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(id, s, e)| (id, (s, e)))
        .collect();
    // Each table's place in the room and its label: rows of one slot list tables in the
    // room's order (A2 before A10), not by label.
    let tables: HashMap<i32, (i32, String)> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .select((
            consultation_tables::id,
            consultation_tables::position,
            consultation_tables::label,
        ))
        .load::<(i32, i32, String)>(conn)?
        .into_iter()
        .map(|(id, position, label)| (id, (position, label)))
        .collect();
    let position = |table: i32| tables.get(&table).map_or(i32::MAX, |t| t.0);
    let label = |table: i32| tables.get(&table).map(|t| t.1.clone()).unwrap_or_default();
    let mut lines: Vec<(Option<(NaiveDateTime, i32)>, RunLine)> = rows
        .into_iter()
        .map(
            |((supplier, supplier_name, buyer, buyer_name, priority), (slot, table, reason))| {
                let placed = slot.zip(table).and_then(|(slot, table)| {
                    let (s, e) = times.get(&slot)?;
                    Some((*s, *e, table))
                });
                let order = placed.map(|(s, _, table)| (s, position(table)));
                let placed = placed.map(|(s, e, table)| (s, e, label(table)));
                (
                    order,
                    RunLine {
                        supplier: SupplierId(supplier),
                        supplier_name,
                        buyer: BuyerId(buyer),
                        buyer_name,
                        priority,
                        placed,
                        reason,
                    },
                )
            },
        )
        .collect();
    let at = |slot: i32, table: i32| {
        let (s, e) = times.get(&slot).copied().unwrap_or_default();
        (s, e, label(table))
    };
    let mut moves: Vec<((NaiveDateTime, i32), MoveLine)> = move_rows
        .into_iter()
        .map(|(meeting, fs, ft, ts, tt, supplier_name, buyer_name)| {
            let line = MoveLine {
                meeting: MeetingId(meeting),
                supplier_name,
                buyer_name,
                from: at(fs, ft),
                to: at(ts, tt),
            };
            ((line.from.0, position(ft)), line)
        })
        .collect();
    moves.sort_by_key(|(order, _)| *order);
    let moves = moves.into_iter().map(|(_, line)| line).collect();
    lines.sort_by(|(x_order, x), (y_order, y)| match (x_order, y_order) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => x.supplier_name.cmp(&y.supplier_name),
    });
    let lines = lines.into_iter().map(|(_, line)| line).collect();
    Ok(Some(RunView {
        id,
        expo,
        status,
        requests,
        scheduled,
        breaks,
        created_at,
        lines,
        allow_moves,
        moves,
    }))
}

/// (id, status, requests, scheduled, breaks, when computed)
pub type RunRow = (i32, String, i32, i32, i32, NaiveDateTime);

/// The expo's runs, newest first.
pub fn runs(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<RunRow>> {
    schedule_runs::table
        .filter(schedule_runs::expo_id.eq(expo.0))
        .order(schedule_runs::id.desc())
        .limit(20)
        .select((
            schedule_runs::id,
            schedule_runs::status,
            schedule_runs::requests,
            schedule_runs::scheduled,
            schedule_runs::breaks,
            schedule_runs::created_at,
        ))
        .load(conn)
}

/// Accepted requests waiting to be scheduled.
pub fn waiting(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<i64> {
    meeting_requests::table
        .filter(meeting_requests::expo_id.eq(expo.0))
        .filter(meeting_requests::status.eq("accepted"))
        .count()
        .get_result(conn)
}

/// Publishes a draft: each placement becomes a meeting (source "scheduler", linked to
/// its request, which becomes "scheduled"), and every participant with a new meeting
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
    let stale = || {
        ScheduleError::Refused(
            "Meetings or requests changed since this draft was computed; compute the schedule again."
                .into(),
        )
    };
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
                .filter(schedule_runs::status.eq("draft")),
        )
        .set((
            schedule_runs::status.eq("published"),
            schedule_runs::published_at.eq(Some(now)),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(ScheduleError::Refused(
                "Only the current draft can be published.".into(),
            ));
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
                    .filter(meetings::status.eq("booked"))
                    .filter(meetings::slot_id.eq(from_slot))
                    .filter(meetings::table_id.eq(from_table)),
            )
            .set(meetings::status.eq("cancelled"))
            .execute(conn)?;
            if parked != 1 {
                return Err(stale());
            }
        }
        for (meeting, _, _, to_slot, to_table) in &moves {
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
                    meetings::status.eq("booked"),
                    meetings::slot_id.eq(to_slot),
                    meetings::table_id.eq(to_table),
                    meetings::updated_at.eq(now),
                ))
                .execute(conn)
                .map_err(taken)?;
        }
        for (meeting, ..) in &moves {
            queue_meeting_change(conn, MeetingId(*meeting), MeetingChange::Moved, ctx, now)?;
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
                    .filter(meeting_requests::status.eq("accepted")),
            )
            .set(meeting_requests::status.eq("scheduled"))
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
            diesel::insert_into(meetings::table)
                .values((
                    meetings::expo_id.eq(expo.0),
                    meetings::slot_id.eq(slot),
                    meetings::table_id.eq(table),
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
            .filter(schedule_runs::status.eq("draft")),
    )
    .set(schedule_runs::status.eq("discarded"))
    .execute(conn)?;
    if changed == 1 {
        Ok(())
    } else {
        Err(ScheduleError::Refused(
            "Only a draft can be discarded.".into(),
        ))
    }
}

/// A buyer's best matches that have no meeting and no open request yet.
#[derive(Clone, Debug)]
pub struct Suggestion {
    pub buyer: BuyerId,
    pub buyer_name: String,
    pub organisation: String,
    /// The buyer's country by name (the code when it is not a known one).
    pub country: String,
    /// (supplier, English name, Korean name, score, reasons), best first.
    pub picks: Vec<(SupplierId, String, String, u32, Vec<String>)>,
}

/// Up to `per_buyer` suggestions for every buyer with a complete profile.
pub fn suggested_pairs(
    conn: &mut DbConnection,
    expo: ExpoId,
    per_buyer: usize,
) -> QueryResult<Vec<Suggestion>> {
    let rows: Vec<(i32, String, String, String)> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .filter(buyers::profile_completed_at.is_not_null())
        .order(buyers::name)
        .select((
            buyers::id,
            buyers::name,
            buyers::organisation,
            buyers::country,
        ))
        .load(conn)?;
    let taken: BTreeSet<(i32, i32)> = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(LIVE))
        .select((meetings::buyer_id, meetings::supplier_id))
        .load::<(i32, i32)>(conn)?
        .into_iter()
        .chain(
            meeting_requests::table
                .filter(meeting_requests::expo_id.eq(expo.0))
                .filter(meeting_requests::status.eq_any(["pending", "accepted", "scheduled"]))
                .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                .load::<(i32, i32)>(conn)?,
        )
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for (id, name, organisation, country) in rows {
        let Some(facts) = super::booking::buyer_facts(conn, BuyerId(id))? else {
            continue;
        };
        let picks = super::booking::supplier_cards(conn, &facts, None)?
            .into_iter()
            .filter(|card| card.fit.score > 0 && !taken.contains(&(id, card.id.0)))
            .take(per_buyer)
            .map(|card| {
                (
                    card.id,
                    card.name_en,
                    card.name_ko,
                    card.fit.score,
                    card.fit.reasons.iter().map(Reason::for_organizer).collect(),
                )
            })
            .collect();
        out.push(Suggestion {
            buyer: BuyerId(id),
            buyer_name: name,
            organisation,
            country: reference::country_name(&country).map_or(country, str::to_owned),
            picks,
        });
    }
    Ok(out)
}
