//! Why a request stayed unplaced, in words an organiser can act on.

use std::fmt;

use super::Problem;

/// One side of a request: `A` is `Request::a` (the supplier), `B` is `Request::b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// Structured so the caller can put names in: see [`UnplacedReason::describe`].
/// `Display` uses "the first participant" and "the second participant".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnplacedReason {
    /// No slot of the event belongs to the requested session.
    NoSuchSession { session: usize },
    /// Every slot (of the requested session, when there is one) is blocked by one side
    /// or the other, or has no table.
    NoCommonSlot { in_session: bool },
    /// One side has more meetings to fit (its requests and fixed meetings, in the
    /// requested session when `in_session`) than slots where it is not blocked.
    Overbooked {
        side: Side,
        meetings: usize,
        open_slots: usize,
        in_session: bool,
    },
    /// Both sides could meet in `slots` slots, and every table is taken in each.
    TablesFull { slots: usize },
    /// Both sides could meet in `slots` slots, and in each one of them already has a
    /// meeting or every table is taken.
    Crowded { slots: usize },
}

impl UnplacedReason {
    /// A sentence with the participants' names, e.g. `describe("Seoul Medtech", "Acme
    /// Imports")` → "Seoul Medtech has 14 meetings to fit and only 12 slots where it
    /// is not blocked".
    pub fn describe(&self, a: &str, b: &str) -> String {
        match self {
            Self::NoSuchSession { .. } => "no slot belongs to the requested session".to_owned(),
            Self::NoCommonSlot { in_session: true } => {
                format!(
                    "there is no slot in the requested session where neither {a} nor {b} is blocked"
                )
            }
            Self::NoCommonSlot { in_session: false } => {
                format!("there is no slot where neither {a} nor {b} is blocked")
            }
            Self::Overbooked {
                side,
                meetings,
                open_slots,
                in_session,
            } => {
                let who = match side {
                    Side::A => a,
                    Side::B => b,
                };
                let (fit, there) = if *in_session {
                    (" in the requested session", " there")
                } else {
                    ("", "")
                };
                format!(
                    "{who} has {meetings} meetings to fit{fit} and only {} where it is not blocked{there}",
                    plural(*open_slots, "slot")
                )
            }
            Self::TablesFull { slots } => format!(
                "every table is taken in the {} where both {a} and {b} are free",
                plural(*slots, "slot")
            ),
            Self::Crowded { slots } => format!(
                "in each of the {} where both {a} and {b} are free, one of them already has a meeting or every table is taken",
                plural(*slots, "slot")
            ),
        }
    }
}

impl fmt::Display for UnplacedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe("the first participant", "the second participant"))
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The most specific reason that holds for `request` in the final assignment
/// (`slot_of[r]` is the slot of request `r`, if placed). Checks go from what the input
/// alone rules out to what the other meetings crowd out.
pub(super) fn explain(
    problem: &Problem,
    slot_of: &[Option<usize>],
    request: usize,
) -> UnplacedReason {
    let r = problem.requests[request];
    let slots = &problem.slots;
    let in_session = r.session.is_some();
    let session_ok = |s: usize| r.session.is_none_or(|want| slots[s].session == want);
    if let Some(session) = r.session
        && !(0..slots.len()).any(session_ok)
    {
        return UnplacedReason::NoSuchSession { session };
    }
    let blocked = |p: usize, s: usize| problem.blocked[p].contains(&s);
    let open = |p: usize, s: usize| slots[s].tables > 0 && !blocked(p, s);
    let candidates: Vec<usize> = (0..slots.len())
        .filter(|&s| session_ok(s) && open(r.a, s) && open(r.b, s))
        .collect();
    if candidates.is_empty() {
        return UnplacedReason::NoCommonSlot { in_session };
    }
    for (side, p) in [(Side::A, r.a), (Side::B, r.b)] {
        let open_slots = (0..slots.len()).filter(|&s| open(p, s)).count();
        let meetings = meetings_of(problem, p, |_| true, |_| true);
        if meetings > open_slots {
            return UnplacedReason::Overbooked {
                side,
                meetings,
                open_slots,
                in_session: false,
            };
        }
        if let Some(want) = r.session {
            let open_slots = (0..slots.len())
                .filter(|&s| slots[s].session == want && open(p, s))
                .count();
            let meetings = meetings_of(
                problem,
                p,
                |s| slots[s].session == want,
                |other| other == Some(want),
            );
            if meetings > open_slots {
                return UnplacedReason::Overbooked {
                    side,
                    meetings,
                    open_slots,
                    in_session: true,
                };
            }
        }
    }
    let mut used = vec![0usize; slots.len()];
    for f in &problem.fixed {
        used[f.slot] += 1;
    }
    for s in slot_of.iter().flatten() {
        used[*s] += 1;
    }
    if candidates.iter().all(|&s| used[s] >= slots[s].tables) {
        UnplacedReason::TablesFull {
            slots: candidates.len(),
        }
    } else {
        UnplacedReason::Crowded {
            slots: candidates.len(),
        }
    }
}

/// Fixed meetings of `p` in slots passing `fixed_in`, plus its requests whose session
/// preference passes `request_in`.
fn meetings_of(
    problem: &Problem,
    p: usize,
    fixed_in: impl Fn(usize) -> bool,
    request_in: impl Fn(Option<usize>) -> bool,
) -> usize {
    let fixed = problem
        .fixed
        .iter()
        .filter(|f| (f.a == p || f.b == p) && fixed_in(f.slot))
        .count();
    let requests = problem
        .requests
        .iter()
        .filter(|r| (r.a == p || r.b == p) && request_in(r.session))
        .count();
    fixed + requests
}
