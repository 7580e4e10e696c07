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

use std::time::Instant;

use rand::{Rng, RngCore, SeedableRng};

use super::{Options, Priority, Problem};

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

/// Breaks in one day's occupancy mask: runs of busy slots, less one.
fn day_breaks(mask: u128) -> u32 {
    (mask & !(mask << 1)).count_ones().saturating_sub(1)
}

/// Idle slots between the first and the last meeting of one day's occupancy mask.
fn day_idle(mask: u128) -> i64 {
    if mask == 0 {
        return 0;
    }
    let span = 128 - mask.leading_zeros() - mask.trailing_zeros();
    i64::from(span - mask.count_ones())
}

struct Model {
    n: usize,
    ns: usize,
    ndays: usize,
    day: Vec<usize>,
    bit: Vec<u32>,
    /// Tables left in each slot once the fixed meetings sit.
    cap: Vec<u32>,
    a: Vec<u32>,
    b: Vec<u32>,
    /// `MOVABLE`, `MUST` or `WOULD`.
    rank: Vec<u8>,
    /// A movable meeting's current slot, `NONE` for a request.
    home: Vec<u32>,
    /// Per request, the slots it may take (session, blocks, fixed meetings, tables).
    allowed: Vec<Vec<u32>>,
    allowed_bits: Vec<u64>,
    words: usize,
    /// Fixed meetings per participant and day.
    base_mask: Vec<u128>,
    /// The first slot of each day.
    day_first: Vec<usize>,
}

impl Model {
    /// The last `homes.len()` requests of `problem` are movable meetings, with these
    /// current slots.
    fn new(problem: &Problem, homes: &[usize]) -> Self {
        let n = problem.participants;
        let ns = problem.slots.len();
        let mut day = Vec::with_capacity(ns);
        let mut bit = Vec::with_capacity(ns);
        let mut ndays = 0;
        let mut pos = 0;
        for (s, info) in problem.slots.iter().enumerate() {
            if s == 0 || problem.slots[s - 1].day != info.day {
                ndays += 1;
                pos = 0;
            }
            day.push(ndays - 1);
            bit.push(pos);
            pos += 1;
        }
        let mut cap: Vec<u32> = problem.slots.iter().map(|s| to_u32(s.tables)).collect();
        let mut unusable = vec![false; n * ns];
        let mut base_mask = vec![0u128; n * ndays.max(1)];
        for f in &problem.fixed {
            cap[f.slot] = cap[f.slot].saturating_sub(1);
            for p in [f.a, f.b] {
                unusable[p * ns + f.slot] = true;
                base_mask[p * ndays + day[f.slot]] |= 1 << bit[f.slot];
            }
        }
        for (p, slots) in problem.blocked.iter().enumerate() {
            for &s in slots {
                unusable[p * ns + s] = true;
            }
        }
        let words = ns.div_ceil(64).max(1);
        let first_movable = problem.requests.len() - homes.len();
        let home: Vec<u32> = (0..problem.requests.len())
            .map(|r| {
                r.checked_sub(first_movable)
                    .map_or(NONE, |i| to_u32(homes[i]))
            })
            .collect();
        let mut allowed = Vec::with_capacity(problem.requests.len());
        let mut allowed_bits = vec![0u64; words * problem.requests.len()];
        for (r, req) in problem.requests.iter().enumerate() {
            let slots: Vec<u32> = (0..ns)
                .filter(|&s| {
                    (req.session.is_none_or(|w| problem.slots[s].session == w)
                        || home[r] == to_u32(s))
                        && cap[s] > 0
                        && !unusable[req.a * ns + s]
                        && !unusable[req.b * ns + s]
                })
                .map(to_u32)
                .collect();
            for &s in &slots {
                allowed_bits[r * words + s as usize / 64] |= 1 << (s % 64);
            }
            allowed.push(slots);
        }
        let mut day_first = vec![0; ndays];
        for s in (0..ns).rev() {
            day_first[day[s]] = s;
        }
        Self {
            day_first,
            n,
            ns,
            ndays,
            day,
            bit: bit.into_iter().map(to_u32).collect(),
            cap,
            a: problem.requests.iter().map(|r| to_u32(r.a)).collect(),
            b: problem.requests.iter().map(|r| to_u32(r.b)).collect(),
            rank: (0..problem.requests.len())
                .map(|r| match problem.requests[r].priority {
                    _ if r >= first_movable => MOVABLE,
                    Priority::Must => MUST,
                    Priority::WouldLike => WOULD,
                })
                .collect(),
            home,
            allowed,
            allowed_bits,
            words,
            base_mask,
        }
    }

