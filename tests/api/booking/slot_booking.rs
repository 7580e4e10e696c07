//! Booking a slot: invitations, crafted bookings refused, concurrent bookings make one.

use super::*;

async fn a_buyer_books_a_free_slot_and_both_sides_get_a_calendar_invitation(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let (status, html) = app.get_html(&format!("/buyer/suppliers/{supplier}")).await;
    assert_eq!(status, 200);
    let offered = slot_buttons(&html);
    assert!(!offered.is_empty(), "free slots are offered");
    // The buyer's own busy slots are not offered.
    let busy: Vec<i32> = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::status.eq("booked"))
                .select(meetings::slot_id)
                .load(c)
                .expect("busy")
        })
        .await;
    assert!(
        busy.iter().all(|b| !offered.contains(&b.to_string())),
        "busy slots are not offered"
    );
    let before: i32 = app
        .with_db(|c| {
            outbox::table
                .select(diesel::dsl::max(outbox::id))
                .first::<Option<i32>>(c)
                .expect("max")
                .unwrap_or(0)
        })
        .await;
    let res = book(&app, &app.client, supplier, &offered[0]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/buyer");
    let slot: i32 = offered[0].parse().expect("id");
    assert_eq!(
        app.with_db(move |c| live_meetings(c, slot, supplier)).await,
        1
    );
    let kinds: Vec<(String, Option<String>)> = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::id.gt(before))
                .select((outbox::kind, outbox::calendar_method))
                .load(c)
                .expect("outbox")
        })
        .await;
    assert_eq!(kinds.len(), 2);
    assert!(
        kinds
            .iter()
            .all(|(k, m)| k == "meeting_booked" && m.as_deref() == Some("REQUEST"))
    );
    // The same supplier again: one meeting per pair; the page says how to change it.
    let res = book(&app, &app.client, supplier, &offered[1]).await;
    assert_eq!(res.status().as_u16(), 422);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(select_text(&html, "#booking-problem")[0].contains("already have a meeting"));
}
on_both_databases!(a_buyer_books_a_free_slot_and_both_sides_get_a_calendar_invitation);

async fn crafted_bookings_are_refused_with_a_reason_and_change_nothing(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let (busy_slot, blocked_slot): (i32, i32) = app
        .with_db(move |c| {
            let busy: i32 = meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .select(meetings::slot_id)
                .first(c)
                .expect("busy");
            let blocked: i32 = slots::table
                .filter(slots::id.ne(busy))
                .select(slots::id)
                .order(slots::id.desc())
                .first(c)
                .expect("slot");
            diesel::insert_into(blocked_slots::table)
                .values((
                    blocked_slots::slot_id.eq(blocked),
                    blocked_slots::supplier_id.eq(supplier),
                    blocked_slots::created_at.eq(store::now()),
                ))
                .execute(c)
                .expect("block");
            (busy, blocked)
        })
        .await;
    let count = || app.with_db(|c| meetings::table.count().get_result::<i64>(c).expect("count"));
    let before = count().await;
    for (case, slot, status) in [
        ("the buyer is busy", busy_slot.to_string(), 422),
        ("the supplier blocked it", blocked_slot.to_string(), 422),
        ("no such slot", "999999".to_owned(), 422),
        ("not a number", "tomorrow".to_owned(), 400),
    ] {
        let res = book(&app, &app.client, supplier, &slot).await;
        assert_eq!(res.status().as_u16(), status, "case {case}");
    }
    assert_eq!(
        app.get_html("/buyer/suppliers/999999").await.0,
        404,
        "unknown supplier"
    );
    // Booking window closed.
    app.with_db(|c| {
        diesel::update(expos::table)
            .set(expos::booking_closes_at.eq(Some(store::now() - TimeDelta::hours(1))))
            .execute(c)
            .expect("close")
    })
    .await;
    let (_, html) = app.get_html(&format!("/buyer/suppliers/{supplier}")).await;
    assert!(select_text(&html, "#booking-closed")[0].contains("closed"));
    let res = book(&app, &app.client, supplier, &blocked_slot.to_string()).await;
    assert_eq!(res.status().as_u16(), 422, "case window closed");
    assert_eq!(count().await, before, "nothing changed");
}
on_both_databases!(crafted_bookings_are_refused_with_a_reason_and_change_nothing);

