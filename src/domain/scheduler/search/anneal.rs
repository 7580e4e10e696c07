//! Simulated annealing over Kempe-chain moves, focused on participants with a break.

use rand::Rng;

use super::chain::Chain;
use super::model::{Model, day_breaks, to_u32};
use super::rng::FastRng;
use super::state::State;
use super::{
    CLOCK_EVERY, Clock, FOCUS_PERCENT, NONE, TARGET_NEAR_PERCENT, W_BREAK, W_IDLE, W_MOVE,
};

/// A meeting of `p` at the first or last slot of one of its runs of meetings, on a day
/// where it has a break (from the first such day after a random one): moving it next to
/// another run is how a break closes. `None` if that slot holds a fixed meeting.
pub(super) fn run_end(m: &Model, state: &State, p: usize, rng: &mut FastRng) -> Option<usize> {
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
pub(super) fn anneal(
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
