//! A supplier marks a range of times, half a day or a whole day unavailable at once,
//! and undoes it.

use super::*;
use expomatch::db::schema::{consultation_days, slots};

/// A bad-input case: its name, the fields, the status and what the page says.
type Case = (&'static str, Vec<(&'static str, String)>, u16, &'static str);

fn blocked_of(c: &mut DbConnection, supplier: i32) -> Vec<i32> {
    let mut ids: Vec<i32> = blocked_slots::table
        .filter(blocked_slots::supplier_id.eq(supplier))
        .select(blocked_slots::slot_id)
        .load(c)
        .expect("blocked");
    ids.sort_unstable();
    ids
}

async fn a_supplier_marks_a_whole_day_a_morning_or_a_range_unavailable_and_undoes_it(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, _meeting, busy_slot) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    // The busy slot's day, its slots in order, and another day's slot.
    let (day, of_day, other_day_slot): (chrono::NaiveDate, Vec<i32>, Option<i32>) = app
        .with_db(move |c| {
            let (day_id, day): (i32, chrono::NaiveDate) = slots::table
                .inner_join(consultation_days::table)
                .filter(slots::id.eq(busy_slot))
                .select((consultation_days::id, consultation_days::day))
                .first(c)
                .expect("day");
            let of_day = slots::table
                .filter(slots::day_id.eq(day_id))
                .order(slots::starts_at)
                .select(slots::id)
                .load(c)
                .expect("slots");
            let other = slots::table
                .filter(slots::day_id.ne(day_id))
                .select(slots::id)
                .first(c)
                .optional()
                .expect("other");
            (day, of_day, other)
        })
        .await;
    assert!(of_day.len() >= 4, "a day of slots: {of_day:?}");
    let busy: Vec<i32> = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq_any(["booked", "held"]))
                .select(meetings::slot_id)
                .load(c)
                .expect("busy")
        })
        .await;
    assert!(busy.contains(&busy_slot));
    let kept = of_day.iter().filter(|s| busy.contains(s)).count();
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let page = "/supplier/availability";
    let range = "/supplier/availability/range";
    let date = day.format("%Y-%m-%d").to_string();

    // The whole day: every slot but the one holding a meeting, which is named.
    let res = app
        .post_form(
            page,
            range,
            &[("day", &date), ("part", "day"), ("change", "block")],
        )
        .await;
    assert_eq!(location(&res), page);
    let (_, html) = app.get_html(page).await;
    let flash = select_text(&html, ".flash.success").concat();
    assert!(
        flash.contains(&format!(
            "{} slots are marked unavailable",
            of_day.len() - kept
        )) && flash.contains("open because of your meeting"),
        "{flash}"
    );
    let expected: Vec<i32> = of_day
        .iter()
        .copied()
        .filter(|s| !busy.contains(s))
        .collect();
    let mut sorted = expected.clone();
    sorted.sort_unstable();
    assert_eq!(app.with_db(move |c| blocked_of(c, supplier)).await, sorted);
    // Undo: all open again, and the undo is gone.
    assert_eq!(select_text(&html, "#undo-range").len(), 1);
    let res = app
        .post_form(page, "/supplier/availability/undo", &[])
        .await;
    assert_eq!(location(&res), page);
    assert!(
        app.with_db(move |c| blocked_of(c, supplier))
            .await
            .is_empty()
    );
    let (_, html) = app.get_html(page).await;
    assert!(select_text(&html, "#undo-range").is_empty());

    // A range from the second to the third slot.
    let (from, to) = (of_day[1].to_string(), of_day[2].to_string());
    app.post_form(
        page,
        range,
        &[
            ("day", &date),
            ("from", &from),
            ("to", &to),
            ("change", "block"),
        ],
    )
    .await;
    let mut want: Vec<i32> = [of_day[1], of_day[2]]
        .into_iter()
        .filter(|s| !busy.contains(s))
        .collect();
    want.sort_unstable();
    assert_eq!(app.with_db(move |c| blocked_of(c, supplier)).await, want);
    // Opened again as a range.
    app.post_form(
        page,
        range,
        &[
            ("day", &date),
            ("from", &from),
            ("to", &to),
            ("change", "open"),
        ],
    )
    .await;
    assert!(
        app.with_db(move |c| blocked_of(c, supplier))
            .await
            .is_empty()
    );

    // Bad input changes nothing and says why.
    let mut cases: Vec<Case> = vec![
        (
            "backwards",
            vec![
                ("from", to.clone()),
                ("to", from.clone()),
                ("change", "block".into()),
            ],
            422,
            "ends before it starts",
        ),
        (
            "not a date",
            vec![
                ("from", from.clone()),
                ("to", to.clone()),
                ("change", "block".into()),
            ],
            422,
            "start and an end",
        ),
        (
            "unknown part",
            vec![("part", "evening".into()), ("change", "block".into())],
            422,
            "start and an end",
        ),
        (
            "not a number",
            vec![
                ("from", "nine".into()),
                ("to", to.clone()),
                ("change", "block".into()),
            ],
            422,
            "start and an end",
        ),
        (
            "no change named",
            vec![("part", "day".into()), ("change", "maybe".into())],
            400,
            "",
        ),
    ];
    if let Some(other) = other_day_slot {
        cases.push((
            "another day's slot",
            vec![
                ("from", from.clone()),
                ("to", other.to_string()),
                ("change", "block".into()),
            ],
            422,
            "start and an end",
        ));
    }
    for (case, mut fields, status, message) in cases {
        if case != "not a date" {
            fields.push(("day", date.clone()));
        } else {
            fields.push(("day", "28/12/2026".into()));
        }
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = app.post_form(page, range, &fields).await;
        assert_eq!(res.status().as_u16(), status, "case {case}");
        if !message.is_empty() {
            let html = Html::parse_document(&res.text().await.expect("body"));
            let why = select_text(&html, "#range-problem").concat();
            assert!(why.contains(message), "case {case}: {why}");
        }
        assert!(
            app.with_db(move |c| blocked_of(c, supplier))
                .await
                .is_empty(),
            "case {case}: nothing changed"
        );
    }
}
on_both_databases!(a_supplier_marks_a_whole_day_a_morning_or_a_range_unavailable_and_undoes_it);
