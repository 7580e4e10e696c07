//! Clean-up passes: promote must-meets, relocate what blocks a leftover, send movable meetings home.

use super::chain::Chain;
use super::model::Model;
use super::state::State;
use super::{NONE, WOULD};

/// Puts movable meetings back in their own slot wherever that moves fewer in all:
/// straight there when it is free for them, else by a Kempe chain between the two
/// slots (two moved meetings may just have traded places). Each step lowers the moves.
pub(super) fn go_home(m: &Model, state: &mut State) {
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
/// Places each unplaced meeting it can by first moving what stands in its way (the
/// meetings its two sides have in a slot, and one more when that slot is still full) to
/// slots free for them; nobody is unplaced for it. Ejection only bumps meetings of a
/// rank no higher, so a would-like request can stay out behind a must-meet that had
/// room elsewhere: this catches that. Sweeps until nothing more fits.
pub(super) fn relocate(m: &Model, state: &mut State) {
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

pub(super) fn relocate_into(m: &Model, state: &mut State, r: usize) -> bool {
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
pub(super) fn try_relocate(
    m: &Model,
    state: &mut State,
    r: usize,
    s: usize,
    movers: &[usize],
) -> bool {
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
pub(super) fn promote_musts(m: &Model, state: &mut State) {
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
