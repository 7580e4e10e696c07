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

async fn a_new_buyer_completes_the_profile_before_anything_else_and_bad_fields_are_shown(
    app: TestApp,
) {
    let buyer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            participants::create_buyer(
                c,
                &participants::NewBuyer {
                    expo: ExpoId(expo),
                    email: &EmailAddress::parse("ana.flores@minsa.example").expect("email"),
                    name: "Ana Flores",
                    organisation: "",
                    position_title: "",
                    country: CountryCode::parse("PE").expect("country"),
                    timezone: TimeZone::parse("America/Lima").expect("zone"),
                    languages: &[],
                    interests: &[],
                    looking_for: "",
                    needs_interpreter: false,
                    invited_at: Some(store::now()),
                },
                store::now(),
            )
            .expect("buyer")
            .0
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    assert_eq!(
        location(&app.get("/buyer").await),
        "/buyer/profile",
        "onboarding first"
    );
    let (status, html) = app.get_html("/buyer/profile").await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, "h1")[0],
        "Welcome — tell suppliers who you are"
    );
    let good: Vec<(&str, &str)> = vec![
        ("name", "Ana Flores"),
        ("organisation", "Ministerio de Salud"),
        ("country", "PE"),
        ("timezone", "America/Lima"),
        ("languages", "es"),
        ("interests", "medical"),
        ("looking_for", "Portable ultrasound and patient monitors"),
        ("consent_collection", "yes"),
        ("consent_provision", "yes"),
    ];
    for (field, value) in [
        ("organisation", ""),
        ("country", "XX"),
        ("timezone", "Lima"),
        ("languages", "klingon"),
        ("interests", "spaceships"),
    ] {
        let mut fields: Vec<(&str, &str)> =
            good.iter().filter(|(k, _)| *k != field).copied().collect();
        fields.push((field, value));
        let res = app
            .post_form("/buyer/profile", "/buyer/profile", &fields)
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {field}={value}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, ".field.invalid").len(),
            1,
            "case {field}={value}: one field marked"
        );
        assert_eq!(
            html.select(&scraper::Selector::parse("#looking_for").expect("sel"))
                .next()
                .map(|e| e.text().collect::<String>()),
            Some("Portable ultrasound and patient monitors".to_owned()),
            "case {field}: what was typed is kept"
        );
    }
    let done: Option<chrono::NaiveDateTime> = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::profile_completed_at)
                .first(c)
                .expect("row")
        })
        .await;
    assert!(done.is_none(), "nothing stored");
    let res = app
        .post_form("/buyer/profile", "/buyer/profile", &good)
        .await;
    assert_eq!(location(&res), "/buyer/suppliers");
    let (org, done): (String, Option<chrono::NaiveDateTime>) = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select((buyers::organisation, buyers::profile_completed_at))
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(org, "Ministerio de Salud");
    assert!(done.is_some());
    let (_, html) = app.get_html("/buyer/suppliers").await;
    let first_reasons = select_text(&html, ".supplier-card:first-child .reasons li");
    assert!(
        first_reasons.iter().any(|r| r.contains("medical")),
        "best match first, with reasons: {first_reasons:?}"
    );
}
on_both_databases!(a_new_buyer_completes_the_profile_before_anything_else_and_bad_fields_are_shown);

