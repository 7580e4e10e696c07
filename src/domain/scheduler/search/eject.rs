//! Ejection: places leftovers by displacing lower-ranked meetings into a queue.

use rand::Rng;

use super::model::{Model, to_u32};
use super::rng::FastRng;
use super::state::State;
use super::{Clock, LOWER_RANK_EVERY, MOVABLE, MUST, NONE};

/// Places leftovers by displacing others; returns the moves spent. Leaves `state` at
/// the best assignment seen (most must-meets, then most others placed).
pub(super) fn eject(
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
