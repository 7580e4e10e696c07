//! The search behind [`super::schedule`]: slots only (tables come after).
//!
//! [`solve`] runs `Options::threads` such searches side by side from different seeds
//! and keeps the best.
//!
//! 1. Greedy: most constrained request first (must-meet, then fewest usable slots),
//!    each into the usable slot that adds the fewest breaks (and idle slots). Should
//!    it and the ejection below leave a request out, a start by breaks alone is tried
//!    too, and the one placing more is kept.
//!    Movable meetings (see [`super::Movable`]) are searched as requests ranked above
//!    must-meets, each starting in its own slot when that is free for it.
//! 2. Ejection: a request left over goes into the slot where it displaces the least
//!    (weighted by rank and by how often each displaced meeting was displaced
//!    before); what it displaces joins the queue. It displaces only meetings ranked no
//!    higher, or movable ones. Keeps the best assignment seen (placed per rank, then
//!    fewest moved). A sweep then places what fits once the meetings in its way move to
//!    free slots.
//! 3. Annealing: moves are Kempe-chain swaps between two slots (the meetings of both
//!    slots connected through shared participants trade slots), so no participant is
//!    ever double-booked; a move is taken only if every meeting may go in its new slot
//!    and both slots keep enough tables. A move changes only the participants of the
//!    chain, and each participant's day is a bit mask, so scoring a move costs a few
//!    bit operations per participant. The search steers by breaks plus a small price
//!    per idle slot inside a day (see `W_IDLE`). Most moves start from a meeting of a
//!    participant with a break and aim next to that participant's other meetings (see
//!    `FOCUS_PERCENT`); the others draw any meeting, and aim next to one side's other
//!    meetings part of the time (see `TARGET_NEAR_PERCENT`); the best
//!    assignment is kept by placed counts, moves, then breaks and fairness. A moved
//!    meeting costs the search `W_MOVE`, and tries its own slot half the time it is
//!    drawn; at the end each goes home where a direct move or a chain lowers the moves.

mod anneal;
mod chain;
mod construct;
mod eject;
mod model;
mod repair;
mod rng;
mod state;

use std::time::Instant;

use rand::SeedableRng;

use super::{Options, Problem};
use anneal::anneal;
use construct::greedy;
use eject::eject;
use model::Model;
use repair::{go_home, promote_musts, relocate};
use rng::FastRng;
use state::State;

/// Ranks, most important first: a movable meeting, a must-meet, a would-like request.
const MOVABLE: u8 = 0;
const MUST: u8 = 1;
const WOULD: u8 = 2;

const NONE: u32 = u32::MAX;
/// Cost of one break; fairness (the sum of squared breaks per participant) weighs
/// `W_FAIR` per unit, so it only decides between assignments with equal breaks unless
/// someone carries hundreds.
const W_BREAK: i64 = 1000;
const W_FAIR: i64 = 4;
/// The search (not the result) also pays per idle slot inside a participant's day:
/// break counts alone are flat (a three-slot gap costs what a one-slot gap costs), and
/// shrinking a gap is the way to close it. Small next to a break, so a move that closes
/// a break is taken even if it leaves idle slots elsewhere.
const W_IDLE: i64 = 200;
/// Longer chains rarely help and cost time to build and score: on the tight published
/// instances 12 finds the same breaks as 48 in half the time.
const MAX_CHAIN: usize = 12;
/// How often a move's target slot is drawn among the slots next to one side's other
/// meetings of the day (a gap's edge or the block's ends) rather than among all its
/// slots: compacting a participant's day is what removes breaks, and uniform targets
/// rarely land there. 30 halved the excess breaks on the published instances; 20 and
/// 40 did worse.
const TARGET_NEAR_PERCENT: u32 = 30;
/// The search's price for one movable meeting away from its slot. The result ranks
/// moves above breaks whatever the price; this only keeps the annealing from wandering
/// off with them.
const W_MOVE: i64 = 20 * W_BREAK;
/// See `eject`: how rarely a lower-ranked queue gets a turn before a higher one empties.
const LOWER_RANK_EVERY: u32 = 10;
/// How often a move starts from a meeting at the end of a run of a participant with a
/// break (then aimed next to that participant's other meetings) rather than from any
/// meeting: breaks sit with few people, and uniform draws rarely touch them. On the
/// published instances this cut the excess over the optimum by about 40% at the same
/// budget over six seeds (80 and 100 alike, 30 less; any of the participant's meetings
/// rather than a run's end: a tenth less gain).
const FOCUS_PERCENT: u32 = 80;
/// How many moves between looks at the clock.
const CLOCK_EVERY: u64 = 1024;
struct Clock {
    start: Instant,
    deadline: Option<std::time::Duration>,
    out: bool,
}

