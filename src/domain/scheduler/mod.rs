//! The auto-scheduler: places accepted meeting requests into time slots and tables.
//!
//! Pure and index-based: the caller maps its participants, slots and requests to
//! `0..n` indices, calls [`schedule`], and maps the answer back. No I/O, no clock
//! except the optional wall-clock cap in [`Options::deadline`]; with the same input,
//! options and no deadline reached, the output is the same on every run, whatever the
//! machine's load (see [`Options::threads`]).
//!
//! Objectives, in order: place every movable meeting (see [`Movable`]), then as many
//! requests as possible ("must meet" first), then move as few movable meetings as
//! possible, then as few breaks as possible (a break is a maximal run of idle slots
//! between two of a participant's meetings on the same day), then spread breaks evenly
//! over people.
//!
//! How (see `search.rs`): a greedy start, most constrained request first; an ejection
//! search that places what is left by bumping conflicting meetings into a queue; then
//! simulated annealing over Kempe-chain swaps between two slots, which keep every hard
//! rule by construction and score only the participants they touch, and which mostly
//! start from the edge of a run of someone with a break. Two such searches run side by
//! side from different seeds by default, and the better result is kept.

pub mod dzn;
pub mod generate;
mod reason;
mod search;
mod tables;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

pub use reason::{Side, UnplacedReason};

/// Slots of one day hold at most this many positions: a participant's day is a bit mask.
pub const MAX_SLOTS_PER_DAY: usize = 128;

/// One time slot. Slots are given in time order; consecutive slots of the same `day`
/// are adjacent in time (an idle slot between two meetings is a break).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotInfo {
    /// Any number; slots of one day are consecutive in the slot list.
    pub day: usize,
    /// The session (e.g. "day 2 morning") a request may ask for; any number.
    pub session: usize,
    /// Meetings the slot can hold at once.
    pub tables: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Priority {
    Must,
    WouldLike,
}

/// A meeting that already exists: it keeps its slot (and its table, when given).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fixed {
    pub a: usize,
    pub b: usize,
    pub slot: usize,
    pub table: Option<usize>,
}

/// A meeting that already exists and must still take place, but may change slot when
/// that lets more requests in (a re-run after late changes with moves allowed). It is
/// placed before any request: a request never takes its place unless it can go
/// elsewhere. Among schedules placing the same, the one moving the fewest movable
/// meetings wins, before breaks are counted.
///
/// It counts as moved when it ends in another slot than `slot`, or, when `table` is
/// given, in `slot` at another table. Tables are kept where they can be: a movable
/// meeting that stays in its slot keeps its table unless a fixed meeting (or another
/// movable one) claims it, or the slot no longer has that many tables.
///
/// Unlike a [`Fixed`] meeting, `slot` may be blocked by now, or taken: the meeting
/// then moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Movable {
    pub a: usize,
    pub b: usize,
    /// Where it is now.
    pub slot: usize,
    pub table: Option<usize>,
    /// If it moves, only to slots of this session; `None` for any slot. Its current
    /// slot is allowed whatever its session.
    pub session: Option<usize>,
}

/// A meeting to place. `a` is the side that stays at its table (the supplier).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    pub a: usize,
    pub b: usize,
    pub priority: Priority,
    /// Only slots whose `session` equals this; `None` for any slot.
    pub session: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problem {
    /// Participants are `0..participants`.
    pub participants: usize,
    pub slots: Vec<SlotInfo>,
    /// Per participant (exactly `participants` entries), the slots it cannot meet in.
    pub blocked: Vec<Vec<usize>>,
    pub fixed: Vec<Fixed>,
    /// Existing meetings that may move; empty for a run where every existing meeting
    /// stays where it is (give those as `fixed`).
    pub movable: Vec<Movable>,
    pub requests: Vec<Request>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The search budget in moves, per search. Deterministic: the same budget gives
    /// the same result.
    pub max_iterations: u64,
    /// An extra wall-clock cap, per search. When it cuts a search short the result is
    /// still valid, but may differ from run to run.
    pub deadline: Option<Duration>,
    pub seed: u64,
    /// Independent searches run side by side on their own threads, with seeds `seed`,
    /// `seed + k`, `seed + 2k`, ... (a fixed odd `k`); the best result is kept, the
    /// first one on a tie. Which one wins depends only on their results, never on
    /// which finishes first, so `threads` is part of what makes a run reproducible.
    /// 1 runs the single search on the calling thread.
    pub threads: usize,
}

