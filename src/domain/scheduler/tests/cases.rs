//! Hand-made cases: placing, moving existing meetings, priorities, and reasons given.

use super::*;

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
fn a_request_that_fits_only_if_one_existing_meeting_moves_moves_exactly_that_one() {
    // Participant 6 can only meet in slot 0, where participant 0 already meets 1.
    let mut p = problem(7, slots(&[3], 2), vec![must(0, 6)]);
    p.blocked[6] = vec![1, 2];
    p.movable = vec![
        movable(0, 1, 0, Some(0)),
        movable(2, 3, 0, Some(1)),
        movable(4, 5, 1, Some(0)),
        movable(0, 4, 2, Some(0)),
    ];
    let s = solve(&p, 20_000);
    assert_eq!(s.placed.len(), 1);
    assert_eq!(s.placed[0].slot, 0);
    assert_eq!(s.moved, 1);
    // Slot 2 holds 0's meeting with 4: slot 1 is the only place left for 0 and 1.
    assert_eq!(s.movable[0], MovableOutcome::Moved { slot: 1, table: 1 });
    assert_eq!(s.movable[1], MovableOutcome::Stayed { slot: 0, table: 1 });
    assert_eq!(s.movable[2], MovableOutcome::Stayed { slot: 1, table: 0 });
    assert_eq!(s.movable[3], MovableOutcome::Stayed { slot: 2, table: 0 });
}

#[test]
fn existing_meetings_stay_put_when_nothing_needs_to_move_even_if_a_move_would_close_a_break() {
    // Participant 0 meets in slots 0 and 2: moving either next to the other closes a
    // break, but fewer moves come first.
    let mut p = problem(5, slots(&[4], 2), vec![must(3, 4)]);
    p.movable = vec![movable(0, 1, 0, None), movable(0, 2, 2, None)];
    let s = solve(&p, 20_000);
    assert_eq!(s.moved, 0);
    assert_eq!(s.placed.len(), 1);
    assert!(matches!(
        s.movable[0],
        MovableOutcome::Stayed { slot: 0, .. }
    ));
    assert!(matches!(
        s.movable[1],
        MovableOutcome::Stayed { slot: 2, .. }
    ));
    assert_eq!(s.breaks, 1);
}

#[test]
fn an_existing_meeting_outranks_a_must_meet_request_for_the_last_table() {
    let mut p = problem(4, slots(&[1], 1), vec![must(2, 3)]);
    p.movable = vec![movable(0, 1, 0, None)];
    let s = solve(&p, 20_000);
    assert_eq!(s.movable[0], MovableOutcome::Stayed { slot: 0, table: 0 });
    assert_eq!(reason_of(&s, 0), &UnplacedReason::TablesFull { slots: 1 });
}

#[test]
fn an_existing_meeting_in_a_slot_blocked_since_moves_and_one_without_a_slot_says_why() {
    let mut p = problem(4, slots(&[3], 1), Vec::new());
    p.blocked[1] = vec![1];
    p.blocked[3] = vec![0, 1, 2];
    p.movable = vec![movable(0, 1, 1, None), movable(2, 3, 0, None)];
    let s = solve(&p, 20_000);
    assert!(matches!(
        s.movable[0],
        MovableOutcome::Moved { slot: 0 | 2, .. }
    ));
    assert_eq!(
        s.movable[1],
        MovableOutcome::Unplaced(UnplacedReason::NoCommonSlot { in_session: false })
    );
    assert_eq!(s.moved, 1);
}

#[test]
fn an_existing_meeting_that_keeps_its_slot_but_loses_its_table_counts_as_moved() {
    // A fixed meeting now holds table 0 of slot 0; participant 1 is free nowhere else.
    let mut p = problem(4, slots(&[2], 2), Vec::new());
    p.blocked[1] = vec![1];
    p.fixed = vec![Fixed {
        a: 2,
        b: 3,
        slot: 0,
        table: Some(0),
    }];
    p.movable = vec![movable(0, 1, 0, Some(0)), movable(3, 0, 1, None)];
    let s = solve(&p, 20_000);
    assert_eq!(s.movable[0], MovableOutcome::Moved { slot: 0, table: 1 });
    // No table was given for the other: any table of its slot keeps it in place.
    assert!(matches!(
        s.movable[1],
        MovableOutcome::Stayed { slot: 1, .. }
    ));
    assert_eq!(s.moved, 1);
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
fn the_bound_proves_a_forced_break_optimal_and_never_exceeds_the_breaks() {
    // Supplier 0 is blocked in slot 2 of a 5-slot day and meets four buyers: with two
    // slots on each side of the block, one break is unavoidable, and the draft has it.
    let mut p = problem(5, slots(&[5], 2), (1..5).map(|b| must(0, b)).collect());
    p.blocked[0] = vec![2];
    let s = solve(&p, 20_000);
    assert_eq!(s.placed.len(), 4);
    assert_eq!(lower_bound_for(&p, &s), 1);
    assert_eq!(s.breaks, 1, "optimal, and the bound proves it");
    // On generated expos the bound never claims more than the draft has.
    for seed in 0..4 {
        let p = generate::expo(&generate::Shape::korean_expo(), seed);
        let s = solve(&p, 100_000);
        assert!(lower_bound_for(&p, &s) <= s.breaks, "seed {seed}");
    }
}
