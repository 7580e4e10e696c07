//! Many buyers reach for the same slot at the same moment, round after round: exactly
//! one wins each round, every other is told why, and the database never says "locked".
//! The setup (buyers free in a slot, one signed-in form per tab) is the booking tests'.

use std::time::Instant;

use diesel::prelude::*;
use expomatch::db::schema::{meetings, slots};

use crate::booking::{booking_forms, demo, live_meetings, send_all, slot_with_free_buyers};
use crate::helpers::*;
use crate::on_both_databases;

/// Concurrent clients per round: 32 buyers, each in two tabs.
const BUYERS: i64 = 32;
const ROUNDS: usize = 200;

/// The slots where the supplier and every one of the buyers are free.
async fn common_free_slots(app: &TestApp, supplier: i32, buyers_: Vec<i32>) -> Vec<i32> {
    app.with_db(move |c| {
        let busy: Vec<i32> = meetings::table
            .filter(meetings::status.eq_any(["booked", "held"]))
            .filter(
                meetings::supplier_id
                    .eq(supplier)
                    .or(meetings::buyer_id.eq_any(&buyers_)),
            )
            .select(meetings::slot_id)
            .load(c)
            .expect("busy slots");
        slots::table
            .filter(slots::id.ne_all(busy))
            .filter(slots::starts_at.gt(expomatch::store::now()))
            .order(slots::starts_at)
            .select(slots::id)
            .load(c)
            .expect("slots")
    })
    .await
}

/// `ROUNDS` rounds of 64 simultaneous bookings of one slot, spread over `instances`
/// (one tab per buyer and instance). After each round the winner cancels, so the next
/// round's slot (the next common free one) is contended by all 64 again.
async fn rounds(instances: &[&TestApp], supplier: i32) {
    let app = instances[0];
    let started = Instant::now();
    let (_, buyers_) = slot_with_free_buyers(app, supplier, BUYERS).await;
    let free = common_free_slots(app, supplier, buyers_.clone()).await;
    assert!(!free.is_empty(), "a slot everyone is free in");
    let tabs_per_buyer = 64 / buyers_.len() / instances.len();
    let mut forms = Vec::new();
    for _ in 0..tabs_per_buyer {
        forms.extend(booking_forms(instances, supplier, &buyers_).await);
    }
    assert_eq!(forms.len(), 64, "64 concurrent clients");
    for round in 0..ROUNDS {
        let slot = free[round % free.len()];
        let answers = send_all(&forms, slot).await;
        let winners: Vec<usize> = (0..answers.len())
            .filter(|i| answers[*i].0 == 303)
            .collect();
        let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            winners.len(),
            1,
            "round {round} (slot {slot}): exactly one booking succeeded: {statuses:?}"
        );
        for (i, (status, body)) in answers.iter().enumerate() {
            assert!(
                !body.to_lowercase().contains("database is locked"),
                "round {round}, client {i}: the database said it was locked"
            );
            if i == winners[0] {
                continue;
            }
            assert!(
                *status == 409 || *status == 422,
                "round {round}, client {i}: a clear refusal, not {status}"
            );
            // A substring, not a parsed page: 12,600 parses would dominate the run.
            assert!(
                body.contains("id=\"booking-problem\">")
                    && !body.contains("id=\"booking-problem\"></div>"),
                "round {round}, client {i} ({status}): the page says why"
            );
        }
        assert_eq!(
            app.with_db(move |c| live_meetings(c, slot, supplier)).await,
            1,
            "round {round}: exactly one meeting in the database"
        );
        // The winner frees the slot and the pair again.
        let (client, _, token) = &forms[winners[0]];
        let meeting: i32 = app
            .with_db(move |c| {
                meetings::table
                    .filter(meetings::slot_id.eq(slot))
                    .filter(meetings::supplier_id.eq(supplier))
                    .filter(meetings::status.eq("booked"))
                    .select(meetings::id)
                    .first(c)
                    .expect("the round's meeting")
            })
            .await;
        let res = client
            .post(app.url(&format!("/buyer/meetings/{meeting}/cancel")))
            .form(&[("csrf_token", token.as_str()), ("reason", "next round")])
            .send()
            .await
            .expect("cancel");
        assert_eq!(
            res.status().as_u16(),
            303,
            "round {round}: the winner cancels"
        );
    }
    eprintln!(
        "{ROUNDS} rounds x 64 clients on {:?} through {} instance(s): {:.1} s",
        app.backend,
        instances.len(),
        started.elapsed().as_secs_f64()
    );
}

async fn sixty_four_clients_contend_for_one_slot_two_hundred_times_and_one_wins_each_round(
    app: TestApp,
) {
    let (_, supplier) = demo(&app).await;
    rounds(&[&app], supplier).await;
}
on_both_databases!(
    sixty_four_clients_contend_for_one_slot_two_hundred_times_and_one_wins_each_round
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgresql_give_exactly_one_booking_per_round() {
    if postgres_url().is_none() {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    }
    let app = TestApp::spawn(Backend::Postgres).await;
    let other = app.second_instance().await;
    let (_, supplier) = demo(&app).await;
    rounds(&[&app, &other], supplier).await;
}
