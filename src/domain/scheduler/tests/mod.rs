//! Specifications of the scheduler: small hand-made cases, the 20 published instances
//! checked by a checker written here from the raw files, and property tests on random
//! small problems (impossible ones included).

mod cases;
mod improve;
mod invalid;
mod properties;
mod published;

use super::*;

fn options(max_iterations: u64) -> Options {
    Options {
        max_iterations,
        deadline: None,
        seed: 7,
        threads: 2,
    }
}

fn slots(day_sizes: &[usize], tables: usize) -> Vec<SlotInfo> {
    day_sizes
        .iter()
        .enumerate()
        .flat_map(|(day, &n)| {
            (0..n).map(move |_| SlotInfo {
                day,
                session: day,
                tables,
            })
        })
        .collect()
}

fn must(a: usize, b: usize) -> Request {
    Request {
        a,
        b,
        priority: Priority::Must,
        session: None,
    }
}

fn would_like(a: usize, b: usize) -> Request {
    Request {
        priority: Priority::WouldLike,
        ..must(a, b)
    }
}

fn problem(participants: usize, slots: Vec<SlotInfo>, requests: Vec<Request>) -> Problem {
    Problem {
        participants,
        slots,
        blocked: vec![Vec::new(); participants],
        fixed: Vec::new(),
        movable: Vec::new(),
        requests,
    }
}

fn solve(problem: &Problem, iterations: u64) -> Schedule {
    let schedule = schedule(problem, &options(iterations)).expect("valid problem");
    if let Err(errors) = check(problem, &schedule) {
        panic!("invalid schedule: {errors:#?}");
    }
    schedule
}

fn reason_of(schedule: &Schedule, request: usize) -> &UnplacedReason {
    &schedule
        .unplaced
        .iter()
        .find(|u| u.request == request)
        .expect("request is unplaced")
        .reason
}
fn movable(a: usize, b: usize, slot: usize, table: Option<usize>) -> Movable {
    Movable {
        a,
        b,
        slot,
        table,
        session: None,
    }
}
