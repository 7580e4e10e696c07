//! The improvement run: an exact model of a schedule's breaks, solved by a SAT solver
//! (CaDiCaL, through `rustsat`), that only ever replaces a schedule with a better one
//! and proves how good the best one is.
//!
//! What may change: the slots of the placed requests and of the movable meetings that
//! moved. What stays: fixed meetings, movable meetings that stayed, and the set of
//! requests placed, so every objective before breaks is kept; only breaks go down.
//!
//! The model (one day or many): a variable per meeting and allowed slot, exactly one
//! per meeting; a busy flag per participant and slot, equal to "one of its meetings is
//! there", at most one at a time; per slot at most as many meetings as free tables (a
//! totalizer); per participant and slot a break flag forced true where a run of meetings
//! starts after an earlier meeting of the same day; and a totalizer over the break
//! flags, so "at most k breaks" is a set of assumptions. Two searches share the solver,
//! each with a conflict limit that doubles every round: "fewer breaks than the best"
//! (a better schedule, or the proof that there is none) and "no more than the bound"
//! (a schedule at the bound, or a bound one higher).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rustsat::encodings::am1::{self, Encode as _};
use rustsat::encodings::card::{
    BoundUpper as _, BoundUpperIncremental as _, Encode as _, Totalizer,
};
use rustsat::instances::{BasicVarManager, ManageVars as _};
use rustsat::solvers::{
    ControlSignal, LimitConflicts as _, PhaseLit as _, Solve as _, SolveIncremental as _,
    SolveStats as _, SolverResult, Terminate as _,
};
use rustsat::types::{Clause, Lit, TernaryVal};
use rustsat_cadical::CaDiCaL;

use super::{MovableOutcome, Problem, ProblemError, Schedule, assemble, check, lower_bound_for};

/// When the run ends at the latest, and how big a model it may build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub budget: Duration,
    /// The most clause literals the model may have (about 4 bytes each in the solver,
    /// several times that with what it learns). Larger expos end at once with
    /// [`Ended::TooLarge`] and their schedule unchanged.
    pub max_literals: usize,
    /// A slot's table count is encoded from the start when its meetings times its free
    /// tables is at most this; larger ones only once an answer overfills the slot.
    pub eager_tables: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            budget: Duration::from_secs(60),
            max_literals: 40_000_000,
            eager_tables: 200_000,
        }
    }
}

/// Why the run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The best schedule has as many breaks as the proven bound: it is optimal.
    Proven,
    /// The time budget ran out.
    Budget,
    /// Stopped on request.
    Stopped,
    /// The model would exceed [`Limits::max_literals`]; nothing was tried.
    TooLarge,
    /// A schedule the model found failed the independent check: the run stopped and
    /// kept the best checked one (a defect to report, never seen in the tests).
    Failed,
}

/// What the run reports while it works: a better schedule (already checked), or a
/// higher proven bound.
#[derive(Debug)]
pub enum Found<'a> {
    Better {
        schedule: &'a Schedule,
        elapsed: Duration,
    },
    Bound {
        bound: usize,
        elapsed: Duration,
    },
}

#[derive(Clone, Debug)]
pub struct Improved {
    /// The best schedule: the start, or one with fewer breaks that passed [`check`].
    pub schedule: Schedule,
    /// No schedule of the same meetings has fewer breaks.
    pub bound: usize,
    pub ended: Ended,
    /// When the best schedule was found (`None`: the start was never beaten).
    pub time_to_best: Option<Duration>,
    /// When the bound reached the best schedule's breaks.
    pub time_to_proof: Option<Duration>,
    /// Variables and clauses of the model (0 when none was built).
    pub variables: usize,
    pub clauses: usize,
}

