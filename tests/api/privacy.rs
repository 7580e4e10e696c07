//! Personal data under Korea's PIPA: consents recorded at registration and at a
//! buyer's first profile, asked again after the notice changes; the notice page linked
//! from every page and email; each person's data export; deletion requests carried out
//! by organizers with the report still adding up; the retention purge.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::DbConnection;
use expomatch::db::schema::{
    audit_log, buyers, consents, consultation_days, deletion_requests, expos, meeting_outcomes,
    meeting_ratings, meetings, organizers, outbox, privacy_notices, sign_in_tokens, slots,
    suppliers,
};
use expomatch::domain::token::Purpose;
use expomatch::domain::{CountryCode, EmailAddress, ExpoId, Role, TimeZone};
use expomatch::store::{self, participants, tokens};

use crate::authz::signed_in;
use crate::both_databases;
use crate::helpers::*;
use crate::supplier::{post_registration, with};

/// The demo; its organizer, a buyer with booked meetings, and the expo.
async fn demo(app: &TestApp) -> (i32, i32, i32) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let organizer: i32 = organizers::table
            .select(organizers::id)
            .first(c)
            .expect("organizer");
        let buyer: i32 = meetings::table
            .filter(meetings::status.eq("booked"))
            .select(meetings::buyer_id)
            .order(meetings::buyer_id)
            .first(c)
            .expect("buyer with meetings");
        let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
        (organizer, buyer, expo)
    })
    .await
}

async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String, String) {
    let res = client.get(app.url(path)).send().await.expect("GET");
    let status = res.status().as_u16();
    let to = location(&res);
    (status, to, res.text().await.unwrap_or_default())
}

/// POSTs `fields` with the CSRF token of the page at `page`, as `client`.
async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let (_, _, body) = get(app, client, page).await;
    let token = csrf_in(&scraper::Html::parse_document(&body));
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf_token", &token));
    client
        .post(app.url(action))
        .form(&form)
        .send()
        .await
        .expect("POST")
}

/// (kind, notice version, ip) of the person's live consents, sorted.
async fn consents_of(app: &TestApp, role: Role, id: i32) -> Vec<(String, i32, String)> {
    app.with_db(move |c| {
        consents::table
            .filter(consents::role.eq(role.as_str()))
            .filter(consents::person_id.eq(id))
            .filter(consents::withdrawn_at.is_null())
            .select((consents::kind, consents::notice_version, consents::ip))
            .order((consents::notice_version, consents::kind))
            .load(c)
            .expect("consents")
    })
    .await
}

const NOTICE: [(&str, &str); 7] = [
    ("officer_name", "Kim Minji"),
    ("officer_email", "privacy@kotra.example"),
    ("officer_phone", "+82 2 3460 7114"),
    ("transfers_abroad", "yes"),
    ("transfer_country", "Japan"),
    ("transfer_recipient", "Cloud Hosting KK"),
    (
        "body",
        "We process your data to arrange export consultations.\n\nSecond paragraph.",
    ),
];

/// Marks every booked meeting of the buyer held with an outcome (expected value, a note
/// naming the buyer) and a rating with a comment, as an expo day would.
fn hold_meetings_with_outcomes(c: &mut DbConnection, buyer: i32) -> usize {
    let ids: Vec<i32> = meetings::table
        .filter(meetings::buyer_id.eq(buyer))
        .filter(meetings::status.eq("booked"))
        .select(meetings::id)
        .load(c)
        .expect("meetings");
    for (i, id) in ids.iter().enumerate() {
        diesel::update(meetings::table.find(id))
            .set(meetings::status.eq("held"))
            .execute(c)
            .expect("held");
        diesel::insert_into(meeting_outcomes::table)
            .values((
                meeting_outcomes::meeting_id.eq(id),
                meeting_outcomes::interest_level.eq(if i % 2 == 0 {
                    "contract_expected"
                } else {
                    "contract_signed"
                }),
                meeting_outcomes::expected_value_minor.eq(Some(1_250_000_i64 * (i as i64 + 1))),
                meeting_outcomes::currency.eq(Some("USD")),
                meeting_outcomes::products.eq("meters"),
                meeting_outcomes::notes.eq("Call Ana Flores on +51 999 888 777"),
                meeting_outcomes::recorded_by.eq("organizer"),
                meeting_outcomes::recorded_at.eq(store::now()),
            ))
            .execute(c)
            .expect("outcome");
        diesel::insert_into(meeting_ratings::table)
            .values((
                meeting_ratings::meeting_id.eq(id),
                meeting_ratings::rating.eq(4),
                meeting_ratings::comment.eq("Ana found it useful"),
                meeting_ratings::rated_at.eq(store::now()),
            ))
            .execute(c)
            .expect("rating");
    }
    ids.len()
}

/// The report's header, totals line and per-country lines (CSV): what must still add
/// up after someone is forgotten.
async fn report_totals(app: &TestApp, organizer: &reqwest::Client, expo: i32) -> Vec<String> {
    let (status, _, csv) = get(
        app,
        organizer,
        &format!("/organizer/expos/{expo}/report.csv"),
    )
    .await;
    assert_eq!(status, 200, "report");
    let mut lines: Vec<String> = csv.lines().take(2).map(str::to_owned).collect();
    lines.extend(
        csv.lines()
            .filter(|l| l.starts_with("country,"))
            .map(str::to_owned),
    );
    lines
}

