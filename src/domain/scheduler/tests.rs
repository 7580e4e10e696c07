//! Specifications of the scheduler: small hand-made cases, the 20 published instances
//! checked by a checker written here from the raw files, and property tests on random
//! small problems (impossible ones included).

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;

fn options(max_iterations: u64) -> Options {
    Options {
        max_iterations,
        deadline: None,
        seed: 7,
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

#[test]
fn one_supplier_meets_all_its_buyers_back_to_back() {
    let p = problem(5, slots(&[6], 2), (1..5).map(|b| must(0, b)).collect());
    let s = solve(&p, 20_000);
    assert_eq!(s.placed.len(), 4);
    assert_eq!(s.breaks, 0);
}

#[test]
fn breaks_count_idle_runs_between_meetings_of_the_same_day_only() {
    let grid = slots(&[5, 5], 3);
    // Participant 0: slots 0, 2, 3 (one break), then day 2 slots 6 and 9 (one break).
    // Participant 1: slot 4 of day 1 and slot 5 of day 2: idle overnight is no break.
    let meetings = [
        (0, 2, 0),
        (0, 3, 2),
        (0, 4, 3),
        (0, 5, 6),
        (0, 6, 9),
        (1, 7, 4),
        (1, 8, 5),
    ];
    let breaks = count_breaks(&grid, 9, meetings);
    assert_eq!(breaks[0], 2);
    assert_eq!(breaks[1], 0);
    assert_eq!(breaks[2..], [0; 7]);
}

#[test]
fn the_same_input_gives_the_same_schedule() {
    let p = generate::expo(&generate::Shape::korean_expo(), 3);
    let first = schedule(&p, &options(200_000)).expect("valid");
    let second = schedule(&p, &options(200_000)).expect("valid");
    assert_eq!(first, second);
}

#[test]
fn a_generated_korean_expo_is_scheduled_in_full() {
    let shape = generate::Shape {
        fixed: 30,
        would_like_percent: 20,
        ..generate::Shape::korean_expo()
    };
    let p = generate::expo(&shape, 11);
    assert_eq!(p.fixed.len(), 30);
    let s = solve(&p, 300_000);
    assert!(s.unplaced.is_empty(), "unplaced: {:?}", s.unplaced);
    assert!(s.breaks >= lower_bound_breaks(&p));
}

#[test]
fn fixed_meetings_keep_their_slot_and_table_and_count_for_breaks() {
    let mut p = problem(3, slots(&[4], 2), vec![must(0, 2)]);
    p.fixed = vec![
        Fixed {
            a: 0,
            b: 1,
            slot: 1,
            table: Some(1),
        },
        Fixed {
            a: 2,
            b: 1,
            slot: 3,
            table: None,
        },
    ];
    let s = solve(&p, 20_000);
    assert_eq!(s.fixed_tables[0], 1);
    assert_eq!(s.placed.len(), 1);
    // Next to 0's fixed meeting in slot 1 and 2's in slot 3: slot 0 or 2; 2 makes no break.
    assert_eq!(s.placed[0].slot, 2);
    assert_eq!(s.breaks, 1, "participant 1 meets in slots 1 and 3");
}

#[test]
fn must_meet_requests_take_the_only_table_before_would_like_ones() {
    let p = problem(4, slots(&[1], 1), vec![would_like(0, 1), must(2, 3)]);
    let s = solve(&p, 20_000);
    assert_eq!(s.placed.len(), 1);
    assert_eq!(s.placed[0].request, 1);
    assert_eq!(reason_of(&s, 0), &UnplacedReason::TablesFull { slots: 1 });
}

#[test]
fn unplaced_requests_say_why_in_words_with_names() {
    let mut p = problem(
        6,
        vec![
            SlotInfo {
                day: 0,
                session: 0,
                tables: 3,
            },
            SlotInfo {
                day: 0,
                session: 1,
                tables: 3,
            },
        ],
        vec![
            must(0, 1),
            must(0, 2),
            must(0, 3),
            Request {
                session: Some(5),
                ..must(4, 5)
            },
            Request {
                session: Some(1),
                ..must(5, 4)
            },
        ],
    );
    p.blocked[5] = vec![1];
    let s = solve(&p, 20_000);
    assert_eq!(s.placed.len(), 2);
    let overbooked = s
        .unplaced
        .iter()
        .find(|u| u.request < 3)
        .expect("one of participant 0's requests is out");
    assert_eq!(
        overbooked.reason.describe("Seoul Medtech", "Acme Imports"),
        "Seoul Medtech has 3 meetings to fit and only 2 slots where it is not blocked"
    );
    assert_eq!(
        reason_of(&s, 3).describe("Seoul Medtech", "Acme Imports"),
        "no slot belongs to the requested session"
    );
    assert_eq!(
        reason_of(&s, 4).describe("Hanil Foods", "Lima Trading"),
        "there is no slot in the requested session where neither Hanil Foods nor Lima Trading is blocked"
    );
}

#[test]
fn a_crowded_pair_is_reported_as_such() {
    // 0 and 1 are both free in slot 0 and 1, but 0 meets 2 in one and 1 meets 3 in the other.
    let mut p = problem(4, slots(&[2], 5), vec![must(0, 1)]);
    p.fixed = vec![
        Fixed {
            a: 0,
            b: 2,
            slot: 0,
            table: None,
        },
        Fixed {
            a: 3,
            b: 1,
            slot: 1,
            table: None,
        },
    ];
    let s = solve(&p, 10_000);
    assert_eq!(reason_of(&s, 0), &UnplacedReason::Crowded { slots: 2 });
    assert_eq!(
        reason_of(&s, 0).to_string(),
        "in each of the 2 slots where both the first participant and the second participant are free, \
         one of them already has a meeting or every table is taken"
    );
}

#[test]
fn invalid_problems_are_refused_with_the_entry_named() {
    let base = problem(3, slots(&[3], 1), vec![must(0, 1)]);
    let fixed = |a, b, slot, table| Fixed { a, b, slot, table };
    let cases: Vec<(&str, Problem, ProblemError)> = vec![
        (
            "request names a participant out of range",
            Problem {
                requests: vec![must(0, 3)],
                ..base.clone()
            },
            ProblemError::Participant {
                what: "request",
                index: 0,
                participant: 3,
                participants: 3,
            },
        ),
        (
            "request pairs a participant with itself",
            Problem {
                requests: vec![must(1, 1)],
                ..base.clone()
            },
            ProblemError::SelfMeeting {
                what: "request",
                index: 0,
                participant: 1,
            },
        ),
        (
            "blocked list too short",
            Problem {
                blocked: vec![Vec::new()],
                ..base.clone()
            },
            ProblemError::BlockedLength {
                got: 1,
                participants: 3,
            },
        ),
        (
            "blocked slot out of range",
            Problem {
                blocked: vec![vec![], vec![3], vec![]],
                ..base.clone()
            },
            ProblemError::BlockedSlot {
                participant: 1,
                slot: 3,
                slots: 3,
            },
        ),
        (
            "days out of order",
            Problem {
                slots: vec![
                    SlotInfo {
                        day: 1,
                        session: 0,
                        tables: 1,
                    },
                    SlotInfo {
                        day: 0,
                        session: 0,
                        tables: 1,
                    },
                ],
                ..base.clone()
            },
            ProblemError::DaysOutOfOrder {
                slot: 1,
                day: 0,
                previous: 1,
            },
        ),
        (
            "day too long",
            Problem {
                slots: slots(&[MAX_SLOTS_PER_DAY + 1], 1),
                ..base.clone()
            },
            ProblemError::DayTooLong { day: 0 },
        ),
        (
            "fixed slot out of range",
            Problem {
                fixed: vec![fixed(0, 1, 3, None)],
                ..base.clone()
            },
            ProblemError::FixedSlot {
                index: 0,
                slot: 3,
                slots: 3,
            },
        ),
        (
            "fixed table out of range",
            Problem {
                fixed: vec![fixed(0, 1, 0, Some(1))],
                ..base.clone()
            },
            ProblemError::FixedTable {
                index: 0,
                slot: 0,
                table: 1,
                tables: 1,
            },
        ),
        (
            "fixed meetings double-book a participant",
            Problem {
                slots: slots(&[3], 2),
                fixed: vec![fixed(0, 1, 0, None), fixed(2, 1, 0, None)],
                ..base.clone()
            },
            ProblemError::FixedDoubleBooked {
                first: 0,
                second: 1,
                participant: 1,
                slot: 0,
            },
        ),
        (
            "fixed meetings overfill a slot",
            Problem {
                participants: 4,
                blocked: vec![Vec::new(); 4],
                fixed: vec![fixed(0, 1, 0, None), fixed(2, 3, 0, None)],
                ..base.clone()
            },
            ProblemError::FixedOverfull {
                slot: 0,
                fixed: 2,
                tables: 1,
            },
        ),
        (
            "fixed meetings share a table",
            Problem {
                participants: 4,
                slots: slots(&[3], 2),
                blocked: vec![Vec::new(); 4],
                fixed: vec![fixed(0, 1, 0, Some(1)), fixed(2, 3, 0, Some(1))],
                ..base.clone()
            },
            ProblemError::FixedSameTable {
                first: 0,
                second: 1,
                table: 1,
                slot: 0,
            },
        ),
        (
            "fixed meeting in a blocked slot",
            Problem {
                blocked: vec![vec![], vec![2], vec![]],
                fixed: vec![fixed(0, 1, 2, None)],
                ..base.clone()
            },
            ProblemError::FixedBlocked {
                index: 0,
                slot: 2,
                participant: 1,
            },
        ),
    ];
    for (case, problem, expected) in cases {
        assert_eq!(
            schedule(&problem, &options(100)),
            Err(expected),
            "case: {case}"
        );
    }
}

#[test]
fn malformed_dzn_files_are_refused_with_the_field_named() {
    let good = "nBusiness = 3; nMeetings = 2; nTables = 1; nTotalSlots = 2; nMorningSlots = 1;\n\
                requested = [|1, 2,1, \n|2, 3,3, \n|];\nforbidden = [{0},{0,2},{0}];\n";
    let parsed = dzn::parse(good).expect("good file");
    assert_eq!(parsed.requests[0].session, Some(0));
    assert_eq!(parsed.requests[1], must(1, 2));
    assert_eq!(parsed.blocked, vec![vec![], vec![1], vec![]]);
    assert_eq!(parsed.slots[1].session, 1);
    let cases = [
        (
            "missing field",
            good.replace("nTables = 1;", ""),
            "`nTables` is missing",
        ),
        (
            "participant out of range",
            good.replace("|2, 3,3", "|2, 4,3"),
            "`requested`: row 2 names participant 4, but nBusiness is 3",
        ),
        (
            "bad session",
            good.replace("|2, 3,3", "|2, 3,4"),
            "`requested`: row 2 has session 4; expected 1, 2 or 3",
        ),
        (
            "short row",
            good.replace("|2, 3,3", "|2, 3"),
            "`requested`: row 2 has 2 numbers, expected 3",
        ),
        (
            "row count",
            good.replace("nMeetings = 2", "nMeetings = 3"),
            "`requested`: 2 rows, but nMeetings is 3",
        ),
        (
            "forbidden slot out of range",
            good.replace("{0,2}", "{0,3}"),
            "`forbidden`: participant 2 forbids slot 3, but nTotalSlots is 2",
        ),
        (
            "forbidden sets",
            good.replace("{0,2},", ""),
            "`forbidden`: 2 sets, but nBusiness is 3",
        ),
        (
            "not a number",
            good.replace("nTables = 1", "nTables = x"),
            "`nTables`: expected a whole number, found \" x\"",
        ),
        (
            "no semicolon",
            "nBusiness = 3".to_owned(),
            "`file`: no `;` after \"nBusiness\"",
        ),
    ];
    for (case, text, message) in cases {
        let error = dzn::parse(&text).expect_err(case);
        assert_eq!(error.to_string(), message, "case: {case}");
    }
}

// ---- the 20 published instances, checked from the raw files ----

fn instance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/b2b")
}

/// What the checker needs from a file, read without the scheduler's parser.
struct Raw {
    tables: usize,
    total_slots: usize,
    morning_slots: usize,
    /// (participant, participant, session) from 1, as written.
    requested: Vec<(usize, usize, usize)>,
    /// Per participant from 1, forbidden slots from 1.
    forbidden: Vec<Vec<usize>>,
}

fn raw_value<'t>(text: &'t str, name: &str) -> &'t str {
    let start = text
        .find(&format!("{name} ="))
        .unwrap_or_else(|| panic!("{name} in file"))
        + name.len()
        + 2;
    let end = start + text[start..].find(';').expect("; after value");
    &text[start..end]
}

