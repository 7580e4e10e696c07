//! Meeting requests: expiry, and accepted ones becoming a draft, then published meetings.

use super::*;

async fn an_unanswered_request_expires_after_the_expos_time_and_the_sender_is_told(app: TestApp) {
    // Without the app's own worker: its minute job expires due requests too, and
    // would race the sweeps this test makes (it did once, in a CI run).
    let backend = app.backend;
    drop(app);
    let app = TestApp::spawn_with(
        backend,
        Options {
            outbox_worker: false,
            ..Options::default()
        },
    )
    .await;
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        diesel::update(expos::table)
            .set((
                expos::requests_enabled.eq(true),
                expos::request_expiry_days.eq(3),
            ))
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
            requests::send(
                c,
                BuyerId(buyer),
                SupplierId(supplier),
                Priority::Must,
                "Pumps",
                ctx,
                sent_at,
            )
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
        let early = with_ctx(|ctx| requests::expire_due(c, ctx, sent_at + TimeDelta::days(2)))
            .expect("sweep");
        assert_eq!(early, 0);
        let n = with_ctx(|ctx| requests::expire_due(c, ctx, store::now())).expect("sweep");
        assert!(n >= 1);
        let status: String = meeting_requests::table
            .find(id)
            .select(meeting_requests::status)
            .first(c)
            .expect("status");
        assert_eq!(status, "expired");
        let buyer_email: String = buyers::table
            .find(buyer)
            .select(buyers::email)
            .first(c)
            .expect("email");
        let told: i64 = outbox::table
            .filter(outbox::kind.eq("request_expired"))
            .filter(outbox::to_address.eq(&buyer_email))
            .count()
            .get_result(c)
            .expect("n");
        assert_eq!(told, 1, "the buyer who asked is told once");
        // A second sweep changes nothing and sends nothing more.
        with_ctx(|ctx| requests::expire_due(c, ctx, store::now())).expect("sweep");
        let again: i64 = outbox::table
            .filter(outbox::kind.eq("request_expired"))
            .filter(outbox::to_address.eq(&buyer_email))
            .count()
            .get_result(c)
            .expect("n");
        assert_eq!(again, 1);
    })
    .await;
}
on_both_databases!(an_unanswered_request_expires_after_the_expos_time_and_the_sender_is_told);

