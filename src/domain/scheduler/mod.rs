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

mod breaks;
mod check;
pub mod dzn;
pub mod generate;
pub mod improve;
mod reason;
mod search;
mod tables;
#[cfg(test)]
mod tests;
mod validate;

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

pub use breaks::{count_breaks, lower_bound_breaks, lower_bound_for};
pub use check::check;
pub use reason::{Side, UnplacedReason};
pub use validate::ProblemError;

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

/// Places the requests and movable meetings of a valid problem. Never drops one: each
/// request ends in `placed` or in `unplaced` with a reason, each movable meeting has its
/// outcome in `movable`. The result always passes [`check`].
pub fn schedule(problem: &Problem, options: &Options) -> Result<Schedule, ProblemError> {
    problem.validate()?;
    let ext = extended(problem);
    let homes: Vec<usize> = problem.movable.iter().map(|m| m.slot).collect();
    let slot_of = search::solve(&ext, &homes, options);
    Ok(assemble_valid(problem, &ext, &slot_of))
}

/// The schedule of a valid problem where request `r` is in slot `slot_of[r]` and
/// movable meeting `k` in `slot_of[requests + k]` (`None`: not placed), with tables
/// chosen as [`schedule`] chooses them and the reasons for what is not placed. The
/// slots must respect blocks, sessions and table counts: check the result with
/// [`check`].
pub fn assemble(problem: &Problem, slot_of: &[Option<usize>]) -> Result<Schedule, ProblemError> {
    problem.validate()?;
    let ext = extended(problem);
    if slot_of.len() != ext.requests.len() {
        return Err(ProblemError::PlacementLength {
            got: slot_of.len(),
            want: ext.requests.len(),
        });
    }
    Ok(assemble_valid(problem, &ext, slot_of))
}

/// The problem as the search sees it: movable meetings as must-meet requests after the
/// real ones.
fn extended(problem: &Problem) -> Cow<'_, Problem> {
    // The search sees movable meetings as must-meet requests after the real ones,
    // each with its current slot as home; explanations count them as meetings too.
    if problem.movable.is_empty() {
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
    }
}

fn assemble_valid(problem: &Problem, ext: &Problem, slot_of: &[Option<usize>]) -> Schedule {
    let requests = problem.requests.len();
    let wanted_tables: Vec<Option<(usize, usize)>> = (0..requests)
        .map(|_| None)
        .chain(
            problem
                .movable
                .iter()
                .map(|m| m.table.map(|table| (m.slot, table))),
        )
        .collect();
    let (placed_tables, fixed_tables) = tables::assign(ext, slot_of, &wanted_tables);
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
                reason: reason::explain(ext, slot_of, request),
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
                _ => MovableOutcome::Unplaced(reason::explain(ext, slot_of, index)),
            }
        })
        .collect();
    let breaks_per_participant = count_breaks(
        &problem.slots,
        problem.participants,
        meetings_of(problem, &placed, &movable),
    );
    Schedule {
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
    }
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
impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Must => "must meet",
            Self::WouldLike => "would like to meet",
        })
    }
}
