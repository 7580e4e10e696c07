//! Days and tables: changing a day, renaming and removing tables, and the table board.

use super::*;

async fn changing_a_day_keeps_meetings_in_unchanged_slots_and_lists_the_ones_in_the_way(
    app: TestApp,
) {
    let (expo, day) = organizer_with_demo(&app).await;
    let page = format!("/organizer/expos/{expo}/days/{day}");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    assert_eq!(
        html.select(&scraper::Selector::parse("#ends").expect("s"))
            .next()
            .and_then(|e| e.value().attr("value")),
        Some("17:00"),
        "the form shows the day as planned"
    );
    let date: String = html
        .select(&scraper::Selector::parse("#date").expect("s"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("date")
        .to_owned();
    let plan = |ends: &'static str| -> Vec<(&'static str, String)> {
        vec![
            ("date", date.clone()),
            ("starts", "09:00".into()),
            ("ends", ends.into()),
            ("slot_minutes", "30".into()),
            ("gap_minutes", "0".into()),
            ("break_starts", "12:00".into()),
            ("break_ends", "13:00".into()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let app = &app;
        let page = page.clone();
        async move {
            let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(&page, &page, &f).await
        }
    };
    // Bad input changes nothing.
    let res = send(plan("08:00")).await;
    assert_eq!(res.status().as_u16(), 422, "end before start");
    // The last hour holds meetings (make sure of it), so ending at 16:00 is refused.
    let (late, slot_count, kept_meeting) = app
        .with_db(move |c| {
            let late_slots: Vec<i32> = slots::table
                .filter(slots::day_id.eq(day))
                .order(slots::starts_at.desc())
                .limit(2)
                .select(slots::id)
                .load(c)
                .expect("late");
            let live_late: i64 = meetings::table
                .filter(meetings::slot_id.eq_any(&late_slots))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("n");
            assert!(live_late > 0, "the demo books the last hour");
            let n: i64 = slots::table
                .filter(slots::day_id.eq(day))
                .count()
                .get_result(c)
                .expect("n");
            let kept: (i32, i32) = meetings::table
                .filter(meetings::slot_id.ne_all(&late_slots))
                .inner_join(slots::table)
                .filter(slots::day_id.eq(day))
                .filter(meetings::status.eq("booked"))
                .select((meetings::id, meetings::slot_id))
                .first(c)
                .expect("kept");
            (live_late, n, kept)
        })
        .await;
    let res = send(plan("16:00")).await;
    assert_eq!(res.status().as_u16(), 409);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(
        select_text(&html, "#affected tbody tr").len(),
        usize::try_from(late).unwrap_or(0),
        "every meeting in the way is listed"
    );
    assert!(
        select_text(&html, "#affected a")
            .iter()
            .all(|a| a == "Move or cancel")
    );
    let n: i64 = app
        .with_db(move |c| {
            slots::table
                .filter(slots::day_id.eq(day))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(n, slot_count, "nothing changed");
    // Removing the whole day is refused the same way.
    let res = app.post_form(&page, &format!("{page}/remove"), &[]).await;
    assert_eq!(res.status().as_u16(), 409);
    // Once those meetings are cancelled, the change applies and the rest stay put.
    for id in app
        .with_db(move |c| {
            let late_slots: Vec<i32> = slots::table
                .filter(slots::day_id.eq(day))
                .order(slots::starts_at.desc())
                .limit(2)
                .select(slots::id)
                .load(c)
                .expect("late");
            meetings::table
                .filter(meetings::slot_id.eq_any(late_slots))
                .filter(meetings::status.eq("booked"))
                .select(meetings::id)
                .load::<i32>(c)
                .expect("ids")
        })
        .await
    {
        let m = format!("/organizer/meetings/{id}");
        let res = app
            .post_form(
                &m,
                &format!("{m}/cancel"),
                &[("reason", "The day ends earlier")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let res = send(plan("16:00")).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&format!("/organizer/expos/{expo}")).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains("2 removed"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let (n, still) = app
        .with_db(move |c| {
            let n: i64 = slots::table
                .filter(slots::day_id.eq(day))
                .count()
                .get_result(c)
                .expect("n");
            let still: i32 = meetings::table
                .find(kept_meeting.0)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot");
            (n, still)
        })
        .await;
    assert_eq!(n, slot_count - 2);
    assert_eq!(
        still, kept_meeting.1,
        "a meeting in an unchanged slot keeps its slot"
    );
    assert_eq!(app.with_db(|c| audit_count(c, "day.changed")).await, 1);
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/days/999999"))
            .await
            .0,
        404
    );
}
on_both_databases!(changing_a_day_keeps_meetings_in_unchanged_slots_and_lists_the_ones_in_the_way);

async fn tables_are_renamed_and_only_an_empty_table_is_removed(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let page = format!("/organizer/expos/{expo}/tables");
    let (busy, free): (i32, i32) = app
        .with_db(move |c| {
            let busy: i32 = meetings::table
                .filter(meetings::status.eq("booked"))
                .select(meetings::table_id)
                .first(c)
                .expect("busy");
            let used: Vec<i32> = meetings::table
                .filter(meetings::status.eq_any(["booked", "held"]))
                .select(meetings::table_id)
                .load(c)
                .expect("used");
            let free: i32 = consultation_tables::table
                .filter(consultation_tables::id.ne_all(used))
                .select(consultation_tables::id)
                .first(c)
                .expect("a free table");
            (busy, free)
        })
        .await;
    let res = app
        .post_form(
            &page,
            &format!("{page}/{busy}"),
            &[("label", "A1 (ES)"), ("note", "Spanish interpreter")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        html.select(&scraper::Selector::parse(&format!("#note-{busy}")).expect("s"))
            .next()
            .and_then(|e| e.value().attr("value")),
        Some("Spanish interpreter")
    );
    // A label another table has, or none, is refused next to that table.
    let other: String = app
        .with_db(move |c| {
            consultation_tables::table
                .filter(consultation_tables::id.eq(free))
                .select(consultation_tables::label)
                .first(c)
                .expect("label")
        })
        .await;
    for (case, label) in [
        ("taken", other.as_str()),
        ("empty", " "),
        ("too long", "A very long table label indeed"),
    ] {
        let res = app
            .post_form(
                &page,
                &format!("{page}/{busy}"),
                &[("label", label), ("note", "")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {case}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, &format!("#table-{busy} .field-error")).len(),
            1,
            "case {case}"
        );
    }
    // A table with meetings is not removed; its meetings are listed.
    let res = app
        .post_form(&page, &format!("{page}/{busy}/remove"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 409);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(!select_text(&html, "#affected tbody tr").is_empty());
    let res = app
        .post_form(&page, &format!("{page}/{free}/remove"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, &format!("#table-{free}")).is_empty(),
        "gone from the list"
    );
    assert!(select_text(&html, &format!("#table-{busy}")).len() == 1);
    // New tables take the free labels, never a taken one.
    let expo_page = format!("/organizer/expos/{expo}");
    let res = app
        .post_form(
            &expo_page,
            &format!("{expo_page}/tables"),
            &[("count", "2"), ("prefix", "A"), ("note", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let labels: Vec<String> = app
        .with_db(move |c| {
            consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .filter(consultation_tables::active.eq(true))
                .select(consultation_tables::label)
                .load(c)
                .expect("labels")
        })
        .await;
    let mut unique = labels.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), labels.len());
    assert!(
        labels.contains(&other),
        "the removed table's label is reused"
    );
    assert_eq!(app.with_db(|c| audit_count(c, "table.removed")).await, 1);
    // The audit log names who did it; the filter keeps only table changes.
    let (status, html) = app.get_html("/organizer/audit?action=table").await;
    assert_eq!(status, 200);
    let lines = select_text(&html, "#audit tbody tr");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("table.removed") && l.contains("Layout Person")),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| l.contains("table")), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("tables.added")),
        "adding tables is recorded too"
    );
    assert_eq!(
        app.get_html("/organizer/audit?action=drop%20table").await.0,
        400
    );
}
on_both_databases!(tables_are_renamed_and_only_an_empty_table_is_removed);

async fn the_table_board_shows_what_happens_at_each_table_now_and_next(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let (table, supplier, starts, tz): (String, String, chrono::NaiveDateTime, String) = app
        .with_db(|c| {
            use expomatch::db::schema::{expos, suppliers};
            let (table, supplier, starts): (String, String, chrono::NaiveDateTime) =
                meetings::table
                    .inner_join(slots::table)
                    .inner_join(consultation_tables::table)
                    .inner_join(suppliers::table)
                    .filter(meetings::status.eq("booked"))
                    .order(slots::starts_at)
                    .select((
                        consultation_tables::label,
                        suppliers::company_name_en,
                        slots::starts_at,
                    ))
                    .first(c)
                    .expect("a meeting");
            let tz: String = expos::table
                .select(expos::venue_timezone)
                .first(c)
                .expect("tz");
            (table, supplier, starts, tz)
        })
        .await;
    let tz: chrono_tz::Tz = tz.parse().expect("tz");
    use chrono::TimeZone as _;
    let at = tz
        .from_utc_datetime(&(starts + TimeDelta::minutes(5)))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/board?at={at}"))
        .await;
    assert_eq!(status, 200);
    let row = select_text(&html, "#board .board-tile")
        .into_iter()
        .find(|r| r.starts_with(&format!("{table} ")))
        .expect("the table's row");
    let now_cell = row.split(" free").next().unwrap_or_default().to_owned();
    assert!(now_cell.contains(&supplier), "now at {table}: {row}");
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/board?at=tomorrow"))
            .await
            .0,
        400
    );
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/board"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        html.select(&scraper::Selector::parse("meta[http-equiv=refresh]").expect("s"))
            .count(),
        1,
        "the live board refreshes itself"
    );
}
on_both_databases!(the_table_board_shows_what_happens_at_each_table_now_and_next);
