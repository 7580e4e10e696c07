//! The database's last word on double booking, and agendas in each person's time zone.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, consultation_tables, meetings, slots, suppliers};
use expomatch::domain::{BuyerId, ExpoId, Role, SlotId, SupplierId, TableId};
use expomatch::store::{self, StoreError, meetings as m};

use crate::helpers::*;
use crate::on_both_databases;

struct Ids {
    expo: ExpoId,
    slot: SlotId,
    tables: Vec<TableId>,
    buyers: Vec<BuyerId>,
    suppliers: Vec<SupplierId>,
}

/// The first slot with three buyers, three approved suppliers and three tables that
/// are all free in it.
fn free_slot(c: &mut expomatch::db::DbConnection) -> Ids {
    let (slot, expo): (i32, i32) = slots::table
        .select((slots::id, slots::expo_id))
        .order(slots::id)
        .first(c)
        .expect("a slot");
    let live = || {
        meetings::table
            .filter(meetings::slot_id.eq(slot))
            .filter(meetings::status.eq_any(["booked", "held"]))
    };
    let busy_buyers: Vec<i32> = live()
        .select(meetings::buyer_id)
        .load(c)
        .expect("busy buyers");
    let busy_suppliers: Vec<i32> = live()
        .select(meetings::supplier_id)
        .load(c)
        .expect("busy suppliers");
    let busy_tables: Vec<i32> = live()
        .select(meetings::table_id)
        .load(c)
        .expect("busy tables");
    let tables = consultation_tables::table
        .filter(consultation_tables::id.ne_all(busy_tables))
        .select(consultation_tables::id)
        .order(consultation_tables::id)
        .limit(3)
        .load::<i32>(c)
        .expect("tables");
    let buyers = buyers::table
        .filter(buyers::id.ne_all(busy_buyers))
        .select(buyers::id)
        .order(buyers::id)
        .limit(3)
        .load::<i32>(c)
        .expect("buyers");
    let suppliers = suppliers::table
        .filter(suppliers::status.eq("approved"))
        .filter(suppliers::id.ne_all(busy_suppliers))
        .select(suppliers::id)
        .order(suppliers::id)
        .limit(3)
        .load::<i32>(c)
        .expect("suppliers");
    assert!(tables.len() == 3 && buyers.len() == 3 && suppliers.len() == 3);
    Ids {
        expo: ExpoId(expo),
        slot: SlotId(slot),
        tables: tables.into_iter().map(TableId).collect(),
        buyers: buyers.into_iter().map(BuyerId).collect(),
        suppliers: suppliers.into_iter().map(SupplierId).collect(),
    }
}

async fn the_database_refuses_a_second_live_meeting_for_a_buyer_supplier_or_table_in_one_slot(
    app: TestApp,
) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let ids = free_slot(c);
        let meeting = |b: usize, s: usize, t: usize| m::NewMeeting {
            expo: ids.expo,
            slot: ids.slot,
            table: ids.tables[t],
            buyer: ids.buyers[b],
            supplier: ids.suppliers[s],
            source: "organizer",
            mode: expomatch::domain::status::MeetingMode::Table,
        };
        let first = m::book(c, &meeting(0, 0, 0), store::now()).expect("first booking");
        for (case, clash) in [
            ("same buyer", meeting(0, 1, 1)),
            ("same supplier", meeting(1, 0, 1)),
            ("same table", meeting(1, 1, 0)),
        ] {
            match m::book(c, &clash, store::now()) {
                Err(StoreError::Conflict(why)) => {
                    assert_eq!(why, "this slot was just taken", "case {case}")
                }
                other => panic!("case {case}: expected a conflict, got {other:?}"),
            }
        }
        // Cancelling frees all three: the same people can then meet at the same table.
        diesel::update(meetings::table.find(first.0))
            .set(meetings::status.eq("cancelled"))
            .execute(c)
            .expect("cancel");
        m::book(c, &meeting(0, 0, 0), store::now()).expect("rebook after cancel");
        m::book(c, &meeting(1, 1, 1), store::now()).expect("others are free");
    })
    .await;
}
on_both_databases!(
    the_database_refuses_a_second_live_meeting_for_a_buyer_supplier_or_table_in_one_slot
);

