//! Suppliers: registration (with Hangul), email verification, approval, password
//! sign-in and reset, profile, availability, requests and the agenda.

use diesel::prelude::*;
use expomatch::db::DbConnection;
use expomatch::db::schema::{
    blocked_slots, buyers, meeting_requests, meetings, outbox, products, sectors, supplier_markets,
    supplier_sectors, suppliers,
};
use expomatch::domain::{Role, SupplierId};
use expomatch::store::{self, suppliers as supplier_store};
use scraper::{Html, Selector};

use crate::helpers::*;
use crate::on_both_databases;

const EMAIL: &str = "sujin.lee@hanbit-watertech.example";
const PASSWORD: &str = "물 맑은 정수기 2026";

/// A complete, valid registration with Korean text where Korean belongs.
pub(crate) fn valid_fields() -> Vec<(&'static str, String)> {
    [
        ("email", EMAIL),
        ("password", PASSWORD),
        ("company_name_ko", "㈜한빛워터텍"),
        ("company_name_en", "Hanbit Watertech Co., Ltd."),
        ("business_reg_no", "617-81-04424"),
        ("representative", "김한빛"),
        ("contact_name", "이수진"),
        ("phone", "+82 31-123-4567"),
        ("website", "www.hanbit-watertech.example"),
        ("address", "경기도 성남시 분당구 판교로 123"),
        ("company_size", "small"),
        ("year_founded", "2009"),
        ("sectors", "water"),
        ("sectors", "smartcity"),
        ("served_markets", "VN, TH"),
        ("target_markets", "PE, Kenya"),
        ("languages", "ko"),
        ("languages", "en"),
        (
            "catalogue_url",
            "https://hanbit-watertech.example/catalogue.pdf",
        ),
        (
            "pitch",
            "Compact membrane water treatment for small towns; 40 plants in Vietnam.",
        ),
        (
            "product_name_0",
            "막여과 정수 장치 (Membrane filtration unit)",
        ),
        ("consent_collection", "yes"),
        ("consent_provision", "yes"),
        ("product_description_0", "Containerised, 50 m³/day"),
        ("product_hs_code_0", "8421.21"),
        (
            "product_image_url_0",
            "https://hanbit-watertech.example/unit.jpg",
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

/// Fields to replace (`Some`) or leave out (`None`).
type Changes<'a> = Vec<(&'static str, Option<&'a str>)>;

/// The valid registration with `changes` applied: a field replaced, or removed when
/// the new value is `None`; repeated fields (sectors) are replaced as a whole.
pub(crate) fn with(changes: &[(&'static str, Option<&str>)]) -> Vec<(&'static str, String)> {
    let mut fields = valid_fields();
    for (name, value) in changes {
        fields.retain(|(k, _)| k != name);
        if let Some(v) = value {
            fields.push((name, (*v).to_owned()));
        }
    }
    fields
}

/// Posts the registration form as the browser would, with the expo the page offers.
pub(crate) async fn post_registration(
    app: &TestApp,
    fields: &[(&'static str, String)],
) -> reqwest::Response {
    let (_, page) = app.get_html("/register").await;
    let expo = input_value(&page, "expo");
    let mut borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    borrowed.push(("expo", &expo));
    app.post_form("/register", "/register", &borrowed).await
}

fn seed(c: &mut DbConnection) {
    expomatch::demo::seed_in_transaction(c).expect("seed");
}

fn counts(c: &mut DbConnection) -> (i64, i64, i64) {
    (
        suppliers::table.count().get_result(c).expect("suppliers"),
        outbox::table.count().get_result(c).expect("outbox"),
        products::table.count().get_result(c).expect("products"),
    )
}

/// The newest email of `kind` to `to`, and the first link in it under `prefix`.
fn mailed_link(c: &mut DbConnection, to: &str, kind: &str, prefix: &str) -> String {
    let body: String = outbox::table
        .filter(outbox::to_address.eq(to))
        .filter(outbox::kind.eq(kind))
        .order(outbox::id.desc())
        .select(outbox::body_text)
        .first(c)
        .unwrap_or_else(|e| panic!("no {kind} email to {to}: {e}"));
    let start = body
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in: {body}"));
    let rest = &body[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].to_owned()
}

fn path_of(url: &str) -> String {
    let at = url
        .find("/register/")
        .or_else(|| url.find("/signin/"))
        .expect("path");
    url[at..].to_owned()
}

fn supplier_id(c: &mut DbConnection, email: &str) -> i32 {
    suppliers::table
        .filter(suppliers::email.eq(email))
        .select(suppliers::id)
        .first(c)
        .expect("supplier")
}

async fn html_of(res: reqwest::Response) -> (u16, Html) {
    let status = res.status().as_u16();
    (
        status,
        Html::parse_document(&res.text().await.expect("body")),
    )
}

fn input_value(html: &Html, name: &str) -> String {
    let sel = Selector::parse(&format!("[name={name}]")).expect("selector");
    html.select(&sel)
        .next()
        .map(|e| {
            e.value()
                .attr("value")
                .map(str::to_owned)
                .unwrap_or_else(|| e.text().collect())
        })
        .unwrap_or_default()
}

/// Registers, follows the verification link, and returns the signed-in app.
async fn register_and_verify(app: &TestApp) -> i32 {
    let res = post_registration(app, &valid_fields()).await;
    assert_eq!(res.status().as_u16(), 303, "registration accepted");
    let link = app
        .with_db(|c| mailed_link(c, EMAIL, "verify_email", "http"))
        .await;
    let res = use_link(&app.client, &app.url(&path_of(&link))).await;
    assert_eq!(location(&res), "/supplier");
    app.with_db(|c| supplier_id(c, EMAIL)).await
}

/// A demo supplier with a booked meeting: (supplier, meeting, its slot).
fn supplier_with_meeting(c: &mut DbConnection, skip: usize) -> (i32, i32, i32) {
    let rows: Vec<(i32, i32, i32)> = meetings::table
        .filter(meetings::status.eq("booked"))
        .order(meetings::id)
        .select((meetings::supplier_id, meetings::id, meetings::slot_id))
        .load(c)
        .expect("meetings");
    let mut seen = Vec::new();
    for (s, m, slot) in rows {
        if !seen.contains(&s) {
            seen.push(s);
            if seen.len() > skip {
                return (s, m, slot);
            }
        }
    }
    panic!("not enough suppliers with meetings");
}

async fn post_as(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let body = client
        .get(app.url(page))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let html = Html::parse_document(&body);
    let sel = Selector::parse("input[name=csrf_token]").expect("selector");
    let token = html
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr("value"))
        .unwrap_or_else(|| panic!("no csrf token on {page}"))
        .to_owned();
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf_token", &token));
    client
        .post(app.url(action))
        .form(&form)
        .send()
        .await
        .expect("post")
}

#[test]
fn the_sectors_offered_are_the_sectors_the_database_holds() {
    // Checked on the SQLite tree; the schema test keeps the PostgreSQL tree the same.
    let dir = tempfile::tempdir().expect("dir");
    let url = expomatch::db::DatabaseUrl::Sqlite(dir.path().join("s.sqlite"));
    let pool = expomatch::db::build_pool(&url, 1).expect("pool");
    let mut c = pool.get().expect("conn");
    let rows: Vec<(String, String, String)> = sectors::table
        .order(sectors::position)
        .select((sectors::code, sectors::name_en, sectors::name_ko))
        .load(&mut c)
        .expect("sectors");
    let expected: Vec<(String, String, String)> = expomatch::domain::reference::SECTORS
        .iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect();
    assert_eq!(rows, expected);
}

async fn a_supplier_registers_in_korean_and_english_and_is_asked_to_confirm_its_email(
    app: TestApp,
) {
    app.with_db(seed).await;
    let (status, html) = app.get_html("/register").await;
    assert_eq!(status, 200);
    assert!(
        !select_text(&html, "input[name=expo]").is_empty()
            || !select_text(&html, "select[name=expo]").is_empty()
    );

    let res = post_registration(&app, &valid_fields()).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/register/sent");
    let (status, html) = app.get_html("/register/sent").await;
    assert_eq!(status, 200);
    assert!(select_text(&html, ".auth-card").join(" ").contains(EMAIL));

    let stored = app
        .with_db(|c| {
            let id = supplier_id(c, EMAIL);
            let row: (String, String, String, String, Option<String>) = suppliers::table
                .find(id)
                .select((
                    suppliers::company_name_ko,
                    suppliers::status,
                    suppliers::business_reg_no,
                    suppliers::address,
                    suppliers::password_hash,
                ))
                .first(c)
                .expect("row");
            let sector_count: i64 = supplier_sectors::table
                .filter(supplier_sectors::supplier_id.eq(id))
                .count()
                .get_result(c)
                .expect("sectors");
            let markets: Vec<(String, String)> = supplier_markets::table
                .filter(supplier_markets::supplier_id.eq(id))
                .order((supplier_markets::kind, supplier_markets::country))
                .select((supplier_markets::kind, supplier_markets::country))
                .load(c)
                .expect("markets");
            let product: (String, Option<String>) = products::table
                .filter(products::supplier_id.eq(id))
                .select((products::name, products::hs_code))
                .first(c)
                .expect("product");
            let verify_mails: i64 = outbox::table
                .filter(outbox::to_address.eq(EMAIL))
                .filter(outbox::kind.eq("verify_email"))
                .count()
                .get_result(c)
                .expect("mail");
            (row, sector_count, markets, product, verify_mails)
        })
        .await;
    let ((name_ko, status, reg_no, address, hash), sector_count, markets, product, verify_mails) =
        stored;
    assert_eq!(name_ko, "㈜한빛워터텍");
    assert_eq!(address, "경기도 성남시 분당구 판교로 123");
    assert_eq!(status, "unverified");
    assert_eq!(reg_no, "617-81-04424");
    assert!(hash.is_some_and(|h| h.starts_with("$argon2id$")));
    assert_eq!(sector_count, 2);
    assert_eq!(
        markets,
        [
            ("served".into(), "TH".into()),
            ("served".into(), "VN".into()),
            ("target".into(), "KE".into()),
            ("target".into(), "PE".into())
        ]
    );
    assert_eq!(
        product,
        (
            "막여과 정수 장치 (Membrane filtration unit)".to_owned(),
            Some("842121".to_owned())
        )
    );
    assert_eq!(verify_mails, 1);
}
on_both_databases!(a_supplier_registers_in_korean_and_english_and_is_asked_to_confirm_its_email);

async fn an_invalid_registration_is_shown_again_with_the_message_next_to_the_field_and_stores_nothing(
    app: TestApp,
) {
    app.with_db(seed).await;
    let long = "A".repeat(121);
    let cases: Vec<(&str, Changes, &str, &str)> = vec![
        (
            "wrong check digit",
            vec![("business_reg_no", Some("617-81-04425"))],
            "business_reg_no",
            "last digit",
        ),
        (
            "nine digits",
            vec![("business_reg_no", Some("617-81-0442"))],
            "business_reg_no",
            "10 digits",
        ),
        (
            "malformed email",
            vec![("email", Some("sujin.lee@@hanbit"))],
            "email",
            "email address like",
        ),
        (
            "malformed phone",
            vec![("phone", Some("전화 주세요"))],
            "phone",
            "phone number like",
        ),
        (
            "unknown target country",
            vec![("target_markets", Some("PE, ZZ"))],
            "target_markets",
            "ZZ",
        ),
        (
            "unknown served country",
            vec![("served_markets", Some("Narnia"))],
            "served_markets",
            "Narnia",
        ),
        (
            "unknown sector",
            vec![("sectors", Some("spaceships"))],
            "sectors",
            "not a sector",
        ),
        (
            "no sector",
            vec![("sectors", None)],
            "sectors",
            "at least one sector",
        ),
        (
            "over-long English name",
            vec![("company_name_en", Some(long.as_str()))],
            "company_name_en",
            "at most 120",
        ),
        (
            "missing representative",
            vec![("representative", None)],
            "representative",
            "required",
        ),
        (
            "missing Korean name",
            vec![("company_name_ko", Some("   "))],
            "company_name_ko",
            "required",
        ),
        (
            "pitch in Korean",
            vec![("pitch", Some("수처리 전문 기업입니다"))],
            "pitch",
            "English",
        ),
        (
            "short password",
            vec![("password", Some("short"))],
            "password",
            "at least 10",
        ),
        (
            "bad HS code",
            vec![("product_hs_code_0", Some("8"))],
            "product_hs_code_0",
            "2 to 10 digits",
        ),
        (
            "no product",
            vec![
                ("product_name_0", None),
                ("product_description_0", None),
                ("product_hs_code_0", None),
                ("product_image_url_0", None),
            ],
            "product_name_0",
            "at least one product",
        ),
    ];
    let before = app.with_db(counts).await;
    for (case, changes, field, message) in cases {
        let fields = with(&changes);
        let (status, html) = html_of(post_registration(&app, &fields).await).await;
        assert_eq!(status, 422, "case {case}");
        let errors = select_text(&html, &format!("#{field}-error"));
        assert!(
            errors.len() == 1 && errors[0].contains(message),
            "case {case}: errors next to {field}: {errors:?}"
        );
        let wrapper = select_text(&html, &format!(".invalid #{field}-error"));
        assert_eq!(wrapper.len(), 1, "case {case}: the field is marked invalid");
        assert!(
            !select_text(&html, "#form-problems").is_empty(),
            "case {case}: a summary at the top"
        );
        // Everything typed is still there, Hangul included (the password is not echoed).
        for (name, typed) in [
            ("company_name_ko", "㈜한빛워터텍"),
            ("address", "경기도 성남시 분당구 판교로 123"),
            ("contact_name", "이수진"),
        ] {
            if field != name {
                assert_eq!(input_value(&html, name), typed, "case {case}: {name} kept");
            }
        }
        if let Some((_, Some(bad))) = changes.first()
            && !["password", "sectors"].contains(&field)
        {
            assert_eq!(
                input_value(&html, field).trim(),
                bad.trim(),
                "case {case}: the refused value is shown for correction"
            );
        }
        let checked = Selector::parse("input[name=languages][checked]").expect("selector");
        assert_eq!(
            html.select(&checked).count(),
            2,
            "case {case}: check boxes kept"
        );
        assert_eq!(
            app.with_db(counts).await,
            before,
            "case {case}: nothing stored, nothing queued"
        );
    }
}
on_both_databases!(
    an_invalid_registration_is_shown_again_with_the_message_next_to_the_field_and_stores_nothing
);

async fn a_business_number_already_registered_for_the_expo_is_refused_beside_its_field(
    app: TestApp,
) {
    app.with_db(seed).await;
    let taken: String = app
        .with_db(|c| {
            suppliers::table
                .select(suppliers::business_reg_no)
                .first(c)
                .expect("reg no")
        })
        .await;
    let before = app.with_db(counts).await;
    let (status, html) =
        html_of(post_registration(&app, &with(&[("business_reg_no", Some(taken.as_str()))])).await)
            .await;
    assert_eq!(status, 422);
    assert!(select_text(&html, "#business_reg_no-error")[0].contains("already registered"));
    assert_eq!(app.with_db(counts).await, before);
}
on_both_databases!(a_business_number_already_registered_for_the_expo_is_refused_beside_its_field);

async fn registering_again_with_a_known_email_looks_the_same_and_emails_the_owner(app: TestApp) {
    app.with_db(seed).await;
    post_registration(&app, &valid_fields()).await;
    let again = post_registration(&app, &with(&[("business_reg_no", Some("220-81-62517"))])).await;
    assert_eq!(again.status().as_u16(), 303);
    assert_eq!(location(&again), "/register/sent", "no account enumeration");
    let (accounts, notices) = app
        .with_db(|c| {
            let accounts: i64 = suppliers::table
                .filter(suppliers::email.eq(EMAIL))
                .count()
                .get_result(c)
                .expect("count");
            let notices: i64 = outbox::table
                .filter(outbox::to_address.eq(EMAIL))
                .filter(outbox::kind.eq("account_exists"))
                .count()
                .get_result(c)
                .expect("count");
            (accounts, notices)
        })
        .await;
    assert_eq!((accounts, notices), (1, 1));
}
on_both_databases!(registering_again_with_a_known_email_looks_the_same_and_emails_the_owner);

async fn the_emailed_link_confirms_the_address_and_the_supplier_then_waits_for_approval(
    app: TestApp,
) {
    app.with_db(seed).await;
    post_registration(&app, &valid_fields()).await;
    let link = app
        .with_db(|c| mailed_link(c, EMAIL, "verify_email", "http"))
        .await;
    let path = path_of(&link);
    assert!(path.starts_with("/register/verify/"), "{path}");
    // Opening the link does not use it: a mail scanner cannot burn it.
    let (status, html) = app.get_html(&path).await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, ".auth-card .muted"),
        vec!["Hanbit Watertech Co., Ltd.".to_owned()]
    );
    let res = use_link(&app.client, &app.url(&path)).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let (status, html) = app.get_html("/supplier").await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, "#supplier-status"),
        vec!["waiting for approval".to_owned()]
    );
    assert!(select_text(&html, ".flash.success")[0].contains("confirmed"));
    assert_eq!(
        select_text(&html, "h1")[0],
        "㈜한빛워터텍 (Hanbit Watertech Co., Ltd.)"
    );
    // The link works once.
    let res = app
        .new_client()
        .get(app.url(&path))
        .send()
        .await
        .expect("again");
    assert_eq!(res.status().as_u16(), 410);

    // The organizer approves (the organizer pages call this store function).
    let id = app.with_db(|c| supplier_id(c, EMAIL)).await;
    app.with_db(move |c| {
        supplier_store::set_status(c, SupplierId(id), "approved", "", None, store::now())
            .expect("approve")
    })
    .await;
    let (_, html) = app.get_html("/supplier").await;
    assert_eq!(
        select_text(&html, "#supplier-status"),
        vec!["approved".to_owned()]
    );
    assert!(select_text(&html, "#status-text")[0].contains("buyers can find you"));
}
on_both_databases!(the_emailed_link_confirms_the_address_and_the_supplier_then_waits_for_approval);

async fn a_supplier_signs_in_with_its_password_and_nobody_learns_which_emails_exist(app: TestApp) {
    app.with_db(seed).await;
    register_and_verify(&app).await;
    let browser = app.new_client();
    let mut answers = Vec::new();
    for (email, password) in [
        (EMAIL, "not the password at all"),
        ("nobody@nowhere.example", PASSWORD),
        ("export@hanbit-watertech-co.example", PASSWORD),
    ] {
        let res = post_as(
            &app,
            &browser,
            "/signin/supplier",
            "/signin/supplier",
            &[("email", email), ("password", password)],
        )
        .await;
        let (status, html) = html_of(res).await;
        answers.push((status, select_text(&html, ".flash.error")));
    }
    assert_eq!(answers[0].0, 401);
    assert!(
        answers.iter().all(|a| *a == answers[0]),
        "the same answer each time: {answers:?}"
    );
    let res = post_as(
        &app,
        &browser,
        "/signin/supplier",
        "/signin/supplier",
        &[
            ("email", "Sujin.Lee@Hanbit-Watertech.example"),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let home = browser
        .get(app.url("/supplier"))
        .send()
        .await
        .expect("home");
    assert_eq!(home.status().as_u16(), 200);
}
on_both_databases!(a_supplier_signs_in_with_its_password_and_nobody_learns_which_emails_exist);

async fn a_forgotten_password_is_reset_with_an_emailed_link(app: TestApp) {
    app.with_db(seed).await;
    register_and_verify(&app).await;
    // Signed in elsewhere, with a calendar address: both end with the reset.
    let (status, _) = app.get_html("/supplier").await;
    assert_eq!(status, 200);
    let feed = new_feed_address(&app, "/supplier/agenda", "/supplier/agenda/subscription").await;
    assert_eq!(
        app.new_client()
            .get(&feed)
            .send()
            .await
            .expect("feed")
            .status()
            .as_u16(),
        200
    );
    let browser = app.new_client();
    let before: i64 = app
        .with_db(|c| outbox::table.count().get_result(c).expect("count"))
        .await;
    let unknown = post_as(
        &app,
        &browser,
        "/signin/forgot",
        "/signin/forgot",
        &[("email", "nobody@nowhere.example")],
    )
    .await;
    assert_eq!(location(&unknown), "/signin/forgot/sent");
    assert_eq!(
        app.with_db(|c| outbox::table.count().get_result::<i64>(c).expect("count"))
            .await,
        before,
        "nothing sent to unknown addresses"
    );
    let known = post_as(
        &app,
        &browser,
        "/signin/forgot",
        "/signin/forgot",
        &[("email", EMAIL)],
    )
    .await;
    assert_eq!(location(&known), "/signin/forgot/sent", "the same answer");

    let link = app
        .with_db(|c| mailed_link(c, EMAIL, "password_reset", "http"))
        .await;
    let path = path_of(&link);
    let (status, _) = html_of(browser.get(app.url(&path)).send().await.expect("open")).await;
    assert_eq!(status, 200);
    let short = post_as(&app, &browser, &path, &path, &[("password", "short")]).await;
    assert_eq!(
        short.status().as_u16(),
        422,
        "a short password is refused and the link stays usable"
    );
    let res = post_as(
        &app,
        &browser,
        &path,
        &path,
        &[("password", "a brand new passphrase")],
    )
    .await;
    assert_eq!(location(&res), "/supplier");
    let (status, _) = app.get_html("/supplier").await;
    assert_eq!(status, 303, "the other session ended with the reset");
    assert_eq!(
        app.new_client()
            .get(&feed)
            .send()
            .await
            .expect("feed")
            .status()
            .as_u16(),
        404,
        "the calendar address ended too"
    );
    let (status, _) = html_of(
        browser
            .get(app.url("/supplier"))
            .send()
            .await
            .expect("home"),
    )
    .await;
    assert_eq!(status, 200, "the browser that reset it is signed in");

    let fresh = app.new_client();
    let old = post_as(
        &app,
        &fresh,
        "/signin/supplier",
        "/signin/supplier",
        &[("email", EMAIL), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(
        old.status().as_u16(),
        401,
        "the old password no longer works"
    );
    let new = post_as(
        &app,
        &fresh,
        "/signin/supplier",
        "/signin/supplier",
        &[("email", EMAIL), ("password", "a brand new passphrase")],
    )
    .await;
    assert_eq!(location(&new), "/supplier");
    let reused = post_as(
        &app,
        &app.new_client(),
        "/signin/supplier",
        &path,
        &[("password", "yet another passphrase")],
    )
    .await;
    assert_eq!(reused.status().as_u16(), 410, "the link works once");
}
on_both_databases!(a_forgotten_password_is_reset_with_an_emailed_link);

async fn a_supplier_edits_its_profile_and_previews_it_as_buyers_see_it(app: TestApp) {
    app.with_db(seed).await;
    register_and_verify(&app).await;
    let (status, html) = app.get_html("/supplier/profile").await;
    assert_eq!(status, 200);
    assert_eq!(input_value(&html, "company_name_ko"), "㈜한빛워터텍");
    assert_eq!(input_value(&html, "target_markets"), "KE, PE");

    let edited = with(&[
        ("pitch", Some("Membrane plants for towns of 5,000 people.")),
        ("company_name_ko", Some("㈜한빛워터텍 글로벌")),
        ("product_name_1", Some("자외선 살균기 (UV steriliser)")),
        ("email", None),
        ("password", None),
    ]);
    let borrowed: Vec<(&str, &str)> = edited.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app
        .post_form("/supplier/profile", "/supplier/profile", &borrowed)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier/profile/preview");
    let (_, html) = app.get_html("/supplier/profile/preview").await;
    // The preview is the buyers' own supplier page, fed this supplier's data.
    let page = select_text(&html, "#public-profile").join(" ");
    assert!(
        page.contains("Membrane plants for towns of 5,000 people."),
        "{page}"
    );
    // The preview page has its own h1; the company name heads the buyers' page inside it.
    assert_eq!(
        select_text(&html, "#public-profile .page-head h2"),
        vec!["Hanbit Watertech Co., Ltd. ㈜한빛워터텍 글로벌".to_owned()]
    );
    assert_eq!(
        select_text(&html, "#public-profile table.data tbody tr").len(),
        2,
        "both products"
    );
    assert!(page.contains("Peru") && page.contains("Kenya"), "{page}");
    assert!(
        !select_text(&html, "#public-profile #booking-closed").is_empty(),
        "booking is only described"
    );
    assert!(
        page.contains("founded 2009")
            && !select_text(&html, "#public-profile #catalogue-link").is_empty(),
        "size, year and catalogue reach buyers"
    );
    let pictures = scraper::Selector::parse("#public-profile img.product-image").expect("selector");
    assert_eq!(
        html.select(&pictures)
            .filter_map(|i| i.value().attr("src"))
            .collect::<Vec<_>>(),
        ["https://hanbit-watertech.example/unit.jpg"]
    );

    let bad = with(&[("phone", Some("abc")), ("email", None), ("password", None)]);
    let borrowed: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, html) = html_of(
        app.post_form("/supplier/profile", "/supplier/profile", &borrowed)
            .await,
    )
    .await;
    assert_eq!(status, 422);
    assert!(!select_text(&html, "#phone-error").is_empty());
    let phone: String = app
        .with_db(|c| {
            suppliers::table
                .filter(suppliers::email.eq(EMAIL))
                .select(suppliers::phone)
                .first(c)
                .expect("phone")
        })
        .await;
    assert_eq!(phone, "+82 31-123-4567", "nothing changed");
}
on_both_databases!(a_supplier_edits_its_profile_and_previews_it_as_buyers_see_it);

async fn a_supplier_blocks_a_free_slot_but_not_one_that_holds_a_meeting(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, busy_slot) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let free_slot: i32 = app
        .with_db(move |c| {
            let busy: Vec<i32> = meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .select(meetings::slot_id)
                .load(c)
                .expect("busy");
            expomatch::db::schema::slots::table
                .filter(expomatch::db::schema::slots::id.ne_all(busy))
                .select(expomatch::db::schema::slots::id)
                .order(expomatch::db::schema::slots::id)
                .first(c)
                .expect("free slot")
        })
        .await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (status, _) = app.get_html("/supplier/availability").await;
    assert_eq!(status, 200);

    let res = app
        .post_form(
            "/supplier/availability",
            &format!("/supplier/availability/{free_slot}/block"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html("/supplier/availability").await;
    assert_eq!(
        select_text(&html, &format!("#slot-{free_slot} .badge")),
        vec!["unavailable".to_owned()]
    );

    let (status, html) = html_of(
        app.post_form(
            "/supplier/availability",
            &format!("/supplier/availability/{busy_slot}/block"),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(status, 409);
    let why = select_text(&html, &format!("#slot-{busy_slot} .field-error")).join(" ");
    assert!(why.contains("Cancel the meeting first"), "{why}");
    let blocked: Vec<i32> = app
        .with_db(move |c| {
            blocked_slots::table
                .filter(blocked_slots::supplier_id.eq(supplier))
                .select(blocked_slots::slot_id)
                .load(c)
                .expect("blocked")
        })
        .await;
    assert_eq!(blocked, vec![free_slot], "only the free slot is blocked");
    let status: String = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select(meetings::status)
                .first(c)
                .expect("meeting")
        })
        .await;
    assert_eq!(status, "booked");

    let res = app
        .post_form(
            "/supplier/availability",
            &format!("/supplier/availability/{free_slot}/unblock"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let left: i64 = app
        .with_db(move |c| {
            blocked_slots::table
                .filter(blocked_slots::supplier_id.eq(supplier))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(left, 0);
}
on_both_databases!(a_supplier_blocks_a_free_slot_but_not_one_that_holds_a_meeting);

async fn the_agenda_lists_each_meeting_by_day_and_prints(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (status, html) = app.get_html("/supplier/agenda").await;
    assert_eq!(status, 200);
    assert!(!select_text(&html, ".agenda-day h3").is_empty());
    let row = select_text(&html, &format!("#meeting-{meeting}")).join(" ");
    assert!(
        row.contains(':') && row.contains('A'),
        "time and table: {row}"
    );
    let heads = select_text(&html, ".agenda thead th");
    for head in [
        "Time",
        "Table",
        "Buyer",
        "Organisation",
        "Country",
        "Languages",
        "Interpreter",
    ] {
        assert!(heads.iter().any(|h| h == head), "column {head}: {heads:?}");
    }
    let (status, html) = app.get_html("/supplier/agenda/print").await;
    assert_eq!(status, 200);
    assert!(!select_text(&html, &format!("#meeting-{meeting}")).is_empty());
    assert!(
        select_text(&html, "a.btn.small")
            .iter()
            .all(|b| !b.contains("Cancel")),
        "no buttons on paper"
    );
}
on_both_databases!(the_agenda_lists_each_meeting_by_day_and_prints);

async fn cancelling_a_meeting_with_a_reason_frees_it_and_emails_the_buyer(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let buyer_email: String = app
        .with_db(move |c| {
            meetings::table
                .inner_join(buyers::table)
                .filter(meetings::id.eq(meeting))
                .select(buyers::email)
                .first(c)
                .expect("buyer")
        })
        .await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let page = format!("/supplier/meetings/{meeting}/cancel");
    let (status, _) = app.get_html(&page).await;
    assert_eq!(status, 200);

    let (status, html) = html_of(app.post_form(&page, &page, &[("reason", "  ")]).await).await;
    assert_eq!(status, 422, "a reason is needed");
    assert!(!select_text(&html, "#reason-error").is_empty());

    let res = app
        .post_form(
            &page,
            &page,
            &[("reason", "Our CEO has to fly to Hanoi that morning.")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier/agenda");
    type Mail = (String, String, Option<String>, Option<String>);
    let (status, reason, mail): (String, String, Vec<Mail>) = app
        .with_db(move |c| {
            let (status, reason): (String, String) = meetings::table
                .find(meeting)
                .select((meetings::status, meetings::cancel_reason))
                .first(c)
                .expect("meeting");
            let mail = outbox::table
                .filter(outbox::kind.eq("meeting_cancelled"))
                .filter(outbox::meeting_id.eq(meeting))
                .select((
                    outbox::to_address,
                    outbox::body_text,
                    outbox::calendar_method,
                    outbox::calendar_ics,
                ))
                .load(c)
                .expect("mail");
            (status, reason, mail)
        })
        .await;
    assert_eq!(status, "cancelled");
    assert_eq!(reason, "Our CEO has to fly to Hanoi that morning.");
    let to_buyer: Vec<&Mail> = mail.iter().filter(|m| m.0 == buyer_email).collect();
    assert_eq!(to_buyer.len(), 1, "the buyer is told once: {mail:?}");
    assert!(
        to_buyer[0]
            .1
            .contains("Our CEO has to fly to Hanoi that morning.")
    );
    assert_eq!(
        to_buyer[0].2.as_deref(),
        Some("CANCEL"),
        "the calendar entry is withdrawn"
    );
    assert!(
        to_buyer[0]
            .3
            .as_deref()
            .is_some_and(|ics| ics.contains("STATUS:CANCELLED"))
    );
    let (_, html) = app.get_html("/supplier/agenda").await;
    assert!(
        select_text(&html, &format!("#meeting-{meeting}")).is_empty(),
        "gone from the agenda"
    );
    let again = app
        .post_form("/supplier/agenda", &page, &[("reason", "again")])
        .await;
    assert_eq!(again.status().as_u16(), 409, "cannot cancel twice");
}
on_both_databases!(cancelling_a_meeting_with_a_reason_frees_it_and_emails_the_buyer);

async fn a_supplier_cannot_see_or_cancel_another_suppliers_meeting_by_changing_the_url(
    app: TestApp,
) {
    app.with_db(seed).await;
    let (mine, _, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let (_, theirs, _) = app.with_db(|c| supplier_with_meeting(c, 1)).await;
    assert_eq!(app.sign_in(Role::Supplier, mine).await, "/supplier");
    let before: i64 = app
        .with_db(|c| outbox::table.count().get_result(c).expect("count"))
        .await;
    let page = format!("/supplier/meetings/{theirs}/cancel");
    let (status, _) = app.get_html(&page).await;
    assert_eq!(status, 404);
    let res = app
        .post_form("/supplier/agenda", &page, &[("reason", "mine now")])
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let (status, after): (String, i64) = app
        .with_db(move |c| {
            (
                meetings::table
                    .find(theirs)
                    .select(meetings::status)
                    .first(c)
                    .expect("meeting"),
                outbox::table.count().get_result(c).expect("count"),
            )
        })
        .await;
    assert_eq!(status, "booked", "their meeting is untouched");
    assert_eq!(after, before, "nobody was emailed");
    // Nor answer a request made to them.
    let (them, _, _) = app.with_db(|c| supplier_with_meeting(c, 1)).await;
    let request: i32 = app
        .with_db(move |c| {
            let (expo, buyer): (i32, i32) = suppliers::table
                .inner_join(buyers::table.on(buyers::expo_id.eq(suppliers::expo_id)))
                .filter(suppliers::id.eq(them))
                .select((suppliers::expo_id, buyers::id))
                .first(c)
                .expect("buyer");
            diesel::delete(
                meeting_requests::table
                    .filter(meeting_requests::supplier_id.eq(them))
                    .filter(meeting_requests::buyer_id.eq(buyer)),
            )
            .execute(c)
            .expect("clear");
            diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(buyer),
                    meeting_requests::supplier_id.eq(them),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::status.eq("pending"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .returning(meeting_requests::id)
                .get_result(c)
                .expect("request")
        })
        .await;
    let res = app
        .post_form(
            "/supplier/agenda",
            &format!("/supplier/requests/{request}/answer"),
            &[("decision", "decline"), ("reason", "not mine")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let still: String = app
        .with_db(move |c| {
            meeting_requests::table
                .find(request)
                .select(meeting_requests::status)
                .first(c)
                .expect("request")
        })
        .await;
    assert_eq!(still, "pending");
    // Their meetings never show on this supplier's agenda.
    let (_, html) = app.get_html("/supplier/agenda").await;
    assert!(select_text(&html, &format!("#meeting-{theirs}")).is_empty());
    // And signed-out visitors are sent to sign in.
    let res = app
        .new_client()
        .get(app.url(&page))
        .send()
        .await
        .expect("anon");
    assert_eq!(res.status().as_u16(), 303);
}
on_both_databases!(a_supplier_cannot_see_or_cancel_another_suppliers_meeting_by_changing_the_url);

async fn a_supplier_answers_a_buyers_request_and_asks_another_buyer_for_a_meeting(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, _, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let (request, buyers_ids) = app
        .with_db(move |c| {
            let (expo,): (i32,) = suppliers::table
                .find(supplier)
                .select((suppliers::expo_id,))
                .first(c)
                .expect("expo");
            let open: Vec<i32> = meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .select(meeting_requests::buyer_id)
                .load(c)
                .expect("open");
            let ids: Vec<i32> = buyers::table
                .filter(buyers::id.ne_all(open))
                .order(buyers::id)
                .select(buyers::id)
                .limit(2)
                .load(c)
                .expect("buyers");
            let request: i32 = diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(ids[0]),
                    meeting_requests::supplier_id.eq(supplier),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::message.eq("We need 12 units for Lima."),
                    meeting_requests::status.eq("pending"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .returning(meeting_requests::id)
                .get_result(c)
                .expect("request");
            (request, ids)
        })
        .await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (status, html) = app.get_html("/supplier/requests").await;
    assert_eq!(status, 200);
    assert!(
        select_text(&html, &format!("#request-{request}"))
            .join(" ")
            .contains("12 units for Lima")
    );
    let res = app
        .post_form(
            "/supplier/requests",
            &format!("/supplier/requests/{request}/answer"),
            &[
                ("decision", "decline"),
                ("reason", "We do not ship to Peru yet."),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let buyer = buyers_ids[1].to_string();
    let res = app
        .post_form(
            "/supplier/requests",
            "/supplier/requests/new",
            &[("buyer", &buyer), ("message", ""), ("priority", "urgent")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "an unknown priority is refused");
    let res = app
        .post_form(
            "/supplier/requests",
            "/supplier/requests/new",
            &[("buyer", &buyer), ("message", ""), ("priority", "must")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let priority: String = app
        .with_db(move |c| {
            meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .filter(meeting_requests::requested_by.eq("supplier"))
                .select(meeting_requests::priority)
                .first(c)
                .expect("sent")
        })
        .await;
    assert_eq!(priority, "must");
    let again = app
        .post_form(
            "/supplier/requests",
            "/supplier/requests/new",
            &[("buyer", &buyer), ("message", "")],
        )
        .await;
    assert_eq!(again.status().as_u16(), 409, "one open request per pair");
    let (answer, sent, mails): ((String, String), i64, Vec<String>) = app
        .with_db(move |c| {
            let answer = meeting_requests::table
                .find(request)
                .select((meeting_requests::status, meeting_requests::response_reason))
                .first(c)
                .expect("request");
            let sent = meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .filter(meeting_requests::requested_by.eq("supplier"))
                .count()
                .get_result(c)
                .expect("sent");
            let mails = outbox::table
                .filter(outbox::kind.eq_any(["request_declined", "request_received"]))
                .order(outbox::id)
                .select(outbox::kind)
                .load(c)
                .expect("mails");
            (answer, sent, mails)
        })
        .await;
    assert_eq!(
        answer,
        (
            "declined".to_owned(),
            "We do not ship to Peru yet.".to_owned()
        )
    );
    assert_eq!(sent, 1);
    assert_eq!(
        mails,
        ["request_declined", "request_received"],
        "the buyers are told"
    );
}
on_both_databases!(a_supplier_answers_a_buyers_request_and_asks_another_buyer_for_a_meeting);

async fn each_meeting_downloads_as_a_calendar_file_only_for_its_own_supplier(app: TestApp) {
    app.with_db(seed).await;
    let (mine, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let (_, theirs, _) = app.with_db(|c| supplier_with_meeting(c, 1)).await;
    assert_eq!(app.sign_in(Role::Supplier, mine).await, "/supplier");
    let res = app
        .get(&format!("/supplier/meetings/{meeting}/calendar.ics"))
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(kind.starts_with("text/calendar"), "{kind}");
    let ics = res.text().await.expect("body");
    assert!(
        ics.contains("BEGIN:VEVENT") && ics.contains(&format!("UID:meeting-{meeting}@")),
        "{ics}"
    );
    let res = app
        .get(&format!("/supplier/meetings/{theirs}/calendar.ics"))
        .await;
    assert_eq!(res.status().as_u16(), 404, "not another supplier's meeting");
}
on_both_databases!(each_meeting_downloads_as_a_calendar_file_only_for_its_own_supplier);

async fn a_supplier_subscribes_to_its_agenda_with_a_secret_address_it_can_replace(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (_, html) = app.get_html("/supplier/agenda").await;
    assert!(
        !select_text(&html, "#make-feed").is_empty(),
        "no address until asked for"
    );
    let url = new_feed_address(&app, "/supplier/agenda", "/supplier/agenda/subscription").await;
    assert!(url.contains("/calendar/"), "{url}");
    // A calendar app fetches it without any session.
    let feed = app.new_client().get(&url).send().await.expect("feed");
    assert_eq!(feed.status().as_u16(), 200);
    let ics = feed.text().await.expect("body");
    assert!(ics.contains(&format!("UID:meeting-{meeting}@")), "{ics}");
    assert!(!ics.contains("METHOD:"), "a feed, not an invitation");
    let live: i64 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        usize::try_from(live).expect("count")
    );
    // A new address retires the old one.
    new_feed_address(&app, "/supplier/agenda", "/supplier/agenda/subscription").await;
    let old = app.new_client().get(&url).send().await.expect("old feed");
    assert_eq!(old.status().as_u16(), 404);
    let wrong = app
        .new_client()
        .get(app.url("/calendar/supplier/not-a-token.ics"))
        .send()
        .await
        .expect("wrong");
    assert_eq!(wrong.status().as_u16(), 404);
}
on_both_databases!(a_supplier_subscribes_to_its_agenda_with_a_secret_address_it_can_replace);