/// Moves the expo's days `ago` days into the past and sets its retention period.
fn expo_ended(c: &mut DbConnection, expo: i32, ago: i64, retention: i32) {
    let days: Vec<(i32, chrono::NaiveDate)> = consultation_days::table
        .filter(consultation_days::expo_id.eq(expo))
        .select((consultation_days::id, consultation_days::day))
        .order(consultation_days::day.desc())
        .load(c)
        .expect("days");
    let today = store::now().date();
    for (i, (id, _)) in days.iter().enumerate() {
        diesel::update(consultation_days::table.find(id))
            .set(consultation_days::day.eq(today - TimeDelta::days(ago + i as i64)))
            .execute(c)
            .expect("day");
    }
    diesel::update(expos::table.find(expo))
        .set(expos::retention_days.eq(retention))
        .execute(c)
        .expect("retention");
}

/// A delivered message to `to`, sent `days` ago, with a sign-in link in its body.
fn delivered(c: &mut DbConnection, to: &str, days: i64) -> i32 {
    let sent = store::now() - TimeDelta::days(days);
    diesel::insert_into(outbox::table)
        .values((
            outbox::kind.eq("sign_in_link"),
            outbox::to_address.eq(to),
            outbox::to_name.eq("Ana"),
            outbox::subject.eq("Your expomatch sign-in link"),
            outbox::body_text.eq("Dear Ana, http://x/auth/link/secret"),
            outbox::body_html.eq(Some("<p>Dear Ana</p>")),
            outbox::status.eq("sent"),
            outbox::next_attempt_at.eq(sent),
            outbox::sent_at.eq(Some(sent)),
            outbox::created_at.eq(sent),
        ))
        .returning(outbox::id)
        .get_result(c)
        .expect("message")
}

