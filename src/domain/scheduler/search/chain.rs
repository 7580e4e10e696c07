//! Kempe-chain swaps between two slots: building, scoring and applying one move.

use super::model::{Model, day_breaks, day_idle, to_u32};
use super::state::State;
use super::{MAX_CHAIN, NONE, W_BREAK, W_FAIR};

/// Scratch space for building and scoring one Kempe chain.
pub(super) struct Chain {
    pub(super) members: Vec<u32>,
    /// The change in movable meetings away from their slot.
    pub(super) moved: i64,
    pub(super) stamp: Vec<u32>,
    pub(super) pstamp: Vec<u32>,
    pub(super) now: u32,
    /// (participant, new mask of slot s's day, new mask of slot t's day, new breaks)
    pub(super) touched: Vec<(u32, u128, u128, u32)>,
}

impl Chain {
    pub(super) fn new(m: &Model) -> Self {
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
    pub(super) fn build(
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

    pub(super) fn apply(&self, m: &Model, state: &mut State, s: usize, t: usize) {
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