impl Default for Options {
    /// About a second for a thousand requests in a release build, on two cores.
    fn default() -> Self {
        Self {
            max_iterations: 3_000_000,
            deadline: None,
            seed: 0x5eed,
            threads: 2,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub request: usize,
    pub slot: usize,
    pub table: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplaced {
    pub request: usize,
    pub reason: UnplacedReason,
}

/// Where a [`Movable`] meeting ended up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MovableOutcome {
    /// In its slot, and at its table when it had one.
    Stayed { slot: usize, table: usize },
    /// In another slot, or at another table of its slot (see [`Movable`]).
    Moved { slot: usize, table: usize },
    /// No slot could take it: the reason speaks of it as of a request.
    Unplaced(UnplacedReason),
}

impl MovableOutcome {
    /// The slot and table, if placed.
    pub fn placement(&self) -> Option<(usize, usize)> {
        match *self {
            Self::Stayed { slot, table } | Self::Moved { slot, table } => Some((slot, table)),
            Self::Unplaced(_) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Sorted by request index.
    pub placed: Vec<Placement>,
    /// Sorted by request index. Every request is in exactly one of the two lists.
    pub unplaced: Vec<Unplaced>,
    /// The table of each fixed meeting: the given one, or the one chosen for it.
    pub fixed_tables: Vec<usize>,
    /// One entry per movable meeting, in the problem's order.
    pub movable: Vec<MovableOutcome>,
    /// How many of `movable` are `Moved`.
    pub moved: usize,
    /// Breaks of all participants, fixed and movable meetings included.
    pub breaks: usize,
    pub breaks_per_participant: Vec<usize>,
}

/// Input the scheduler refuses: it names the entry so the caller can fix its mapping.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProblemError {
    #[error("blocked has {got} entries for {participants} participants")]
    BlockedLength { got: usize, participants: usize },
    #[error("participant {participant} blocks slot {slot}, but there are {slots} slots")]
    BlockedSlot {
        participant: usize,
        slot: usize,
        slots: usize,
    },
    #[error(
        "slot {slot} is on day {day} after a slot of day {previous}: slots must be in time order"
    )]
    DaysOutOfOrder {
        slot: usize,
        day: usize,
        previous: usize,
    },
    #[error("day {day} has more than {MAX_SLOTS_PER_DAY} slots")]
    DayTooLong { day: usize },
    #[error("{what} {index} names participant {participant}, but there are {participants}")]
    Participant {
        what: &'static str,
        index: usize,
        participant: usize,
        participants: usize,
    },
    #[error("{what} {index} pairs participant {participant} with itself")]
    SelfMeeting {
        what: &'static str,
        index: usize,
        participant: usize,
    },
    #[error("fixed meeting {index} is in slot {slot}, but there are {slots} slots")]
    FixedSlot {
        index: usize,
        slot: usize,
        slots: usize,
    },
    #[error("fixed meeting {index} is at table {table}, but slot {slot} has {tables} tables")]
    FixedTable {
        index: usize,
        slot: usize,
        table: usize,
        tables: usize,
    },
    #[error("fixed meetings {first} and {second} share participant {participant} in slot {slot}")]
    FixedDoubleBooked {
        first: usize,
        second: usize,
        participant: usize,
        slot: usize,
    },
    #[error("fixed meetings {first} and {second} share table {table} in slot {slot}")]
    FixedSameTable {
        first: usize,
        second: usize,
        table: usize,
        slot: usize,
    },
    #[error("slot {slot} holds {fixed} fixed meetings but has {tables} tables")]
    FixedOverfull {
        slot: usize,
        fixed: usize,
        tables: usize,
    },
    #[error("movable meeting {index} is in slot {slot}, but there are {slots} slots")]
    MovableSlot {
        index: usize,
        slot: usize,
        slots: usize,
    },
    #[error("fixed meeting {index} is in slot {slot}, which participant {participant} blocks")]
    FixedBlocked {
        index: usize,
        slot: usize,
        participant: usize,
    },
}

impl Problem {
    /// Checks every index and the fixed meetings against each other. [`schedule`] calls
    /// it; after `Ok`, no index in the problem is out of range.
    pub fn validate(&self) -> Result<(), ProblemError> {
        let n = self.participants;
        let ns = self.slots.len();
        if self.blocked.len() != n {
            return Err(ProblemError::BlockedLength {
                got: self.blocked.len(),
                participants: n,
            });
        }
        for (participant, slots) in self.blocked.iter().enumerate() {
            if let Some(&slot) = slots.iter().find(|&&s| s >= ns) {
                return Err(ProblemError::BlockedSlot {
                    participant,
                    slot,
                    slots: ns,
                });
            }
        }
        let mut run = 0;
        for (slot, pair) in self.slots.windows(2).enumerate() {
            run = if pair[0].day == pair[1].day {
                run + 1
            } else {
                0
            };
            if pair[1].day < pair[0].day {
                return Err(ProblemError::DaysOutOfOrder {
                    slot: slot + 1,
                    day: pair[1].day,
                    previous: pair[0].day,
                });
            }
            if run + 1 >= MAX_SLOTS_PER_DAY {
                return Err(ProblemError::DayTooLong { day: pair[1].day });
            }
        }
        let pair_check = |what: &'static str, index: usize, a: usize, b: usize| {
            for participant in [a, b] {
                if participant >= n {
                    return Err(ProblemError::Participant {
                        what,
                        index,
                        participant,
                        participants: n,
                    });
                }
            }
            if a == b {
                return Err(ProblemError::SelfMeeting {
                    what,
                    index,
                    participant: a,
                });
            }
            Ok(())
        };
        for (index, r) in self.requests.iter().enumerate() {
            pair_check("request", index, r.a, r.b)?;
        }
        for (index, m) in self.movable.iter().enumerate() {
            pair_check("movable meeting", index, m.a, m.b)?;
            if m.slot >= ns {
                return Err(ProblemError::MovableSlot {
                    index,
                    slot: m.slot,
                    slots: ns,
                });
            }
        }
        self.validate_fixed(pair_check)
    }