fn raw_ints(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|x| !x.is_empty())
        .map(|x| x.parse().expect("number"))
        .collect()
}

fn read_raw(text: &str) -> Raw {
    let int = |name| raw_ints(raw_value(text, name))[0];
    let requested = raw_ints(raw_value(text, "requested"))
        .chunks(3)
        .map(|c| (c[0], c[1], c[2]))
        .collect();
    let forbidden = raw_value(text, "forbidden")
        .split('}')
        .filter(|set| set.contains('{'))
        .map(|set| raw_ints(set).into_iter().filter(|&s| s != 0).collect())
        .collect();
    Raw {
        tables: int("nTables"),
        total_slots: int("nTotalSlots"),
        morning_slots: int("nMorningSlots"),
        requested,
        forbidden,
    }
}

/// Every hard rule from the raw file; returns the breaks it counts.
fn independent_check(raw: &Raw, schedule: &Schedule) -> Result<usize, String> {
    let mut slot_of = vec![None; raw.requested.len()];
    for p in &schedule.placed {
        let slot = p.slot + 1;
        let entry = slot_of.get_mut(p.request).ok_or("unknown meeting")?;
        if entry.replace((slot, p.table)).is_some() {
            return Err(format!("meeting {} placed twice", p.request + 1));
        }
    }
    let mut busy = std::collections::HashSet::new();
    let mut tables = std::collections::HashSet::new();
    let mut per_slot = vec![0; raw.total_slots + 1];
    let mut by_person: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (i, (&(x, y, session), placed)) in raw.requested.iter().zip(&slot_of).enumerate() {
        let meeting = i + 1;
        let (slot, table) = placed.ok_or(format!("meeting {meeting} not placed"))?;
        if !(1..=raw.total_slots).contains(&slot) {
            return Err(format!("meeting {meeting} in slot {slot}"));
        }
        let morning = slot <= raw.morning_slots;
        if (session == 1 && !morning) || (session == 2 && morning) {
            return Err(format!(
                "meeting {meeting} in slot {slot} against session {session}"
            ));
        }
        if table >= raw.tables || !tables.insert((slot, table)) {
            return Err(format!("meeting {meeting} at table {table} in slot {slot}"));
        }
        per_slot[slot] += 1;
        for person in [x, y] {
            if raw.forbidden[person - 1].contains(&slot) {
                return Err(format!("meeting {meeting}: {person} forbids slot {slot}"));
            }
            if !busy.insert((person, slot)) {
                return Err(format!("participant {person} twice in slot {slot}"));
            }
            by_person.entry(person).or_default().push(slot);
        }
    }
    if per_slot.iter().any(|&n| n > raw.tables) {
        return Err("a slot holds more meetings than tables".to_owned());
    }
    let breaks = by_person
        .values_mut()
        .map(|slots| {
            slots.sort_unstable();
            slots.windows(2).filter(|w| w[1] > w[0] + 1).count()
        })
        .sum();
    Ok(breaks)
}