async fn fifty_concurrent_bookings_of_one_slot_make_exactly_one_meeting(app: TestApp) {
    let (_, supplier) = demo(&app).await;
    let buyers_: Vec<i32> = app
        .with_db(|c| {
            buyers::table
                .select(buyers::id)
                .order(buyers::id)
                .limit(25)
                .load(c)
                .expect("buyers")
        })
        .await;
    // A slot where the supplier and every one of these buyers is free.
    let slot: i32 = app
        .with_db(move |c| {
            let ids: Vec<i32> = slots::table
                .select(slots::id)
                .order(slots::starts_at)
                .load(c)
                .expect("slots");
            *ids.iter()
                .find(|s| {
                    meetings::table
                        .filter(meetings::slot_id.eq(**s))
                        .filter(
                            meetings::supplier_id
                                .eq(supplier)
                                .or(meetings::buyer_id.eq_any(&buyers_)),
                        )
                        .count()
                        .get_result::<i64>(c)
                        .expect("count")
                        == 0
                })
                .expect("a common free slot")
        })
        .await;
    let buyers_: Vec<i32> = app
        .with_db(|c| {
            buyers::table
                .select(buyers::id)
                .order(buyers::id)
                .limit(25)
                .load(c)
                .expect("buyers")
        })
        .await;
    // 25 buyers, each in two tabs: 50 ready-to-send forms.
    let mut forms = Vec::new();
    for buyer in buyers_ {
        let client = app.new_client();
        app.sign_in_with(&client, Role::Buyer, buyer).await;
        for _ in 0..2 {
            let page = client
                .get(app.url(&format!("/buyer/suppliers/{supplier}")))
                .send()
                .await
                .expect("page")
                .text()
                .await
                .expect("body");
            let token = csrf_in(&scraper::Html::parse_document(&page));
            forms.push((client.clone(), token));
        }
    }
    assert_eq!(forms.len(), 50);
    let url = app.url(&format!("/buyer/suppliers/{supplier}/book"));
    let mut tasks = Vec::new();
    for (client, token) in forms {
        let url = url.clone();
        let slot = slot.to_string();
        tasks.push(tokio::spawn(async move {
            client
                .post(&url)
                .form(&[("csrf_token", token), ("slot", slot)])
                .send()
                .await
                .expect("post")
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("task"));
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "exactly one booking succeeded: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 409 || *s == 422),
        "the others were told: {statuses:?}"
    );
    assert_eq!(
        app.with_db(move |c| live_meetings(c, slot, supplier)).await,
        1,
        "exactly one meeting in the database"
    );
}
on_both_databases!(fifty_concurrent_bookings_of_one_slot_make_exactly_one_meeting);

async fn sixty_four_bookings_through_two_app_instances_make_exactly_one_meeting(app: TestApp) {
    let (_, supplier) = demo(&app).await;
    let other = app.second_instance().await;
    let (slot, buyers_) = slot_with_free_buyers(&app, supplier, 32).await;
    // Each buyer in two tabs, one on each instance: 64 ready-to-send forms.
    let forms = booking_forms(&[&app, &other], supplier, &buyers_).await;
    assert_eq!(forms.len(), 64);
    let statuses: Vec<u16> = send_all(&forms, slot)
        .await
        .into_iter()
        .map(|(status, _)| status)
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "exactly one booking succeeded: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 409 || *s == 422),
        "the others were told: {statuses:?}"
    );
    assert_eq!(
        app.with_db(move |c| live_meetings(c, slot, supplier)).await,
        1,
        "exactly one meeting in the database"
    );
    let per_buyer: i64 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::status.eq("booked"))
                .group_by(meetings::buyer_id)
                .select(diesel::dsl::count_star())
                .load::<i64>(c)
                .expect("n")
                .into_iter()
                .max()
                .unwrap_or(0)
        })
        .await;
    assert_eq!(per_buyer, 1, "no buyer holds two meetings in the slot");
}
on_both_databases!(sixty_four_bookings_through_two_app_instances_make_exactly_one_meeting);
