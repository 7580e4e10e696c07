//! A run as the organizer reads it: its lines, its moves, and the list of runs.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    buyers, consultation_tables, meeting_requests, meetings, schedule_items, schedule_moves,
    schedule_runs, slots, suppliers,
};
use crate::domain::status::{RequestStatus, RunStatus};
use crate::domain::{BuyerId, ExpoId, MeetingId, SupplierId};
use crate::store::DbConnection;

/// A draft or published run with its lines, for the organizer's page.
#[derive(Clone, Debug)]
pub struct RunView {
    pub id: i32,
    pub expo: ExpoId,
    pub status: RunStatus,
    pub requests: i32,
    pub scheduled: i32,
    pub breaks: i32,
    /// No schedule of the same meetings has fewer breaks (`None` for older runs).
    pub breaks_bound: Option<i32>,
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
    let Some(((id, status, requests, scheduled, breaks, created_at, allow_moves), breaks_bound)) =
        schedule_runs::table
            .filter(schedule_runs::id.eq(run))
            .filter(schedule_runs::expo_id.eq(expo.0))
            .select((
                (
                    schedule_runs::id,
                    schedule_runs::status,
                    schedule_runs::requests,
                    schedule_runs::scheduled,
                    schedule_runs::breaks,
                    schedule_runs::created_at,
                    schedule_runs::allow_moves,
                ),
                schedule_runs::breaks_bound,
            ))
            .first::<(
                (i32, RunStatus, i32, i32, i32, NaiveDateTime, bool),
                Option<i32>,
            )>(conn)
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
        breaks_bound,
        created_at,
        lines,
        allow_moves,
        moves,
    }))
}

/// One run as the schedule page lists it.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = schedule_runs)]
pub struct RunRow {
    pub id: i32,
    pub status: RunStatus,
    pub requests: i32,
    pub scheduled: i32,
    pub breaks: i32,
    pub created_at: NaiveDateTime,
}

/// The expo's runs, newest first.
pub fn runs(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<RunRow>> {
    schedule_runs::table
        .filter(schedule_runs::expo_id.eq(expo.0))
        .order(schedule_runs::id.desc())
        .limit(20)
        .select(RunRow::as_select())
        .load(conn)
}

/// Accepted requests waiting to be scheduled.
pub fn waiting(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<i64> {
    meeting_requests::table
        .filter(meeting_requests::expo_id.eq(expo.0))
        .filter(meeting_requests::status.eq(RequestStatus::Accepted))
        .count()
        .get_result(conn)
}
