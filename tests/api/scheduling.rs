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

fn with_ctx<T>(f: impl FnOnce(&MailContext) -> T) -> T {
    let from = "Expo Team <expo@kotra.example>".parse().expect("from");
    f(&MailContext::new("http://127.0.0.1:1", from))
}

both_databases! {
    async fn an_unanswered_request_expires_after_the_expos_time_and_the_sender_is_told(app) {
        // Without the app's own worker: its minute job expires due requests too, and
        // would race the sweeps this test makes (it did once, in a CI run).
        let backend = app.backend;
        drop(app);
        let app = TestApp::spawn_with(backend, Options { outbox_worker: false, ..Options::default() }).await;
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

both_databases! {
    async fn accepted_requests_become_a_draft_then_published_meetings_with_agendas_emailed(app) {
        use expomatch::db::schema::{blocked_slots, meetings, schedule_runs, slots};
        use expomatch::domain::{EmailAddress, PersonName, Role, password::Password, token::Purpose};
        use expomatch::store::tokens;
        let (organizer, expo, requests, blocked_buyer) = app
            .with_db(|c| {
                expomatch::demo::seed_in_transaction(c).expect("seed");
                let o = store::organizers::create(
                    c,
                    &EmailAddress::parse("schedule@kotra.example").expect("email"),
                    &PersonName::parse("name", "Schedule Person").expect("name"),
                    &Password::parse("a schedule password").expect("pw").hash(),
                    store::now(),
                )
                .expect("organizer");
                let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
                let pairs: Vec<(i32, i32)> = meetings::table.select((meetings::buyer_id, meetings::supplier_id)).load(c).expect("pairs");
                let asked: Vec<(i32, i32)> = meeting_requests::table.select((meeting_requests::buyer_id, meeting_requests::supplier_id)).load(c).expect("asked");
                let buyer_ids: Vec<i32> = buyers::table.order(buyers::id).select(buyers::id).limit(12).load(c).expect("buyers");
                let supplier_ids: Vec<i32> = suppliers::table.filter(suppliers::status.eq("approved")).order(suppliers::id).select(suppliers::id).limit(12).load(c).expect("suppliers");
                let mut made = 0;
                for (i, b) in buyer_ids.iter().enumerate() {
                    for s in supplier_ids.iter().skip(i % 4).step_by(4).take(2) {
                        if pairs.contains(&(*b, *s)) || asked.contains(&(*b, *s)) {
                            continue;
                        }
                        diesel::insert_into(meeting_requests::table)
                            .values((
                                meeting_requests::expo_id.eq(expo),
                                meeting_requests::buyer_id.eq(b),
                                meeting_requests::supplier_id.eq(s),
                                meeting_requests::requested_by.eq("buyer"),
                                meeting_requests::priority.eq(if made % 3 == 0 { "must" } else { "would_like" }),
                                meeting_requests::status.eq("accepted"),
                                meeting_requests::created_at.eq(store::now()),
                            ))
                            .execute(c)
                            .expect("request");
                        made += 1;
                    }
                }
                // One buyer is away the whole expo: its request can never be placed.
                let away = buyer_ids[0];
                for slot in slots::table.filter(slots::expo_id.eq(expo)).select(slots::id).load::<i32>(c).expect("slots") {
                    let busy: i64 = meetings::table.filter(meetings::slot_id.eq(slot)).filter(meetings::buyer_id.eq(away)).filter(meetings::status.eq_any(["booked", "held"])).count().get_result(c).expect("n");
                    if busy == 0 {
                        diesel::insert_into(blocked_slots::table)
                            .values((blocked_slots::slot_id.eq(slot), blocked_slots::buyer_id.eq(Some(away)), blocked_slots::created_at.eq(store::now())))
                            .execute(c)
                            .expect("block");
                    }
                }
                (o.0, expo, made, away)
            })
            .await;
        assert!(requests >= 12, "{requests} requests");
        let token = app.with_db(move |c| tokens::issue(c, Role::Organizer, organizer, Purpose::SignIn, TimeDelta::minutes(5), store::now()).expect("t")).await;
        use_link(&app.client, &app.url(&format!("/auth/link/{}", token.as_str()))).await;
        let page = format!("/organizer/expos/{expo}/schedule");
        let (status, html) = app.get_html(&page).await;
        assert_eq!(status, 200);
        assert_eq!(select_text(&html, "#waiting"), vec![requests.to_string()]);
        let meetings_before: i64 = app.with_db(|c| meetings::table.count().get_result(c).expect("n")).await;
        let mails_before: i64 = app.with_db(|c| outbox::table.filter(outbox::kind.eq("agenda_published")).count().get_result(c).expect("n")).await;
        let res = app.post_form(&page, &page, &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let run_page = location(&res);
        assert!(run_page.starts_with(&format!("{page}/")), "{run_page}");
        let (status, html) = app.get_html(&run_page).await;
        assert_eq!(status, 200);
        assert_eq!(select_text(&html, "#run-status"), vec!["draft".to_owned()]);
        let placed = select_text(&html, "#placed-list tbody tr").len();
        let unplaced = select_text(&html, "#unplaced-list tbody tr");
        assert_eq!(placed + unplaced.len(), usize::try_from(requests).unwrap_or(0), "every request is placed or explained");
        assert!(!unplaced.is_empty(), "the away buyer's request is reported");
        let away_name: String = app.with_db(move |c| buyers::table.find(blocked_buyer).select(buyers::name).first(c).expect("name")).await;
        assert!(unplaced.iter().any(|l| l.contains(&away_name) && l.contains("blocked")), "a reason a person understands: {unplaced:?}");
        // Meetings of one time are listed in the room's order of tables (A9 before A10),
        // not by label: here the room is numbered from the back, so the two differ.
        let positions: std::collections::HashMap<String, i32> = app
            .with_db(move |c| {
                use expomatch::db::schema::consultation_tables as t;
                let all: Vec<(i32, i32)> = t::table.filter(t::expo_id.eq(expo)).select((t::id, t::position)).load(c).expect("tables");
                all.into_iter()
                    .map(|(id, position)| {
                        let label = format!("Table {}", 99 - position);
                        diesel::update(t::table.find(id)).set(t::label.eq(&label)).execute(c).expect("label");
                        (label, position)
                    })
                    .collect::<Vec<_>>()
            })
            .await
            .into_iter()
            .collect();
        let (_, html) = app.get_html(&run_page).await;
        let whens = select_text(&html, "#placed-list tbody tr td:nth-child(1)");
        // Each cell starts with its phone label, "Table ".
        let tables: Vec<String> = select_text(&html, "#placed-list tbody tr td:nth-child(2)")
            .into_iter()
            .map(|cell| cell.strip_prefix("Table ").unwrap_or(&cell).to_owned())
            .collect();
        assert_eq!(whens.len(), placed);
        let mut label_order_differs = false;
        for i in 1..placed {
            if whens[i] == whens[i - 1] {
                let (a, b) = (&tables[i - 1], &tables[i]);
                assert!(positions[a] < positions[b], "{} lists {a} before {b}", whens[i]);
                label_order_differs |= a > b;
            }
        }
        assert!(label_order_differs, "the draft has a time where label order and room order differ: {tables:?}");
        // A draft changes nothing for participants.
        assert_eq!(app.with_db(|c| meetings::table.count().get_result::<i64>(c).expect("n")).await, meetings_before);
        let res = app.post_form(&run_page, &format!("{run_page}/publish"), &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, html) = app.get_html(&run_page).await;
        assert!(select_text(&html, ".flash.success")[0].contains(&format!("{placed} meetings created")), "{:?}", select_text(&html, ".flash"));
        assert_eq!(select_text(&html, "#run-status"), vec!["published".to_owned()]);
        let (created, scheduled_requests, mails, runs): (i64, i64, i64, i64) = app
            .with_db(|c| {
                (
                    meetings::table.filter(meetings::source.eq("scheduler")).count().get_result(c).expect("n"),
                    meeting_requests::table.filter(meeting_requests::status.eq("scheduled")).count().get_result(c).expect("n"),
                    outbox::table.filter(outbox::kind.eq("agenda_published")).count().get_result(c).expect("n"),
                    schedule_runs::table.filter(schedule_runs::status.eq("published")).count().get_result(c).expect("n"),
                )
            })
            .await;
        assert_eq!(created, i64::try_from(placed).unwrap_or(0));
        assert_eq!(scheduled_requests, created);
        assert!(mails - mails_before >= 2, "participants get their agendas");
        assert_eq!(runs, 1);
        // Publishing twice is refused and creates nothing.
        let res = app.post_form(&run_page, &format!("{run_page}/publish"), &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, html) = app.get_html(&run_page).await;
        assert!(select_text(&html, ".flash.error")[0].contains("Only the current draft"));
        assert_eq!(app.with_db(|c| meetings::table.filter(meetings::source.eq("scheduler")).count().get_result::<i64>(c).expect("n")).await, created);
        // Nothing is left to schedule but the impossible request; suggestions still work.
        let (_, html) = app.get_html(&page).await;
        assert_eq!(select_text(&html, "#waiting"), vec![(i64::from(requests) - created).to_string()]);
        let (status, html) = app.get_html(&format!("/organizer/expos/{expo}/suggestions")).await;
        assert_eq!(status, 200);
        assert!(!select_text(&html, "#suggestions tbody tr").is_empty());
        // The organizer reads why a pair fits about the buyer, not words meant for the buyer.
        let why = select_text(&html, "#suggestions tbody tr").join(" ");
        assert!(why.contains("which the buyer is interested in"), "{why}");
        assert!(!why.contains("interests you") && !why.contains("you are looking for"), "{why}");
        assert!(why.contains("Saudi Arabia") && !why.contains("· SA"), "countries by name: {why}");
        assert_eq!(app.get_html(&format!("{page}/999999")).await.0, 404);
    }
}

both_databases! {
    async fn a_rerun_with_moves_allowed_moves_the_fewest_meetings_and_tells_only_their_participants(app) {
        use std::collections::HashSet;
        use expomatch::db::schema::{blocked_slots, meetings, slots};
        let (expo, _) = crate::layout::organizer_with_demo(&app).await;
        // Supplier S has one meeting M (placed by the scheduler earlier) with B1 in slot
        // X. A new accepted request pairs S with B2, who is free only in X. S is
        // available only in X and Y, and B1 is free in Y: the request fits only if M
        // moves from X to Y.
        let (m, x, y, s, b1, b2) = app
            .with_db(move |c| {
                let (m, s, b1, x): (i32, i32, i32, i32) = meetings::table
                    .filter(meetings::status.eq("booked"))
                    .order(meetings::id)
                    .select((meetings::id, meetings::supplier_id, meetings::buyer_id, meetings::slot_id))
                    .first(c)
                    .expect("a meeting");
                diesel::update(meetings::table.filter(meetings::supplier_id.eq(s)).filter(meetings::id.ne(m)))
                    .set(meetings::status.eq("cancelled"))
                    .execute(c)
                    .expect("S keeps one meeting");
                diesel::update(meetings::table.find(m)).set(meetings::source.eq("scheduler")).execute(c).expect("source");
                let all: Vec<i32> = slots::table.filter(slots::expo_id.eq(expo)).order(slots::starts_at).select(slots::id).load(c).expect("slots");
                let busy = |c: &mut expomatch::db::DbConnection, buyer: i32| -> HashSet<i32> {
                    meetings::table
                        .filter(meetings::buyer_id.eq(buyer))
                        .filter(meetings::status.eq_any(["booked", "held"]))
                        .select(meetings::slot_id)
                        .load::<i32>(c)
                        .expect("busy")
                        .into_iter()
                        .collect()
                };
                let b1_busy = busy(c, b1);
                let y = *all.iter().find(|sl| **sl != x && !b1_busy.contains(sl)).expect("a free time for B1");
                let b2: i32 = buyers::table
                    .filter(buyers::id.ne(b1))
                    .order(buyers::id)
                    .select(buyers::id)
                    .load::<i32>(c)
                    .expect("buyers")
                    .into_iter()
                    .find(|b| !busy(c, *b).contains(&x))
                    .expect("a buyer free in X");
                let b2_busy = busy(c, b2);
                for sl in &all {
                    if *sl != x && *sl != y {
                        diesel::insert_into(blocked_slots::table)
                            .values((blocked_slots::slot_id.eq(sl), blocked_slots::supplier_id.eq(Some(s)), blocked_slots::created_at.eq(store::now())))
                            .execute(c)
                            .expect("S away");
                    }
                    if *sl != x && !b2_busy.contains(sl) {
                        diesel::insert_into(blocked_slots::table)
                            .values((blocked_slots::slot_id.eq(sl), blocked_slots::buyer_id.eq(Some(b2)), blocked_slots::created_at.eq(store::now())))
                            .execute(c)
                            .expect("B2 away");
                    }
                }
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(b2),
                        meeting_requests::supplier_id.eq(s),
                        meeting_requests::requested_by.eq("buyer"),
                        meeting_requests::priority.eq("must"),
                        meeting_requests::status.eq("accepted"),
                        meeting_requests::created_at.eq(store::now()),
                    ))
                    .execute(c)
                    .expect("request");
                (m, x, y, s, b1, b2)
            })
            .await;
        let page = format!("/organizer/expos/{expo}/schedule");
        let grid = |c: &mut expomatch::db::DbConnection| -> Vec<(i32, i32, i32, String)> {
            meetings::table
                .order(meetings::id)
                .select((meetings::id, meetings::slot_id, meetings::table_id, meetings::status))
                .load(c)
                .expect("grid")
        };
        let before = app.with_db(grid).await;

        // Without moves the request cannot be placed, and says why.
        let res = app.post_form(&page, &page, &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let run = location(&res);
        let (_, html) = app.get_html(&run).await;
        assert_eq!(select_text(&html, "#scheduled"), vec!["0/1"]);
        assert!(select_text(&html, "#moves").is_empty(), "no moves section when moves are not allowed");

        // Bad input changes nothing.
        let res = app.post_form(&page, &page, &[("allow_moves", "yes")]).await;
        assert_eq!(res.status().as_u16(), 400);

        // With moves: exactly M moves, from X to Y, and the request takes X.
        let res = app.post_form(&page, &page, &[("allow_moves", "1")]).await;
        assert_eq!(res.status().as_u16(), 303);
        let run = location(&res);
        let (_, html) = app.get_html(&run).await;
        assert_eq!(select_text(&html, "#scheduled"), vec!["1/1"]);
        let heading = select_text(&html, "#moves h2");
        assert_eq!(heading, vec!["1 earlier meeting moves"]);
        assert_eq!(app.with_db(grid).await, before, "a draft changes no meeting");
        let outbox_before: i64 = app.with_db(|c| outbox::table.count().get_result(c).expect("n")).await;

        let res = app.post_form(&run, &format!("{run}/publish"), &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, html) = app.get_html(&run).await;
        assert!(select_text(&html, ".flash.success")[0].contains("1 meetings moved"), "{:?}", select_text(&html, ".flash"));
        let after = app.with_db(grid).await;
        let changed: Vec<_> = before.iter().filter(|b| !after.contains(b)).collect();
        assert_eq!(changed.len(), 1, "only M changed: {changed:?}");
        let m_now = after.iter().find(|r| r.0 == m).expect("M");
        assert_eq!((m_now.1, m_now.3.as_str()), (y, "booked"));
        let new_one: (i32, i32) = app
            .with_db(move |c| meetings::table.filter(meetings::buyer_id.eq(b2)).filter(meetings::supplier_id.eq(s)).filter(meetings::status.eq("booked")).select((meetings::slot_id, meetings::ical_sequence)).first(c).expect("new meeting"))
            .await;
        assert_eq!(new_one.0, x);
        // Who hears of it: M's two participants get the new time (a calendar update);
        // S and B2 get their agenda; nobody else gets anything.
        type Sent = (String, Option<String>, Option<i32>);
        let (emails, m_seq): (Vec<Sent>, i32) = app
            .with_db(move |c| {
                let rows = outbox::table
                    .order(outbox::id)
                    .offset(outbox_before)
                    .select((outbox::to_address, outbox::calendar_method, outbox::meeting_id))
                    .load(c)
                    .expect("mail");
                (rows, meetings::table.find(m).select(meetings::ical_sequence).first(c).expect("seq"))
            })
            .await;
        let address = |role: &'static str, id: i32| {
            app.with_db(move |c| match role {
                "buyer" => buyers::table.find(id).select(buyers::email).first::<String>(c).expect("email"),
                _ => suppliers::table.find(id).select(suppliers::email).first::<String>(c).expect("email"),
            })
        };
        let (s_mail, b1_mail, b2_mail) = (address("supplier", s).await, address("buyer", b1).await, address("buyer", b2).await);
        let updates: Vec<&String> = emails.iter().filter(|e| e.2 == Some(m) && e.1.as_deref() == Some("REQUEST")).map(|e| &e.0).collect();
        assert_eq!(updates.len(), 2, "{emails:?}");
        assert!(updates.contains(&&s_mail) && updates.contains(&&b1_mail));
        assert!(m_seq >= 1, "the calendar sequence went up");
        let recipients: HashSet<&String> = emails.iter().map(|e| &e.0).collect();
        let expected: HashSet<&String> = [&s_mail, &b1_mail, &b2_mail].into_iter().collect();
        assert_eq!(recipients, expected, "nobody else is told");
    }
}

both_databases! {
    async fn the_scheduler_never_places_a_meeting_in_a_slot_that_has_started(app) {
        use expomatch::db::schema::{schedule_items, slots};
        let (expo, day) = crate::layout::organizer_with_demo(&app).await;
        // The expo's first day is under way: its first six slots have started.
        let started: Vec<i32> = app
            .with_db(move |c| {
                expomatch::demo::seed_accepted_requests(c).expect("requests");
                let first: Vec<i32> = slots::table
                    .filter(slots::day_id.eq(day))
                    .order(slots::starts_at)
                    .select(slots::id)
                    .limit(6)
                    .load(c)
                    .expect("slots");
                let now = store::now();
                for (i, id) in first.iter().enumerate() {
                    let starts = now - TimeDelta::minutes(30 * (6 - i64::try_from(i).expect("i")));
                    diesel::update(slots::table.find(id))
                        .set((slots::starts_at.eq(starts), slots::ends_at.eq(starts + TimeDelta::minutes(30))))
                        .execute(c)
                        .expect("into the past");
                }
                first
            })
            .await;
        let page = format!("/organizer/expos/{expo}/schedule");
        let res = app.post_form(&page, &page, &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let run: i32 = location(&res).rsplit('/').next().and_then(|r| r.parse().ok()).expect("run id");
        let placed: Vec<Option<i32>> = app
            .with_db(move |c| schedule_items::table.filter(schedule_items::run_id.eq(run)).select(schedule_items::slot_id).load(c).expect("items"))
            .await;
        assert!(placed.iter().filter(|s| s.is_some()).count() > 50, "the requests are placed: {placed:?}");
        assert!(
            placed.iter().flatten().all(|s| !started.contains(s)),
            "nothing goes into a slot that has started"
        );
    }
}