async fn accepted_requests_become_a_draft_then_published_meetings_with_agendas_emailed(
    app: TestApp,
) {
    use expomatch::db::schema::{blocked_slots, meetings, schedule_runs, slots};
    use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};

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
            let pairs: Vec<(i32, i32)> = meetings::table
                .select((meetings::buyer_id, meetings::supplier_id))
                .load(c)
                .expect("pairs");
            let asked: Vec<(i32, i32)> = meeting_requests::table
                .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                .load(c)
                .expect("asked");
            let buyer_ids: Vec<i32> = buyers::table
                .order(buyers::id)
                .select(buyers::id)
                .limit(12)
                .load(c)
                .expect("buyers");
            let supplier_ids: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .order(suppliers::id)
                .select(suppliers::id)
                .limit(12)
                .load(c)
                .expect("suppliers");
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
                            meeting_requests::priority.eq(if made % 3 == 0 {
                                "must"
                            } else {
                                "would_like"
                            }),
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
            for slot in slots::table
                .filter(slots::expo_id.eq(expo))
                .select(slots::id)
                .load::<i32>(c)
                .expect("slots")
            {
                let busy: i64 = meetings::table
                    .filter(meetings::slot_id.eq(slot))
                    .filter(meetings::buyer_id.eq(away))
                    .filter(meetings::status.eq_any(["booked", "held"]))
                    .count()
                    .get_result(c)
                    .expect("n");
                if busy == 0 {
                    diesel::insert_into(blocked_slots::table)
                        .values((
                            blocked_slots::slot_id.eq(slot),
                            blocked_slots::buyer_id.eq(Some(away)),
                            blocked_slots::created_at.eq(store::now()),
                        ))
                        .execute(c)
                        .expect("block");
                }
            }
            (o.0, expo, made, away)
        })
        .await;
    assert!(requests >= 12, "{requests} requests");
    app.sign_in(Role::Organizer, organizer).await;
    let page = format!("/organizer/expos/{expo}/schedule");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "#waiting"), vec![requests.to_string()]);
    let meetings_before: i64 = app
        .with_db(|c| meetings::table.count().get_result(c).expect("n"))
        .await;
    let mails_before: i64 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("agenda_published"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    let res = app.post_form(&page, &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let run_page = location(&res);
    assert!(run_page.starts_with(&format!("{page}/")), "{run_page}");
    let (status, html) = app.get_html(&run_page).await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "#run-status"), vec!["Draft".to_owned()]);
    // The draft's breaks come with a bound no schedule of its meetings beats.
    let (breaks, bound): (i32, Option<i32>) = app
        .with_db(|c| {
            use expomatch::db::schema::schedule_runs;
            schedule_runs::table
                .order(schedule_runs::id.desc())
                .select((schedule_runs::breaks, schedule_runs::breaks_bound))
                .first(c)
                .expect("run")
        })
        .await;
    let bound = bound.expect("a bound is stored");
    assert!(bound <= breaks, "{bound} <= {breaks}");
    let said = select_text(&html, "#breaks-bound").join(" ");
    if bound == breaks {
        assert!(said.contains("Optimal, proven"), "{said}");
    } else if bound == 0 {
        assert!(
            said.contains("None of them is proven unavoidable"),
            "{said}"
        );
    } else {
        assert!(said.contains(&format!("At least {bound}")), "{said}");
    }
    let placed = select_text(&html, "#placed-list tbody tr").len();
    let unplaced = select_text(&html, "#unplaced-list tbody tr");
    assert_eq!(
        placed + unplaced.len(),
        usize::try_from(requests).unwrap_or(0),
        "every request is placed or explained"
    );
    assert!(!unplaced.is_empty(), "the away buyer's request is reported");
    let away_name: String = app
        .with_db(move |c| {
            buyers::table
                .find(blocked_buyer)
                .select(buyers::name)
                .first(c)
                .expect("name")
        })
        .await;
    assert!(
        unplaced
            .iter()
            .any(|l| l.contains(&away_name) && l.contains("blocked")),
        "a reason a person understands: {unplaced:?}"
    );
    // Meetings of one time are listed in the room's order of tables (A9 before A10),
    // not by label: here the room is numbered from the back, so the two differ.
    let positions: std::collections::HashMap<String, i32> = app
        .with_db(move |c| {
            use expomatch::db::schema::consultation_tables as t;
            let all: Vec<(i32, i32)> = t::table
                .filter(t::expo_id.eq(expo))
                .select((t::id, t::position))
                .load(c)
                .expect("tables");
            all.into_iter()
                .map(|(id, position)| {
                    let label = format!("Table {}", 99 - position);
                    diesel::update(t::table.find(id))
                        .set(t::label.eq(&label))
                        .execute(c)
                        .expect("label");
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
            assert!(
                positions[a] < positions[b],
                "{} lists {a} before {b}",
                whens[i]
            );
            label_order_differs |= a > b;
        }
    }
    assert!(
        label_order_differs,
        "the draft has a time where label order and room order differ: {tables:?}"
    );
    // A draft changes nothing for participants.
    assert_eq!(
        app.with_db(|c| meetings::table.count().get_result::<i64>(c).expect("n"))
            .await,
        meetings_before
    );
    let res = app
        .post_form(&run_page, &format!("{run_page}/publish"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&run_page).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains(&format!("{placed} meetings created")),
        "{:?}",
        select_text(&html, ".flash")
    );
    assert_eq!(
        select_text(&html, "#run-status"),
        vec!["Published".to_owned()]
    );
    let (created, scheduled_requests, mails, runs): (i64, i64, i64, i64) = app
        .with_db(|c| {
            (
                meetings::table
                    .filter(meetings::source.eq("scheduler"))
                    .count()
                    .get_result(c)
                    .expect("n"),
                meeting_requests::table
                    .filter(meeting_requests::status.eq("scheduled"))
                    .count()
                    .get_result(c)
                    .expect("n"),
                outbox::table
                    .filter(outbox::kind.eq("agenda_published"))
                    .count()
                    .get_result(c)
                    .expect("n"),
                schedule_runs::table
                    .filter(schedule_runs::status.eq("published"))
                    .count()
                    .get_result(c)
                    .expect("n"),
            )
        })
        .await;
    assert_eq!(created, i64::try_from(placed).unwrap_or(0));
    assert_eq!(scheduled_requests, created);
    assert!(mails - mails_before >= 2, "participants get their agendas");
    assert_eq!(runs, 1);
    // Publishing twice is refused and creates nothing.
    let res = app
        .post_form(&run_page, &format!("{run_page}/publish"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&run_page).await;
    assert!(select_text(&html, ".flash.error")[0].contains("Only the current draft"));
    assert_eq!(
        app.with_db(|c| meetings::table
            .filter(meetings::source.eq("scheduler"))
            .count()
            .get_result::<i64>(c)
            .expect("n"))
            .await,
        created
    );
    // Nothing is left to schedule but the impossible request; suggestions still work.
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        select_text(&html, "#waiting"),
        vec![(i64::from(requests) - created).to_string()]
    );
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/suggestions"))
        .await;
    assert_eq!(status, 200);
    assert!(!select_text(&html, "#suggestions tbody tr").is_empty());
    // The organizer reads why a pair fits about the buyer, not words meant for the buyer.
    let why = select_text(&html, "#suggestions tbody tr").join(" ");
    assert!(why.contains("which the buyer is interested in"), "{why}");
    assert!(
        !why.contains("interests you") && !why.contains("you are looking for"),
        "{why}"
    );
    assert!(
        why.contains("Saudi Arabia") && !why.contains("· SA"),
        "countries by name: {why}"
    );
    assert_eq!(app.get_html(&format!("{page}/999999")).await.0, 404);
}
on_both_databases!(accepted_requests_become_a_draft_then_published_meetings_with_agendas_emailed);
