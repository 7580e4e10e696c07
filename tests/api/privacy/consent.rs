//! Consents at registration and first profile, new notice versions, the notice everywhere.

use super::*;

async fn a_supplier_cannot_register_without_each_required_consent_and_its_consents_are_recorded(
    app: TestApp,
) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c)
            .map(|_| ())
            .expect("seed")
    })
    .await;
    // The organizer says data leaves Korea: the overseas transfer needs its own consent.
    let organizer: i32 = app
        .with_db(|c| {
            organizers::table
                .select(organizers::id)
                .order(organizers::id)
                .first(c)
                .expect("organizer")
        })
        .await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let res = post(
        &app,
        &staff,
        "/organizer/privacy",
        "/organizer/privacy",
        &NOTICE,
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "notice saved");
    let (_, _, page) = get(&app, &app.client, "/register").await;
    assert!(
        page.contains("name=\"consent_overseas\""),
        "the overseas consent is asked"
    );
    let all = [
        ("consent_collection", "yes"),
        ("consent_provision", "yes"),
        ("consent_overseas", "yes"),
    ];
    for missing in [
        "consent_collection",
        "consent_provision",
        "consent_overseas",
    ] {
        let mut fields = with(&[]);
        fields.retain(|(k, _)| !k.starts_with("consent_"));
        fields.extend(
            all.iter()
                .filter(|(k, _)| *k != missing)
                .map(|(k, v)| (*k, (*v).to_owned())),
        );
        let res = post_registration(&app, &fields).await;
        assert_eq!(res.status().as_u16(), 422, "case {missing}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, &format!("#{missing}-error")).len(),
            1,
            "case {missing}: the box says why"
        );
        let n: i64 = app
            .with_db(|c| {
                suppliers::table
                    .filter(suppliers::email.eq("export@hanbit-watertech.example"))
                    .count()
                    .get_result(c)
                    .expect("count")
            })
            .await;
        assert_eq!(n, 0, "case {missing}: no account created");
        let n: i64 = app
            .with_db(|c| consents::table.count().get_result(c).expect("count"))
            .await;
        let demo_people: i64 = app
            .with_db(|c| {
                consents::table
                    .filter(consents::ip.eq(""))
                    .count()
                    .get_result(c)
                    .expect("count")
            })
            .await;
        assert_eq!(n, demo_people, "case {missing}: no consent recorded");
    }
    let mut fields = with(&[]);
    fields.extend(all.iter().map(|(k, v)| (*k, (*v).to_owned())));
    fields.push(("consent_marketing", "yes".into()));
    let res = post_registration(&app, &fields).await;
    assert_eq!(location(&res), "/register/sent");
    let (id, version): (i32, i32) = app
        .with_db(|c| {
            let email: String = suppliers::table
                .order(suppliers::id.desc())
                .select(suppliers::email)
                .first(c)
                .expect("email");
            let id = suppliers::table
                .filter(suppliers::email.eq(email))
                .select(suppliers::id)
                .first(c)
                .expect("id");
            (
                id,
                privacy_notices::table
                    .select(diesel::dsl::max(privacy_notices::id))
                    .first::<Option<i32>>(c)
                    .expect("v")
                    .expect("v"),
            )
        })
        .await;
    assert_eq!(version, 2);
    let recorded = consents_of(&app, Role::Supplier, id).await;
    let kinds: Vec<&str> = recorded.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(kinds, ["collection", "marketing", "overseas", "provision"]);
    assert!(
        recorded
            .iter()
            .all(|(_, v, ip)| *v == 2 && ip == "127.0.0.1"),
        "version and address: {recorded:?}"
    );
}
on_both_databases!(
    a_supplier_cannot_register_without_each_required_consent_and_its_consents_are_recorded
);