impl Clock {
    /// Whether the wall-clock cap has passed; reads the clock every `CLOCK_EVERY` calls.
    fn out(&mut self, iteration: u64) -> bool {
        if !self.out
            && iteration.is_multiple_of(CLOCK_EVERY)
            && let Some(limit) = self.deadline
        {
            self.out = self.start.elapsed() >= limit;
        }
        self.out
    }

    /// Fraction of the wall-clock cap used, 0 without one.
    fn fraction(&self) -> f64 {
        self.deadline.map_or(0.0, |limit| {
            self.start.elapsed().as_secs_f64() / limit.as_secs_f64().max(1e-9)
        })
    }
}

/// The slot of each request, `None` where it could not be placed. The problem must be
/// valid.
/// The last `homes.len()` requests are movable meetings, `homes` their current slots.
pub(super) fn solve(problem: &Problem, homes: &[usize], options: &Options) -> Vec<Option<usize>> {
    let m = Model::new(problem, homes);
    // With everything placed, no assignment has fewer breaks than this bound.
    let floor = super::lower_bound_breaks(problem);
    let searches = options.threads.max(1);
    let mut results: Vec<State> = if searches == 1 {
        vec![search(&m, options, options.seed, floor)]
    } else {
        std::thread::scope(|scope| {
            let m = &m;
            let handles: Vec<_> = (0..searches)
                .map(|i| {
                    let seed = options.seed.wrapping_add(SEED_STEP.wrapping_mul(i as u64));
                    scope.spawn(move || search(m, options, seed, floor))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        })
    };
    // The best by placed counts, moves, then breaks and fairness; the first on a tie.
    let mut best = 0;
    for (i, state) in results.iter().enumerate() {
        if (state.key(), -state.cost()) > (results[best].key(), -results[best].cost()) {
            best = i;
        }
    }
    results.swap_remove(best).assignment()
}

/// Seeds of the parallel searches: `seed`, `seed + SEED_STEP`, ... (an odd constant, so
/// the streams differ).
const SEED_STEP: u64 = 0x9e37_79b9_7f4a_7c15;

/// One complete search from `seed`.
fn search(m: &Model, options: &Options, seed: u64, floor: usize) -> State {
    let mut rng = FastRng::seed_from_u64(seed);
    let mut clock = Clock {
        start: Instant::now(),
        deadline: options.deadline,
        out: false,
    };
    let mut state = greedy(m, true);
    let budget = options.max_iterations;
    let eject_budget = (budget / 2).min(200 * m.a.len() as u64 + 10_000);
    let mut used = eject(m, &mut state, &mut rng, &mut clock, eject_budget, true);
    let placeable = m.allowed.iter().filter(|a| !a.is_empty()).count();
    if state.placed.iter().sum::<usize>() < placeable {
        // Packing days tight from the start (the idle guide) can leave a request no
        // room that a start by breaks alone finds: try that too, keep what places more.
        let mut plain = greedy(m, false);
        used += eject(m, &mut plain, &mut rng, &mut clock, eject_budget, false);
        if plain.key() > state.key() {
            state = plain;
        }
    }
    promote_musts(m, &mut state);
    relocate(m, &mut state);
    let floor = if state.all_placed(m) { floor } else { 0 };
    anneal(
        m,
        &mut state,
        &mut rng,
        &mut clock,
        budget.saturating_sub(used),
        floor,
    );
    promote_musts(m, &mut state);
    relocate(m, &mut state);
    go_home(m, &mut state);
    state
}