#[test]
fn all_published_instances_are_scheduled_in_full_and_pass_an_independent_check() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(instance_dir())
        .expect("benches/data/b2b")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "dzn"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 20);
    for path in files {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("readable");
        let raw = read_raw(&text);
        let problem = dzn::parse(&text).expect(&name);
        let schedule = schedule(&problem, &options(100_000)).expect(&name);
        assert!(
            schedule.unplaced.is_empty(),
            "{name}: {:?}",
            schedule.unplaced
        );
        let breaks = independent_check(&raw, &schedule).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(breaks, schedule.breaks, "{name}: breaks as reported");
        assert_eq!(check(&problem, &schedule), Ok(()), "{name}");
    }
}

// ---- properties on random small problems ----

/// Drops fixed meetings that would make the problem invalid, so the rest is usable.
fn consistent_fixed(problem: &mut Problem) {
    let candidates = std::mem::take(&mut problem.fixed);
    for f in candidates {
        let mut trial = problem.clone();
        trial.fixed.push(f);
        if trial.validate().is_ok() {
            *problem = trial;
        }
    }
}

prop_compose! {
    fn small_problem(max_slots: usize, max_requests: usize)(
        participants in 2usize..7,
        day_sizes in prop::collection::vec(1usize..=3, 1..=max_slots.div_ceil(3).max(1)),
        tables in prop::collection::vec(0usize..3, max_slots),
        blocked_bits in prop::collection::vec(any::<u16>(), 7),
        fixed in prop::collection::vec((0usize..7, 1usize..7, 0usize..9, prop::option::of(0usize..3)), 0..3),
        requests in prop::collection::vec((0usize..7, 1usize..7, any::<bool>(), prop::option::of(0usize..5)), 0..=max_requests),
    ) -> Problem {
        let mut slots = Vec::new();
        for (day, &n) in day_sizes.iter().enumerate() {
            for i in 0..n {
                if slots.len() < max_slots {
                    // Two sessions a day; session numbers 0..4 may name none.
                    slots.push(SlotInfo { day, session: 2 * day + usize::from(i > 0), tables: tables[slots.len()] });
                }
            }
        }
        let ns = slots.len();
        // A fully blocked participant now and then (all bits set).
        let blocked = (0..participants)
            .map(|p| (0..ns).filter(|&s| blocked_bits[p] & (1 << s) != 0 || blocked_bits[p] == u16::MAX).collect())
            .collect();
        let pair = |a: usize, k: usize| (a % participants, (a + k) % participants);
        let mut problem = Problem {
            participants,
            slots,
            blocked,
            fixed: fixed
                .into_iter()
                .map(|(a, k, slot, table)| {
                    let (a, b) = pair(a, k);
                    Fixed { a, b, slot: slot % ns.max(1), table }
                })
                .filter(|f| f.a != f.b)
                .collect(),
            requests: requests
                .into_iter()
                .map(|(a, k, is_must, session)| {
                    let (a, b) = pair(a, k);
                    let priority = if is_must { Priority::Must } else { Priority::WouldLike };
                    Request { a, b, priority, session }
                })
                .filter(|r| r.a != r.b)
                .collect(),
        };
        consistent_fixed(&mut problem);
        problem
    }
}

