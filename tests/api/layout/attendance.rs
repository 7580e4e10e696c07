//! Attendance is a fact about a meeting that has begun: recorded after a confirmation,
//! before the start only with a reason, taken back the same day, and a no-show tells
//! both participants.

use super::*;

/// Moves the meeting's slot so that it started `hours` ago; the slot's other meetings
/// move with it.
pub(super) fn started_hours_ago(c: &mut expomatch::db::DbConnection, meeting: i32, hours: i64) {
    let slot: i32 = meetings::table
        .find(meeting)
        .select(meetings::slot_id)
        .first(c)
        .expect("slot");
    let starts = store::now() - TimeDelta::hours(hours);
    diesel::update(slots::table.find(slot))
        .set((
            slots::starts_at.eq(starts),
            slots::ends_at.eq(starts + TimeDelta::minutes(30)),
        ))
        .execute(c)
        .expect("move the slot");
}

fn status(c: &mut expomatch::db::DbConnection, meeting: i32) -> String {
    meetings::table
        .find(meeting)
        .select(meetings::status)
        .first(c)
        .expect("status")
}

fn mail_kinds(c: &mut expomatch::db::DbConnection, meeting: i32) -> Vec<(String, Option<String>)> {
    outbox::table
        .filter(outbox::meeting_id.eq(meeting))
        .order(outbox::id)
        .select((outbox::kind, outbox::calendar_method))
        .load(c)
        .expect("outbox")
}

async fn booked_meetings(app: &TestApp, n: i64) -> Vec<i32> {
    app.with_db(move |c| {
        meetings::table
            .filter(meetings::status.eq("booked"))
            .order(meetings::id)
            .select(meetings::id)
            .limit(n)
            .load(c)
            .expect("meetings")
    })
    .await
}