async fn a_buyer_sees_meetings_in_its_own_time_zone_with_the_venue_time_beside(app: TestApp) {
    // The demo's buyers come from many zones; pick one far from Seoul.
    let buyer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let ids = free_slot(c);
            let busy: Vec<i32> = meetings::table
                .filter(meetings::slot_id.eq(ids.slot.0))
                .select(meetings::buyer_id)
                .load(c)
                .expect("busy");
            let buyer: i32 = buyers::table
                .filter(buyers::timezone.like("America/%"))
                .filter(buyers::id.ne_all(busy))
                .select(buyers::id)
                .first(c)
                .expect("an American buyer");
            m::book(
                c,
                &m::NewMeeting {
                    expo: ids.expo,
                    slot: ids.slot,
                    table: ids.tables[2],
                    buyer: BuyerId(buyer),
                    supplier: ids.suppliers[2],
                    source: "buyer",
                    mode: expomatch::domain::status::MeetingMode::Table,
                },
                store::now(),
            )
            .expect("booking");
            buyer
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    let (status, html) = app.get_html("/buyer").await;
    assert_eq!(status, 200);
    let local = select_text(&html, ".agenda .tz-local");
    let venue = select_text(&html, ".agenda .tz-venue");
    assert!(
        !local.is_empty() && local.len() == venue.len(),
        "local {local:?} venue {venue:?}"
    );
    assert!(
        venue.iter().all(|v| v.ends_with("venue time")),
        "venue {venue:?}"
    );
    // Seoul mornings are the previous evening in the Americas.
    assert!(
        !select_text(&html, ".agenda .badge.warn").is_empty(),
        "the different day is pointed out"
    );
}
on_both_databases!(a_buyer_sees_meetings_in_its_own_time_zone_with_the_venue_time_beside);

async fn a_stored_time_zone_that_does_not_parse_is_an_error_page_not_times_in_utc(app: TestApp) {
    let buyer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let ids = free_slot(c);
            let buyer = ids.buyers[0];
            m::book(
                c,
                &m::NewMeeting {
                    expo: ids.expo,
                    slot: ids.slot,
                    table: ids.tables[0],
                    buyer,
                    supplier: ids.suppliers[0],
                    source: "buyer",
                    mode: expomatch::domain::status::MeetingMode::Table,
                },
                store::now(),
            )
            .expect("booking");
            buyer.0
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    let (status, html) = app.get_html("/buyer").await;
    assert_eq!(status, 200, "the agenda shows while the zones are good");
    assert!(
        !select_text(&html, ".agenda .tz-local").is_empty(),
        "the meeting is on the agenda"
    );
    // Each case breaks one stored zone the agenda's times depend on.
    type Corrupt = fn(&mut expomatch::db::DbConnection, i32);
    let cases: [(&str, Corrupt); 2] = [
        ("the expo's venue zone", |c, buyer| {
            let expo: i32 = buyers::table
                .find(buyer)
                .select(buyers::expo_id)
                .first(c)
                .expect("expo");
            diesel::update(expomatch::db::schema::expos::table.find(expo))
                .set(expomatch::db::schema::expos::venue_timezone.eq("Mars/Olympus"))
                .execute(c)
                .expect("corrupt venue zone");
        }),
        ("the buyer's own zone", |c, buyer| {
            diesel::update(buyers::table.find(buyer))
                .set(buyers::timezone.eq("Mars/Olympus"))
                .execute(c)
                .expect("corrupt buyer zone");
        }),
    ];
    for (case, corrupt) in cases {
        let good = app
            .with_db(move |c| {
                let expo: i32 = buyers::table
                    .find(buyer)
                    .select(buyers::expo_id)
                    .first(c)
                    .expect("expo");
                let zones = (
                    expomatch::db::schema::expos::table
                        .find(expo)
                        .select(expomatch::db::schema::expos::venue_timezone)
                        .first::<String>(c)
                        .expect("venue zone"),
                    buyers::table
                        .find(buyer)
                        .select(buyers::timezone)
                        .first::<String>(c)
                        .expect("buyer zone"),
                );
                corrupt(c, buyer);
                (expo, zones)
            })
            .await;
        let (status, html) = app.get_html("/buyer").await;
        assert_eq!(status, 500, "{case}: an error page");
        assert!(
            !html.html().contains("venue time"),
            "{case}: no meeting times shown"
        );
        // Put the zones back for the next case.
        app.with_db(move |c| {
            let (expo, (venue, own)) = good;
            diesel::update(expomatch::db::schema::expos::table.find(expo))
                .set(expomatch::db::schema::expos::venue_timezone.eq(venue))
                .execute(c)
                .expect("restore venue zone");
            diesel::update(buyers::table.find(buyer))
                .set(buyers::timezone.eq(own))
                .execute(c)
                .expect("restore buyer zone");
        })
        .await;
    }
}
on_both_databases!(a_stored_time_zone_that_does_not_parse_is_an_error_page_not_times_in_utc);