async fn a_buyer_consents_at_the_first_profile_and_a_missing_consent_saves_nothing(app: TestApp) {
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
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    let good = [
        ("name", "Ana Flores"),
        ("organisation", "Ministerio de Salud"),
        ("country", "PE"),
        ("timezone", "America/Lima"),
        ("languages", "es"),
        ("interests", "medical"),
        ("looking_for", "Portable ultrasound"),
        ("consent_collection", "yes"),
        ("consent_provision", "yes"),
    ];
    for missing in ["consent_collection", "consent_provision"] {
        let fields: Vec<(&str, &str)> = good
            .iter()
            .copied()
            .filter(|(k, _)| *k != missing)
            .collect();
        let res = post(&app, &client, "/buyer/profile", "/buyer/profile", &fields).await;
        assert_eq!(res.status().as_u16(), 422, "case {missing}");
        let body = res.text().await.expect("body");
        assert!(
            body.contains(&format!("id=\"{missing}-error\"")),
            "case {missing}: explained"
        );
        let done: Option<chrono::NaiveDateTime> = app
            .with_db(move |c| {
                buyers::table
                    .find(buyer)
                    .select(buyers::profile_completed_at)
                    .first(c)
                    .expect("row")
            })
            .await;
        assert!(done.is_none(), "case {missing}: profile not saved");
        assert!(
            consents_of(&app, Role::Buyer, buyer).await.is_empty(),
            "case {missing}: nothing recorded"
        );
    }
    let res = post(&app, &client, "/buyer/profile", "/buyer/profile", &good).await;
    assert_eq!(location(&res), "/buyer/suppliers");
    let kinds: Vec<String> = consents_of(&app, Role::Buyer, buyer)
        .await
        .into_iter()
        .map(|(k, _, _)| k)
        .collect();
    assert_eq!(kinds, ["collection", "provision"]);
    // Later saves of the profile ask for nothing again.
    let (_, _, page) = get(&app, &client, "/buyer/profile").await;
    assert!(
        !page.contains("consent_collection"),
        "no consent block after the first time"
    );
}
on_both_databases!(a_buyer_consents_at_the_first_profile_and_a_missing_consent_saves_nothing);