/// Improves `start`, a schedule of `problem` that passes [`check`], until its breaks are
/// proven optimal, the budget runs out or `stop` is set (checked many times a second).
/// Never returns a schedule with more breaks, other requests placed, more movable
/// meetings moved or a rule broken. `on_found` hears of each better schedule and each
/// higher bound as they come.
pub fn improve(
    problem: &Problem,
    start: &Schedule,
    limits: &Limits,
    stop: &AtomicBool,
    on_found: &mut dyn FnMut(Found<'_>),
) -> Result<Improved, ProblemError> {
    let began = Instant::now();
    problem.validate()?;
    let mut best = start.clone();
    let mut bound = lower_bound_for(problem, start).min(best.breaks);
    let mut result = Improved {
        schedule: start.clone(),
        bound,
        ended: Ended::Proven,
        time_to_best: None,
        time_to_proof: (bound >= best.breaks).then(|| began.elapsed()),
        variables: 0,
        clauses: 0,
    };
    if bound >= best.breaks {
        return Ok(result);
    }
    let meetings = Meeting::all(problem, start);
    if estimate_literals(problem, &meetings, limits, best.breaks) > limits.max_literals {
        result.ended = Ended::TooLarge;
        return Ok(result);
    }
    let deadline = began + limits.budget;
    let mut model = Model::build(problem, &meetings, best.breaks, limits);
    result.variables = model.vars.n_used() as usize;
    result.clauses = model.solver.n_clauses();
    let interrupted = move || stop.load(Ordering::Relaxed) || Instant::now() >= deadline;
    model.solver.attach_terminator(move || {
        if interrupted() {
            ControlSignal::Terminate
        } else {
            ControlSignal::Continue
        }
    });
    model.phase(&best_slots(&meetings, &best));
    let mut conflicts: u32 = 2_000;
    // The lower-bound search's own count, and whether it has nothing more to give.
    let mut cores_bound = 0usize;
    let mut lower_stuck = false;
    let ended = loop {
        if bound >= best.breaks {
            result.time_to_proof = Some(began.elapsed());
            break Ended::Proven;
        }
        if stop.load(Ordering::Relaxed) {
            break Ended::Stopped;
        }
        if Instant::now() >= deadline {
            break Ended::Budget;
        }
        // Fewer breaks than the best?
        match model.solve(best.breaks - 1, conflicts) {
            Answer::Yes(slots) => {
                if let Some(better) = accept(problem, start, &meetings, &slots, &best) {
                    best = better;
                    result.time_to_best = Some(began.elapsed());
                    model.phase(&slots);
                    on_found(Found::Better {
                        schedule: &best,
                        elapsed: began.elapsed(),
                    });
                    continue;
                }
                // The model and the checker disagree: keep what is proven good.
                break Ended::Failed;
            }
            Answer::No => {
                bound = best.breaks;
                on_found(Found::Bound {
                    bound,
                    elapsed: began.elapsed(),
                });
                continue;
            }
            Answer::Unknown => {}
        }
        // A higher bound?
        let mut stuck = lower_stuck;
        if !lower_stuck {
            match model.raise(conflicts) {
                Answer::Yes(slots) => {
                    lower_stuck = true;
                    stuck = true;
                    if let Some(better) = accept(problem, start, &meetings, &slots, &best) {
                        best = better;
                        result.time_to_best = Some(began.elapsed());
                        on_found(Found::Better {
                            schedule: &best,
                            elapsed: began.elapsed(),
                        });
                    }
                    bound = bound.max(best.breaks.min(cores_bound));
                }
                Answer::No => {
                    cores_bound += 1;
                    if cores_bound > bound {
                        bound = cores_bound;
                        on_found(Found::Bound {
                            bound,
                            elapsed: began.elapsed(),
                        });
                    }
                }
                Answer::Unknown => stuck = true,
            }
        }
        if stuck {
            conflicts = conflicts.saturating_mul(2);
        }
    };
    result.ended = ended;
    result.bound = bound.min(best.breaks);
    result.schedule = best;
    Ok(result)
}

/// The schedule with the model's slots, if it passes [`check`] and beats `best` without
/// giving anything up.
fn accept(
    problem: &Problem,
    start: &Schedule,
    meetings: &[Meeting],
    slots: &[usize],
    best: &Schedule,
) -> Option<Schedule> {
    let requests = problem.requests.len();
    let mut slot_of: Vec<Option<usize>> = vec![None; requests + problem.movable.len()];
    for p in &start.placed {
        slot_of[p.request] = Some(p.slot);
    }
    for (k, outcome) in start.movable.iter().enumerate() {
        slot_of[requests + k] = outcome.placement().map(|(slot, _)| slot);
    }
    for (m, &slot) in meetings.iter().zip(slots) {
        if let Some(index) = m.index {
            slot_of[index] = Some(slot);
        }
    }
    let schedule = assemble(problem, &slot_of).ok()?;
    let keeps = schedule.placed.len() == start.placed.len()
        && schedule.moved <= start.moved
        && schedule
            .movable
            .iter()
            .all(|o| !matches!(o, MovableOutcome::Unplaced(_)))
        && schedule.breaks < best.breaks;
    (keeps && check(problem, &schedule).is_ok()).then_some(schedule)
}

/// The slot of each model meeting in `schedule`.
fn best_slots(meetings: &[Meeting], schedule: &Schedule) -> Vec<usize> {
    let requests = schedule.placed.len() + schedule.unplaced.len();
    meetings
        .iter()
        .map(|m| match m.index {
            Some(i) if i < requests => schedule
                .placed
                .iter()
                .find(|p| p.request == i)
                .map_or(m.slot, |p| p.slot),
            Some(i) => schedule.movable[i - requests]
                .placement()
                .map_or(m.slot, |(slot, _)| slot),
            None => m.slot,
        })
        .collect()
}

/// A meeting that may move, before its allowed slots are known: `(a, b, slot now,
/// session asked for, home slot of a movable meeting, index in `slot_of`)`.
type FreeMeeting = (usize, usize, usize, Option<usize>, Option<usize>, usize);

/// A meeting of the model: where it is in the start, and where it may go.
struct Meeting {
    a: usize,
    b: usize,
    /// Its slot in the start schedule.
    slot: usize,
    /// Slots it may take; only `slot` for one that stays where it is.
    allowed: Vec<usize>,
    /// `slot_of` index of a meeting that may move (request, or movable after the
    /// requests); `None` for one pinned in its slot.
    index: Option<usize>,
}

impl Meeting {
    /// Pinned: fixed meetings and movable meetings that stayed. Free: placed requests
    /// and movable meetings that moved (which may also go home).
    fn all(problem: &Problem, start: &Schedule) -> Vec<Meeting> {
        let pinned = |a, b, slot| Meeting {
            a,
            b,
            slot,
            allowed: vec![slot],
            index: None,
        };
        let mut meetings: Vec<Meeting> = problem
            .fixed
            .iter()
            .map(|f| pinned(f.a, f.b, f.slot))
            .collect();
        let mut free: Vec<FreeMeeting> = Vec::new();
        for p in &start.placed {
            let r = problem.requests[p.request];
            free.push((r.a, r.b, p.slot, r.session, None, p.request));
        }
        let requests = problem.requests.len();
        for (k, (m, outcome)) in problem.movable.iter().zip(&start.movable).enumerate() {
            match outcome {
                MovableOutcome::Stayed { slot, .. } => meetings.push(pinned(m.a, m.b, *slot)),
                MovableOutcome::Moved { slot, .. } => {
                    free.push((m.a, m.b, *slot, m.session, Some(m.slot), requests + k));
                }
                MovableOutcome::Unplaced(_) => {}
            }
        }
        // Slots each participant's pinned meetings take.
        let ns = problem.slots.len();
        let mut taken = vec![false; problem.participants * ns];
        for m in &meetings {
            taken[m.a * ns + m.slot] = true;
            taken[m.b * ns + m.slot] = true;
        }
        for (a, b, slot, session, home, index) in free {
            let allowed = (0..ns)
                .filter(|&s| {
                    let info = &problem.slots[s];
                    s == slot
                        || (info.tables > 0
                            && (session.is_none_or(|x| x == info.session) || home == Some(s))
                            && !taken[a * ns + s]
                            && !taken[b * ns + s]
                            && !problem.blocked[a].contains(&s)
                            && !problem.blocked[b].contains(&s))
                })
                .collect();
            meetings.push(Meeting {
                a,
                b,
                slot,
                allowed,
                index: Some(index),
            });
        }
        meetings
    }
}

/// About how many clause literals [`Model::build`] adds, before building it.
fn estimate_literals(
    problem: &Problem,
    meetings: &[Meeting],
    limits: &Limits,
    breaks: usize,
) -> usize {
    let ns = problem.slots.len();
    let mut per_slot = vec![0usize; ns];
    let mut per_person = vec![0usize; problem.participants * ns];
    for m in meetings.iter().filter(|m| m.index.is_some()) {
        for &s in &m.allowed {
            per_slot[s] += 1;
            per_person[m.a * ns + s] += 1;
            per_person[m.b * ns + s] += 1;
        }
    }
    let choices: usize = meetings.iter().map(|m| m.allowed.len() * 6).sum();
    let people: usize = per_person.iter().map(|n| n * 8).sum::<usize>() + 12 * per_person.len();
    let tables: usize = per_slot
        .iter()
        .zip(&problem.slots)
        .map(|(&n, info)| {
            if n > info.tables && eager_tables(limits, n, info.tables) {
                3 * n * (info.tables + 1)
            } else {
                0
            }
        })
        .sum();
    // The count of gaps: a gap flag per person and slot at most, counted up to the
    // start's gaps.
    let objective = 3 * per_person.len() * (breaks + 1);
    choices + people + tables + objective
}

/// What a participant is in a slot: never there, always there (a pinned meeting), or
/// as a literal says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cell {
    Never,
    Always,
    When(Lit),
}

