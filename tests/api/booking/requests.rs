//! Meeting requests between buyers and suppliers.

use super::*;

async fn a_buyer_sends_requests_and_answers_the_ones_suppliers_send(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let page = format!("/buyer/suppliers/{supplier}");
    let res = app
        .post_form(
            &page,
            &format!("{page}/request"),
            &[
                ("priority", "must"),
                ("message", "We tender 40,000 meters in 2027."),
            ],
        )
        .await;
    assert_eq!(location(&res), "/buyer/requests");
    let (status, priority): (String, String) = app
        .with_db(move |c| {
            meeting_requests::table
                .filter(meeting_requests::buyer_id.eq(buyer))
                .filter(meeting_requests::supplier_id.eq(supplier))
                .select((meeting_requests::status, meeting_requests::priority))
                .first(c)
                .expect("request")
        })
        .await;
    assert_eq!((status.as_str(), priority.as_str()), ("pending", "must"));
    let told: i64 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("request_received"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(told, 1, "the supplier is told");
    // A second open request to the same supplier is refused, with the reason.
    let res = app
        .post_form(
            &page,
            &format!("{page}/request"),
            &[("priority", "would_like")],
        )
        .await;
    assert_eq!(location(&res), page);
    let (_, html) = app.get_html(&page).await;
    assert!(select_text(&html, ".flash.error")[0].contains("already have an open request"));
    // Bad priority: nothing stored.
    let res = app
        .post_form(
            &page,
            &format!("{page}/request"),
            &[("priority", "urgent!!")],
        )
        .await;
    assert_eq!(location(&res), page);

    // A supplier's request to this buyer: decline needs a reason, accept tells the supplier.
    let (incoming, foreign) = app
        .with_db(move |c| {
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let other_supplier: i32 = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .filter(suppliers::id.ne(supplier))
                .select(suppliers::id)
                .first(c)
                .expect("s");
            let other_buyer: i32 = buyers::table
                .filter(buyers::id.ne(buyer))
                .select(buyers::id)
                .first(c)
                .expect("b");
            let insert = |c: &mut expomatch::db::DbConnection, b: i32| -> i32 {
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(b),
                        meeting_requests::supplier_id.eq(other_supplier),
                        meeting_requests::requested_by.eq("supplier"),
                        meeting_requests::created_at.eq(store::now()),
                    ))
                    .returning(meeting_requests::id)
                    .get_result(c)
                    .expect("request")
            };
            (insert(c, buyer), insert(c, other_buyer))
        })
        .await;
    let (_, html) = app.get_html("/buyer/requests").await;
    assert_eq!(select_text(&html, ".requests tbody tr").len(), 2);
    let answer = format!("/buyer/requests/{incoming}/answer");
    app.post_form(
        "/buyer/requests",
        &answer,
        &[("answer", "decline"), ("reason", "")],
    )
    .await;
    let res = app
        .post_form(
            "/buyer/requests",
            &format!("/buyer/requests/{foreign}/answer"),
            &[("answer", "accept")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404, "another buyer's request");
    let res = app
        .post_form("/buyer/requests", &answer, &[("answer", "maybe")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let statuses: Vec<String> = app
        .with_db(move |c| {
            meeting_requests::table
                .filter(meeting_requests::id.eq_any([incoming, foreign]))
                .select(meeting_requests::status)
                .load(c)
                .expect("rows")
        })
        .await;
    assert_eq!(
        statuses,
        vec!["pending".to_owned(), "pending".to_owned()],
        "nothing changed"
    );
    let res = app
        .post_form("/buyer/requests", &answer, &[("answer", "accept")])
        .await;
    assert_eq!(location(&res), "/buyer/requests");
    let status: String = app
        .with_db(move |c| {
            meeting_requests::table
                .find(incoming)
                .select(meeting_requests::status)
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(status, "accepted");
    let told: i64 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("request_accepted"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(told, 1);
    let res = app
        .post_form(
            "/buyer/requests",
            &answer,
            &[("answer", "decline"), ("reason", "changed my mind")],
        )
        .await;
    assert_eq!(location(&res), "/buyer/requests");
    let (_, html) = app.get_html("/buyer/requests").await;
    assert!(select_text(&html, ".flash.error")[0].contains("already been answered"));
}
on_both_databases!(a_buyer_sends_requests_and_answers_the_ones_suppliers_send);
