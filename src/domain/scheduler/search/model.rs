//! The problem as the search sees it: flat arrays of ranks, allowed slots and day masks.

use super::super::{Priority, Problem};
use super::{MOVABLE, MUST, NONE, WOULD};

/// Breaks in one day's occupancy mask: runs of busy slots, less one.
pub(super) fn day_breaks(mask: u128) -> u32 {
    (mask & !(mask << 1)).count_ones().saturating_sub(1)
}

/// Idle slots between the first and the last meeting of one day's occupancy mask.
pub(super) fn day_idle(mask: u128) -> i64 {
    if mask == 0 {
        return 0;
    }
    let span = 128 - mask.leading_zeros() - mask.trailing_zeros();
    i64::from(span - mask.count_ones())
}

pub(super) struct Model {
    pub(super) n: usize,
    pub(super) ns: usize,
    pub(super) ndays: usize,
    pub(super) day: Vec<usize>,
    pub(super) bit: Vec<u32>,
    /// Tables left in each slot once the fixed meetings sit.
    pub(super) cap: Vec<u32>,
    pub(super) a: Vec<u32>,
    pub(super) b: Vec<u32>,
    /// `MOVABLE`, `MUST` or `WOULD`.
    pub(super) rank: Vec<u8>,
    /// A movable meeting's current slot, `NONE` for a request.
    pub(super) home: Vec<u32>,
    /// Per request, the slots it may take (session, blocks, fixed meetings, tables).
    pub(super) allowed: Vec<Vec<u32>>,
    pub(super) allowed_bits: Vec<u64>,
    pub(super) words: usize,
    /// Fixed meetings per participant and day.
    pub(super) base_mask: Vec<u128>,
    /// The first slot of each day.
    pub(super) day_first: Vec<usize>,
}

impl Model {
    /// The last `homes.len()` requests of `problem` are movable meetings, with these
    /// current slots.
    pub(super) fn new(problem: &Problem, homes: &[usize]) -> Self {
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

    pub(super) fn may(&self, r: usize, s: usize) -> bool {
        self.allowed_bits[r * self.words + s / 64] & (1 << (s % 64)) != 0
    }

    /// Whether `r` may push `c` out of its slot to take it: only meetings that rank no
    /// higher, or movable ones (they look for another slot in turn).
    pub(super) fn may_displace(&self, r: usize, c: usize) -> bool {
        self.rank[c] >= self.rank[r] || self.rank[c] == MOVABLE
    }

    /// 1 if `r` in slot `s` is a movable meeting away from its slot.
    pub(super) fn away(&self, r: usize, s: usize) -> usize {
        usize::from(self.home[r] != NONE && self.home[r] != to_u32(s))
    }
}

/// Indices fit in u32 in any problem that fits in memory here; saturate rather than wrap.
pub(super) fn to_u32(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}