    fn validate_fixed(
        &self,
        pair_check: impl Fn(&'static str, usize, usize, usize) -> Result<(), ProblemError>,
    ) -> Result<(), ProblemError> {
        let ns = self.slots.len();
        let mut holder: std::collections::HashMap<(usize, usize), usize> = Default::default();
        let mut table_holder: std::collections::HashMap<(usize, usize), usize> = Default::default();
        let mut per_slot = vec![0usize; ns];
        for (index, f) in self.fixed.iter().enumerate() {
            pair_check("fixed meeting", index, f.a, f.b)?;
            if f.slot >= ns {
                return Err(ProblemError::FixedSlot {
                    index,
                    slot: f.slot,
                    slots: ns,
                });
            }
            let tables = self.slots[f.slot].tables;
            if let Some(table) = f.table {
                if table >= tables {
                    return Err(ProblemError::FixedTable {
                        index,
                        slot: f.slot,
                        table,
                        tables,
                    });
                }
                if let Some(first) = table_holder.insert((f.slot, table), index) {
                    return Err(ProblemError::FixedSameTable {
                        first,
                        second: index,
                        table,
                        slot: f.slot,
                    });
                }
            }
            for participant in [f.a, f.b] {
                if self.blocked[participant].contains(&f.slot) {
                    return Err(ProblemError::FixedBlocked {
                        index,
                        slot: f.slot,
                        participant,
                    });
                }
                if let Some(first) = holder.insert((participant, f.slot), index) {
                    return Err(ProblemError::FixedDoubleBooked {
                        first,
                        second: index,
                        participant,
                        slot: f.slot,
                    });
                }
            }
            per_slot[f.slot] += 1;
            if per_slot[f.slot] > tables {
                return Err(ProblemError::FixedOverfull {
                    slot: f.slot,
                    fixed: per_slot[f.slot],
                    tables,
                });
            }
        }
        Ok(())
    }
}

/// Places the requests and movable meetings of a valid problem. Never drops one: each
/// request ends in `placed` or in `unplaced` with a reason, each movable meeting has its
/// outcome in `movable`. The result always passes [`check`].
pub fn schedule(problem: &Problem, options: &Options) -> Result<Schedule, ProblemError> {
    problem.validate()?;
    let requests = problem.requests.len();
    // The search sees movable meetings as must-meet requests after the real ones,
    // each with its current slot as home; explanations count them as meetings too.
    let ext: Cow<'_, Problem> = if problem.movable.is_empty() {
        Cow::Borrowed(problem)
    } else {
        let mut ext = problem.clone();
        // Counted once, as requests: the break bound sums both lists.
        ext.movable.clear();
        ext.requests.extend(problem.movable.iter().map(|m| Request {
            a: m.a,
            b: m.b,
            priority: Priority::Must,
            session: m.session,
        }));
        Cow::Owned(ext)
    };
    let homes: Vec<usize> = problem.movable.iter().map(|m| m.slot).collect();
    let slot_of = search::solve(&ext, &homes, options);
    let wanted_tables: Vec<Option<(usize, usize)>> = (0..requests)
        .map(|_| None)
        .chain(
            problem
                .movable
                .iter()
                .map(|m| m.table.map(|table| (m.slot, table))),
        )
        .collect();
    let (placed_tables, fixed_tables) = tables::assign(&ext, &slot_of, &wanted_tables);
    let mut placed = Vec::new();
    let mut unplaced = Vec::new();
    for (request, slot) in slot_of.iter().enumerate().take(requests) {
        match (slot, placed_tables[request]) {
            (Some(slot), Some(table)) => placed.push(Placement {
                request,
                slot: *slot,
                table,
            }),
            _ => unplaced.push(Unplaced {
                request,
                reason: reason::explain(&ext, &slot_of, request),
            }),
        }
    }
    let movable: Vec<MovableOutcome> = problem
        .movable
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let index = requests + i;
            match (slot_of[index], placed_tables[index]) {
                (Some(slot), Some(table)) if is_stay(m, slot, table) => {
                    MovableOutcome::Stayed { slot, table }
                }
                (Some(slot), Some(table)) => MovableOutcome::Moved { slot, table },
                _ => MovableOutcome::Unplaced(reason::explain(&ext, &slot_of, index)),
            }
        })
        .collect();
    let breaks_per_participant = count_breaks(
        &problem.slots,
        problem.participants,
        meetings_of(problem, &placed, &movable),
    );
    Ok(Schedule {
        breaks: breaks_per_participant.iter().sum(),
        breaks_per_participant,
        placed,
        unplaced,
        fixed_tables,
        moved: movable
            .iter()
            .filter(|o| matches!(o, MovableOutcome::Moved { .. }))
            .count(),
        movable,
    })
}

