//! Refused input: invalid problems and malformed `.dzn` files, with the entry named.

use super::*;

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
            "movable meeting slot out of range",
            Problem {
                movable: vec![Movable {
                    a: 0,
                    b: 1,
                    slot: 3,
                    table: None,
                    session: None,
                }],
                ..base.clone()
            },
            ProblemError::MovableSlot {
                index: 0,
                slot: 3,
                slots: 3,
            },
        ),
        (
            "movable meeting pairs a participant with itself",
            Problem {
                movable: vec![Movable {
                    a: 2,
                    b: 2,
                    slot: 0,
                    table: None,
                    session: None,
                }],
                ..base.clone()
            },
            ProblemError::SelfMeeting {
                what: "movable meeting",
                index: 0,
                participant: 2,
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