async fn the_directory_filters_and_refuses_unknown_filter_values(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    // Twenty to a page, best match first; the pages together list every approved
    // supplier once.
    let (_, first) = app.get_html("/buyer/suppliers").await;
    assert_eq!(select_text(&first, ".supplier-card").len(), 20);
    let subtitle = select_text(&first, ".subtitle").concat();
    let total: usize = subtitle
        .split("of ")
        .nth(1)
        .and_then(|rest| rest.trim_end_matches('.').parse().ok())
        .unwrap_or_else(|| panic!("the total in {subtitle:?}"));
    assert!(total >= 100, "every approved supplier: {total}");
    assert!(subtitle.contains("1–20 of"), "{subtitle}");
    let pages = total.div_ceil(20);
    let mut seen = std::collections::HashSet::new();
    for page in 1..=pages {
        let (status, html) = app.get_html(&format!("/buyer/suppliers?page={page}")).await;
        assert_eq!(status, 200);
        for name in select_text(&html, ".supplier-card h2 a") {
            assert!(seen.insert(name.clone()), "{name} on two pages");
        }
    }
    assert_eq!(seen.len(), total, "the pages list every supplier once");
    // A page past the last shows the last; the pager keeps the filters.
    let (_, past) = app.get_html("/buyer/suppliers?page=999").await;
    assert!(
        select_text(&past, ".pager")
            .concat()
            .contains(&format!("Page {pages} of {pages}"))
    );
    let (_, water) = app.get_html("/buyer/suppliers?sector=water").await;
    let n = select_text(&water, ".supplier-card").len();
    assert!(n > 0 && n < total);
    let (_, all_water) = app.get_html("/buyer/suppliers?sector=water&page=1").await;
    assert_eq!(select_text(&all_water, ".supplier-card").len(), n);
    let (_, hangul) = app.get_html("/buyer/suppliers?q=%ED%95%9C%EA%B5%AD").await; // 한국
    assert!(
        !select_text(&hangul, ".supplier-card").is_empty(),
        "search in Korean names"
    );
    for bad in [
        "?sector=spaceships",
        "?country=ZZ",
        "?language=xx",
        "?experience=lots",
        "?page=0",
        "?page=two",
        "?page=-1",
    ] {
        assert_eq!(
            app.get_html(&format!("/buyer/suppliers{bad}")).await.0,
            400,
            "case {bad}"
        );
    }
    // The market filter offers the markets suppliers have, by name, not all 250
    // countries; one asked for in the address stays chosen (and finds nobody).
    let markets: std::collections::BTreeSet<String> = app
        .with_db(|c| {
            supplier_markets::table
                .inner_join(suppliers::table)
                .filter(suppliers::status.eq("approved"))
                .select(supplier_markets::country)
                .load::<String>(c)
                .expect("markets")
        })
        .await
        .into_iter()
        .collect();
    let options = |html: &scraper::Html| -> Vec<String> {
        let sel = scraper::Selector::parse("select#country option").expect("selector");
        html.select(&sel)
            .filter_map(|o| o.value().attr("value"))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let offered = options(&first);
    assert_eq!(
        offered
            .iter()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>(),
        markets
    );
    let names = select_text(&first, "select#country option");
    assert!(
        names[1..].windows(2).all(|w| w[0] <= w[1]),
        "sorted by name: {names:?}"
    );
    assert!(
        !markets.contains("IS"),
        "the demo has no supplier for Iceland"
    );
    let (status, iceland) = app.get_html("/buyer/suppliers?country=IS").await;
    assert_eq!(status, 200);
    assert!(options(&iceland).contains(&"IS".to_owned()));
    assert_eq!(
        select_text(&iceland, "select#country option[selected]"),
        ["Iceland"]
    );
    assert!(select_text(&iceland, ".supplier-card").is_empty());
}
on_both_databases!(the_directory_filters_and_refuses_unknown_filter_values);

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
    assert_eq!((slot.to_string(), sequence), (target, 1));

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

async fn the_agenda_feed_needs_its_secret_and_a_new_one_retires_the_old(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let (_, html) = app.get_html("/buyer").await;
    assert!(
        !select_text(&html, "#make-feed").is_empty(),
        "no address until asked for"
    );
    let feed = new_feed_address(&app, "/buyer", "/buyer/subscription").await;
    let anonymous = app.new_client();
    let res = anonymous.get(&feed).send().await.expect("feed");
    assert_eq!(res.status().as_u16(), 200);
    let ics = res.text().await.expect("ics");
    let live: i64 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        usize::try_from(live).unwrap_or(0)
    );
    // The address is shown once: the agenda only says that there is one.
    let (_, html) = app.get_html("/buyer").await;
    assert!(
        html.html().contains("/buyer/subscription") && !html.html().contains(&feed),
        "the agenda does not repeat the address"
    );
    // Only the hash is stored.
    let secret = feed
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .trim_end_matches(".ics")
        .to_owned();
    let stored: Vec<String> = app
        .with_db(|c| {
            expomatch::db::schema::calendar_feeds::table
                .select(expomatch::db::schema::calendar_feeds::token_hash)
                .load(c)
                .expect("feeds")
        })
        .await;
    assert!(
        stored.len() == 1 && !stored.contains(&secret),
        "hashed, not the secret"
    );
    let forged = feed.replace(&secret, &format!("{}A", &secret[..secret.len() - 1]));
    assert_eq!(
        anonymous
            .get(&forged)
            .send()
            .await
            .expect("forged")
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        anonymous
            .get(app.url(&format!("/calendar/buyer/{buyer}/0000.ics")))
            .send()
            .await
            .expect("bad")
            .status()
            .as_u16(),
        404
    );
    let newer = new_feed_address(&app, "/buyer", "/buyer/subscription").await;
    assert_ne!(newer, feed);
    assert_eq!(
        anonymous
            .get(&feed)
            .send()
            .await
            .expect("old")
            .status()
            .as_u16(),
        404,
        "the old address stops at once"
    );
    assert_eq!(
        anonymous
            .get(&newer)
            .send()
            .await
            .expect("new")
            .status()
            .as_u16(),
        200
    );
}
on_both_databases!(the_agenda_feed_needs_its_secret_and_a_new_one_retires_the_old);

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
