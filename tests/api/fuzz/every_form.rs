//! Hostile input at every form found never gets a 5xx and is never shown as markup.

use super::*;

async fn hostile_input_at_every_form_never_gets_a_5xx_and_is_never_shown_as_markup(app: TestApp) {
    let started = Instant::now();
    let (organizer, buyer, supplier, held, online) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let b: Vec<i32> = buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .select(buyers::id)
                .order(buyers::id)
                .limit(2)
                .load(c)
                .expect("buyers");
            let s: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .select(suppliers::id)
                .order(suppliers::id)
                .limit(2)
                .load(c)
                .expect("suppliers");
            // A pending request each way, so both sides have one to answer.
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            for (buyer, supplier, by) in [(b[0], s[1], "supplier"), (b[1], s[0], "buyer")] {
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(buyer),
                        meeting_requests::supplier_id.eq(supplier),
                        meeting_requests::requested_by.eq(by),
                        meeting_requests::created_at.eq(expomatch::store::now()),
                    ))
                    .execute(c)
                    .expect("request");
            }
            // An interpreter on the list (their edit and remove forms), and one of the
            // buyer's meetings under way (its rating form).
            expomatch::store::interpreters::add(
                c,
                expomatch::domain::ExpoId(expo),
                &expomatch::domain::interpreting::NewInterpreter {
                    name: "Ana Ruiz".into(),
                    email: String::new(),
                    languages: vec!["es".into(), "ko".into()],
                    note: String::new(),
                },
                expomatch::store::now(),
            )
            .expect("interpreter");
            let slot: i32 = expomatch::db::schema::meetings::table
                .filter(expomatch::db::schema::meetings::buyer_id.eq(b[0]))
                .select(expomatch::db::schema::meetings::slot_id)
                .first(c)
                .expect("a meeting of the buyer");
            let started = expomatch::store::now() - chrono::TimeDelta::minutes(10);
            // And one of the supplier's own over and held (its outcome forms, the
            // organizer's among them).
            let (held, supplier_slot): (i32, i32) = expomatch::db::schema::meetings::table
                .filter(expomatch::db::schema::meetings::supplier_id.eq(s[0]))
                .filter(expomatch::db::schema::meetings::status.eq("booked"))
                .select((
                    expomatch::db::schema::meetings::id,
                    expomatch::db::schema::meetings::slot_id,
                ))
                .first(c)
                .expect("a meeting of the supplier");
            diesel::update(expomatch::db::schema::meetings::table.find(held))
                .set(expomatch::db::schema::meetings::status.eq("held"))
                .execute(c)
                .expect("held");
            // A booked meeting ahead, online (its page has the video link form too).
            let online: i32 = expomatch::db::schema::meetings::table
                .inner_join(expomatch::db::schema::slots::table)
                .filter(expomatch::db::schema::meetings::status.eq("booked"))
                .filter(expomatch::db::schema::meetings::id.ne(held))
                .filter(expomatch::db::schema::slots::starts_at.gt(expomatch::store::now()))
                .select(expomatch::db::schema::meetings::id)
                .order(expomatch::db::schema::meetings::id.desc())
                .first(c)
                .expect("a meeting ahead");
            diesel::update(expomatch::db::schema::meetings::table.find(online))
                .set(expomatch::db::schema::meetings::mode.eq("online"))
                .execute(c)
                .expect("online");
            // A slot the supplier has marked unavailable (its make-available button).
            let busy: Vec<i32> = expomatch::db::schema::meetings::table
                .filter(expomatch::db::schema::meetings::supplier_id.eq(s[0]))
                .select(expomatch::db::schema::meetings::slot_id)
                .load(c)
                .expect("the supplier's slots");
            let free: i32 = expomatch::db::schema::slots::table
                .filter(expomatch::db::schema::slots::expo_id.eq(expo))
                .filter(expomatch::db::schema::slots::id.ne_all(busy))
                .select(expomatch::db::schema::slots::id)
                .order(expomatch::db::schema::slots::id.desc())
                .first(c)
                .expect("a free slot");
            diesel::insert_into(expomatch::db::schema::blocked_slots::table)
                .values((
                    expomatch::db::schema::blocked_slots::slot_id.eq(free),
                    expomatch::db::schema::blocked_slots::supplier_id.eq(Some(s[0])),
                    expomatch::db::schema::blocked_slots::created_at.eq(expomatch::store::now()),
                ))
                .execute(c)
                .expect("blocked");
            diesel::update(expomatch::db::schema::slots::table.find(supplier_slot))
                .set((
                    expomatch::db::schema::slots::starts_at
                        .eq(started - chrono::TimeDelta::hours(2)),
                    expomatch::db::schema::slots::ends_at
                        .eq(started - chrono::TimeDelta::minutes(90)),
                ))
                .execute(c)
                .expect("the supplier's under way");
            diesel::update(expomatch::db::schema::slots::table.find(slot))
                .set((
                    expomatch::db::schema::slots::starts_at.eq(started),
                    expomatch::db::schema::slots::ends_at
                        .eq(started + chrono::TimeDelta::minutes(30)),
                ))
                .execute(c)
                .expect("under way");
            (
                organizers::table
                    .select(organizers::id)
                    .order(organizers::id)
                    .first::<i32>(c)
                    .expect("organizer"),
                b[0],
                s[0],
                held,
                online,
            )
        })
        .await;
    let held_outcome = format!("/organizer/meetings/{held}/outcome");
    let online_page = format!("/organizer/meetings/{online}");
    let roles: Vec<(&str, reqwest::Client, Vec<&str>, &str)> = vec![
        (
            "anonymous",
            app.new_client(),
            vec![
                "/",
                "/signin",
                "/signin/supplier",
                "/signin/link",
                "/signin/forgot",
                "/register",
            ],
            "",
        ),
        (
            "buyer",
            app.signed_in_as(Role::Buyer, buyer).await,
            vec!["/buyer"],
            "/buyer",
        ),
        (
            "supplier",
            app.signed_in_as(Role::Supplier, supplier).await,
            vec!["/supplier"],
            "/supplier",
        ),
        (
            "organizer",
            app.signed_in_as(Role::Organizer, organizer).await,
            vec!["/organizer", &held_outcome, &online_page],
            "/organizer",
        ),
    ];
    let skipped: BTreeMap<&str, &str> = SKIPPED.iter().copied().collect();
    let mut fuzzed: BTreeSet<String> = BTreeSet::new();
    let mut requests = 0u32;
    for (who, client, starts, area) in &roles {
        let t = Instant::now();
        let pages = crawl(&app, client, starts, area, 2).await;
        eprintln!(
            "{who}: crawled {} pages in {:.1} s",
            pages.len(),
            t.elapsed().as_secs_f64()
        );
        let found = Arc::new(Mutex::new(Harvest::default()));
        for (url, body) in pages {
            found
                .lock()
                .expect("lock")
                .forms
                .extend(forms_in(&url, &Html::parse_document(&body)));
        }
        let mut done: BTreeSet<(bool, String)> = BTreeSet::new();
        let mut visited: BTreeSet<String> = BTreeSet::new();
        loop {
            let next: Vec<Form> = std::mem::take(&mut found.lock().expect("lock").forms);
            if next.is_empty() {
                // Pages the fuzzing redirected to, once per route: their forms next.
                // The newest first: a later POST may have replaced what an earlier made.
                let mut locations = std::mem::take(&mut found.lock().expect("lock").locations);
                locations.reverse();
                let mut more = Vec::new();
                for location in locations {
                    let path = location
                        .split(['?', '#'])
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    let Some(route) = route_of("GET", &path) else {
                        continue;
                    };
                    if !path.starts_with(area) || !visited.insert(route) {
                        continue;
                    }
                    let (status, html) = app_get(&app, client, &location).await;
                    assert!(status < 500, "GET {location} answered {status}");
                    more.extend(forms_in(&location, &html));
                }
                if more.is_empty() {
                    break;
                }
                found.lock().expect("lock").forms.extend(more);
                continue;
            }
            for form in next {
                let method = if form.post { "POST" } else { "GET" };
                let path = form.action.split('?').next().unwrap_or_default().to_owned();
                let Some(route) = route_of(method, &path) else {
                    continue;
                };
                // Only the role's own forms (a shared template may show another's).
                let own = if area.is_empty() {
                    !["/organizer", "/buyer", "/supplier"]
                        .iter()
                        .any(|a| path.starts_with(a))
                } else {
                    path.starts_with(area)
                };
                if !own
                    || skipped.contains_key(route.as_str())
                    || !done.insert((form.post, route.clone()))
                {
                    continue;
                }
                // A GET form without fields is a link.
                if !form.post && form.fields.is_empty() {
                    continue;
                }
                let cases = cases_for(&route);
                let t = Instant::now();
                let statuses = fuzz_form(&app, client, &form, cases, found.clone()).await;
                eprintln!(
                    "{who}: {method} {route}: {cases} cases, {} fields, {:.1} s, answers {statuses:?}",
                    form.fields.len(),
                    t.elapsed().as_secs_f64()
                );
                requests += cases;
                if form.post {
                    fuzzed.insert(route);
                }
            }
        }
    }
    let t = Instant::now();
    fuzz_token_paths(&app).await;
    eprintln!("token paths: {:.1} s", t.elapsed().as_secs_f64());
    for (route, _) in TOKEN_PATHS {
        fuzzed.insert((*route).to_owned());
    }

    // Every POST route of the router was fuzzed or is skipped with a reason.
    let missed: Vec<String> = routes()
        .into_iter()
        .filter(|(m, p)| m == "POST" && !fuzzed.contains(p) && !skipped.contains_key(p.as_str()))
        .map(|(_, p)| p)
        .collect();
    assert!(
        missed.is_empty(),
        "POST routes neither fuzzed nor in SKIPPED: {missed:?}"
    );
    assert!(fuzzed.len() > 40, "the router was read: {fuzzed:?}");

    // The server still answers, and nothing hostile is shown as markup anywhere.
    assert_eq!(
        app.get("/healthz").await.status().as_u16(),
        200,
        "still answering"
    );
    // Every email the input caused goes out (the test mailer takes anything a
    // message builder makes): none is stuck claimed by a worker that choked on it.
    let t = Instant::now();
    loop {
        let stuck: Vec<(i32, String, String)> = app
            .with_db(|c| {
                outbox::table
                    .filter(
                        outbox::status.eq("sending").or(outbox::status
                            .eq("pending")
                            .and(outbox::next_attempt_at.le(expomatch::store::now()))),
                    )
                    .select((outbox::id, outbox::kind, outbox::to_name))
                    .load(c)
                    .expect("outbox")
            })
            .await;
        if stuck.is_empty() {
            break;
        }
        assert!(
            t.elapsed().as_secs() < 20,
            "emails never sent: {:?}",
            &stuck[..stuck.len().min(5)]
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let stored: i64 = app
        .with_db(|c| {
            let b: i64 = buyers::table
                .filter(
                    buyers::name
                        .like("%<%")
                        .or(buyers::organisation.like("%<%"))
                        .or(buyers::looking_for.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            let s: i64 = suppliers::table
                .filter(
                    suppliers::company_name_en
                        .like("%<%")
                        .or(suppliers::pitch.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            let e: i64 = expos::table
                .filter(
                    expos::name
                        .like("%<%")
                        .or(expos::venue.like("%<%"))
                        .or(expos::description.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            let t: i64 = consultation_tables::table
                .filter(
                    consultation_tables::label
                        .like("%<%")
                        .or(consultation_tables::note.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            b + s + e + t
        })
        .await;
    assert!(
        stored >= 5,
        "markup was stored ({stored} rows), so the pages below are a real test"
    );
    let mut checked = 0;
    let t = Instant::now();
    for (_, client, starts, area) in &roles {
        for (url, body) in crawl(&app, client, starts, area, 2).await {
            assert_no_stored_script(&url, &body);
            checked += 1;
        }
    }
    eprintln!("pages checked in {:.1} s", t.elapsed().as_secs_f64());
    eprintln!(
        "fuzz on {:?}: {} POST routes, {requests} cases, {checked} pages checked, {stored} rows with markup stored, {:.1} s",
        app.backend,
        fuzzed.len(),
        started.elapsed().as_secs_f64()
    );
}
on_both_databases!(hostile_input_at_every_form_never_gets_a_5xx_and_is_never_shown_as_markup);
