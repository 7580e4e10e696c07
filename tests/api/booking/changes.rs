//! A buyer moves and cancels its own meetings, never anyone else's.

use super::*;

async fn a_buyer_moves_and_cancels_its_own_meetings_but_never_anyone_elses(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    let (mine, other): (i32, i32) = app
        .with_db(move |c| {
            let mine: i32 = meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .select(meetings::id)
                .order(meetings::id)
                .first(c)
                .expect("mine");
            let other: i32 = meetings::table
                .filter(meetings::buyer_id.ne(buyer))
                .select(meetings::id)
                .first(c)
                .expect("other");
            (mine, other)
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    // Someone else's meeting: 404, nothing changes.
    assert_eq!(
        app.get_html(&format!("/buyer/meetings/{other}/move"))
            .await
            .0,
        404
    );
    assert_eq!(
        app.get_html(&format!("/buyer/meetings/{other}/calendar.ics"))
            .await
            .0,
        404
    );
    let res = app
        .post_form(
            "/buyer",
            &format!("/buyer/meetings/{other}/cancel"),
            &[("reason", "mine now")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let status: String = app
        .with_db(move |c| {
            meetings::table
                .find(other)
                .select(meetings::status)
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(status, "booked");

    // Move: the page offers free slots; the meeting moves and the SEQUENCE grows.
    let (status, html) = app.get_html(&format!("/buyer/meetings/{mine}/move")).await;
    assert_eq!(status, 200);
    let offered = slot_buttons(&html);
    let target = offered.first().expect("a free slot").clone();
    let res = app
        .post_form(
            &format!("/buyer/meetings/{mine}/move"),
            &format!("/buyer/meetings/{mine}/move"),
            &[("slot", &target)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (slot, sequence): (i32, i32) = app
        .with_db(move |c| {
            meetings::table
                .find(mine)
                .select((meetings::slot_id, meetings::ical_sequence))
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!((slot.to_string(), sequence), (target.clone(), 1));

    // The move page says which time is the meeting's own, and does not offer it.
    let (_, html) = app.get_html(&format!("/buyer/meetings/{mine}/move")).await;
    assert_eq!(select_text(&html, "#current-slot").len(), 1);
    assert!(
        !slot_buttons(&html).contains(&target),
        "the current time is not offered as a move"
    );
    // Choosing it anyway changes nothing (no new table, no email).
    let (table_before, mails_before): (i32, i64) = app
        .with_db(move |c| {
            (
                meetings::table
                    .find(mine)
                    .select(meetings::table_id)
                    .first(c)
                    .expect("table"),
                outbox::table
                    .filter(outbox::meeting_id.eq(mine))
                    .count()
                    .get_result(c)
                    .expect("n"),
            )
        })
        .await;
    let res = app
        .post_form(
            &format!("/buyer/meetings/{mine}/move"),
            &format!("/buyer/meetings/{mine}/move"),
            &[("slot", &target)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(select_text(&html, "#booking-problem")[0].contains("already at that time"));
    let after: (i32, i32, i64) = app
        .with_db(move |c| {
            let (t, seq) = meetings::table
                .find(mine)
                .select((meetings::table_id, meetings::ical_sequence))
                .first(c)
                .expect("row");
            let n = outbox::table
                .filter(outbox::meeting_id.eq(mine))
                .count()
                .get_result(c)
                .expect("n");
            (t, seq, n)
        })
        .await;
    assert_eq!(after, (table_before, 1, mails_before));

    // The calendar file of one's own meeting.
    let res = app
        .get(&format!("/buyer/meetings/{mine}/calendar.ics"))
        .await;
    assert_eq!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/calendar; charset=utf-8")
    );
    let ics = res.text().await.expect("ics");
    assert!(
        ics.contains(&format!("UID:meeting-{mine}@127.0.0.1")) && ics.contains("SEQUENCE:1"),
        "{ics}"
    );

    // Cancel needs a reason; then both sides are told.
    let res = app
        .post_form(
            "/buyer",
            &format!("/buyer/meetings/{mine}/cancel"),
            &[("reason", "")],
        )
        .await;
    assert_eq!(location(&res), "/buyer");
    let res = app
        .post_form(
            "/buyer",
            &format!("/buyer/meetings/{mine}/cancel"),
            &[("reason", "Flight cancelled")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (status, reason): (String, String) = app
        .with_db(move |c| {
            meetings::table
                .find(mine)
                .select((meetings::status, meetings::cancel_reason))
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(
        (status.as_str(), reason.as_str()),
        ("cancelled", "Flight cancelled")
    );
    let cancels: i64 = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(mine))
                .filter(outbox::calendar_method.eq("CANCEL"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(cancels, 2);
}
on_both_databases!(a_buyer_moves_and_cancels_its_own_meetings_but_never_anyone_elses);
