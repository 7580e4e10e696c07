//! A foreign buyer's journey over HTTP: onboarding, the directory, booking (with the
//! race), moving, cancelling and calendar files.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{
    blocked_slots, buyers, expos, meeting_requests, meetings, outbox, slots, supplier_markets,
    suppliers,
};
use expomatch::domain::{CountryCode, EmailAddress, ExpoId, Role, TimeZone};
use expomatch::store::{self, participants};

use crate::helpers::*;
use crate::on_both_databases;

mod changes;
mod directory;
mod feed;
mod requests;
mod search;
mod slot_booking;

/// The demo, plus the first buyer (profile complete) and an approved supplier that
/// shares a sector with it.
pub(crate) async fn demo(app: &TestApp) -> (i32, i32) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let buyer: i32 = buyers::table
            .select(buyers::id)
            .order(buyers::id)
            .first(c)
            .expect("buyer");
        let supplier: i32 = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .select(suppliers::id)
            .order(suppliers::id)
            .first(c)
            .expect("supplier");
        (buyer, supplier)
    })
    .await
}

pub(crate) fn slot_buttons(html: &scraper::Html) -> Vec<String> {
    let sel = scraper::Selector::parse("#book button.slot").expect("selector");
    html.select(&sel)
        .filter_map(|b| b.value().attr("data-slot").map(str::to_owned))
        .collect()
}

pub(crate) async fn book(
    app: &TestApp,
    client: &reqwest::Client,
    supplier: i32,
    slot: &str,
) -> reqwest::Response {
    let page = client
        .get(app.url(&format!("/buyer/suppliers/{supplier}")))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let token = csrf_in(&scraper::Html::parse_document(&page));
    client
        .post(app.url(&format!("/buyer/suppliers/{supplier}/book")))
        .form(&[("csrf_token", token.as_str()), ("slot", slot)])
        .send()
        .await
        .expect("book")
}

pub(crate) fn live_meetings(c: &mut expomatch::db::DbConnection, slot: i32, supplier: i32) -> i64 {
    meetings::table
        .filter(meetings::slot_id.eq(slot))
        .filter(meetings::supplier_id.eq(supplier))
        .filter(meetings::status.eq("booked"))
        .count()
        .get_result(c)
        .expect("count")
}

/// The first slot (by time) where the supplier is free and `n` buyers with a complete
/// profile are free too and have not met the supplier yet.
pub(crate) async fn slot_with_free_buyers(app: &TestApp, supplier: i32, n: i64) -> (i32, Vec<i32>) {
    app.with_db(move |c| {
        let ids: Vec<i32> = slots::table
            .select(slots::id)
            .order(slots::starts_at)
            .load(c)
            .expect("slots");
        let met: Vec<i32> = meetings::table
            .filter(meetings::supplier_id.eq(supplier))
            .select(meetings::buyer_id)
            .load(c)
            .expect("met");
        for s in ids {
            let busy: Vec<(i32, i32)> = meetings::table
                .filter(meetings::slot_id.eq(s))
                .filter(meetings::status.eq_any(["booked", "held"]))
                .select((meetings::buyer_id, meetings::supplier_id))
                .load(c)
                .expect("busy");
            if busy.iter().any(|(_, p)| *p == supplier) {
                continue;
            }
            let free: Vec<i32> = buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .filter(buyers::id.ne_all(busy.iter().map(|(b, _)| *b).collect::<Vec<_>>()))
                .filter(buyers::id.ne_all(&met))
                .order(buyers::id)
                .limit(n)
                .select(buyers::id)
                .load(c)
                .expect("free buyers");
            if i64::try_from(free.len()).unwrap_or(0) == n {
                return (s, free);
            }
        }
        panic!("no slot with {n} free buyers");
    })
    .await
}

/// Signs each buyer in on a client of its own (a browser) and opens the supplier's page
/// once per instance (a tab each): one ready-to-send booking form (client, action, CSRF
/// token) per buyer and instance.
pub(crate) async fn booking_forms(
    instances: &[&TestApp],
    supplier: i32,
    buyers_: &[i32],
) -> Vec<(reqwest::Client, String, String)> {
    let app = instances[0];
    let mut forms = Vec::new();
    for &buyer in buyers_ {
        let client = app.new_client();
        app.sign_in_with(&client, Role::Buyer, buyer).await;
        for instance in instances {
            let page = client
                .get(instance.url(&format!("/buyer/suppliers/{supplier}")))
                .send()
                .await
                .expect("page");
            assert_eq!(
                page.status().as_u16(),
                200,
                "the session works on every instance"
            );
            let token = csrf_in(&scraper::Html::parse_document(
                &page.text().await.expect("body"),
            ));
            forms.push((
                client.clone(),
                instance.url(&format!("/buyer/suppliers/{supplier}/book")),
                token,
            ));
        }
    }
    forms
}

/// Sends every form for `slot` at once; each answer's status and body, in form order.
pub(crate) async fn send_all(
    forms: &[(reqwest::Client, String, String)],
    slot: i32,
) -> Vec<(u16, String)> {
    let tasks: Vec<_> = forms
        .iter()
        .cloned()
        .map(|(client, url, token)| {
            tokio::spawn(async move {
                let res = client
                    .post(&url)
                    .form(&[("csrf_token", token), ("slot", slot.to_string())])
                    .send()
                    .await
                    .expect("post");
                let status = res.status().as_u16();
                (status, res.text().await.expect("body"))
            })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.expect("task"));
    }
    out
}