enum Answer {
    Yes(Vec<usize>),
    No,
    Unknown,
}

struct Model<'s> {
    solver: CaDiCaL<'s, 's>,
    vars: BasicVarManager,
    /// Per model meeting, `(slot, literal)` for each allowed slot of a free meeting.
    choices: Vec<Vec<(usize, Lit)>>,
    /// Each meeting's slot when pinned.
    pinned: Vec<Option<usize>>,
    objective: Totalizer,
    /// Slots whose table count is not encoded as a whole: their meetings' literals and
    /// free tables; an answer overfilling one gets a clause against that answer.
    lazy: Vec<(Vec<Lit>, usize)>,
    /// The lower-bound search (core-guided, as in the OLL MaxSAT algorithm): the
    /// assumptions in force, and which cardinality each relaxed one bounds.
    lower: Vec<Lit>,
    relaxed: std::collections::HashMap<Lit, (usize, usize)>,
    cores: Vec<Totalizer>,
}

impl<'s> Model<'s> {
    fn build(problem: &Problem, meetings: &[Meeting], most: usize, limits: &Limits) -> Self {
        let mut solver = CaDiCaL::default();
        let mut vars = BasicVarManager::default();
        let add = |solver: &mut CaDiCaL<'s, 's>, clause: Clause| {
            solver.add_clause(clause).expect("the solver takes clauses");
        };
        let ns = problem.slots.len();
        let mut choices = Vec::with_capacity(meetings.len());
        let mut pinned = Vec::with_capacity(meetings.len());
        // Per (participant, slot): literals of free meetings there; pinned presence.
        let mut there: Vec<Vec<Lit>> = vec![Vec::new(); problem.participants * ns];
        let mut fixed_there = vec![false; problem.participants * ns];
        let mut in_slot: Vec<Vec<Lit>> = vec![Vec::new(); ns];
        let mut pinned_in_slot = vec![0usize; ns];
        for m in meetings {
            if m.index.is_none() {
                fixed_there[m.a * ns + m.slot] = true;
                fixed_there[m.b * ns + m.slot] = true;
                pinned_in_slot[m.slot] += 1;
                choices.push(Vec::new());
                pinned.push(Some(m.slot));
                continue;
            }
            let lits: Vec<(usize, Lit)> = m.allowed.iter().map(|&s| (s, vars.new_lit())).collect();
            add(&mut solver, lits.iter().map(|(_, l)| *l).collect());
            at_most_one(
                &mut solver,
                &mut vars,
                &lits.iter().map(|(_, l)| *l).collect::<Vec<_>>(),
            );
            for &(s, l) in &lits {
                there[m.a * ns + s].push(l);
                there[m.b * ns + s].push(l);
                in_slot[s].push(l);
            }
            choices.push(lits);
            pinned.push(None);
        }
        // Tables per slot: encoded now when small, else only once an answer
        // overfills the slot (a large expo rarely fills every table).
        let mut lazy = Vec::new();
        for (s, lits) in in_slot.into_iter().enumerate() {
            let free = problem.slots[s].tables.saturating_sub(pinned_in_slot[s]);
            if lits.len() <= free {
                continue;
            }
            if eager_tables(limits, lits.len(), free) {
                at_most(&mut solver, &mut vars, lits, free);
            } else {
                lazy.push((lits, free));
            }
        }
        // Busy flags, one meeting at a time.
        let mut busy = vec![Cell::Never; problem.participants * ns];
        for (cell, (lits, fixed)) in busy.iter_mut().zip(there.iter().zip(&fixed_there)) {
            *cell = if *fixed {
                for l in lits {
                    add(&mut solver, Clause::from_iter([!*l]));
                }
                Cell::Always
            } else {
                match lits.as_slice() {
                    [] => Cell::Never,
                    [one] => Cell::When(*one),
                    many => {
                        let y = vars.new_lit();
                        let mut any: Clause = many.iter().copied().collect();
                        any.add(!y);
                        add(&mut solver, any);
                        for &l in many {
                            add(&mut solver, Clause::from_iter([!l, y]));
                        }
                        at_most_one(&mut solver, &mut vars, many);
                        Cell::When(y)
                    }
                }
            };
        }
        // Break flags: a run of meetings starting after an earlier one of the same day.
        let mut count = vec![0usize; problem.participants];
        for m in meetings {
            count[m.a] += 1;
            count[m.b] += 1;
        }
        let mut breaks: Vec<Lit> = Vec::new();
        for p in 0..problem.participants {
            let row = &busy[p * ns..(p + 1) * ns];
            let first = breaks.len();
            let mut seen = Cell::Never;
            for s in 0..ns {
                if s > 0 && problem.slots[s - 1].day != problem.slots[s].day {
                    seen = Cell::Never;
                }
                if s > 0 && problem.slots[s - 1].day == problem.slots[s].day {
                    let (now, before) = (row[s], row[s - 1]);
                    if now != Cell::Never && before != Cell::Always && seen != Cell::Never {
                        let b = vars.new_lit();
                        let mut clause = Clause::from_iter([b]);
                        for (cell, negate) in [(now, true), (before, false), (seen, true)] {
                            if let Cell::When(l) = cell {
                                clause.add(if negate { !l } else { l });
                            }
                        }
                        add(&mut solver, clause);
                        breaks.push(b);
                    }
                }
                seen = match (seen, row[s]) {
                    (Cell::Always, _) | (_, Cell::Always) => Cell::Always,
                    (Cell::Never, x) | (x, Cell::Never) => x,
                    (Cell::When(x), Cell::When(y)) => {
                        let z = vars.new_lit();
                        add(&mut solver, Clause::from_iter([!x, z]));
                        add(&mut solver, Clause::from_iter([!y, z]));
                        Cell::When(z)
                    }
                };
            }
            // Implied, to help the proofs: someone whose slots all lie in one day and
            // who has no break meets in one unbroken run of its meeting count.
            let open: Vec<usize> = (0..ns).filter(|&s| row[s] != Cell::Never).collect();
            let one_day = open
                .first()
                .zip(open.last())
                .is_some_and(|(&f, &l)| problem.slots[f].day == problem.slots[l].day);
            if one_day && count[p] >= 2 && breaks.len() > first {
                let n = count[p];
                let mut some_run: Clause = breaks[first..].iter().copied().collect();
                for t in open[0]..=open[open.len() - 1] {
                    let window = t..t + n;
                    if window.end > ns || row[window.clone()].contains(&Cell::Never) {
                        continue;
                    }
                    let run = vars.new_lit();
                    some_run.add(run);
                    for cell in &row[window] {
                        if let Cell::When(l) = cell {
                            add(&mut solver, Clause::from_iter([!run, *l]));
                        }
                    }
                }
                add(&mut solver, some_run);
            }
        }
        let lower = breaks.iter().map(|b| !*b).collect();
        let mut objective = Totalizer::from_iter(breaks);
        objective
            .encode_ub(0..=most, &mut solver, &mut vars)
            .expect("memory for the break count");
        Self {
            solver,
            vars,
            choices,
            pinned,
            objective,
            lazy,
            lower,
            relaxed: Default::default(),
            cores: Vec::new(),
        }
    }

