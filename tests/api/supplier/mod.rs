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

mod account;
mod agenda;
mod availability;
mod bilingual;
mod calendar;
mod registration;
mod request_list;

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