fn run_purge(app: &TestApp, extra: &[&str]) -> (i32, String) {
    let db = app.database_arg();
    let mut args = vec!["purge", "--database-url", db.as_str()];
    args.extend_from_slice(extra);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_expomatch"))
        .args(&args)
        .env_remove("DATABASE_URL")
        .env_remove("SENT_MAIL_RETENTION_DAYS")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run expomatch purge");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

type Snapshot = (
    Vec<(i32, String, String)>,
    Vec<(i32, String)>,
    Vec<(i32, String)>,
);

/// Everything personal about the people of the demo expo, to prove a dry run changed
/// nothing.
fn people_snapshot(c: &mut DbConnection) -> Snapshot {
    (
        buyers::table
            .select((buyers::id, buyers::name, buyers::email))
            .order(buyers::id)
            .load(c)
            .expect("buyers"),
        suppliers::table
            .select((suppliers::id, suppliers::email))
            .order(suppliers::id)
            .load(c)
            .expect("suppliers"),
        outbox::table
            .select((outbox::id, outbox::body_text))
            .order(outbox::id)
            .load(c)
            .expect("outbox"),
    )
}

both_databases! {
    async fn a_supplier_cannot_register_without_each_required_consent_and_its_consents_are_recorded(app) {
        app.with_db(|c| expomatch::demo::seed_in_transaction(c).map(|_| ()).expect("seed")).await;
        // The organizer says data leaves Korea: the overseas transfer needs its own consent.
        let organizer: i32 = app.with_db(|c| organizers::table.select(organizers::id).first(c).expect("organizer")).await;
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        let res = post(&app, &staff, "/organizer/privacy", "/organizer/privacy", &NOTICE).await;
        assert_eq!(res.status().as_u16(), 303, "notice saved");
        let (_, _, page) = get(&app, &app.client, "/register").await;
        assert!(page.contains("name=\"consent_overseas\""), "the overseas consent is asked");
        let all = [("consent_collection", "yes"), ("consent_provision", "yes"), ("consent_overseas", "yes")];
        for missing in ["consent_collection", "consent_provision", "consent_overseas"] {
            let mut fields = with(&[]);
            fields.retain(|(k, _)| !k.starts_with("consent_"));
            fields.extend(all.iter().filter(|(k, _)| *k != missing).map(|(k, v)| (*k, (*v).to_owned())));
            let res = post_registration(&app, &fields).await;
            assert_eq!(res.status().as_u16(), 422, "case {missing}");
            let html = scraper::Html::parse_document(&res.text().await.expect("body"));
            assert_eq!(select_text(&html, &format!("#{missing}-error")).len(), 1, "case {missing}: the box says why");
            let n: i64 = app.with_db(|c| suppliers::table.filter(suppliers::email.eq("export@hanbit-watertech.example")).count().get_result(c).expect("count")).await;
            assert_eq!(n, 0, "case {missing}: no account created");
            let n: i64 = app.with_db(|c| consents::table.count().get_result(c).expect("count")).await;
            let demo_people: i64 = app.with_db(|c| consents::table.filter(consents::ip.eq("")).count().get_result(c).expect("count")).await;
            assert_eq!(n, demo_people, "case {missing}: no consent recorded");
        }
        let mut fields = with(&[]);
        fields.extend(all.iter().map(|(k, v)| (*k, (*v).to_owned())));
        fields.push(("consent_marketing", "yes".into()));
        let res = post_registration(&app, &fields).await;
        assert_eq!(location(&res), "/register/sent");
        let (id, version): (i32, i32) = app
            .with_db(|c| {
                let email: String = suppliers::table.order(suppliers::id.desc()).select(suppliers::email).first(c).expect("email");
                let id = suppliers::table.filter(suppliers::email.eq(email)).select(suppliers::id).first(c).expect("id");
                (id, privacy_notices::table.select(diesel::dsl::max(privacy_notices::id)).first::<Option<i32>>(c).expect("v").expect("v"))
            })
            .await;
        assert_eq!(version, 2);
        let recorded = consents_of(&app, Role::Supplier, id).await;
        let kinds: Vec<&str> = recorded.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(kinds, ["collection", "marketing", "overseas", "provision"]);
        assert!(recorded.iter().all(|(_, v, ip)| *v == 2 && ip == "127.0.0.1"), "version and address: {recorded:?}");
    }

    async fn a_buyer_consents_at_the_first_profile_and_a_missing_consent_saves_nothing(app) {
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
        let client = signed_in(&app, Role::Buyer, buyer).await;
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
            let fields: Vec<(&str, &str)> = good.iter().copied().filter(|(k, _)| *k != missing).collect();
            let res = post(&app, &client, "/buyer/profile", "/buyer/profile", &fields).await;
            assert_eq!(res.status().as_u16(), 422, "case {missing}");
            let body = res.text().await.expect("body");
            assert!(body.contains(&format!("id=\"{missing}-error\"")), "case {missing}: explained");
            let done: Option<chrono::NaiveDateTime> = app.with_db(move |c| buyers::table.find(buyer).select(buyers::profile_completed_at).first(c).expect("row")).await;
            assert!(done.is_none(), "case {missing}: profile not saved");
            assert!(consents_of(&app, Role::Buyer, buyer).await.is_empty(), "case {missing}: nothing recorded");
        }
        let res = post(&app, &client, "/buyer/profile", "/buyer/profile", &good).await;
        assert_eq!(location(&res), "/buyer/suppliers");
        let kinds: Vec<String> = consents_of(&app, Role::Buyer, buyer).await.into_iter().map(|(k, _, _)| k).collect();
        assert_eq!(kinds, ["collection", "provision"]);
        // Later saves of the profile ask for nothing again.
        let (_, _, page) = get(&app, &client, "/buyer/profile").await;
        assert!(!page.contains("consent_collection"), "no consent block after the first time");
    }

    async fn a_new_notice_version_asks_people_again_at_their_next_sign_in(app) {
        let (organizer, buyer, _) = demo(&app).await;
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        // Bad notices are refused and publish nothing.
        let cases: [(&str, &str, &str); 4] = [
            ("officer_email", "not an email", "officer_email"),
            ("officer_phone", "", "officer_phone"),
            ("transfer_country", "", "transfer_country"),
            ("body", "   ", "body"),
        ];
        for (field, value, error) in cases {
            let mut fields: Vec<(&str, &str)> = NOTICE.iter().copied().filter(|(k, _)| *k != field).collect();
            fields.push((field, value));
            let res = post(&app, &staff, "/organizer/privacy", "/organizer/privacy", &fields).await;
            assert_eq!(res.status().as_u16(), 422, "case {field}={value:?}");
            let html = scraper::Html::parse_document(&res.text().await.expect("body"));
            assert!(!select_text(&html, &format!("#{error} ~ .field-error, .field.invalid #{error}")).is_empty(), "case {field}: marked");
        }
        let versions: i64 = app.with_db(|c| privacy_notices::table.count().get_result(c).expect("n")).await;
        assert_eq!(versions, 1, "nothing published");
        // Before the change the buyer goes straight in.
        let client = signed_in(&app, Role::Buyer, buyer).await;
        assert_eq!(get(&app, &client, "/buyer").await.0, 200);
        let res = post(&app, &staff, "/organizer/privacy", "/organizer/privacy", &NOTICE).await;
        assert_eq!(location(&res), "/organizer/privacy");
        let token = app
            .with_db(move |c| tokens::issue(c, Role::Buyer, buyer, Purpose::SignIn, TimeDelta::minutes(5), store::now()).expect("token"))
            .await;
        let client = app.new_client();
        let res = use_link(&client, &app.url(&format!("/auth/link/{}", token.as_str()))).await;
        assert_eq!(location(&res), "/buyer/privacy/consent", "asked at sign-in");
        for path in ["/buyer", "/buyer/suppliers", "/buyer/profile"] {
            assert_eq!(get(&app, &client, path).await.1, "/buyer/privacy/consent", "{path} waits for the consent");
        }
        let (status, _, page) = get(&app, &client, "/buyer/privacy").await;
        assert_eq!(status, 200, "their data stays open to them");
        assert!(page.contains("Ask for deletion"));
        let (status, _, page) = get(&app, &client, "/buyer/privacy/consent").await;
        assert_eq!(status, 200);
        assert!(page.contains("Cloud Hosting KK"), "the transfer is named");
        let res = post(&app, &client, "/buyer/privacy/consent", "/buyer/privacy/consent", &[("consent_collection", "yes"), ("consent_provision", "yes")]).await;
        assert_eq!(res.status().as_u16(), 422, "the overseas consent is required");
        assert_eq!(get(&app, &client, "/buyer").await.1, "/buyer/privacy/consent", "still waiting");
        let res = post(&app, &client, "/buyer/privacy/consent", "/buyer/privacy/consent", &[("consent_collection", "yes"), ("consent_provision", "yes"), ("consent_overseas", "yes")]).await;
        assert_eq!(location(&res), "/buyer");
        assert_eq!(get(&app, &client, "/buyer").await.0, 200, "in");
        let latest: Vec<(String, i32, String)> = consents_of(&app, Role::Buyer, buyer).await.into_iter().filter(|(_, v, _)| *v == 2).collect();
        let kinds: Vec<&str> = latest.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(kinds, ["collection", "overseas", "provision"]);
        // A third sign-in asks nothing more.
        let again = signed_in(&app, Role::Buyer, buyer).await;
        assert_eq!(get(&app, &again, "/buyer").await.0, 200);
        let audit: i64 = app.with_db(|c| audit_log::table.filter(audit_log::action.eq("privacy.notice_saved")).count().get_result(c).expect("n")).await;
        assert_eq!(audit, 1);
    }

    async fn the_privacy_notice_is_linked_from_every_page_and_every_email(app) {
        let (organizer, buyer, _) = demo(&app).await;
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        post(&app, &staff, "/organizer/privacy", "/organizer/privacy", &NOTICE).await;
        let buyer_client = signed_in(&app, Role::Buyer, buyer).await;
        for (who, client, path) in [("anonymous", &app.client, "/"), ("anonymous", &app.client, "/register"), ("organizer", &staff, "/organizer"), ("buyer", &buyer_client, "/buyer/privacy/consent")] {
            let (_, _, page) = get(&app, client, path).await;
            let html = scraper::Html::parse_document(&page);
            assert_eq!(select_text(&html, "footer a[href='/privacy']").len(), 1, "{who} {path}");
        }
        let (status, _, page) = get(&app, &app.client, "/privacy").await;
        assert_eq!(status, 200);
        let html = scraper::Html::parse_document(&page);
        let officer = select_text(&html, "#officer").join(" ");
        assert!(officer.contains("Kim Minji") && officer.contains("privacy@kotra.example") && officer.contains("+82 2 3460 7114"), "{officer}");
        let notice = select_text(&html, "#notice").join(" ");
        for needle in ["We process your data", "What we collect", "365 days after the expo's last day", "30 days after delivery", "Cloud Hosting KK", "Japan"] {
            assert!(notice.contains(needle), "the notice says {needle:?}: {notice}");
        }
        // Every email: the worker adds the link to both parts of each message it sends.
        let backend = app.backend;
        drop(app);
        let app = TestApp::spawn_with(backend, Options { outbox_worker: false, ..Options::default() }).await;
        let base = app.address.clone();
        let n = app
            .with_db(move |c| {
                let links = expomatch::demo::seed_in_transaction(c).expect("seed");
                let from = "Expo <expo@kotra.example>".parse().expect("from");
                let ctx = expomatch::mail::messages::MailContext::new(&base, from);
                expomatch::demo::queue_sample_mail(c, &links, &ctx).expect("sample mail");
                outbox::table.filter(outbox::status.eq("pending")).count().get_result::<i64>(c).expect("n")
            })
            .await;
        let mailer = expomatch::mail::transport::Mailer::memory();
        let sender = expomatch::mail::sender::Sender::new(
            app.pool.clone(),
            mailer.clone(),
            expomatch::mail::sender::SenderConfig::new("Expo <expo@kotra.example>".parse().expect("from"), &app.address),
        );
        let report = sender.drain().await.expect("drain");
        assert_eq!(report.sent as i64, n);
        let expomatch::mail::transport::Mailer::Memory(sent) = mailer else { panic!("memory mailer") };
        let sent = sent.lock().expect("lock").clone();
        assert_eq!(sent.len() as i64, n, "every kind of message the demo queued");
        let link = format!("{}/privacy", app.address);
        for raw in &sent {
            let message = mail_parser::MessageParser::default().parse(raw).expect("parse");
            let subject = message.subject().unwrap_or_default().to_owned();
            let text = message.body_text(0).expect("text part");
            assert!(text.contains(&link), "{subject}: the text links the notice");
            let html = message.body_html(0).expect("html part");
            assert!(html.contains(&format!("href=\"{link}\"")), "{subject}: the HTML links the notice");
        }
    }

    async fn a_person_downloads_everything_held_about_them_and_no_secret(app) {
        let (_, buyer, _) = demo(&app).await;
        let supplier: i32 = app.with_db(move |c| meetings::table.filter(meetings::buyer_id.eq(buyer)).select(meetings::supplier_id).first(c).expect("supplier")).await;
        // Secrets the service holds about them: sign-in links, a calendar token, a password.
        let (secret, calendar, hash) = app
            .with_db(move |c| {
                let link = tokens::issue(c, Role::Buyer, buyer, Purpose::SignIn, TimeDelta::minutes(30), store::now()).expect("token");
                let email: String = buyers::table.find(buyer).select(buyers::email).first(c).expect("email");
                expomatch::mail::queue_sign_in_links(c, &EmailAddress::parse(&email).expect("email"), "http://x", store::now()).expect("queued");
                let feed = store::feeds::renew(c, Role::Supplier, supplier, store::now()).expect("feed");
                diesel::update(suppliers::table.find(supplier)).set(suppliers::password_hash.eq("$argon2id$v=19$secret")).execute(c).expect("secrets");
                (link.as_str().to_owned(), feed.as_str().to_owned(), "$argon2id$v=19$secret".to_owned())
            })
            .await;
        for (role, id, base) in [(Role::Buyer, buyer, "/buyer/privacy"), (Role::Supplier, supplier, "/supplier/privacy")] {
            let client = signed_in(&app, role, id).await;
            let (status, _, page) = get(&app, &client, base).await;
            assert_eq!(status, 200, "{role} page");
            let res = client.get(app.url(&format!("{base}/data.json"))).send().await.expect("json");
            assert_eq!(res.status().as_u16(), 200);
            assert!(res.headers().get("content-disposition").and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("attachment")), "a download");
            let body = res.text().await.expect("body");
            let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
            let (email, n_meetings): (String, i64) = app
                .with_db(move |c| match role {
                    Role::Buyer => (
                        buyers::table.find(id).select(buyers::email).first(c).expect("email"),
                        meetings::table.filter(meetings::buyer_id.eq(id)).count().get_result(c).expect("n"),
                    ),
                    _ => (
                        suppliers::table.find(id).select(suppliers::email).first(c).expect("email"),
                        meetings::table.filter(meetings::supplier_id.eq(id)).count().get_result(c).expect("n"),
                    ),
                })
                .await;
            assert_eq!(json["profile"]["email"], serde_json::Value::String(email.clone()), "{role}");
            assert_eq!(json["meetings"].as_array().map(Vec::len), Some(n_meetings as usize), "{role}: every meeting");
            assert!(n_meetings > 0);
            assert!(!json["consents"].as_array().expect("consents").is_empty(), "{role}: consents listed");
            assert!(page.contains(&email), "{role}: the page shows it too");
            for leak in [secret.as_str(), calendar.as_str(), hash.as_str(), "/auth/link/"] {
                assert!(!body.contains(leak) && !page.contains(leak), "{role}: {leak} never in the export");
            }
        }
        // The optional consent can be given and withdrawn; the withdrawal is recorded.
        let client = signed_in(&app, Role::Buyer, buyer).await;
        for (news, live) in [("yes", 1), ("no", 0), ("yes", 1)] {
            let res = post(&app, &client, "/buyer/privacy", "/buyer/privacy/news", &[("news", news)]).await;
            assert_eq!(location(&res), "/buyer/privacy");
            let n = consents_of(&app, Role::Buyer, buyer).await.iter().filter(|(k, _, _)| k == "marketing").count();
            assert_eq!(n, live, "news {news}");
        }
        let withdrawn: i64 = app
            .with_db(move |c| consents::table.filter(consents::person_id.eq(buyer)).filter(consents::role.eq("buyer")).filter(consents::kind.eq("marketing")).filter(consents::withdrawn_at.is_not_null()).count().get_result(c).expect("n"))
            .await;
        assert_eq!(withdrawn, 1, "the withdrawal stays on record");
        // Nobody reads another's export: each role's page is its own.
        let other = signed_in(&app, Role::Supplier, supplier).await;
        assert_eq!(get(&app, &other, "/buyer/privacy/data.json").await.0, 403);
        assert_eq!(get(&app, &app.new_client(), "/supplier/privacy/data.json").await.0, 303);
    }

    async fn a_deletion_request_is_carried_out_by_an_organizer_and_the_report_still_adds_up(app) {
        let (organizer, buyer, expo) = demo(&app).await;
        let held = app.with_db(move |c| hold_meetings_with_outcomes(c, buyer)).await;
        assert!(held > 0);
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        let before = report_totals(&app, &staff, expo).await;
        let client = signed_in(&app, Role::Buyer, buyer).await;
        let old_email = app
            .with_db(move |c| {
                let email: String = buyers::table.find(buyer).select(buyers::email).first(c).expect("email");
                expomatch::mail::queue_sign_in_links(c, &EmailAddress::parse(&email).expect("email"), "http://x", store::now()).expect("queued");
                email
            })
            .await;
        let (_, _, home) = get(&app, &client, "/buyer").await;
        assert!(home.contains("/buyer/subscription"), "the agenda offers a calendar address");
        let ready = post(&app, &client, "/buyer", "/buyer/subscription", &[]).await.text().await.expect("page");
        let feed_path = ready
            .split("id=\"feed-url\" readonly value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|url| url.find("/calendar/").map(|at| url[at..].to_owned()))
            .expect("the new calendar address");
        assert_eq!(get(&app, &app.new_client(), &feed_path).await.0, 200, "the feed works before");

        // Without the confirmation nothing is asked.
        let res = post(&app, &client, "/buyer/privacy", "/buyer/privacy/delete", &[]).await;
        assert_eq!(location(&res), "/buyer/privacy");
        let open: i64 = app.with_db(|c| deletion_requests::table.count().get_result(c).expect("n")).await;
        assert_eq!(open, 0, "unconfirmed: no request");
        for _ in 0..2 {
            let res = post(&app, &client, "/buyer/privacy", "/buyer/privacy/delete", &[("confirm", "yes")]).await;
            assert_eq!(location(&res), "/buyer/privacy");
        }
        let open: Vec<i32> = app.with_db(|c| deletion_requests::table.filter(deletion_requests::done_at.is_null()).select(deletion_requests::id).load(c).expect("open")).await;
        assert_eq!(open.len(), 1, "asking twice keeps one request");
        let request = open[0];
        let (_, _, page) = get(&app, &client, "/buyer/privacy").await;
        assert!(page.contains("id=\"deletion-pending\""));

        // Others cannot carry it out, nor an unknown request.
        let supplier_client = signed_in(&app, Role::Supplier, app.with_db(|c| suppliers::table.select(suppliers::id).first::<i32>(c).expect("s")).await).await;
        for (who, c, id, status) in [("buyer", &client, request, 403), ("supplier", &supplier_client, request, 403), ("organizer, unknown request", &staff, request + 1000, 404)] {
            let res = post(&app, c, "/privacy", &format!("/organizer/privacy/requests/{id}/carry-out"), &[]).await;
            assert_eq!(res.status().as_u16(), status, "{who}");
        }
        assert!(!expomatch_forgotten(&app, buyer).await, "nothing happened yet");

        let (_, _, list) = get(&app, &staff, "/organizer/privacy").await;
        assert!(list.contains(&format!("/organizer/privacy/requests/{request}/carry-out")), "the organizer sees the request");
        let res = post(&app, &staff, "/organizer/privacy", &format!("/organizer/privacy/requests/{request}/carry-out"), &[]).await;
        assert_eq!(location(&res), "/organizer/privacy");
        let res = post(&app, &staff, "/organizer/privacy", &format!("/organizer/privacy/requests/{request}/carry-out"), &[]).await;
        assert_eq!(res.status().as_u16(), 404, "a request is carried out once");

        let (name, email, org, looking): (String, String, String, String) = app
            .with_db(move |c| buyers::table.find(buyer).select((buyers::name, buyers::email, buyers::organisation, buyers::looking_for)).first(c).expect("row"))
            .await;
        assert_eq!(name, format!("Deleted buyer #{buyer}"));
        assert_eq!(email, format!("deleted-buyer-{buyer}@invalid"));
        assert!(org.is_empty() && looking.is_empty());
        let (links, unsent, to_old, notes, comments, kept): (i64, i64, i64, Vec<String>, Vec<String>, i64) = app
            .with_db(move |c| {
                let ids: Vec<i32> = meetings::table.filter(meetings::buyer_id.eq(buyer)).select(meetings::id).load(c).expect("ids");
                (
                    sign_in_tokens::table.filter(sign_in_tokens::role.eq("buyer")).filter(sign_in_tokens::subject_id.eq(buyer)).count().get_result(c).expect("n"),
                    outbox::table.filter(outbox::to_address.eq(format!("deleted-buyer-{buyer}@invalid"))).filter(outbox::status.ne("sent")).count().get_result(c).expect("n"),
                    outbox::table.filter(outbox::to_address.eq(&old_email)).count().get_result(c).expect("n"),
                    meeting_outcomes::table.filter(meeting_outcomes::meeting_id.eq_any(&ids)).select(meeting_outcomes::notes).load(c).expect("notes"),
                    meeting_ratings::table.filter(meeting_ratings::meeting_id.eq_any(&ids)).select(meeting_ratings::comment).load(c).expect("comments"),
                    ids.len() as i64,
                )
            })
            .await;
        assert_eq!(links, 0, "sign-in links deleted");
        assert_eq!(unsent, 0, "unsent messages deleted");
        assert_eq!(to_old, 0, "no message keeps the old address");
        assert!(notes.iter().all(String::is_empty) && notes.len() == held, "outcomes kept, notes emptied: {notes:?}");
        assert!(comments.iter().all(String::is_empty) && comments.len() == held, "ratings kept, comments emptied");
        assert!(kept >= held as i64, "meetings kept");
        assert_eq!(get(&app, &app.new_client(), &feed_path).await.0, 404, "the feed stops");
        assert_eq!(report_totals(&app, &staff, expo).await, before, "the report adds up as before");
        let audit: Vec<(String, Option<i32>)> = app
            .with_db(move |c| audit_log::table.filter(audit_log::action.like("privacy.%")).filter(audit_log::subject_id.eq(buyer)).select((audit_log::action, audit_log::actor_id)).order(audit_log::id).load(c).expect("audit"))
            .await;
        assert_eq!(audit, vec![("privacy.deletion_requested".to_owned(), Some(buyer)), ("privacy.person_forgotten".to_owned(), Some(organizer))]);
        let (_, _, list) = get(&app, &staff, "/organizer/privacy").await;
        assert!(!list.contains("/carry-out"), "no request waits any more");
    }

    async fn a_forgotten_supplier_loses_its_password_feed_and_profile_and_its_upcoming_meetings_are_cancelled(app) {
        let (organizer, buyer, _) = demo(&app).await;
        let supplier: i32 = app.with_db(move |c| meetings::table.filter(meetings::buyer_id.eq(buyer)).select(meetings::supplier_id).first(c).expect("supplier")).await;
        let feed = app
            .with_db(move |c| {
                diesel::update(suppliers::table.find(supplier)).set(suppliers::password_hash.eq("$argon2id$x")).execute(c).expect("set");
                store::feeds::renew(c, Role::Supplier, supplier, store::now()).expect("feed")
            })
            .await;
        let feed_path = format!("/calendar/{}.ics", feed.as_str());
        assert_eq!(get(&app, &app.new_client(), &feed_path).await.0, 200, "the feed works before");
        let client = signed_in(&app, Role::Supplier, supplier).await;
        let res = post(&app, &client, "/supplier/privacy", "/supplier/privacy/delete", &[("confirm", "yes")]).await;
        assert_eq!(location(&res), "/supplier/privacy");
        let request: i32 = app.with_db(|c| deletion_requests::table.select(deletion_requests::id).first(c).expect("request")).await;
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
        assert!(!before.is_empty(), "the demo supplier has upcoming meetings");
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        let res = post(&app, &staff, "/organizer/privacy", &format!("/organizer/privacy/requests/{request}/carry-out"), &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(app.with_db(upcoming).await.is_empty(), "no upcoming meeting stays booked");
        for (meeting, buyer_email) in before {
            let (status, told): (String, i64) = app
                .with_db(move |c| {
                    (
                        meetings::table.find(meeting).select(meetings::status).first(c).expect("status"),
                        outbox::table.filter(outbox::meeting_id.eq(meeting)).filter(outbox::to_address.eq(&buyer_email)).filter(outbox::subject.like("%ancel%")).count().get_result(c).expect("n"),
                    )
                })
                .await;
            assert_eq!(status, "cancelled", "meeting {meeting}");
            assert_eq!(told, 1, "meeting {meeting}: the buyer is told");
        }
        let row: (String, String, Option<String>, String, String) = app
            .with_db(move |c| suppliers::table.find(supplier).select((suppliers::company_name_en, suppliers::email, suppliers::password_hash, suppliers::contact_name, suppliers::phone)).first(c).expect("row"))
            .await;
        assert_eq!(row.0, format!("Deleted supplier #{supplier}"));
        assert_eq!(row.1, format!("deleted-supplier-{supplier}@invalid"));
        assert_eq!(row.2, None, "password gone");
        assert!(row.3.is_empty() && row.4.is_empty());
        assert_eq!(get(&app, &app.new_client(), &feed_path).await.0, 404, "the calendar address ends");
        let (status, _, _) = get(&app, &client, "/supplier").await;
        assert_eq!(status, 303, "its sign-in ended with its data");
    }

    async fn purge_anonymizes_expos_past_retention_and_old_mail_bodies_and_a_dry_run_changes_nothing(app) {
        // Without the app's own worker, whose daily job would race the command.
        let backend = app.backend;
        drop(app);
        let app = TestApp::spawn_with(backend, Options { outbox_worker: false, ..Options::default() }).await;
        let (organizer, buyer, expo) = demo(&app).await;
        app.with_db(move |c| hold_meetings_with_outcomes(c, buyer)).await;
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        let before = report_totals(&app, &staff, expo).await;
        // Within its retention period nothing is due: 100 days after, 365 kept.
        let (old, recent) = app
            .with_db(move |c| {
                expo_ended(c, expo, 100, 365);
                (delivered(c, "someone@example.com", 45), delivered(c, "someone@example.com", 5))
            })
            .await;
        let (code, out) = run_purge(&app, &["--dry-run"]);
        assert_eq!(code, 0, "{out}");
        assert!(!out.contains("buyers"), "no expo is due yet: {out}");
        assert!(out.contains("1 delivered message bodies"), "{out}");
        // Past it: 400 days after the last day with 365 kept.
        app.with_db(move |c| expo_ended(c, expo, 400, 365)).await;
        let snapshot = app.with_db(people_snapshot).await;
        let (code, out) = run_purge(&app, &["--dry-run"]);
        assert_eq!(code, 0);
        let (n_buyers, n_suppliers): (i64, i64) = app
            .with_db(move |c| (buyers::table.filter(buyers::expo_id.eq(expo)).count().get_result(c).expect("n"), suppliers::table.filter(suppliers::expo_id.eq(expo)).count().get_result(c).expect("n")))
            .await;
        assert!(out.contains("dry run") && out.contains(&format!("{n_buyers} buyers and {n_suppliers} suppliers")), "{out}");
        assert_eq!(app.with_db(people_snapshot).await, snapshot, "a dry run changes nothing");

        app.with_db(move |c| store::privacy::request_deletion(c, Role::Buyer, buyer, store::now()).expect("request")).await;
        let (code, out) = run_purge(&app, &["--sent-mail-retention-days", "30"]);
        assert_eq!(code, 0, "{out}");
        let open: i64 = app.with_db(|c| deletion_requests::table.filter(deletion_requests::done_at.is_null()).count().get_result(c).expect("n")).await;
        assert_eq!(open, 0, "a request the purge answered is closed");
        let (left, bodies): (i64, Vec<(i32, String, Option<String>)>) = app
            .with_db(move |c| {
                (
                    buyers::table.filter(buyers::expo_id.eq(expo)).filter(buyers::anonymized_at.is_null()).count().get_result(c).expect("n"),
                    outbox::table.filter(outbox::id.eq_any([old, recent])).select((outbox::id, outbox::body_text, outbox::body_html)).order(outbox::id).load(c).expect("bodies"),
                )
            })
            .await;
        assert_eq!(left, 0, "every buyer of the expo is anonymized");
        assert_eq!(bodies[0], (old, String::new(), None), "the old body is emptied");
        assert!(bodies[1].1.contains("Dear Ana"), "the recent one stays");
        assert_eq!(report_totals(&app, &staff, expo).await, before, "the report adds up as before");
        let (code, out) = run_purge(&app, &["--dry-run"]);
        assert_eq!(code, 0);
        assert!(!out.contains("buyers and"), "nothing left to do: {out}");
    }

    async fn the_running_server_purges_what_has_expired_every_day(app) {
        let (_, _, expo) = demo(&app).await;
        let old = app
            .with_db(move |c| {
                expo_ended(c, expo, 400, 365);
                delivered(c, "someone@example.com", 45)
            })
            .await;
        // A server starting now runs its daily job at once.
        let second = app.second_instance().await;
        let mut left = -1;
        for _ in 0..100 {
            left = second
                .with_db(move |c| buyers::table.filter(buyers::expo_id.eq(expo)).filter(buyers::anonymized_at.is_null()).count().get_result::<i64>(c).expect("n"))
                .await;
            let body: String = second.with_db(move |c| outbox::table.find(old).select(outbox::body_text).first(c).expect("body")).await;
            if left == 0 && body.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(left, 0, "the daily job anonymized the expired expo");
        let body: String = app.with_db(move |c| outbox::table.find(old).select(outbox::body_text).first(c).expect("body")).await;
        assert!(body.is_empty(), "and emptied the old message body");
    }

    async fn an_expos_retention_period_is_set_in_its_settings(app) {
        let (organizer, _, expo) = demo(&app).await;
        let staff = signed_in(&app, Role::Organizer, organizer).await;
        let page = format!("/organizer/expos/{expo}");
        let form_sel = format!("form[action='/organizer/expos/{expo}']");
        let (status, _, body) = get(&app, &staff, &page).await;
        assert_eq!(status, 200, "{page}");
        let html = scraper::Html::parse_document(&body);
        let fields: Vec<(String, String)> = html
            .select(&scraper::Selector::parse(&format!("{form_sel} input[name], {form_sel} select[name], {form_sel} textarea[name]")).expect("sel"))
            .filter_map(|e| {
                let name = e.value().attr("name")?.to_owned();
                if e.value().attr("type") == Some("checkbox") && e.value().attr("checked").is_none() {
                    return None;
                }
                let value = match e.value().name() {
                    "select" => e.select(&scraper::Selector::parse("option[selected]").expect("sel")).next().and_then(|o| o.value().attr("value")).unwrap_or("").to_owned(),
                    "textarea" => e.text().collect(),
                    _ => e.value().attr("value").unwrap_or("on").to_owned(),
                };
                Some((name, value))
            })
            .filter(|(k, _)| k != "csrf_token" && k != "retention_days")
            .collect();
        let action = page.clone();
        assert_eq!(html.select(&scraper::Selector::parse(&form_sel).expect("sel")).count(), 1, "the settings form");
        for (value, status, stored) in [("10", 422, 365), ("forever", 422, 365), ("730", 303, 730)] {
            let mut form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            form.push(("retention_days", value));
            let res = post(&app, &staff, &page, &action, &form).await;
            assert_eq!(res.status().as_u16(), status, "retention {value}");
            let now: i32 = app.with_db(move |c| expos::table.find(expo).select(expos::retention_days).first(c).expect("days")).await;
            assert_eq!(now, stored, "retention {value}");
        }
    }
}

async fn expomatch_forgotten(app: &TestApp, buyer: i32) -> bool {
    app.with_db(move |c| store::privacy::is_forgotten(c, Role::Buyer, buyer).expect("forgotten"))
        .await
}