    /// Solves under `assumptions` within `conflicts` (per call); an answer that
    /// overfills a slot whose table count is not encoded yet gets it encoded, and the
    /// solver asked again.
    fn run(&mut self, assumptions: &[Lit], conflicts: u32) -> Option<SolverResult> {
        loop {
            self.solver.limit_conflicts(Some(conflicts)).ok()?;
            let result = self.solver.solve_assumps(assumptions).ok()?;
            if result != SolverResult::Sat {
                return Some(result);
            }
            // Each overfilled slot: not all of these meetings there at once (a cut
            // as small as the slot, where its whole count would be a large encoding).
            let mut cuts: Vec<Clause> = Vec::new();
            for (lits, free) in &self.lazy {
                let there: Vec<Lit> = lits
                    .iter()
                    .copied()
                    .filter(|l| matches!(self.solver.lit_val(*l), Ok(TernaryVal::True)))
                    .collect();
                if there.len() > *free {
                    cuts.push(there.into_iter().map(|l| !l).collect());
                }
            }
            if cuts.is_empty() {
                return Some(result);
            }
            for cut in cuts {
                self.solver.add_clause(cut).ok()?;
            }
        }
    }

    /// Asks for a schedule with at most `most` breaks within `conflicts`.
    fn solve(&mut self, most: usize, conflicts: u32) -> Answer {
        let Ok(assumptions) = self.objective.enforce_ub(most) else {
            return Answer::Unknown;
        };
        match self.run(&assumptions, conflicts) {
            Some(SolverResult::Sat) => Answer::Yes(self.slots()),
            Some(SolverResult::Unsat) => Answer::No,
            _ => Answer::Unknown,
        }
    }