async fn attendance_of_a_future_meeting_needs_a_reason(app: TestApp) {
    organizer_with_demo(&app).await;
    let future = booked_meetings(&app, 1).await[0];
    let page = format!("/organizer/meetings/{future}");
    let (_, html) = app.get_html(&page).await;
    assert_eq!(select_text(&html, "#attendance-not-yet").len(), 1);
    assert!(
        select_text(&html, "#mark-no-show").is_empty(),
        "no one-click no-show before the start"
    );
    let before = app.with_db(move |c| mail_kinds(c, future)).await;
    // Confirmed, but no reason: refused, nothing changes, nobody is told.
    let res = app
        .post_form(
            &page,
            &format!("{page}/attendance"),
            &[("attendance", "no_show"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(location(&res), page);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, ".flash")
            .concat()
            .contains("has not started"),
        "{:?}",
        select_text(&html, ".flash")
    );
    assert_eq!(app.with_db(move |c| status(c, future)).await, "booked");
    assert_eq!(app.with_db(move |c| mail_kinds(c, future)).await, before);
    // A reason makes it an explained exception.
    let res = app
        .post_form(
            &page,
            &format!("{page}/attendance"),
            &[
                ("attendance", "no_show"),
                ("reason", "The buyer phoned: flight cancelled"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(app.with_db(move |c| status(c, future)).await, "no_show");
    let detail: String = app
        .with_db(move |c| {
            audit_log::table
                .filter(audit_log::action.eq("meeting.no_show"))
                .filter(audit_log::subject_id.eq(future))
                .select(audit_log::detail)
                .first(c)
                .expect("audit")
        })
        .await;
    assert_eq!(detail, "The buyer phoned: flight cancelled");
}
on_both_databases!(attendance_of_a_future_meeting_needs_a_reason);

async fn a_no_show_is_confirmed_tells_both_and_can_be_undone_the_same_day(app: TestApp) {
    organizer_with_demo(&app).await;
    let meeting = booked_meetings(&app, 1).await[0];
    app.with_db(move |c| started_hours_ago(c, meeting, 1)).await;
    let page = format!("/organizer/meetings/{meeting}");
    let before = app.with_db(move |c| mail_kinds(c, meeting)).await;
    // The first click asks, and changes nothing.
    let res = app
        .post_form(
            &page,
            &format!("{page}/attendance"),
            &[("attendance", "no_show")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(select_text(&html, "#confirm-attendance").len(), 1);
    assert!(
        select_text(&html, "#confirm-effect")
            .concat()
            .contains("Both participants are told")
    );
    assert_eq!(app.with_db(move |c| status(c, meeting)).await, "booked");
    // Confirmed: a no-show, and both participants hear that the entry is cancelled.
    let res = app
        .post_form(
            &page,
            &format!("{page}/attendance"),
            &[("attendance", "no_show"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(location(&res), page);
    assert_eq!(app.with_db(move |c| status(c, meeting)).await, "no_show");
    let after = app.with_db(move |c| mail_kinds(c, meeting)).await;
    let told: Vec<_> = after[before.len()..].to_vec();
    assert_eq!(
        told,
        vec![
            ("meeting_no_show".to_owned(), Some("CANCEL".to_owned())),
            ("meeting_no_show".to_owned(), Some("CANCEL".to_owned()))
        ]
    );
    // The page shows the state's label, not its code, and offers the undo.
    let (_, html) = app.get_html(&page).await;
    let state = select_text(&html, "#attendance-state").concat();
    assert!(
        state.contains("No-show") && !state.contains("no_show"),
        "{state}"
    );
    assert!(!html.html().contains(">no_show<"));
    assert_eq!(select_text(&html, "#undo-attendance").len(), 1);
    // Undo: booked again, and both hear that the meeting stands.
    let res = app
        .post_form(&page, &format!("{page}/attendance/undo"), &[])
        .await;
    assert_eq!(location(&res), page);
    assert_eq!(app.with_db(move |c| status(c, meeting)).await, "booked");
    let last = app.with_db(move |c| mail_kinds(c, meeting)).await;
    assert_eq!(
        last[after.len()..].to_vec(),
        vec![
            ("meeting_restored".to_owned(), Some("REQUEST".to_owned())),
            ("meeting_restored".to_owned(), Some("REQUEST".to_owned()))
        ]
    );
    // Held, then the outcome is recorded: the record stands.
    app.post_form(
        &page,
        &format!("{page}/attendance"),
        &[("attendance", "held"), ("confirm", "yes")],
    )
    .await;
    assert_eq!(app.with_db(move |c| status(c, meeting)).await, "held");
    assert_eq!(
        app.with_db(move |c| mail_kinds(c, meeting)).await.len(),
        last.len(),
        "a held meeting emails nobody"
    );
    let outcome = format!("{page}/outcome");
    let res = app
        .post_form(
            &outcome,
            &outcome,
            &[("interest_level", "follow_up"), ("currency", "USD")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    app.post_form(&page, &format!("{page}/attendance/undo"), &[])
        .await;
    assert_eq!(
        app.with_db(move |c| status(c, meeting)).await,
        "held",
        "an outcome keeps the record"
    );
}
on_both_databases!(a_no_show_is_confirmed_tells_both_and_can_be_undone_the_same_day);

async fn a_record_from_an_earlier_day_cannot_be_undone(app: TestApp) {
    organizer_with_demo(&app).await;
    let meeting = booked_meetings(&app, 1).await[0];
    app.with_db(move |c| started_hours_ago(c, meeting, 72))
        .await;
    let page = format!("/organizer/meetings/{meeting}");
    app.post_form(
        &page,
        &format!("{page}/attendance"),
        &[("attendance", "held"), ("confirm", "yes")],
    )
    .await;
    assert_eq!(app.with_db(move |c| status(c, meeting)).await, "held");
    // Recorded two days ago.
    app.with_db(move |c| {
        diesel::update(meetings::table.find(meeting))
            .set(meetings::updated_at.eq(store::now() - TimeDelta::hours(48)))
            .execute(c)
            .expect("age the record")
    })
    .await;
    let (_, html) = app.get_html(&page).await;
    assert!(select_text(&html, "#undo-attendance").is_empty());
    let res = app
        .post_form(&page, &format!("{page}/attendance/undo"), &[])
        .await;
    assert_eq!(location(&res), page);
    assert_eq!(app.with_db(move |c| status(c, meeting)).await, "held");
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, ".flash")
            .concat()
            .contains("only on the day"),
        "{:?}",
        select_text(&html, ".flash")
    );
}
on_both_databases!(a_record_from_an_earlier_day_cannot_be_undone);
