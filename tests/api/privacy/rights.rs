//! People's requests: a download of what is held about them, deletion by an organizer.

use super::*;

async fn a_person_downloads_everything_held_about_them_and_no_secret(app: TestApp) {
    let (_, buyer, _) = demo(&app).await;
    let supplier: i32 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .select(meetings::supplier_id)
                .first(c)
                .expect("supplier")
        })
        .await;
    // Secrets the service holds about them: sign-in links, a calendar token, a password.
    let (secret, calendar, hash) = app
        .with_db(move |c| {
            let link = tokens::issue(
                c,
                Role::Buyer,
                buyer,
                Purpose::SignIn,
                TimeDelta::minutes(30),
                store::now(),
            )
            .expect("token");
            let email: String = buyers::table
                .find(buyer)
                .select(buyers::email)
                .first(c)
                .expect("email");
            expomatch::mail::queue_sign_in_links(
                c,
                &EmailAddress::parse(&email).expect("email"),
                "http://x",
                expomatch::i18n::Locale::En,
                store::now(),
            )
            .expect("queued");
            let feed =
                store::feeds::renew(c, Role::Supplier, supplier, store::now()).expect("feed");
            diesel::update(suppliers::table.find(supplier))
                .set(suppliers::password_hash.eq("$argon2id$v=19$secret"))
                .execute(c)
                .expect("secrets");
            (
                link.as_str().to_owned(),
                feed.as_str().to_owned(),
                "$argon2id$v=19$secret".to_owned(),
            )
        })
        .await;
    for (role, id, base) in [
        (Role::Buyer, buyer, "/buyer/privacy"),
        (Role::Supplier, supplier, "/supplier/privacy"),
    ] {
        let client = app.signed_in_as(role, id).await;
        let (status, _, page) = get(&app, &client, base).await;
        assert_eq!(status, 200, "{role} page");
        let res = client
            .get(app.url(&format!("{base}/data.json")))
            .send()
            .await
            .expect("json");
        assert_eq!(res.status().as_u16(), 200);
        assert!(
            res.headers()
                .get("content-disposition")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("attachment")),
            "a download"
        );
        let body = res.text().await.expect("body");
        let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        let (email, n_meetings): (String, i64) = app
            .with_db(move |c| match role {
                Role::Buyer => (
                    buyers::table
                        .find(id)
                        .select(buyers::email)
                        .first(c)
                        .expect("email"),
                    meetings::table
                        .filter(meetings::buyer_id.eq(id))
                        .count()
                        .get_result(c)
                        .expect("n"),
                ),
                _ => (
                    suppliers::table
                        .find(id)
                        .select(suppliers::email)
                        .first(c)
                        .expect("email"),
                    meetings::table
                        .filter(meetings::supplier_id.eq(id))
                        .count()
                        .get_result(c)
                        .expect("n"),
                ),
            })
            .await;
        assert_eq!(
            json["profile"]["email"],
            serde_json::Value::String(email.clone()),
            "{role}"
        );
        assert_eq!(
            json["meetings"].as_array().map(Vec::len),
            Some(n_meetings as usize),
            "{role}: every meeting"
        );
        assert!(n_meetings > 0);
        assert!(
            !json["consents"].as_array().expect("consents").is_empty(),
            "{role}: consents listed"
        );
        assert!(page.contains(&email), "{role}: the page shows it too");
        for leak in [
            secret.as_str(),
            calendar.as_str(),
            hash.as_str(),
            "/auth/link/",
        ] {
            assert!(
                !body.contains(leak) && !page.contains(leak),
                "{role}: {leak} never in the export"
            );
        }
    }
    // The optional consent can be given and withdrawn; the withdrawal is recorded.
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    for (news, live) in [("yes", 1), ("no", 0), ("yes", 1)] {
        let res = post(
            &app,
            &client,
            "/buyer/privacy",
            "/buyer/privacy/news",
            &[("news", news)],
        )
        .await;
        assert_eq!(location(&res), "/buyer/privacy");
        let n = consents_of(&app, Role::Buyer, buyer)
            .await
            .iter()
            .filter(|(k, _, _)| k == "marketing")
            .count();
        assert_eq!(n, live, "news {news}");
    }
    let withdrawn: i64 = app
        .with_db(move |c| {
            consents::table
                .filter(consents::person_id.eq(buyer))
                .filter(consents::role.eq("buyer"))
                .filter(consents::kind.eq("marketing"))
                .filter(consents::withdrawn_at.is_not_null())
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(withdrawn, 1, "the withdrawal stays on record");
    // Nobody reads another's export: each role's page is its own.
    let other = app.signed_in_as(Role::Supplier, supplier).await;
    assert_eq!(get(&app, &other, "/buyer/privacy/data.json").await.0, 403);
    assert_eq!(
        get(&app, &app.new_client(), "/supplier/privacy/data.json")
            .await
            .0,
        303
    );
}
on_both_databases!(a_person_downloads_everything_held_about_them_and_no_secret);

async fn a_deletion_request_is_carried_out_by_an_organizer_and_the_report_still_adds_up(
    app: TestApp,
) {
    let (organizer, buyer, expo) = demo(&app).await;
    let held = app
        .with_db(move |c| hold_meetings_with_outcomes(c, buyer))
        .await;
    assert!(held > 0);
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let before = report_totals(&app, &staff, expo).await;
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    let old_email = app
        .with_db(move |c| {
            let email: String = buyers::table
                .find(buyer)
                .select(buyers::email)
                .first(c)
                .expect("email");
            expomatch::mail::queue_sign_in_links(
                c,
                &EmailAddress::parse(&email).expect("email"),
                "http://x",
                expomatch::i18n::Locale::En,
                store::now(),
            )
            .expect("queued");
            email
        })
        .await;
    let (_, _, home) = get(&app, &client, "/buyer").await;
    assert!(
        home.contains("/buyer/subscription"),
        "the agenda offers a calendar address"
    );
    let ready = post(&app, &client, "/buyer", "/buyer/subscription", &[])
        .await
        .text()
        .await
        .expect("page");
    let feed_path = ready
        .split("id=\"feed-url\" readonly value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|url| url.find("/calendar/").map(|at| url[at..].to_owned()))
        .expect("the new calendar address");
    assert_eq!(
        get(&app, &app.new_client(), &feed_path).await.0,
        200,
        "the feed works before"
    );

    // Without the confirmation nothing is asked.
    let res = post(
        &app,
        &client,
        "/buyer/privacy",
        "/buyer/privacy/delete",
        &[],
    )
    .await;
    assert_eq!(location(&res), "/buyer/privacy");
    let open: i64 = app
        .with_db(|c| deletion_requests::table.count().get_result(c).expect("n"))
        .await;
    assert_eq!(open, 0, "unconfirmed: no request");
    for _ in 0..2 {
        let res = post(
            &app,
            &client,
            "/buyer/privacy",
            "/buyer/privacy/delete",
            &[("confirm", "yes")],
        )
        .await;
        assert_eq!(location(&res), "/buyer/privacy");
    }
    let open: Vec<i32> = app
        .with_db(|c| {
            deletion_requests::table
                .filter(deletion_requests::done_at.is_null())
                .select(deletion_requests::id)
                .load(c)
                .expect("open")
        })
        .await;
    assert_eq!(open.len(), 1, "asking twice keeps one request");
    let request = open[0];
    let (_, _, page) = get(&app, &client, "/buyer/privacy").await;
    assert!(page.contains("id=\"deletion-pending\""));

    // Others cannot carry it out, nor an unknown request.
    let supplier_client = app
        .signed_in_as(
            Role::Supplier,
            app.with_db(|c| {
                suppliers::table
                    .select(suppliers::id)
                    .first::<i32>(c)
                    .expect("s")
            })
            .await,
        )
        .await;
    for (who, c, id, status) in [
        ("buyer", &client, request, 403),
        ("supplier", &supplier_client, request, 403),
        ("organizer, unknown request", &staff, request + 1000, 404),
    ] {
        let res = post(
            &app,
            c,
            "/privacy",
            &format!("/organizer/privacy/requests/{id}/carry-out"),
            &[],
        )
        .await;
        assert_eq!(res.status().as_u16(), status, "{who}");
    }
    assert!(
        !expomatch_forgotten(&app, buyer).await,
        "nothing happened yet"
    );

    let (_, _, list) = get(&app, &staff, "/organizer/privacy").await;
    assert!(
        list.contains(&format!("/organizer/privacy/requests/{request}/carry-out")),
        "the organizer sees the request"
    );
    let res = post(
        &app,
        &staff,
        "/organizer/privacy",
        &format!("/organizer/privacy/requests/{request}/carry-out"),
        &[],
    )
    .await;
    assert_eq!(location(&res), "/organizer/privacy");
    let res = post(
        &app,
        &staff,
        "/organizer/privacy",
        &format!("/organizer/privacy/requests/{request}/carry-out"),
        &[],
    )
    .await;
    assert_eq!(res.status().as_u16(), 404, "a request is carried out once");

    let (name, email, org, looking): (String, String, String, String) = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select((
                    buyers::name,
                    buyers::email,
                    buyers::organisation,
                    buyers::looking_for,
                ))
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(name, format!("Deleted buyer #{buyer}"));
    assert_eq!(email, format!("deleted-buyer-{buyer}@invalid"));
    assert!(org.is_empty() && looking.is_empty());
    let (links, unsent, to_old, notes, comments, kept): (
        i64,
        i64,
        i64,
        Vec<String>,
        Vec<String>,
        i64,
    ) = app
        .with_db(move |c| {
            let ids: Vec<i32> = meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .select(meetings::id)
                .load(c)
                .expect("ids");
            (
                sign_in_tokens::table
                    .filter(sign_in_tokens::role.eq("buyer"))
                    .filter(sign_in_tokens::subject_id.eq(buyer))
                    .count()
                    .get_result(c)
                    .expect("n"),
                outbox::table
                    .filter(outbox::to_address.eq(format!("deleted-buyer-{buyer}@invalid")))
                    .filter(outbox::status.ne("sent"))
                    .count()
                    .get_result(c)
                    .expect("n"),
                outbox::table
                    .filter(outbox::to_address.eq(&old_email))
                    .count()
                    .get_result(c)
                    .expect("n"),
                meeting_outcomes::table
                    .filter(meeting_outcomes::meeting_id.eq_any(&ids))
                    .select(meeting_outcomes::notes)
                    .load(c)
                    .expect("notes"),
                meeting_ratings::table
                    .filter(meeting_ratings::meeting_id.eq_any(&ids))
                    .select(meeting_ratings::comment)
                    .load(c)
                    .expect("comments"),
                ids.len() as i64,
            )
        })
        .await;
    assert_eq!(links, 0, "sign-in links deleted");
    assert_eq!(unsent, 0, "unsent messages deleted");
    assert_eq!(to_old, 0, "no message keeps the old address");
    assert!(
        notes.iter().all(String::is_empty) && notes.len() == held,
        "outcomes kept, notes emptied: {notes:?}"
    );
    assert!(
        comments.iter().all(String::is_empty) && comments.len() == held,
        "ratings kept, comments emptied"
    );
    assert!(kept >= held as i64, "meetings kept");
    assert_eq!(
        get(&app, &app.new_client(), &feed_path).await.0,
        404,
        "the feed stops"
    );
    assert_eq!(
        report_totals(&app, &staff, expo).await,
        before,
        "the report adds up as before"
    );
    let audit: Vec<(String, Option<i32>)> = app
        .with_db(move |c| {
            audit_log::table
                .filter(audit_log::action.like("privacy.%"))
                .filter(audit_log::subject_id.eq(buyer))
                .select((audit_log::action, audit_log::actor_id))
                .order(audit_log::id)
                .load(c)
                .expect("audit")
        })
        .await;
    assert_eq!(
        audit,
        vec![
            ("privacy.deletion_requested".to_owned(), Some(buyer)),
            ("privacy.person_forgotten".to_owned(), Some(organizer))
        ]
    );
    let (_, _, list) = get(&app, &staff, "/organizer/privacy").await;
    assert!(!list.contains("/carry-out"), "no request waits any more");
}
on_both_databases!(a_deletion_request_is_carried_out_by_an_organizer_and_the_report_still_adds_up);

async fn a_forgotten_supplier_loses_its_password_feed_and_profile_and_its_upcoming_meetings_are_cancelled(
    app: TestApp,
) {
    let (organizer, buyer, _) = demo(&app).await;
    let supplier: i32 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .select(meetings::supplier_id)
                .first(c)
                .expect("supplier")
        })
        .await;
    let feed = app
        .with_db(move |c| {
            diesel::update(suppliers::table.find(supplier))
                .set(suppliers::password_hash.eq("$argon2id$x"))
                .execute(c)
                .expect("set");
            store::feeds::renew(c, Role::Supplier, supplier, store::now()).expect("feed")
        })
        .await;
    let feed_path = format!("/calendar/{}.ics", feed.as_str());
    assert_eq!(
        get(&app, &app.new_client(), &feed_path).await.0,
        200,
        "the feed works before"
    );
    let client = app.signed_in_as(Role::Supplier, supplier).await;
    let res = post(
        &app,
        &client,
        "/supplier/privacy",
        "/supplier/privacy/delete",
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(location(&res), "/supplier/privacy");
    let request: i32 = app
        .with_db(|c| {
            deletion_requests::table
                .select(deletion_requests::id)
                .first(c)
                .expect("request")
        })
        .await;
    // Its upcoming meetings: cancelled, and each buyer told.
    let upcoming = move |c: &mut DbConnection| -> Vec<(i32, String)> {
        meetings::table
            .inner_join(slots::table)
            .inner_join(buyers::table)
            .filter(meetings::supplier_id.eq(supplier))
            .filter(meetings::status.eq("booked"))
            .filter(slots::starts_at.gt(store::now()))
            .select((meetings::id, buyers::email))
            .load(c)
            .expect("upcoming")
    };
    let before = app.with_db(upcoming).await;
    assert!(
        !before.is_empty(),
        "the demo supplier has upcoming meetings"
    );
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let res = post(
        &app,
        &staff,
        "/organizer/privacy",
        &format!("/organizer/privacy/requests/{request}/carry-out"),
        &[],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(
        app.with_db(upcoming).await.is_empty(),
        "no upcoming meeting stays booked"
    );
    for (meeting, buyer_email) in before {
        let (status, told): (String, i64) = app
            .with_db(move |c| {
                (
                    meetings::table
                        .find(meeting)
                        .select(meetings::status)
                        .first(c)
                        .expect("status"),
                    outbox::table
                        .filter(outbox::meeting_id.eq(meeting))
                        .filter(outbox::to_address.eq(&buyer_email))
                        .filter(outbox::subject.like("%ancel%"))
                        .count()
                        .get_result(c)
                        .expect("n"),
                )
            })
            .await;
        assert_eq!(status, "cancelled", "meeting {meeting}");
        assert_eq!(told, 1, "meeting {meeting}: the buyer is told");
    }
    let row: (String, String, Option<String>, String, String) = app
        .with_db(move |c| {
            suppliers::table
                .find(supplier)
                .select((
                    suppliers::company_name_en,
                    suppliers::email,
                    suppliers::password_hash,
                    suppliers::contact_name,
                    suppliers::phone,
                ))
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(row.0, format!("Deleted supplier #{supplier}"));
    assert_eq!(row.1, format!("deleted-supplier-{supplier}@invalid"));
    assert_eq!(row.2, None, "password gone");
    assert!(row.3.is_empty() && row.4.is_empty());
    assert_eq!(
        get(&app, &app.new_client(), &feed_path).await.0,
        404,
        "the calendar address ends"
    );
    let (status, _, _) = get(&app, &client, "/supplier").await;
    assert_eq!(status, 303, "its sign-in ended with its data");
}
on_both_databases!(a_forgotten_supplier_loses_its_password_feed_and_profile_and_its_upcoming_meetings_are_cancelled);

pub(super) async fn expomatch_forgotten(app: &TestApp, buyer: i32) -> bool {
    app.with_db(move |c| store::privacy::is_forgotten(c, Role::Buyer, buyer).expect("forgotten"))
        .await
}