    /// One step of the lower-bound search within `conflicts`: `No` when a core raised
    /// the bound by one, `Yes` with a schedule whose breaks equal the bound found so
    /// far (an optimum).
    fn raise(&mut self, conflicts: u32) -> Answer {
        let assumptions = self.lower.clone();
        match self.run(&assumptions, conflicts) {
            Some(SolverResult::Sat) => Answer::Yes(self.slots()),
            Some(SolverResult::Unsat) => {
                let Ok(core) = self.solver.core() else {
                    return Answer::Unknown;
                };
                if core.is_empty() {
                    return Answer::Unknown;
                }
                let failed: std::collections::HashSet<Lit> = core.iter().map(|l| !*l).collect();
                self.lower.retain(|a| !failed.contains(a));
                let mut added = Vec::new();
                for a in &failed {
                    if let Some((t, k)) = self.relaxed.remove(a)
                        && k + 1 < self.cores[t].n_lits()
                        && self.cores[t]
                            .encode_ub_change(k + 1..=k + 1, &mut self.solver, &mut self.vars)
                            .is_ok()
                        && let Ok(next) = self.cores[t].enforce_ub(k + 1)
                    {
                        added.extend(next.into_iter().map(|l| (l, (t, k + 1))));
                    }
                }
                if core.len() > 1 {
                    let mut card = Totalizer::from_iter(core.iter().copied());
                    // Only the bound in use is encoded; a relaxation adds the next.
                    if card
                        .encode_ub(1..=1, &mut self.solver, &mut self.vars)
                        .is_ok()
                        && let Ok(first) = card.enforce_ub(1)
                    {
                        let t = self.cores.len();
                        added.extend(first.into_iter().map(|l| (l, (t, 1))));
                        self.cores.push(card);
                    }
                }
                for (l, at) in added {
                    self.lower.push(l);
                    self.relaxed.insert(l, at);
                }
                Answer::No
            }
            _ => Answer::Unknown,
        }
    }

