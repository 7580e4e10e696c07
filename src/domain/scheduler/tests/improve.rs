//! The improvement run: never worse, never invalid, stops on request, and proves the
//! optimum that brute force finds on tiny problems.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use proptest::prelude::*;

use super::*;
use crate::domain::scheduler::improve::{Ended, Found, Limits, improve as improve_run};

fn limits(seconds: u64) -> Limits {
    Limits {
        budget: Duration::from_secs(seconds),
        ..Limits::default()
    }
}

/// The fewest breaks of any schedule placing the same requests, by trying every slot
/// for each (tables and one meeting at a time respected).
fn brute_force_minimum(problem: &Problem, schedule: &Schedule) -> usize {
    let placed: Vec<Request> = schedule
        .placed
        .iter()
        .map(|p| problem.requests[p.request])
        .collect();
    let ns = problem.slots.len();
    let mut slots = vec![0usize; placed.len()];
    let mut best = usize::MAX;
    fn go(
        problem: &Problem,
        placed: &[Request],
        slots: &mut Vec<usize>,
        k: usize,
        ns: usize,
        best: &mut usize,
    ) {
        if k == placed.len() {
            let meetings = problem
                .fixed
                .iter()
                .map(|f| (f.a, f.b, f.slot))
                .chain(placed.iter().zip(slots.iter()).map(|(r, &s)| (r.a, r.b, s)));
            let breaks: usize = count_breaks(&problem.slots, problem.participants, meetings)
                .iter()
                .sum();
            *best = (*best).min(breaks);
            return;
        }
        let r = placed[k];
        for s in 0..ns {
            let info = problem.slots[s];
            let used = slots[..k].iter().filter(|&&x| x == s).count()
                + problem.fixed.iter().filter(|f| f.slot == s).count();
            let busy = |p: usize| {
                slots[..k]
                    .iter()
                    .zip(placed)
                    .any(|(&x, q)| x == s && (q.a == p || q.b == p))
                    || problem
                        .fixed
                        .iter()
                        .any(|f| f.slot == s && (f.a == p || f.b == p))
            };
            if used >= info.tables
                || r.session.is_some_and(|x| x != info.session)
                || problem.blocked[r.a].contains(&s)
                || problem.blocked[r.b].contains(&s)
                || busy(r.a)
                || busy(r.b)
            {
                continue;
            }
            slots[k] = s;
            go(problem, placed, slots, k + 1, ns, best);
        }
    }
    go(problem, &placed, &mut slots, 0, ns, &mut best);
    best
}

/// A valid schedule of `problem` with many breaks: each request in the latest or the
/// earliest slot still free for both sides, alternately.
fn late_schedule(problem: &Problem) -> Schedule {
    let ns = problem.slots.len();
    let mut slot_of = vec![None; problem.requests.len()];
    let mut busy = vec![false; problem.participants * ns];
    let mut used = vec![0usize; ns];
    for f in &problem.fixed {
        busy[f.a * ns + f.slot] = true;
        busy[f.b * ns + f.slot] = true;
        used[f.slot] += 1;
    }
    for (k, r) in problem.requests.iter().enumerate() {
        // Alternately the latest and the earliest free slot: gaps in most days.
        let order: Vec<usize> = if k % 2 == 0 {
            (0..ns).rev().collect()
        } else {
            (0..ns).collect()
        };
        let free = order.into_iter().find(|&s| {
            used[s] < problem.slots[s].tables
                && r.session.is_none_or(|x| x == problem.slots[s].session)
                && !busy[r.a * ns + s]
                && !busy[r.b * ns + s]
                && !problem.blocked[r.a].contains(&s)
                && !problem.blocked[r.b].contains(&s)
        });
        if let Some(s) = free {
            busy[r.a * ns + s] = true;
            busy[r.b * ns + s] = true;
            used[s] += 1;
            slot_of[k] = Some(s);
        }
    }
    assemble(problem, &slot_of).expect("valid problem")
}