/// Whether a movable meeting at `slot` and `table` has stayed where it was.
fn is_stay(m: &Movable, slot: usize, table: usize) -> bool {
    slot == m.slot && m.table.is_none_or(|t| t == table)
}

/// Every meeting as `(a, b, slot)`: the fixed ones, the placed requests, then the
/// placed movable meetings.
fn meetings_of<'a>(
    problem: &'a Problem,
    placed: &'a [Placement],
    movable: &'a [MovableOutcome],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let fixed = problem.fixed.iter().map(|f| (f.a, f.b, f.slot));
    let requests = placed.iter().filter_map(|p| {
        let r = problem.requests.get(p.request)?;
        Some((r.a, r.b, p.slot))
    });
    let movable = problem
        .movable
        .iter()
        .zip(movable)
        .filter_map(|(m, o)| Some((m.a, m.b, o.placement()?.0)));
    fixed.chain(requests).chain(movable)
}

/// Breaks per participant for meetings given as `(a, b, slot)`. A break is a maximal
/// run of idle slots between two meetings of the same day; idle slots before the first
/// or after the last meeting of a day are not breaks. Entries naming a participant or
/// slot out of range are ignored.
pub fn count_breaks(
    slots: &[SlotInfo],
    participants: usize,
    meetings: impl IntoIterator<Item = (usize, usize, usize)>,
) -> Vec<usize> {
    let mut busy = vec![false; participants * slots.len()];
    for (a, b, slot) in meetings {
        if slot < slots.len() {
            for p in [a, b] {
                if p < participants {
                    busy[p * slots.len() + slot] = true;
                }
            }
        }
    }
    (0..participants)
        .map(|p| {
            let row = &busy[p * slots.len()..(p + 1) * slots.len()];
            let mut breaks = 0;
            let mut met_today = false;
            let mut idle_since_meeting = false;
            for (s, info) in slots.iter().enumerate() {
                if s > 0 && slots[s - 1].day != info.day {
                    met_today = false;
                    idle_since_meeting = false;
                }
                if row[s] {
                    if idle_since_meeting {
                        breaks += 1;
                    }
                    met_today = true;
                    idle_since_meeting = false;
                } else if met_today {
                    idle_since_meeting = true;
                }
            }
            breaks
        })
        .collect()
}

