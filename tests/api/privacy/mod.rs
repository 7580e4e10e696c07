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

use crate::helpers::*;
use crate::on_both_databases;
use crate::supplier::{post_registration, with};

mod consent;
mod retention;
mod rights;

/// The demo; its organizer, a buyer with booked meetings, and the expo.
async fn demo(app: &TestApp) -> (i32, i32, i32) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let organizer: i32 = organizers::table
            .select(organizers::id)
            .order(organizers::id)
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
