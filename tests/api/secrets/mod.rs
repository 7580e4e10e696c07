//! Secrets stay with their owner: staff see that a message went out but never a usable
//! link; sessions end on the server; exports cannot run formulas.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{audit_log, buyers, outbox, sessions, suppliers};
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers};
use scraper::Html;

use crate::helpers::*;
use crate::on_both_databases;

mod ending_sessions;
mod links;

/// Signs `client` in as a new organizer with a one-time link; returns the organizer.
async fn organizer(app: &TestApp, client: &reqwest::Client) -> i32 {
    let id = app
        .with_db(|c| {
            organizers::create(
                c,
                &EmailAddress::parse("staff@kotra.example").expect("email"),
                &PersonName::parse("name", "Staff Kim").expect("name"),
                &Password::parse("a long organizer passphrase")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer")
            .0
        })
        .await;
    assert_eq!(
        app.sign_in_with(client, Role::Organizer, id).await,
        "/organizer"
    );
    id
}

/// The demo's first buyer and first approved supplier, and its expo.
async fn seeded(app: &TestApp) -> (i32, i32, i32) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let (buyer, expo): (i32, i32) = buyers::table
            .select((buyers::id, buyers::expo_id))
            .order(buyers::id)
            .first(c)
            .expect("buyer");
        let supplier: i32 = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .select(suppliers::id)
            .order(suppliers::id)
            .first(c)
            .expect("supplier");
        (buyer, supplier, expo)
    })
    .await
}

/// Every secret path tail written into queued messages (links of every kind).
fn secrets_in_outbox(c: &mut expomatch::db::DbConnection) -> Vec<String> {
    let bodies: Vec<String> = outbox::table
        .select(outbox::body_text)
        .load(c)
        .expect("outbox");
    bodies.iter().flat_map(|b| secret_tails(b)).collect()
}
