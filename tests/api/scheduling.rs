//! Requests that expire, and the organizer's scheduling flow: accepted requests in, a
//! draft schedule out, published as meetings with each participant's agenda emailed.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{buyers, expos, meeting_requests, outbox, suppliers};
use expomatch::domain::{BuyerId, SupplierId};
use expomatch::flows::requests::{self, Priority};
use expomatch::mail::messages::MailContext;
use expomatch::store;

use crate::both_databases;
use crate::helpers::*;

fn with_ctx<T>(f: impl FnOnce(&MailContext<'_>) -> T) -> T {
    let from = "Expo Team <expo@kotra.example>".parse().expect("from");
    f(&MailContext {
        base_url: "http://127.0.0.1:1",
        from: &from,
    })
}

both_databases! {
    async fn an_unanswered_request_expires_after_the_expos_time_and_the_sender_is_told(app) {
        app.with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            diesel::update(expos::table)
                .set((expos::requests_enabled.eq(true), expos::request_expiry_days.eq(3)))
                .execute(c)
                .expect("enable requests");
            let buyer: i32 = buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .select(buyers::id)
                .first(c)
                .expect("buyer");
            let open: Vec<i32> = meeting_requests::table
                .filter(meeting_requests::buyer_id.eq(buyer))
                .select(meeting_requests::supplier_id)
                .load(c)
                .expect("open");
            let supplier: i32 = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .filter(suppliers::id.ne_all(open))
                .select(suppliers::id)
                .first(c)
                .expect("supplier");
            let sent_at = store::now() - TimeDelta::days(4);
            let id = with_ctx(|ctx| {
                requests::send(c, BuyerId(buyer), SupplierId(supplier), Priority::Must, "Pumps", ctx, sent_at)
            })
            .expect("request");
            let expires: Option<chrono::NaiveDateTime> = meeting_requests::table
                .find(id)
                .select(meeting_requests::expires_at)
                .first(c)
                .expect("expiry");
            let expected = sent_at + TimeDelta::days(3);
            assert!(
                expires.is_some_and(|e| (e - expected).abs() < TimeDelta::seconds(1)),
                "the expo's expiry time is used: {expires:?}"
            );
            // Not yet due three days after sending: nothing happens.
            let early = with_ctx(|ctx| requests::expire_due(c, ctx, sent_at + TimeDelta::days(2))).expect("sweep");
            assert_eq!(early, 0);
            let n = with_ctx(|ctx| requests::expire_due(c, ctx, store::now())).expect("sweep");
            assert!(n >= 1);
            let status: String = meeting_requests::table.find(id).select(meeting_requests::status).first(c).expect("status");
            assert_eq!(status, "expired");
            let buyer_email: String = buyers::table.find(buyer).select(buyers::email).first(c).expect("email");
            let told: i64 = outbox::table
                .filter(outbox::kind.eq("request_expired"))
                .filter(outbox::to_address.eq(&buyer_email))
                .count()
                .get_result(c)
                .expect("n");
            assert_eq!(told, 1, "the buyer who asked is told once");
            // A second sweep changes nothing and sends nothing more.
            with_ctx(|ctx| requests::expire_due(c, ctx, store::now())).expect("sweep");
            let again: i64 = outbox::table.filter(outbox::kind.eq("request_expired")).filter(outbox::to_address.eq(&buyer_email)).count().get_result(c).expect("n");
            assert_eq!(again, 1);
        })
        .await;
    }
}