    /// Each meeting's slot in the solver's model.
    fn slots(&self) -> Vec<usize> {
        self.choices
            .iter()
            .zip(&self.pinned)
            .map(|(lits, pinned)| {
                pinned.unwrap_or_else(|| {
                    lits.iter()
                        .find(|(_, l)| matches!(self.solver.lit_val(*l), Ok(TernaryVal::True)))
                        .map_or(usize::MAX, |(s, _)| *s)
                })
            })
            .collect()
    }

    /// Points the solver's first guesses at these slots.
    fn phase(&mut self, slots: &[usize]) {
        for (lits, &slot) in self.choices.iter().zip(slots) {
            for &(s, l) in lits {
                let _ = self.solver.phase_lit(if s == slot { l } else { !l });
            }
        }
    }
}

/// Whether a slot's table count is encoded from the start: `meetings` literals, at
/// most `free` true.
fn eager_tables(limits: &Limits, meetings: usize, free: usize) -> bool {
    meetings.saturating_mul(free + 1) <= limits.eager_tables
}

/// At most `free` of `lits` true (a totalizer).
fn at_most(solver: &mut CaDiCaL<'_, '_>, vars: &mut BasicVarManager, lits: Vec<Lit>, free: usize) {
    let mut card = Totalizer::from_iter(lits);
    card.encode_ub(free..=free, solver, vars)
        .expect("memory for the table constraint");
    for unit in card.enforce_ub(free).expect("encoded bound") {
        solver
            .add_clause(Clause::from_iter([unit]))
            .expect("the solver takes clauses");
    }
}

fn at_most_one(solver: &mut CaDiCaL<'_, '_>, vars: &mut BasicVarManager, lits: &[Lit]) {
    if lits.len() < 2 {
        return;
    }
    let result = if lits.len() <= 5 {
        am1::Pairwise::from_iter(lits.iter().copied()).encode(solver, vars)
    } else {
        am1::Commander::<4, am1::Pairwise>::from_iter(lits.iter().copied()).encode(solver, vars)
    };
    result.expect("memory for an at-most-one constraint");
}