#[test]
fn it_proves_the_optimum_brute_force_finds_from_a_poor_start() {
    // Two suppliers, four buyers, one day of seven slots, two tables; supplier 0 is
    // away in slot 3, which splits its day unless its meetings fit on one side.
    let mut tried = 0;
    let mut beaten = 0;
    for seed in 0..12u64 {
        let mut p = problem(
            6,
            slots(&[7], 2),
            vec![
                must(0, 2),
                must(0, 3),
                must(0, 4),
                must(1, 2),
                must(1, 5),
                must(1, 3),
            ],
        );
        p.blocked[0] = vec![3];
        p.blocked[2 + (seed as usize % 4)] = vec![(seed as usize * 3) % 7];
        let start = late_schedule(&p);
        if start.placed.len() != p.requests.len() {
            continue;
        }
        tried += 1;
        let minimum = brute_force_minimum(&p, &start);
        beaten += usize::from(start.breaks > minimum);
        let stop = AtomicBool::new(false);
        let mut better = Vec::new();
        // Odd seeds encode the two tables only once a slot is overfilled.
        let limits = Limits {
            eager_tables: if seed % 2 == 1 { 0 } else { usize::MAX },
            ..limits(60)
        };
        let improved = improve_run(&p, &start, &limits, &stop, &mut |found| {
            if let Found::Better { schedule, .. } = found {
                better.push(schedule.breaks);
            }
        })
        .expect("valid");
        check(&p, &improved.schedule).expect("valid schedule");
        assert_eq!(improved.ended, Ended::Proven, "seed {seed}");
        assert_eq!(improved.schedule.breaks, minimum, "seed {seed}");
        assert_eq!(improved.bound, minimum, "seed {seed}");
        assert_eq!(improved.schedule.placed.len(), start.placed.len());
        // Each better schedule reported has fewer breaks than the one before.
        let mut last = start.breaks;
        for b in better {
            assert!(b < last, "seed {seed}: {b} after {last}");
            last = b;
        }
    }
    assert!(tried >= 6, "only {tried} starts placed everything");
    assert!(beaten >= 3, "only {beaten} poor starts to improve on");
}

#[test]
fn a_run_asked_to_stop_ends_with_the_best_schedule_so_far() {
    // A generated expo too hard to prove at once; the stop comes from another thread.
    let p = generate::expo(&generate::Shape::korean_expo(), 11);
    let start = late_schedule(&p);
    check(&p, &start).expect("valid start");
    let stop = AtomicBool::new(false);
    let improved = std::thread::scope(|scope| {
        scope.spawn(|| {
            std::thread::sleep(Duration::from_millis(300));
            stop.store(true, Ordering::Release);
        });
        improve_run(&p, &start, &limits(3600), &stop, &mut |_| {}).expect("valid")
    });
    assert_eq!(improved.ended, Ended::Stopped);
    check(&p, &improved.schedule).expect("valid schedule");
    assert!(improved.schedule.breaks <= start.breaks);
    assert!(improved.bound <= improved.schedule.breaks);
    // Asked to stop before it starts: the start comes back as it was.
    let stop = AtomicBool::new(true);
    let unchanged = improve_run(&p, &start, &limits(3600), &stop, &mut |_| {}).expect("valid");
    assert_eq!(unchanged.ended, Ended::Stopped);
    assert_eq!(unchanged.schedule, start);
}

#[test]
fn a_model_over_the_size_limit_is_not_built_and_the_schedule_stays() {
    let p = generate::expo(&generate::Shape::korean_expo(), 3);
    let start = late_schedule(&p);
    let stop = AtomicBool::new(false);
    let tiny = Limits {
        budget: Duration::from_secs(60),
        max_literals: 1_000,
        ..Limits::default()
    };
    let improved = improve_run(&p, &start, &tiny, &stop, &mut |_| {}).expect("valid");
    assert_eq!(improved.ended, Ended::TooLarge);
    assert_eq!(improved.schedule, start);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, rng_seed: proptest::test_runner::RngSeed::Fixed(26), ..ProptestConfig::default() })]

    /// From any valid schedule of a small problem (fixed and movable meetings, blocks,
    /// sessions, tables), the improved one is valid, places the same requests, moves no
    /// more meetings, has no more breaks, and its bound is below or at its breaks.
    #[test]
    fn the_improved_schedule_is_never_worse_nor_invalid(p in super::properties::small_problem(9, 14)) {
        let start = schedule(&p, &options(2_000)).expect("valid");
        let stop = AtomicBool::new(false);
        // Half the cases leave every table count to be encoded when overfilled.
        let limits = Limits {
            eager_tables: if p.participants % 2 == 0 { 0 } else { usize::MAX },
            ..limits(20)
        };
        let improved = improve_run(&p, &start, &limits, &stop, &mut |found| {
            if let Found::Better { schedule, .. } = found {
                assert!(check(&p, schedule).is_ok());
            }
        }).expect("valid");
        prop_assert!(check(&p, &improved.schedule).is_ok());
        prop_assert!(improved.schedule.breaks <= start.breaks);
        prop_assert!(improved.bound <= improved.schedule.breaks);
        prop_assert_eq!(
            improved.schedule.placed.iter().map(|x| x.request).collect::<Vec<_>>(),
            start.placed.iter().map(|x| x.request).collect::<Vec<_>>()
        );
        prop_assert!(improved.schedule.moved <= start.moved);
        prop_assert_eq!(improved.ended, Ended::Proven);
    }
}