/// Checks a schedule against every hard rule of the problem and its own bookkeeping:
/// each request placed or unplaced exactly once; slots, tables and sessions in range;
/// nobody in a blocked slot or two meetings at once; one meeting per table; fixed
/// meetings where they were; every movable meeting reported once, placed by the same
/// rules (its own slot allowed outside its session) and called moved exactly when it
/// left its slot or its given table; the break counts right. Returns every violation
/// found.
pub fn check(problem: &Problem, schedule: &Schedule) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let ns = problem.slots.len();
    let mut seen = vec![0usize; problem.requests.len()];
    for index in schedule
        .placed
        .iter()
        .map(|p| p.request)
        .chain(schedule.unplaced.iter().map(|u| u.request))
    {
        match seen.get_mut(index) {
            Some(count) => *count += 1,
            None => errors.push(format!("request {index} does not exist")),
        }
    }
    for (index, count) in seen.iter().enumerate() {
        if *count != 1 {
            errors.push(format!("request {index} is reported {count} times"));
        }
    }
    if schedule.fixed_tables.len() != problem.fixed.len() {
        errors.push(format!(
            "{} fixed tables for {} fixed meetings",
            schedule.fixed_tables.len(),
            problem.fixed.len()
        ));
    }
    // (participant, slot) and (slot, table) owners, as descriptions for messages.
    let mut person_at: std::collections::HashMap<(usize, usize), String> = Default::default();
    let mut table_at: std::collections::HashMap<(usize, usize), String> = Default::default();
    let mut occupy = |errors: &mut Vec<String>, what: String, a: usize, b: usize, slot, table| {
        for p in [a, b] {
            if let Some(other) = person_at.insert((p, slot), what.clone()) {
                errors.push(format!(
                    "participant {p} is in {other} and {what} in slot {slot}"
                ));
            }
        }
        if let Some(other) = table_at.insert((slot, table), what.clone()) {
            errors.push(format!(
                "{other} and {what} share table {table} in slot {slot}"
            ));
        }
    };
    for (index, f) in problem.fixed.iter().enumerate() {
        let what = format!("fixed meeting {index}");
        let Some(&table) = schedule.fixed_tables.get(index) else {
            continue;
        };
        if f.table.is_some_and(|t| t != table) {
            errors.push(format!("{what} moved from its table to table {table}"));
        }
        match problem.slots.get(f.slot) {
            Some(info) if table < info.tables => {}
            _ => errors.push(format!("{what} is at table {table} of slot {}", f.slot)),
        }
        occupy(&mut errors, what, f.a, f.b, f.slot, table);
    }
    for p in &schedule.placed {
        let what = format!("request {}", p.request);
        let Some(r) = problem.requests.get(p.request) else {
            continue;
        };
        let Some(info) = problem.slots.get(p.slot) else {
            errors.push(format!("{what} is in slot {}, of {ns}", p.slot));
            continue;
        };
        if p.table >= info.tables {
            errors.push(format!(
                "{what} is at table {} of a slot with {}",
                p.table, info.tables
            ));
        }
        if r.session.is_some_and(|s| s != info.session) {
            errors.push(format!("{what} is outside its session, in slot {}", p.slot));
        }
        for side in [r.a, r.b] {
            if problem
                .blocked
                .get(side)
                .is_some_and(|b| b.contains(&p.slot))
            {
                errors.push(format!(
                    "{what} is in slot {}, which participant {side} blocks",
                    p.slot
                ));
            }
        }
        occupy(&mut errors, what, r.a, r.b, p.slot, p.table);
    }
    check_movable(problem, schedule, &mut errors, &mut occupy);
    let breaks = count_breaks(
        &problem.slots,
        problem.participants,
        meetings_of(problem, &schedule.placed, &schedule.movable),
    );
    if breaks != schedule.breaks_per_participant {
        errors.push("breaks per participant do not match the meetings".to_owned());
    }
    if breaks.iter().sum::<usize>() != schedule.breaks {
        errors.push(format!(
            "{} breaks reported, {} counted",
            schedule.breaks,
            breaks.iter().sum::<usize>()
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_movable(
    problem: &Problem,
    schedule: &Schedule,
    errors: &mut Vec<String>,
    occupy: &mut impl FnMut(&mut Vec<String>, String, usize, usize, usize, usize),
) {
    if schedule.movable.len() != problem.movable.len() {
        errors.push(format!(
            "{} outcomes for {} movable meetings",
            schedule.movable.len(),
            problem.movable.len()
        ));
    }
    let mut moved = 0;
    for (index, (m, outcome)) in problem.movable.iter().zip(&schedule.movable).enumerate() {
        let what = format!("movable meeting {index}");
        let Some((slot, table)) = outcome.placement() else {
            continue;
        };
        let stayed = is_stay(m, slot, table);
        match outcome {
            MovableOutcome::Moved { .. } if stayed => {
                errors.push(format!("{what} is reported moved but stayed"));
            }
            MovableOutcome::Stayed { .. } if !stayed => {
                errors.push(format!("{what} is reported in place but moved"));
            }
            _ => {}
        }
        moved += usize::from(!stayed);
        let Some(info) = problem.slots.get(slot) else {
            errors.push(format!(
                "{what} is in slot {slot}, of {}",
                problem.slots.len()
            ));
            continue;
        };
        if table >= info.tables {
            errors.push(format!(
                "{what} is at table {table} of a slot with {}",
                info.tables
            ));
        }
        if slot != m.slot && m.session.is_some_and(|s| s != info.session) {
            errors.push(format!("{what} moved outside its session, to slot {slot}"));
        }
        for side in [m.a, m.b] {
            if problem.blocked.get(side).is_some_and(|b| b.contains(&slot)) {
                errors.push(format!(
                    "{what} is in slot {slot}, which participant {side} blocks"
                ));
            }
        }
        occupy(errors, what, m.a, m.b, slot, table);
    }
    if moved != schedule.moved {
        errors.push(format!(
            "{} moves reported, {moved} counted",
            schedule.moved
        ));
    }
}

/// A lower bound on total breaks if every request (and movable meeting) is placed, from each participant
/// alone: its meetings must fit in its unblocked runs of slots, and every run used
/// beyond the first of its day costs a break. Ignores sessions and the other side.
pub fn lower_bound_breaks(problem: &Problem) -> usize {
    let mut load = vec![0usize; problem.participants];
    let pairs = problem.fixed.iter().map(|f| (f.a, f.b));
    let pairs = pairs.chain(problem.movable.iter().map(|m| (m.a, m.b)));
    for (a, b) in pairs.chain(problem.requests.iter().map(|r| (r.a, r.b))) {
        for p in [a, b] {
            if let Some(l) = load.get_mut(p) {
                *l += 1;
            }
        }
    }
    let mut total = 0;
    for (p, &need) in load.iter().enumerate() {
        let blocked = problem.blocked.get(p).map_or(&[][..], Vec::as_slice);
        // Runs of unblocked slots: the longest of each day is free, the others cost one.
        let mut free_runs = Vec::new();
        let mut paid_runs = Vec::new();
        let mut day_runs: Vec<usize> = Vec::new();
        let mut run = 0;
        for (s, info) in problem.slots.iter().enumerate() {
            let open = !blocked.contains(&s) && info.tables > 0;
            if open {
                run += 1;
            }
            let day_ends = problem.slots.get(s + 1).is_none_or(|n| n.day != info.day);
            if (!open || day_ends) && run > 0 {
                day_runs.push(run);
                run = 0;
            }
            if day_ends {
                day_runs.sort_unstable_by(|x, y| y.cmp(x));
                let mut runs = day_runs.drain(..);
                free_runs.extend(runs.next());
                paid_runs.extend(runs);
            }
        }
        let mut covered: usize = free_runs.iter().sum();
        paid_runs.sort_unstable_by(|x, y| y.cmp(x));
        for run in paid_runs {
            if covered >= need {
                break;
            }
            covered += run;
            total += 1;
        }
    }
    total
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Must => "must meet",
            Self::WouldLike => "would like to meet",
        })
    }
}
