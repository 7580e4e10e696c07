//! A supplier's meetings: blocked slots, agenda, cancelling, requests, others' meetings.

use super::*;

async fn a_supplier_blocks_a_free_slot_but_not_one_that_holds_a_meeting(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, busy_slot) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let free_slot: i32 = app
        .with_db(move |c| {
            let busy: Vec<i32> = meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .select(meetings::slot_id)
                .load(c)
                .expect("busy");
            expomatch::db::schema::slots::table
                .filter(expomatch::db::schema::slots::id.ne_all(busy))
                .select(expomatch::db::schema::slots::id)
                .order(expomatch::db::schema::slots::id)
                .first(c)
                .expect("free slot")
        })
        .await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (status, _) = app.get_html("/supplier/availability").await;
    assert_eq!(status, 200);

    let res = app
        .post_form(
            "/supplier/availability",
            &format!("/supplier/availability/{free_slot}/block"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html("/supplier/availability").await;
    assert_eq!(
        select_text(&html, &format!("#slot-{free_slot} .badge")),
        vec!["unavailable".to_owned()]
    );

    let (status, html) = html_of(
        app.post_form(
            "/supplier/availability",
            &format!("/supplier/availability/{busy_slot}/block"),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(status, 409);
    let why = select_text(&html, &format!("#slot-{busy_slot} .field-error")).join(" ");
    assert!(why.contains("Cancel the meeting first"), "{why}");
    let blocked: Vec<i32> = app
        .with_db(move |c| {
            blocked_slots::table
                .filter(blocked_slots::supplier_id.eq(supplier))
                .select(blocked_slots::slot_id)
                .load(c)
                .expect("blocked")
        })
        .await;
    assert_eq!(blocked, vec![free_slot], "only the free slot is blocked");
    let status: String = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select(meetings::status)
                .first(c)
                .expect("meeting")
        })
        .await;
    assert_eq!(status, "booked");

    let res = app
        .post_form(
            "/supplier/availability",
            &format!("/supplier/availability/{free_slot}/unblock"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let left: i64 = app
        .with_db(move |c| {
            blocked_slots::table
                .filter(blocked_slots::supplier_id.eq(supplier))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(left, 0);
}
on_both_databases!(a_supplier_blocks_a_free_slot_but_not_one_that_holds_a_meeting);

async fn the_agenda_lists_each_meeting_by_day_and_prints(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (status, html) = app.get_html("/supplier/agenda").await;
    assert_eq!(status, 200);
    assert!(!select_text(&html, ".agenda-day h3").is_empty());
    let row = select_text(&html, &format!("#meeting-{meeting}")).join(" ");
    assert!(
        row.contains(':') && row.contains('A'),
        "time and table: {row}"
    );
    let heads = select_text(&html, ".agenda thead th");
    for head in [
        "Time",
        "Table",
        "Buyer",
        "Organisation",
        "Country",
        "Languages",
        "Interpreter",
    ] {
        assert!(heads.iter().any(|h| h == head), "column {head}: {heads:?}");
    }
    let (status, html) = app.get_html("/supplier/agenda/print").await;
    assert_eq!(status, 200);
    assert!(!select_text(&html, &format!("#meeting-{meeting}")).is_empty());
    assert!(
        select_text(&html, "a.btn.small")
            .iter()
            .all(|b| !b.contains("Cancel")),
        "no buttons on paper"
    );
}
on_both_databases!(the_agenda_lists_each_meeting_by_day_and_prints);

async fn cancelling_a_meeting_with_a_reason_frees_it_and_emails_the_buyer(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let buyer_email: String = app
        .with_db(move |c| {
            meetings::table
                .inner_join(buyers::table)
                .filter(meetings::id.eq(meeting))
                .select(buyers::email)
                .first(c)
                .expect("buyer")
        })
        .await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let page = format!("/supplier/meetings/{meeting}/cancel");
    let (status, _) = app.get_html(&page).await;
    assert_eq!(status, 200);

    let (status, html) = html_of(app.post_form(&page, &page, &[("reason", "  ")]).await).await;
    assert_eq!(status, 422, "a reason is needed");
    assert!(!select_text(&html, "#reason-error").is_empty());

    let res = app
        .post_form(
            &page,
            &page,
            &[("reason", "Our CEO has to fly to Hanoi that morning.")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier/agenda");
    type Mail = (String, String, Option<String>, Option<String>);
    let (status, reason, mail): (String, String, Vec<Mail>) = app
        .with_db(move |c| {
            let (status, reason): (String, String) = meetings::table
                .find(meeting)
                .select((meetings::status, meetings::cancel_reason))
                .first(c)
                .expect("meeting");
            let mail = outbox::table
                .filter(outbox::kind.eq("meeting_cancelled"))
                .filter(outbox::meeting_id.eq(meeting))
                .select((
                    outbox::to_address,
                    outbox::body_text,
                    outbox::calendar_method,
                    outbox::calendar_ics,
                ))
                .load(c)
                .expect("mail");
            (status, reason, mail)
        })
        .await;
    assert_eq!(status, "cancelled");
    assert_eq!(reason, "Our CEO has to fly to Hanoi that morning.");
    let to_buyer: Vec<&Mail> = mail.iter().filter(|m| m.0 == buyer_email).collect();
    assert_eq!(to_buyer.len(), 1, "the buyer is told once: {mail:?}");
    assert!(
        to_buyer[0]
            .1
            .contains("Our CEO has to fly to Hanoi that morning.")
    );
    assert_eq!(
        to_buyer[0].2.as_deref(),
        Some("CANCEL"),
        "the calendar entry is withdrawn"
    );
    assert!(
        to_buyer[0]
            .3
            .as_deref()
            .is_some_and(|ics| ics.contains("STATUS:CANCELLED"))
    );
    let (_, html) = app.get_html("/supplier/agenda").await;
    assert!(
        select_text(&html, &format!("#meeting-{meeting}")).is_empty(),
        "gone from the agenda"
    );
    let again = app
        .post_form("/supplier/agenda", &page, &[("reason", "again")])
        .await;
    assert_eq!(again.status().as_u16(), 409, "cannot cancel twice");
}
on_both_databases!(cancelling_a_meeting_with_a_reason_frees_it_and_emails_the_buyer);

async fn a_supplier_cannot_see_or_cancel_another_suppliers_meeting_by_changing_the_url(
    app: TestApp,
) {
    app.with_db(seed).await;
    let (mine, _, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let (_, theirs, _) = app.with_db(|c| supplier_with_meeting(c, 1)).await;
    assert_eq!(app.sign_in(Role::Supplier, mine).await, "/supplier");
    let before: i64 = app
        .with_db(|c| outbox::table.count().get_result(c).expect("count"))
        .await;
    let page = format!("/supplier/meetings/{theirs}/cancel");
    let (status, _) = app.get_html(&page).await;
    assert_eq!(status, 404);
    let res = app
        .post_form("/supplier/agenda", &page, &[("reason", "mine now")])
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let (status, after): (String, i64) = app
        .with_db(move |c| {
            (
                meetings::table
                    .find(theirs)
                    .select(meetings::status)
                    .first(c)
                    .expect("meeting"),
                outbox::table.count().get_result(c).expect("count"),
            )
        })
        .await;
    assert_eq!(status, "booked", "their meeting is untouched");
    assert_eq!(after, before, "nobody was emailed");
    // Nor answer a request made to them.
    let (them, _, _) = app.with_db(|c| supplier_with_meeting(c, 1)).await;
    let request: i32 = app
        .with_db(move |c| {
            let (expo, buyer): (i32, i32) = suppliers::table
                .inner_join(buyers::table.on(buyers::expo_id.eq(suppliers::expo_id)))
                .filter(suppliers::id.eq(them))
                .select((suppliers::expo_id, buyers::id))
                .first(c)
                .expect("buyer");
            diesel::delete(
                meeting_requests::table
                    .filter(meeting_requests::supplier_id.eq(them))
                    .filter(meeting_requests::buyer_id.eq(buyer)),
            )
            .execute(c)
            .expect("clear");
            diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(buyer),
                    meeting_requests::supplier_id.eq(them),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::status.eq("pending"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .returning(meeting_requests::id)
                .get_result(c)
                .expect("request")
        })
        .await;
    let res = app
        .post_form(
            "/supplier/agenda",
            &format!("/supplier/requests/{request}/answer"),
            &[("decision", "decline"), ("reason", "not mine")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let still: String = app
        .with_db(move |c| {
            meeting_requests::table
                .find(request)
                .select(meeting_requests::status)
                .first(c)
                .expect("request")
        })
        .await;
    assert_eq!(still, "pending");
    // Their meetings never show on this supplier's agenda.
    let (_, html) = app.get_html("/supplier/agenda").await;
    assert!(select_text(&html, &format!("#meeting-{theirs}")).is_empty());
    // And signed-out visitors are sent to sign in.
    let res = app
        .new_client()
        .get(app.url(&page))
        .send()
        .await
        .expect("anon");
    assert_eq!(res.status().as_u16(), 303);
}
on_both_databases!(a_supplier_cannot_see_or_cancel_another_suppliers_meeting_by_changing_the_url);

async fn a_supplier_answers_a_buyers_request_and_asks_another_buyer_for_a_meeting(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, _, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let (request, buyers_ids) = app
        .with_db(move |c| {
            let (expo,): (i32,) = suppliers::table
                .find(supplier)
                .select((suppliers::expo_id,))
                .first(c)
                .expect("expo");
            let open: Vec<i32> = meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .select(meeting_requests::buyer_id)
                .load(c)
                .expect("open");
            let ids: Vec<i32> = buyers::table
                .filter(buyers::id.ne_all(open))
                .order(buyers::id)
                .select(buyers::id)
                .limit(2)
                .load(c)
                .expect("buyers");
            let request: i32 = diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(ids[0]),
                    meeting_requests::supplier_id.eq(supplier),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::message.eq("We need 12 units for Lima."),
                    meeting_requests::status.eq("pending"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .returning(meeting_requests::id)
                .get_result(c)
                .expect("request");
            (request, ids)
        })
        .await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (status, html) = app.get_html("/supplier/requests").await;
    assert_eq!(status, 200);
    assert!(
        select_text(&html, &format!("#request-{request}"))
            .join(" ")
            .contains("12 units for Lima")
    );
    let res = app
        .post_form(
            "/supplier/requests",
            &format!("/supplier/requests/{request}/answer"),
            &[
                ("decision", "decline"),
                ("reason", "We do not ship to Peru yet."),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let buyer = buyers_ids[1].to_string();
    let res = app
        .post_form(
            "/supplier/requests",
            "/supplier/requests/new",
            &[("buyer", &buyer), ("message", ""), ("priority", "urgent")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "an unknown priority is refused");
    let res = app
        .post_form(
            "/supplier/requests",
            "/supplier/requests/new",
            &[("buyer", &buyer), ("message", ""), ("priority", "must")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let priority: String = app
        .with_db(move |c| {
            meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .filter(meeting_requests::requested_by.eq("supplier"))
                .select(meeting_requests::priority)
                .first(c)
                .expect("sent")
        })
        .await;
    assert_eq!(priority, "must");
    let again = app
        .post_form(
            "/supplier/requests",
            "/supplier/requests/new",
            &[("buyer", &buyer), ("message", "")],
        )
        .await;
    assert_eq!(again.status().as_u16(), 409, "one open request per pair");
    let (answer, sent, mails): ((String, String), i64, Vec<String>) = app
        .with_db(move |c| {
            let answer = meeting_requests::table
                .find(request)
                .select((meeting_requests::status, meeting_requests::response_reason))
                .first(c)
                .expect("request");
            let sent = meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .filter(meeting_requests::requested_by.eq("supplier"))
                .count()
                .get_result(c)
                .expect("sent");
            let mails = outbox::table
                .filter(outbox::kind.eq_any(["request_declined", "request_received"]))
                .order(outbox::id)
                .select(outbox::kind)
                .load(c)
                .expect("mails");
            (answer, sent, mails)
        })
        .await;
    assert_eq!(
        answer,
        (
            "declined".to_owned(),
            "We do not ship to Peru yet.".to_owned()
        )
    );
    assert_eq!(sent, 1);
    assert_eq!(
        mails,
        ["request_declined", "request_received"],
        "the buyers are told"
    );
}
on_both_databases!(a_supplier_answers_a_buyers_request_and_asks_another_buyer_for_a_meeting);