/// The most must-meets, then would-likes, any assignment can place, by trying them all.
fn brute_force_best(problem: &Problem) -> (usize, usize) {
    let ns = problem.slots.len();
    let mut busy = vec![false; problem.participants * ns];
    let mut used = vec![0usize; ns];
    for f in &problem.fixed {
        busy[f.a * ns + f.slot] = true;
        busy[f.b * ns + f.slot] = true;
        used[f.slot] += 1;
    }
    fn go(
        problem: &Problem,
        i: usize,
        busy: &mut Vec<bool>,
        used: &mut Vec<usize>,
        got: (usize, usize),
        best: &mut (usize, usize),
    ) {
        if i == problem.requests.len() {
            *best = (*best).max(got);
            return;
        }
        go(problem, i + 1, busy, used, got, best);
        let r = problem.requests[i];
        let ns = problem.slots.len();
        for s in 0..ns {
            let ok = r.session.is_none_or(|w| problem.slots[s].session == w)
                && used[s] < problem.slots[s].tables
                && [r.a, r.b]
                    .iter()
                    .all(|&p| !busy[p * ns + s] && !problem.blocked[p].contains(&s));
            if ok {
                busy[r.a * ns + s] = true;
                busy[r.b * ns + s] = true;
                used[s] += 1;
                let got = match r.priority {
                    Priority::Must => (got.0 + 1, got.1),
                    Priority::WouldLike => (got.0, got.1 + 1),
                };
                go(problem, i + 1, busy, used, got, best);
                busy[r.a * ns + s] = false;
                busy[r.b * ns + s] = false;
                used[s] -= 1;
            }
        }
    }
    let mut best = (0, 0);
    go(problem, 0, &mut busy, &mut used, (0, 0), &mut best);
    best
}