async fn a_new_notice_version_asks_people_again_at_their_next_sign_in(app: TestApp) {
    let (organizer, buyer, _) = demo(&app).await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    // Bad notices are refused and publish nothing.
    let cases: [(&str, &str, &str); 4] = [
        ("officer_email", "not an email", "officer_email"),
        ("officer_phone", "", "officer_phone"),
        ("transfer_country", "", "transfer_country"),
        ("body", "   ", "body"),
    ];
    for (field, value, error) in cases {
        let mut fields: Vec<(&str, &str)> = NOTICE
            .iter()
            .copied()
            .filter(|(k, _)| *k != field)
            .collect();
        fields.push((field, value));
        let res = post(
            &app,
            &staff,
            "/organizer/privacy",
            "/organizer/privacy",
            &fields,
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "case {field}={value:?}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert!(
            !select_text(
                &html,
                &format!("#{error} ~ .field-error, .field.invalid #{error}")
            )
            .is_empty(),
            "case {field}: marked"
        );
    }
    let versions: i64 = app
        .with_db(|c| privacy_notices::table.count().get_result(c).expect("n"))
        .await;
    assert_eq!(versions, 1, "nothing published");
    // Before the change the buyer goes straight in.
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    assert_eq!(get(&app, &client, "/buyer").await.0, 200);
    let res = post(
        &app,
        &staff,
        "/organizer/privacy",
        "/organizer/privacy",
        &NOTICE,
    )
    .await;
    assert_eq!(location(&res), "/organizer/privacy");
    let client = app.new_client();
    assert_eq!(
        app.sign_in_with(&client, Role::Buyer, buyer).await,
        "/buyer/privacy/consent",
        "asked at sign-in"
    );
    for path in ["/buyer", "/buyer/suppliers", "/buyer/profile"] {
        assert_eq!(
            get(&app, &client, path).await.1,
            "/buyer/privacy/consent",
            "{path} waits for the consent"
        );
    }
    let (status, _, page) = get(&app, &client, "/buyer/privacy").await;
    assert_eq!(status, 200, "their data stays open to them");
    assert!(page.contains("Ask for deletion"));
    let (status, _, page) = get(&app, &client, "/buyer/privacy/consent").await;
    assert_eq!(status, 200);
    assert!(page.contains("Cloud Hosting KK"), "the transfer is named");
    let res = post(
        &app,
        &client,
        "/buyer/privacy/consent",
        "/buyer/privacy/consent",
        &[("consent_collection", "yes"), ("consent_provision", "yes")],
    )
    .await;
    assert_eq!(
        res.status().as_u16(),
        422,
        "the overseas consent is required"
    );
    assert_eq!(
        get(&app, &client, "/buyer").await.1,
        "/buyer/privacy/consent",
        "still waiting"
    );
    let res = post(
        &app,
        &client,
        "/buyer/privacy/consent",
        "/buyer/privacy/consent",
        &[
            ("consent_collection", "yes"),
            ("consent_provision", "yes"),
            ("consent_overseas", "yes"),
        ],
    )
    .await;
    assert_eq!(location(&res), "/buyer");
    assert_eq!(get(&app, &client, "/buyer").await.0, 200, "in");
    let latest: Vec<(String, i32, String)> = consents_of(&app, Role::Buyer, buyer)
        .await
        .into_iter()
        .filter(|(_, v, _)| *v == 2)
        .collect();
    let kinds: Vec<&str> = latest.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(kinds, ["collection", "overseas", "provision"]);
    // A third sign-in asks nothing more.
    let again = app.signed_in_as(Role::Buyer, buyer).await;
    assert_eq!(get(&app, &again, "/buyer").await.0, 200);
    let audit: i64 = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.eq("privacy.notice_saved"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(audit, 1);
}
on_both_databases!(a_new_notice_version_asks_people_again_at_their_next_sign_in);

async fn the_privacy_notice_is_linked_from_every_page_and_every_email(app: TestApp) {
    let (organizer, buyer, _) = demo(&app).await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    post(
        &app,
        &staff,
        "/organizer/privacy",
        "/organizer/privacy",
        &NOTICE,
    )
    .await;
    let buyer_client = app.signed_in_as(Role::Buyer, buyer).await;
    for (who, client, path) in [
        ("anonymous", &app.client, "/"),
        ("anonymous", &app.client, "/register"),
        ("organizer", &staff, "/organizer"),
        ("buyer", &buyer_client, "/buyer/privacy/consent"),
    ] {
        let (_, _, page) = get(&app, client, path).await;
        let html = scraper::Html::parse_document(&page);
        assert_eq!(
            select_text(&html, "footer a[href='/privacy']").len(),
            1,
            "{who} {path}"
        );
    }
    let (status, _, page) = get(&app, &app.client, "/privacy").await;
    assert_eq!(status, 200);
    let html = scraper::Html::parse_document(&page);
    let officer = select_text(&html, "#officer").join(" ");
    assert!(
        officer.contains("Kim Minji")
            && officer.contains("privacy@kotra.example")
            && officer.contains("+82 2 3460 7114"),
        "{officer}"
    );
    let notice = select_text(&html, "#notice").join(" ");
    for needle in [
        "We process your data",
        "What we collect",
        "365 days after the expo's last day",
        "30 days after delivery",
        "Cloud Hosting KK",
        "Japan",
    ] {
        assert!(
            notice.contains(needle),
            "the notice says {needle:?}: {notice}"
        );
    }
    // Every email: the worker adds the link to both parts of each message it sends.
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
    let base = app.address.clone();
    let n = app
        .with_db(move |c| {
            let links = expomatch::demo::seed_in_transaction(c).expect("seed");
            let from = "Expo <expo@kotra.example>".parse().expect("from");
            let ctx = expomatch::mail::messages::MailContext::new(&base, from);
            expomatch::demo::queue_sample_mail(c, &links, &ctx).expect("sample mail");
            outbox::table
                .filter(outbox::status.eq("pending"))
                .count()
                .get_result::<i64>(c)
                .expect("n")
        })
        .await;
    let mailer = expomatch::mail::transport::Mailer::memory();
    let sender = expomatch::mail::sender::Sender::new(
        app.pool.clone(),
        mailer.clone(),
        expomatch::mail::sender::SenderConfig::new(
            "Expo <expo@kotra.example>".parse().expect("from"),
            &app.address,
        ),
    );
    let report = sender.drain().await.expect("drain");
    assert_eq!(report.sent as i64, n);
    let expomatch::mail::transport::Mailer::Memory(sent) = mailer else {
        panic!("memory mailer")
    };
    let sent = sent.lock().expect("lock").clone();
    assert_eq!(
        sent.len() as i64,
        n,
        "every kind of message the demo queued"
    );
    let link = format!("{}/privacy", app.address);
    for raw in &sent {
        let message = mail_parser::MessageParser::default()
            .parse(raw)
            .expect("parse");
        let subject = message.subject().unwrap_or_default().to_owned();
        let text = message.body_text(0).expect("text part");
        assert!(text.contains(&link), "{subject}: the text links the notice");
        let html = message.body_html(0).expect("html part");
        assert!(
            html.contains(&format!("href=\"{link}\"")),
            "{subject}: the HTML links the notice"
        );
    }
}
on_both_databases!(the_privacy_notice_is_linked_from_every_page_and_every_email);
