//! Deterministic synthetic expos for benches and tests: suppliers (the `a` side, at
//! tables) and foreign buyers, accepted requests between them, some blocked slots.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{Fixed, Priority, Problem, Request, SlotInfo};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub suppliers: usize,
    pub buyers: usize,
    pub requests: usize,
    pub days: usize,
    pub slots_per_day: usize,
    /// The first this many slots of a day are its morning session, the rest afternoon.
    pub morning_slots: usize,
    pub tables: usize,
    /// Chance, in percent, that a participant blocks a given slot.
    pub blocked_percent: u32,
    /// Chance, in percent, that a request asks for one session.
    pub session_percent: u32,
    /// Chance, in percent, that a request is "would like" rather than "must meet".
    pub would_like_percent: u32,
    /// How many requests become fixed meetings before scheduling.
    pub fixed: usize,
}

impl Shape {
    /// A Korean export consultation: 300 domestic suppliers, 100 foreign buyers, 750
    /// accepted requests, two days of 14 slots (7 morning, 7 afternoon), 40 tables.
    pub const fn korean_expo() -> Self {
        Self {
            suppliers: 300,
            buyers: 100,
            requests: 750,
            days: 2,
            slots_per_day: 14,
            morning_slots: 7,
            tables: 40,
            blocked_percent: 5,
            session_percent: 10,
            would_like_percent: 0,
            fixed: 0,
        }
    }

    /// `k` times the people, requests and tables over the same days.
    pub const fn times(self, k: usize) -> Self {
        Self {
            suppliers: self.suppliers * k,
            buyers: self.buyers * k,
            requests: self.requests * k,
            tables: self.tables * k,
            ..self
        }
    }
}

/// Session of a slot: `2 * day + 0` for its morning, `2 * day + 1` for its afternoon.
pub fn expo(shape: &Shape, seed: u64) -> Problem {
    let mut rng = StdRng::seed_from_u64(seed);
    let participants = shape.suppliers + shape.buyers;
    let slots: Vec<SlotInfo> = (0..shape.days)
        .flat_map(|day| {
            (0..shape.slots_per_day).map(move |i| SlotInfo {
                day,
                session: 2 * day + usize::from(i >= shape.morning_slots),
                tables: shape.tables,
            })
        })
        .collect();
    let blocked: Vec<Vec<usize>> = (0..participants)
        .map(|_| {
            (0..slots.len())
                .filter(|_| rng.gen_range(0..100) < shape.blocked_percent)
                .collect()
        })
        .collect();
    let sessions: Vec<usize> = {
        let mut s: Vec<usize> = slots.iter().map(|s| s.session).collect();
        s.dedup();
        s
    };
    // Some buyers are wanted by many suppliers: weights 1..=4.
    let weights: Vec<u32> = (0..shape.buyers).map(|_| rng.gen_range(1..=4)).collect();
    let total_weight: u32 = weights.iter().sum();
    let open = |p: usize| slots.len() - blocked[p].len();
    let mut load = vec![0usize; participants];
    let mut pairs = std::collections::HashSet::new();
    let mut requests = Vec::with_capacity(shape.requests);
    let mut attempts = 0;
    while requests.len() < shape.requests && attempts < 50 * shape.requests + 100 {
        attempts += 1;
        if shape.buyers == 0 || shape.suppliers == 0 || total_weight == 0 {
            break;
        }
        let supplier = rng.gen_range(0..shape.suppliers);
        let mut pick = rng.gen_range(0..total_weight);
        let mut buyer = 0;
        while pick >= weights[buyer] {
            pick -= weights[buyer];
            buyer += 1;
        }
        let buyer = shape.suppliers + buyer;
        // Leave everyone some slack, so every instance can be scheduled in full.
        if load[supplier] + 3 > open(supplier)
            || load[buyer] + 3 > open(buyer)
            || !pairs.insert((supplier, buyer))
        {
            continue;
        }
        load[supplier] += 1;
        load[buyer] += 1;
        let session = (rng.gen_range(0..100) < shape.session_percent && !sessions.is_empty())
            .then(|| sessions[rng.gen_range(0..sessions.len())]);
        let priority = if rng.gen_range(0..100) < shape.would_like_percent {
            Priority::WouldLike
        } else {
            Priority::Must
        };
        requests.push(Request {
            a: supplier,
            b: buyer,
            priority,
            session,
        });
    }
    let mut fixed = Vec::new();
    let mut busy = vec![false; participants * slots.len()];
    let mut used = vec![0usize; slots.len()];
    while fixed.len() < shape.fixed && !requests.is_empty() {
        let r = requests.swap_remove(rng.gen_range(0..requests.len()));
        let free = |s: usize| {
            used[s] < slots[s].tables
                && [r.a, r.b]
                    .iter()
                    .all(|&p| !busy[p * slots.len() + s] && !blocked[p].contains(&s))
        };
        let candidates: Vec<usize> = (0..slots.len()).filter(|&s| free(s)).collect();
        if candidates.is_empty() {
            continue;
        }
        let slot = candidates[rng.gen_range(0..candidates.len())];
        used[slot] += 1;
        busy[r.a * slots.len() + slot] = true;
        busy[r.b * slots.len() + slot] = true;
        fixed.push(Fixed {
            a: r.a,
            b: r.b,
            slot,
            table: None,
        });
    }
    Problem {
        participants,
        slots,
        blocked,
        fixed,
        movable: Vec::new(),
        requests,
    }
}