fn placed_counts(problem: &Problem, schedule: &Schedule) -> (usize, usize) {
    let musts = schedule
        .placed
        .iter()
        .filter(|p| problem.requests[p.request].priority == Priority::Must)
        .count();
    (musts, schedule.placed.len() - musts)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_problem_gets_a_valid_schedule_that_accounts_for_every_request(
        problem in small_problem(9, 14),
        seed in any::<u64>(),
    ) {
        let schedule = schedule(&problem, &Options { max_iterations: 5_000, deadline: None, seed })
            .expect("consistent problem");
        prop_assert_eq!(check(&problem, &schedule), Ok(()));
        prop_assert_eq!(schedule.placed.len() + schedule.unplaced.len(), problem.requests.len());
        for (f, &table) in problem.fixed.iter().zip(&schedule.fixed_tables) {
            prop_assert!(f.table.is_none_or(|t| t == table));
        }
        for u in &schedule.unplaced {
            prop_assert!(!u.reason.describe("A", "B").is_empty());
        }
        // No must-meet is out while, in one of its slots, only would-like meetings
        // stand in its way.
        let ns = problem.slots.len();
        for u in &schedule.unplaced {
            let r = problem.requests[u.request];
            if r.priority != Priority::Must {
                continue;
            }
            for s in 0..ns {
                let usable = r.session.is_none_or(|w| problem.slots[s].session == w)
                    && [r.a, r.b].iter().all(|p| !problem.blocked[*p].contains(&s));
                if !usable {
                    continue;
                }
                let fixed_in = problem.fixed.iter().filter(|f| f.slot == s).collect::<Vec<_>>();
                if fixed_in.iter().any(|f| [f.a, f.b].iter().any(|p| *p == r.a || *p == r.b)) {
                    continue;
                }
                let here: Vec<Request> = schedule
                    .placed
                    .iter()
                    .filter(|p| p.slot == s)
                    .map(|p| problem.requests[p.request])
                    .collect();
                let in_way: Vec<&Request> = here
                    .iter()
                    .filter(|o| [o.a, o.b].iter().any(|p| *p == r.a || *p == r.b))
                    .collect();
                let all_would = in_way.iter().all(|o| o.priority == Priority::WouldLike);
                let room = fixed_in.len() + here.len() - in_way.len() < problem.slots[s].tables;
                let spare_would = here.iter().filter(|o| o.priority == Priority::WouldLike).count() > in_way.len();
                prop_assert!(
                    !(all_would && (room || spare_would)),
                    "must-meet {} could take slot {} from would-like meetings", u.request, s
                );
            }
        }
    }

    #[test]
    fn tiny_problems_place_as_many_must_meets_as_possible(
        problem in small_problem(4, 6),
    ) {
        let schedule = schedule(&problem, &options(5_000)).expect("consistent problem");
        prop_assert_eq!(check(&problem, &schedule), Ok(()));
        let best = brute_force_best(&problem);
        let got = placed_counts(&problem, &schedule);
        prop_assert_eq!(got.0, best.0, "must-meets placed, best possible {:?}", best);
        prop_assert_eq!(got, best, "placed (must, would-like)");
    }
}
