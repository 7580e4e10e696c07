//! Organizers approve or reject supplier registrations; the supplier is told.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, outbox, suppliers};
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers};

use crate::helpers::*;
use crate::on_both_databases;

async fn an_organizer_works_the_registration_queue_and_suppliers_are_told(app: TestApp) {
    let (organizer, pending, unverified) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let organizer = organizers::create(
                c,
                &EmailAddress::parse("queue@kotra.example").expect("email"),
                &PersonName::parse("name", "Queue Keeper").expect("name"),
                &Password::parse("a queue keeper password")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer");
            let pending: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("pending"))
                .select(suppliers::id)
                .order(suppliers::id)
                .load(c)
                .expect("pending");
            let unverified: i32 = suppliers::table
                .filter(suppliers::status.eq("unverified"))
                .select(suppliers::id)
                .first(c)
                .expect("unverified");
            (organizer.0, pending, unverified)
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let (status, html) = app.get_html("/organizer/suppliers").await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, ".registration").len(),
        pending.len(),
        "the pending queue"
    );
    assert_eq!(
        select_text(&html, "#count-pending .stat-value"),
        vec![pending.len().to_string()]
    );

    let decide = |id: i32| format!("/organizer/suppliers/{id}/decide");
    // A rejection without a reason changes nothing.
    let res = app
        .post_form(
            "/organizer/suppliers",
            &decide(pending[0]),
            &[("decision", "reject"), ("reason", " ")],
        )
        .await;
    assert_eq!(location(&res), "/organizer/suppliers");
    let res = app
        .post_form(
            "/organizer/suppliers",
            &decide(pending[0]),
            &[("decision", "maybe")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let res = app
        .post_form(
            "/organizer/suppliers",
            &decide(unverified),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(
        res.status().as_u16(),
        404,
        "an unverified email cannot be approved"
    );
    let res = app
        .post_form(
            "/organizer/suppliers",
            &decide(999_999),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let first = pending[0];
    let status: String = app
        .with_db(move |c| {
            suppliers::table
                .find(first)
                .select(suppliers::status)
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(status, "pending");

    let res = app
        .post_form(
            "/organizer/suppliers",
            &decide(pending[0]),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(location(&res), "/organizer/suppliers");
    let reason = "Please upload the business registration certificate.";
    app.post_form(
        "/organizer/suppliers",
        &decide(pending[1]),
        &[("decision", "reject"), ("reason", reason)],
    )
    .await;
    let (a, b) = (pending[0], pending[1]);
    let rows: Vec<(String, String)> = app
        .with_db(move |c| {
            suppliers::table
                .filter(suppliers::id.eq_any([a, b]))
                .order(suppliers::id)
                .select((suppliers::status, suppliers::status_reason))
                .load(c)
                .expect("rows")
        })
        .await;
    assert_eq!(
        rows,
        vec![
            ("approved".to_owned(), String::new()),
            ("rejected".to_owned(), reason.to_owned())
        ]
    );
    let kinds: Vec<String> = app
        .with_db(|c| {
            outbox::table
                .order(outbox::id)
                .select(outbox::kind)
                .load(c)
                .expect("outbox")
        })
        .await;
    assert_eq!(
        kinds,
        vec![
            "supplier_approved".to_owned(),
            "supplier_rejected".to_owned()
        ]
    );
    let (_, html) = app.get_html("/organizer/suppliers?status=rejected").await;
    assert!(
        select_text(&html, ".registration")
            .iter()
            .any(|r| r.contains(reason))
    );
    assert_eq!(
        app.get_html("/organizer/suppliers?status=lost").await.0,
        400
    );

    // Buyers and suppliers cannot reach the queue.
    let buyer: i32 = app
        .with_db(|c| buyers::table.select(buyers::id).first(c).expect("buyer"))
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    assert_eq!(app.get_html("/organizer/suppliers").await.0, 403);
}
on_both_databases!(an_organizer_works_the_registration_queue_and_suppliers_are_told);