    fn may(&self, r: usize, s: usize) -> bool {
        self.allowed_bits[r * self.words + s / 64] & (1 << (s % 64)) != 0
    }

    /// Whether `r` may push `c` out of its slot to take it: only meetings that rank no
    /// higher, or movable ones (they look for another slot in turn).
    fn may_displace(&self, r: usize, c: usize) -> bool {
        self.rank[c] >= self.rank[r] || self.rank[c] == MOVABLE
    }

    /// 1 if `r` in slot `s` is a movable meeting away from its slot.
    fn away(&self, r: usize, s: usize) -> usize {
        usize::from(self.home[r] != NONE && self.home[r] != to_u32(s))
    }
}

/// Indices fit in u32 in any problem that fits in memory here; saturate rather than wrap.
fn to_u32(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

#[derive(Clone)]
struct State {
    slot_of: Vec<u32>,
    /// The request participant `p` has in slot `s`, at `p * ns + s`.
    at: Vec<u32>,
    load: Vec<u32>,
    members: Vec<Vec<u32>>,
    member_pos: Vec<u32>,
    mask: Vec<u128>,
    pbreaks: Vec<u32>,
    /// The participants with a break, in no order; `broken_pos` is each one's index.
    broken: Vec<u32>,
    broken_pos: Vec<u32>,
    breaks: i64,
    sumsq: i64,
    /// Idle slots inside all participants' days (see `W_IDLE`).
    idle: i64,
    /// Placed meetings per rank.
    placed: [usize; 3],
    /// Movable meetings placed away from their slot.
    moved: usize,
}

impl State {
    fn new(m: &Model) -> Self {
        let mut state = Self {
            slot_of: vec![NONE; m.a.len()],
            at: vec![NONE; m.n * m.ns],
            load: vec![0; m.ns],
            members: vec![Vec::new(); m.ns],
            member_pos: vec![NONE; m.a.len()],
            mask: m.base_mask.clone(),
            pbreaks: vec![0; m.n],
            broken: Vec::new(),
            broken_pos: vec![NONE; m.n],
            breaks: 0,
            sumsq: 0,
            idle: 0,
            placed: [0; 3],
            moved: 0,
        };
        for p in 0..m.n {
            let b: u32 = (0..m.ndays)
                .map(|d| day_breaks(state.mask[p * m.ndays + d]))
                .sum();
            state.set_pbreaks(p, b);
            state.idle += (0..m.ndays)
                .map(|d| day_idle(state.mask[p * m.ndays + d]))
                .sum::<i64>();
            state.breaks += i64::from(b);
            state.sumsq += i64::from(b) * i64::from(b);
        }
        state
    }

    /// What the result is judged by (after the placed counts).
    fn cost(&self) -> i64 {
        W_BREAK * self.breaks + W_FAIR * self.sumsq
    }

    /// Placed counts, then moves, better when greater.
    fn key(&self) -> (usize, usize, usize, i64) {
        let moved = i64::try_from(self.moved).unwrap_or(i64::MAX);
        (self.placed[0], self.placed[1], self.placed[2], -moved)
    }

    fn all_placed(&self, m: &Model) -> bool {
        self.placed.iter().sum::<usize>() == m.a.len()
    }

    /// Sets p's breaks and keeps `broken` in step.
    fn set_pbreaks(&mut self, p: usize, new: u32) {
        let had = self.pbreaks[p] > 0;
        self.pbreaks[p] = new;
        if new > 0 && !had {
            self.broken_pos[p] = to_u32(self.broken.len());
            self.broken.push(to_u32(p));
        } else if new == 0 && had {
            let pos = self.broken_pos[p] as usize;
            self.broken.swap_remove(pos);
            if let Some(&q) = self.broken.get(pos) {
                self.broken_pos[q as usize] = to_u32(pos);
            }
            self.broken_pos[p] = NONE;
        }
    }

    fn set_day(&mut self, m: &Model, p: usize, d: usize, mask: u128) {
        let i = p * m.ndays + d;
        let old_pb = i64::from(self.pbreaks[p]);
        let pb = old_pb - i64::from(day_breaks(self.mask[i])) + i64::from(day_breaks(mask));
        self.idle += day_idle(mask) - day_idle(self.mask[i]);
        self.mask[i] = mask;
        self.set_pbreaks(p, u32::try_from(pb).unwrap_or(0));
        self.breaks += pb - old_pb;
        self.sumsq += pb * pb - old_pb * old_pb;
    }

    fn place(&mut self, m: &Model, r: usize, s: usize) {
        self.slot_of[r] = to_u32(s);
        self.load[s] += 1;
        self.member_pos[r] = to_u32(self.members[s].len());
        self.members[s].push(to_u32(r));
        for p in [m.a[r] as usize, m.b[r] as usize] {
            self.at[p * m.ns + s] = to_u32(r);
            let d = m.day[s];
            let mask = self.mask[p * m.ndays + d] | (1 << m.bit[s]);
            self.set_day(m, p, d, mask);
        }
        self.placed[usize::from(m.rank[r])] += 1;
        self.moved += m.away(r, s);
    }

    fn remove(&mut self, m: &Model, r: usize) {
        let s = self.slot_of[r] as usize;
        self.slot_of[r] = NONE;
        self.load[s] -= 1;
        let pos = self.member_pos[r] as usize;
        self.members[s].swap_remove(pos);
        if let Some(&moved) = self.members[s].get(pos) {
            self.member_pos[moved as usize] = to_u32(pos);
        }
        self.member_pos[r] = NONE;
        for p in [m.a[r] as usize, m.b[r] as usize] {
            self.at[p * m.ns + s] = NONE;
            let d = m.day[s];
            let mask = self.mask[p * m.ndays + d] & !(1 << m.bit[s]);
            self.set_day(m, p, d, mask);
        }
        self.placed[usize::from(m.rank[r])] -= 1;
        self.moved -= m.away(r, s);
    }

    /// Cost change if participant `p` gained a meeting in slot `s`; with `guided`, the
    /// idle-slot guide counts too.
    fn add_delta(&self, m: &Model, p: usize, s: usize, guided: bool) -> i64 {
        let i = p * m.ndays + m.day[s];
        let old = self.mask[i];
        let pb = i64::from(self.pbreaks[p]);
        let new = old | (1 << m.bit[s]);
        let new_pb = pb - i64::from(day_breaks(old)) + i64::from(day_breaks(new));
        let idle = if guided {
            W_IDLE * (day_idle(new) - day_idle(old))
        } else {
            0
        };
        W_BREAK * (new_pb - pb) + W_FAIR * (new_pb * new_pb - pb * pb) + idle
    }

    fn free_for(&self, m: &Model, r: usize, s: usize) -> bool {
        self.at[m.a[r] as usize * m.ns + s] == NONE
            && self.at[m.b[r] as usize * m.ns + s] == NONE
            && self.load[s] < m.cap[s]
    }

    /// The usable slot where `r` fits without moving anything and adds the least cost.
    /// `guided`: weigh idle slots too (see `W_IDLE`).
    fn best_free_slot(&self, m: &Model, r: usize, guided: bool) -> Option<usize> {
        m.allowed[r]
            .iter()
            .map(|&s| s as usize)
            .filter(|&s| self.free_for(m, r, s))
            .min_by_key(|&s| {
                self.add_delta(m, m.a[r] as usize, s, guided)
                    + self.add_delta(m, m.b[r] as usize, s, guided)
            })
    }

    fn assignment(&self) -> Vec<Option<usize>> {
        self.slot_of
            .iter()
            .map(|&s| (s != NONE).then_some(s as usize))
            .collect()
    }
}

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

fn greedy(m: &Model, guided: bool) -> State {
    let mut state = State::new(m);
    let mut degree = vec![0usize; m.n];
    for r in 0..m.a.len() {
        degree[m.a[r] as usize] += 1;
        degree[m.b[r] as usize] += 1;
    }
    let mut order: Vec<usize> = (0..m.a.len())
        .filter(|&r| !m.allowed[r].is_empty())
        .collect();
    order.sort_by_key(|&r| {
        (
            m.rank[r],
            m.allowed[r].len(),
            std::cmp::Reverse(degree[m.a[r] as usize] + degree[m.b[r] as usize]),
            r,
        )
    });
    for r in order {
        let home = m.home[r] as usize;
        if m.home[r] != NONE && m.may(r, home) && state.free_for(m, r, home) {
            state.place(m, r, home);
        } else if let Some(s) = state.best_free_slot(m, r, guided) {
            state.place(m, r, s);
        }
    }
    state
}

/// Puts movable meetings back in their own slot wherever that moves fewer in all:
/// straight there when it is free for them, else by a Kempe chain between the two
/// slots (two moved meetings may just have traded places). Each step lowers the moves.
fn go_home(m: &Model, state: &mut State) {
    let mut chain = Chain::new(m);
    let mut changed = true;
    while changed && state.moved > 0 {
        changed = false;
        for r in 0..m.a.len() {
            let (s, home) = (state.slot_of[r] as usize, m.home[r] as usize);
            if state.slot_of[r] == NONE || m.away(r, s) == 0 || !m.may(r, home) {
                continue;
            }
            let (mut delta, mut idle) = (0, 0);
            if state.free_for(m, r, home) {
                state.remove(m, r);
                state.place(m, r, home);
                changed = true;
            } else if chain.build(m, state, r, home, &mut delta, &mut idle) && chain.moved < 0 {
                chain.apply(m, state, s, home);
                changed = true;
            }
        }
    }
}

/// Places leftovers by displacing others; returns the moves spent. Leaves `state` at
/// the best assignment seen (most must-meets, then most others placed).
fn eject(
    m: &Model,
    state: &mut State,
    rng: &mut FastRng,
    clock: &mut Clock,
    budget: u64,
    guided: bool,
) -> u64 {
    // One queue per rank; the highest non-empty one goes first.
    let mut queues: [Vec<u32>; 3] = Default::default();
    for r in 0..m.a.len() {
        if state.slot_of[r] == NONE && !m.allowed[r].is_empty() {
            queues[usize::from(m.rank[r])].push(to_u32(r));
        }
    }
    if queues.iter().all(Vec::is_empty) {
        return 0;
    }
    let mut best = state.clone();
    let mut ejected = vec![0u32; m.a.len()];
    let mut placed_at = vec![0u64; m.a.len()];
    let tenure = 8u64;
    let mut iteration = 0;
    let mut victims: Vec<usize> = Vec::with_capacity(3);
    // Left out behind higher ranks; back in the queue whenever a displacement changes
    // the slots, so a request that fits beside one of two rivals gets its chance.
    let mut parked: Vec<u32> = Vec::new();
    while iteration < budget && !clock.out(iteration) {
        let Some(mut rank) = queues.iter().position(|q| !q.is_empty()) else {
            break;
        };
        // Meetings of one rank that only fit in each other's place would cycle forever
        // and starve the ranks below, which may fit beside whichever one wins: one pick
        // in `LOWER_RANK_EVERY` goes to a lower queue when one waits.
        let lower: Vec<usize> = (rank + 1..3).filter(|&k| !queues[k].is_empty()).collect();
        if !lower.is_empty() && rng.gen_range(0..LOWER_RANK_EVERY) == 0 {
            rank = lower[rng.gen_range(0..lower.len())];
        }
        let queue = &mut queues[rank];
        iteration += 1;
        let pick = rng.gen_range(0..queue.len());
        let r = queue.swap_remove(pick) as usize;
        if let Some(s) = state.best_free_slot(m, r, guided) {
            state.place(m, r, s);
            placed_at[r] = iteration;
        } else {
            let weight = |c: usize| -> i64 {
                let base = match m.rank[c] {
                    MOVABLE => 300,
                    MUST => 100,
                    _ => 10,
                };
                let tabu = if iteration - placed_at[c] < tenure {
                    1000
                } else {
                    0
                };
                base + tabu + i64::from(ejected[c]) * 2
            };
            let mut best_slot = None;
            let mut best_score = i64::MAX;
            for &s in &m.allowed[r] {
                let s = s as usize;
                let mut conflicts = [NONE; 3];
                let mut count = 0;
                for p in [m.a[r], m.b[r]] {
                    let c = state.at[p as usize * m.ns + s];
                    if c != NONE && !conflicts[..count].contains(&c) {
                        conflicts[count] = c;
                        count += 1;
                    }
                }
                if conflicts[..count]
                    .iter()
                    .any(|&c| !m.may_displace(r, c as usize))
                {
                    continue;
                }
                let mut score: i64 = conflicts[..count].iter().map(|&c| weight(c as usize)).sum();
                if state.load[s] as usize - count >= m.cap[s] as usize {
                    // Still full without the conflicts: one more meeting has to go.
                    let extra = state.members[s]
                        .iter()
                        .filter(|&&c| !conflicts[..count].contains(&c))
                        .filter(|&&c| m.may_displace(r, c as usize))
                        .map(|&c| weight(c as usize))
                        .min();
                    match extra {
                        Some(w) => score += w,
                        None => continue,
                    }
                }
                score += rng.gen_range(0..4);
                if score < best_score {
                    best_score = score;
                    best_slot = Some(s);
                }
            }
            let Some(s) = best_slot else {
                // Only higher ranks stand in its way: it waits until they change.
                parked.push(to_u32(r));
                continue;
            };
            victims.clear();
            for p in [m.a[r], m.b[r]] {
                let c = state.at[p as usize * m.ns + s];
                if c != NONE && !victims.contains(&(c as usize)) {
                    victims.push(c as usize);
                }
            }
            if state.load[s] as usize - victims.len() >= m.cap[s] as usize {
                let extra = state.members[s]
                    .iter()
                    .map(|&c| c as usize)
                    .filter(|c| !victims.contains(c))
                    .filter(|&c| m.may_displace(r, c))
                    .min_by_key(|&c| (weight(c), rng.gen_range(0..4u32)));
                victims.extend(extra);
            }
            for &c in &victims {
                state.remove(m, c);
                ejected[c] += 1;
                queues[usize::from(m.rank[c])].push(to_u32(c));
            }
            state.place(m, r, s);
            placed_at[r] = iteration;
            for c in parked.drain(..) {
                queues[usize::from(m.rank[c as usize])].push(c);
            }
        }
        if state.key() > best.key() {
            best = state.clone();
        }
    }
    if best.key() > state.key() {
        *state = best;
    }
    iteration
}

/// Places each unplaced meeting it can by first moving what stands in its way (the
/// meetings its two sides have in a slot, and one more when that slot is still full) to
/// slots free for them; nobody is unplaced for it. Ejection only bumps meetings of a
/// rank no higher, so a would-like request can stay out behind a must-meet that had
/// room elsewhere: this catches that. Sweeps until nothing more fits.
fn relocate(m: &Model, state: &mut State) {
    let mut changed = true;
    while changed {
        changed = false;
        for r in 0..m.a.len() {
            if state.slot_of[r] == NONE {
                changed |= relocate_into(m, state, r);
            }
        }
    }
}

fn relocate_into(m: &Model, state: &mut State, r: usize) -> bool {
    for &s in &m.allowed[r] {
        let s = s as usize;
        let mut way: Vec<usize> = Vec::with_capacity(3);
        for p in [m.a[r], m.b[r]] {
            let c = state.at[p as usize * m.ns + s];
            if c != NONE && !way.contains(&(c as usize)) {
                way.push(c as usize);
            }
        }
        let full = state.load[s] as usize - way.len() >= m.cap[s] as usize;
        let extras: Vec<Option<usize>> = if full {
            state.members[s]
                .iter()
                .map(|&c| c as usize)
                .filter(|c| !way.contains(c))
                .map(Some)
                .collect()
        } else {
            vec![None]
        };
        for extra in extras {
            let mut movers = way.clone();
            movers.extend(extra);
            if try_relocate(m, state, r, s, &movers) {
                return true;
            }
        }
    }
    false
}

/// Moves `movers` out of slot `s` into free slots and puts `r` in `s`, or changes
/// nothing and returns `false`.
fn try_relocate(m: &Model, state: &mut State, r: usize, s: usize, movers: &[usize]) -> bool {
    for &c in movers {
        state.remove(m, c);
    }
    state.place(m, r, s);
    let mut moved = 0;
    for &c in movers {
        match state.best_free_slot(m, c, true) {
            Some(t) => {
                state.place(m, c, t);
                moved += 1;
            }
            None => break,
        }
    }
    if moved == movers.len() {
        return true;
    }
    for &c in &movers[..moved] {
        state.remove(m, c);
    }
    state.remove(m, r);
    for &c in movers {
        state.place(m, c, s);
    }
    false
}

/// Makes sure no must-meet (or movable meeting) stays out while only lower-ranked
/// meetings stand in its way in some slot: bumps those (they come back wherever a slot
/// is free for them). Each step places one more meeting of a higher rank than any it
/// bumps, so this ends.
fn promote_musts(m: &Model, state: &mut State) {
    let mut bumped = Vec::new();
    let mut changed = true;
    while changed {
        changed = false;
        for r in 0..m.a.len() {
            if m.rank[r] == WOULD || state.slot_of[r] != NONE {
                continue;
            }
            for &s in &m.allowed[r] {
                let s = s as usize;
                let mut obstacles = Vec::with_capacity(3);
                for p in [m.a[r], m.b[r]] {
                    let c = state.at[p as usize * m.ns + s];
                    if c != NONE && !obstacles.contains(&(c as usize)) {
                        obstacles.push(c as usize);
                    }
                }
                if obstacles.iter().any(|&c| m.rank[c] <= m.rank[r]) {
                    continue;
                }
                if state.load[s] as usize - obstacles.len() >= m.cap[s] as usize {
                    let extra = state.members[s]
                        .iter()
                        .map(|&c| c as usize)
                        .find(|c| m.rank[*c] > m.rank[r] && !obstacles.contains(c));
                    match extra {
                        Some(c) => obstacles.push(c),
                        None => continue,
                    }
                }
                for &c in &obstacles {
                    state.remove(m, c);
                }
                bumped.extend(obstacles);
                state.place(m, r, s);
                changed = true;
                break;
            }
        }
    }
    for r in bumped {
        if state.slot_of[r] == NONE
            && let Some(s) = state.best_free_slot(m, r, true)
        {
            state.place(m, r, s);
        }
    }
}

/// Scratch space for building and scoring one Kempe chain.
struct Chain {
    members: Vec<u32>,
    /// The change in movable meetings away from their slot.
    moved: i64,
    stamp: Vec<u32>,
    pstamp: Vec<u32>,
    now: u32,
    /// (participant, new mask of slot s's day, new mask of slot t's day, new breaks)
    touched: Vec<(u32, u128, u128, u32)>,
}

impl Chain {
    fn new(m: &Model) -> Self {
        Self {
            members: Vec::new(),
            moved: 0,
            stamp: vec![0; m.a.len()],
            pstamp: vec![0; m.n],
            now: 0,
            touched: Vec::new(),
        }
    }

    /// The chain of `r` between its slot `s` and `t`, or `false` if it is too long,
    /// breaks a rule, or overfills a slot. On success `members` holds it and
    /// `touched` the new masks; returns the change of `cost` through `delta` and that of
    /// the idle slots through `idle`.
    fn build(
        &mut self,
        m: &Model,
        state: &State,
        r: usize,
        t: usize,
        delta: &mut i64,
        idle: &mut i64,
    ) -> bool {
        let s = state.slot_of[r] as usize;
        self.now = self.now.wrapping_add(1);
        if self.now == 0 {
            self.stamp.iter_mut().for_each(|x| *x = 0);
            self.pstamp.iter_mut().for_each(|x| *x = 0);
            self.now = 1;
        }
        self.members.clear();
        self.moved = 0;
        self.members.push(to_u32(r));
        self.stamp[r] = self.now;
        let mut i = 0;
        let mut from_s = 0u32;
        while i < self.members.len() {
            let x = self.members[i] as usize;
            i += 1;
            let here = state.slot_of[x] as usize;
            let there = if here == s { t } else { s };
            if here == s {
                from_s += 1;
            }
            if !m.may(x, there) {
                return false;
            }
            self.moved += m.away(x, there) as i64 - m.away(x, here) as i64;
            for p in [m.a[x], m.b[x]] {
                let y = state.at[p as usize * m.ns + there];
                if y != NONE && self.stamp[y as usize] != self.now {
                    if self.members.len() >= MAX_CHAIN {
                        return false;
                    }
                    self.stamp[y as usize] = self.now;
                    self.members.push(y);
                }
            }
        }
        let from_t = to_u32(self.members.len()) - from_s;
        if state.load[s] - from_s + from_t > m.cap[s] || state.load[t] - from_t + from_s > m.cap[t]
        {
            return false;
        }
        let (ds, dt) = (m.day[s], m.day[t]);
        let (bs, bt) = (1u128 << m.bit[s], 1u128 << m.bit[t]);
        self.touched.clear();
        let mut change = 0i64;
        let mut idle_change = 0i64;
        for &x in &self.members {
            for p in [m.a[x as usize], m.b[x as usize]] {
                let p = p as usize;
                if self.pstamp[p] == self.now {
                    continue;
                }
                self.pstamp[p] = self.now;
                let ms = state.mask[p * m.ndays + ds];
                let mt = state.mask[p * m.ndays + dt];
                let (has_s, has_t) = (ms & bs != 0, mt & bt != 0);
                let pb = i64::from(state.pbreaks[p]);
                let (new_s, new_t, new_pb);
                if ds == dt {
                    let mut nm = ms & !bs & !bt;
                    if has_s {
                        nm |= bt;
                    }
                    if has_t {
                        nm |= bs;
                    }
                    new_s = nm;
                    new_t = nm;
                    new_pb = pb - i64::from(day_breaks(ms)) + i64::from(day_breaks(nm));
                    idle_change += day_idle(nm) - day_idle(ms);
                } else {
                    new_s = if has_t { ms | bs } else { ms & !bs };
                    new_t = if has_s { mt | bt } else { mt & !bt };
                    new_pb = pb - i64::from(day_breaks(ms)) - i64::from(day_breaks(mt))
                        + i64::from(day_breaks(new_s))
                        + i64::from(day_breaks(new_t));
                    idle_change += day_idle(new_s) + day_idle(new_t) - day_idle(ms) - day_idle(mt);
                }
                change += W_BREAK * (new_pb - pb) + W_FAIR * (new_pb * new_pb - pb * pb);
                self.touched
                    .push((to_u32(p), new_s, new_t, u32::try_from(new_pb).unwrap_or(0)));
            }
        }
        *delta = change;
        *idle = idle_change;
        true
    }

    fn apply(&self, m: &Model, state: &mut State, s: usize, t: usize) {
        for &x in &self.members {
            let x = x as usize;
            for p in [m.a[x], m.b[x]] {
                let i = p as usize * m.ns;
                if state.at[i + s] == to_u32(x) {
                    state.at[i + s] = NONE;
                }
                if state.at[i + t] == to_u32(x) {
                    state.at[i + t] = NONE;
                }
            }
        }
        for &x in &self.members {
            let x = x as usize;
            let here = state.slot_of[x] as usize;
            let there = if here == s { t } else { s };
            // Move between member lists; loads follow.
            let pos = state.member_pos[x] as usize;
            state.members[here].swap_remove(pos);
            if let Some(&moved) = state.members[here].get(pos) {
                state.member_pos[moved as usize] = to_u32(pos);
            }
            state.load[here] -= 1;
            state.member_pos[x] = to_u32(state.members[there].len());
            state.members[there].push(to_u32(x));
            state.load[there] += 1;
            state.slot_of[x] = to_u32(there);
            state.moved = state.moved + m.away(x, there) - m.away(x, here);
            for p in [m.a[x], m.b[x]] {
                state.at[p as usize * m.ns + there] = to_u32(x);
            }
        }
        let (ds, dt) = (m.day[s], m.day[t]);
        for &(p, new_s, new_t, new_pb) in &self.touched {
            let p = p as usize;
            let old = i64::from(state.pbreaks[p]);
            let new = i64::from(new_pb);
            let (is, it) = (p * m.ndays + ds, p * m.ndays + dt);
            if ds == dt {
                state.idle += day_idle(new_s) - day_idle(state.mask[is]);
            } else {
                state.idle += day_idle(new_s) + day_idle(new_t)
                    - day_idle(state.mask[is])
                    - day_idle(state.mask[it]);
            }
            state.mask[is] = new_s;
            state.mask[it] = new_t;
            state.set_pbreaks(p, new_pb);
            state.breaks += new - old;
            state.sumsq += new * new - old * old;
        }
    }
}

/// A meeting of `p` at the first or last slot of one of its runs of meetings, on a day
/// where it has a break (from the first such day after a random one): moving it next to
/// another run is how a break closes. `None` if that slot holds a fixed meeting.
fn run_end(m: &Model, state: &State, p: usize, rng: &mut FastRng) -> Option<usize> {
    let first = rng.gen_range(0..m.ndays);
    let d = (0..m.ndays)
        .map(|k| (first + k) % m.ndays)
        .find(|&d| day_breaks(state.mask[p * m.ndays + d]) > 0)?;
    let mask = state.mask[p * m.ndays + d];
    let mut ends = (mask & !(mask << 1)) | (mask & !(mask >> 1));
    for _ in 0..rng.gen_range(0..ends.count_ones()) {
        ends &= ends - 1;
    }
    let slot = m.day_first[d] + ends.trailing_zeros() as usize;
    let x = state.at[p * m.ns + slot];
    (x != NONE).then_some(x as usize)
}

/// Simulated annealing over Kempe-chain moves; unplaced requests get another chance
/// whenever one is drawn and a slot happens to be free for it. Stops early once the
/// breaks reach `floor` (a lower bound) with nothing left unplaced. Leaves `state` at
/// the best assignment seen.
fn anneal(
    m: &Model,
    state: &mut State,
    rng: &mut FastRng,
    clock: &mut Clock,
    budget: u64,
    floor: usize,
) {
    let candidates: Vec<u32> = (0..m.a.len())
        .filter(|&r| !m.allowed[r].is_empty())
        .map(to_u32)
        .collect();
    if candidates.is_empty() || budget == 0 {
        return;
    }
    let mut chain = Chain::new(m);
    let mut best: Option<State> = None;
    let mut best_key = (state.key(), -state.cost());
    // Temperatures in cost units: at the start a move costing one break is taken
    // about one time in five, at the end one in four thousand (an idle slot more, one
    // time in five: the search still drifts along plateaus).
    let (t0, t1) = (0.6 * W_BREAK as f64, 0.12 * W_BREAK as f64);
    let mut temperature = t0;
    let mut near: Vec<u32> = Vec::new();
    for iteration in 0..budget {
        if iteration.is_multiple_of(CLOCK_EVERY) {
            let done = state.all_placed(m) && state.moved == 0 && state.breaks <= floor as i64;
            if clock.out(iteration) || done {
                break;
            }
            let progress = (iteration as f64 / budget as f64)
                .max(clock.fraction())
                .min(1.0);
            temperature = t0 * (t1 / t0).powf(progress);
        }
        let mut r = candidates[rng.gen_range(0..candidates.len())] as usize;
        let mut focus = None;
        if !state.broken.is_empty() && rng.gen_range(0..100) < FOCUS_PERCENT {
            let p = state.broken[rng.gen_range(0..state.broken.len())] as usize;
            if let Some(x) = run_end(m, state, p, rng) {
                r = x;
                focus = Some(p);
            }
        }
        if state.slot_of[r] == NONE {
            if let Some(s) = state.best_free_slot(m, r, true) {
                state.place(m, r, s);
                if (state.key(), -state.cost()) > best_key {
                    best_key = (state.key(), -state.cost());
                    best = None;
                }
            }
            continue;
        }
        let allowed = &m.allowed[r];
        if allowed.len() < 2 {
            continue;
        }
        let s = state.slot_of[r] as usize;
        let mut t = allowed[rng.gen_range(0..allowed.len())] as usize;
        if focus.is_some() || rng.gen_range(0..100) < TARGET_NEAR_PERCENT {
            // Next to one side's other meetings of the day: compaction.
            let p = focus
                .unwrap_or_else(|| (if rng.r#gen::<bool>() { m.a[r] } else { m.b[r] }) as usize);
            let d = m.day[s];
            let others = state.mask[p * m.ndays + d] & !(1u128 << m.bit[s]);
            let edge = ((others << 1) | (others >> 1)) & !others;
            near.clear();
            let mut bits = edge;
            while bits != 0 {
                let x = m.day_first[d] + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if x < m.ns && m.day[x] == d && m.may(r, x) {
                    near.push(to_u32(x));
                }
            }
            if !near.is_empty() {
                t = near[rng.gen_range(0..near.len())] as usize;
            }
        }
        if m.away(r, s) == 1 && rng.r#gen::<bool>() && m.may(r, m.home[r] as usize) {
            // A moved meeting tries its own slot half the time.
            t = m.home[r] as usize;
        }
        if t == s {
            continue;
        }
        let (mut delta, mut idle) = (0, 0);
        if !chain.build(m, state, r, t, &mut delta, &mut idle) {
            continue;
        }
        let steer = delta + W_IDLE * idle + W_MOVE * chain.moved;
        let accept = steer <= 0 || rng.r#gen::<f64>() < (-(steer as f64) / temperature).exp();
        if !accept {
            continue;
        }
        let current = (state.key(), -state.cost());
        if (delta > 0 || chain.moved > 0) && current == best_key && best.is_none() {
            // Leaving the best assignment: keep a copy.
            best = Some(state.clone());
        }
        chain.apply(m, state, s, t);
        let now = (state.key(), -state.cost());
        if now > best_key {
            best_key = now;
            best = None;
        }
    }
    if let Some(best) = best
        && (state.key(), -state.cost()) < best_key
    {
        *state = best;
    }
}

/// xoshiro256++ (Blackman and Vigna): the search draws several numbers per move, and
/// `StdRng` (ChaCha12) took a sixth of the time. rand's own `SmallRng` is the same
/// generator but sits behind a feature this crate does not enable. Not for secrets.
struct FastRng([u64; 4]);

impl RngCore for FastRng {
    fn next_u32(&mut self) -> u32 {
        (self.next_u64() >> 32) as u32
    }

    fn next_u64(&mut self) -> u64 {
        let s = &mut self.0;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for chunk in dest.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand::Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

impl SeedableRng for FastRng {
    type Seed = [u8; 32];

    /// An all-zero state would stay zero: it is replaced by a fixed non-zero one.
    fn from_seed(seed: [u8; 32]) -> Self {
        let mut state = [0u64; 4];
        for (word, bytes) in state.iter_mut().zip(seed.chunks_exact(8)) {
            let mut le = [0u8; 8];
            le.copy_from_slice(bytes);
            *word = u64::from_le_bytes(le);
        }
        if state == [0; 4] {
            state = [0x9e37_79b9_7f4a_7c15, 1, 2, 3];
        }
        Self(state)
    }
}
