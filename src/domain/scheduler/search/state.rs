//! One assignment of meetings to slots, with its breaks and idle slots kept up to date.

use super::model::{Model, day_breaks, day_idle, to_u32};
use super::{NONE, W_BREAK, W_FAIR, W_IDLE};

#[derive(Clone)]
pub(super) struct State {
    pub(super) slot_of: Vec<u32>,
    /// The request participant `p` has in slot `s`, at `p * ns + s`.
    pub(super) at: Vec<u32>,
    pub(super) load: Vec<u32>,
    pub(super) members: Vec<Vec<u32>>,
    pub(super) member_pos: Vec<u32>,
    pub(super) mask: Vec<u128>,
    pub(super) pbreaks: Vec<u32>,
    /// The participants with a break, in no order; `broken_pos` is each one's index.
    pub(super) broken: Vec<u32>,
    pub(super) broken_pos: Vec<u32>,
    pub(super) breaks: i64,
    pub(super) sumsq: i64,
    /// Idle slots inside all participants' days (see `W_IDLE`).
    pub(super) idle: i64,
    /// Placed meetings per rank.
    pub(super) placed: [usize; 3],
    /// Movable meetings placed away from their slot.
    pub(super) moved: usize,
}

impl State {
    pub(super) fn new(m: &Model) -> Self {
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
    pub(super) fn cost(&self) -> i64 {
        W_BREAK * self.breaks + W_FAIR * self.sumsq
    }

    /// Placed counts, then moves, better when greater.
    pub(super) fn key(&self) -> (usize, usize, usize, i64) {
        let moved = i64::try_from(self.moved).unwrap_or(i64::MAX);
        (self.placed[0], self.placed[1], self.placed[2], -moved)
    }

    pub(super) fn all_placed(&self, m: &Model) -> bool {
        self.placed.iter().sum::<usize>() == m.a.len()
    }

    /// Sets p's breaks and keeps `broken` in step.
    pub(super) fn set_pbreaks(&mut self, p: usize, new: u32) {
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

    pub(super) fn set_day(&mut self, m: &Model, p: usize, d: usize, mask: u128) {
        let i = p * m.ndays + d;
        let old_pb = i64::from(self.pbreaks[p]);
        let pb = old_pb - i64::from(day_breaks(self.mask[i])) + i64::from(day_breaks(mask));
        self.idle += day_idle(mask) - day_idle(self.mask[i]);
        self.mask[i] = mask;
        self.set_pbreaks(p, u32::try_from(pb).unwrap_or(0));
        self.breaks += pb - old_pb;
        self.sumsq += pb * pb - old_pb * old_pb;
    }

    pub(super) fn place(&mut self, m: &Model, r: usize, s: usize) {
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

    pub(super) fn remove(&mut self, m: &Model, r: usize) {
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
    pub(super) fn add_delta(&self, m: &Model, p: usize, s: usize, guided: bool) -> i64 {
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

    pub(super) fn free_for(&self, m: &Model, r: usize, s: usize) -> bool {
        self.at[m.a[r] as usize * m.ns + s] == NONE
            && self.at[m.b[r] as usize * m.ns + s] == NONE
            && self.load[s] < m.cap[s]
    }

    /// The usable slot where `r` fits without moving anything and adds the least cost.
    /// `guided`: weigh idle slots too (see `W_IDLE`).
    pub(super) fn best_free_slot(&self, m: &Model, r: usize, guided: bool) -> Option<usize> {
        m.allowed[r]
            .iter()
            .map(|&s| s as usize)
            .filter(|&s| self.free_for(m, r, s))
            .min_by_key(|&s| {
                self.add_delta(m, m.a[r] as usize, s, guided)
                    + self.add_delta(m, m.b[r] as usize, s, guided)
            })
    }

    pub(super) fn assignment(&self) -> Vec<Option<usize>> {
        self.slot_of
            .iter()
            .map(|&s| (s != NONE).then_some(s as usize))
            .collect()
    }
}
