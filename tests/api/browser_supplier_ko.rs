//! A Korean supplier works entirely in Korean, in real Chromium: it picks 한국어 in the
//! switcher, registers, confirms its email, answers a buyer's meeting request and
//! opens its printable agenda. Every page is checked for Korean headings and buttons
//! and for English words that would have slipped past the catalogue. Screenshots
//! land in `target/screenshots/supplier-ko-*.png`.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, expos, meeting_requests, outbox, suppliers};
use expomatch::domain::SupplierId;
use expomatch::store::{self, suppliers as supplier_store};
use fantoccini::Client;

use crate::browser::{browser, check, journey, start_driver, text, wait_path};
use crate::browser_supplier::{book_for, click, e, fill};
use crate::helpers::*;

const EMAIL: &str = "jiyoung.han@busan-marine.example";

/// English words of the supplier's pages that a Korean page must not show (whole
/// words, as written on the English pages). Words that the demo buyers' own names and
/// organisations contain ("Company") are left out: that text is theirs, not ours.
const ENGLISH: &[&str] = &[
    "Register",
    "Accept",
    "Decline",
    "Agenda",
    "Print",
    "Save",
    "Sign in",
    "Sign out",
    "Password",
    "Email",
    "Profile",
    "Availability",
    "Requests",
    "Buyer",
    "Table",
    "Time",
    "Cancel",
    "Home",
    "Products",
    "Sectors",
    "Status",
    "optional",
    "Waiting",
    "Approved",
    "Interpreter",
    "Country",
    "Languages",
    "Back",
    "venue time",
];

fn screenshots() -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&dir).expect("screenshots dir");
    dir
}

async fn shot(c: &Client, name: &str) {
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(screenshots().join(format!("supplier-ko-{name}.png")), png);
    }
}

/// The page's visible text has none of the English words.
async fn no_english(c: &Client, step: &str) -> Result<(), String> {
    let shown = c
        .execute("return document.body.innerText;", vec![])
        .await
        .map_err(e)?;
    let shown = shown.as_str().unwrap_or_default().to_owned();
    let found: Vec<&str> = ENGLISH
        .iter()
        .copied()
        .filter(|word| {
            shown.match_indices(word).any(|(at, _)| {
                let before = shown[..at].chars().next_back();
                let after = shown[at + word.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .collect();
    check(
        found.is_empty(),
        format!("{step}: English words on a Korean page: {found:?}\n{shown}"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_korean_supplier_registers_answers_a_request_and_prints_its_agenda_in_korean() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        diesel::update(expos::table)
            .set(expos::requests_enabled.eq(true))
            .execute(c)
            .expect("requests on");
    })
    .await;
    let client = browser(&driver, 1280, 900).await;
    let app = &app;
    journey(client, "supplier-ko", |c| async move {
        // The switcher, then the registration form, in Korean.
        c.goto(&app.url("/")).await.map_err(e)?;
        click(&c, "#languages a[lang=ko]").await?;
        click(&c, "a[href='/register']").await?;
        wait_path(&c, "/register").await?;
        let h1 = text(&c, "h1").await?;
        check(h1 == "참가기업 등록", format!("heading: {h1}"))?;
        shot(&c, "01-register").await;
        no_english(&c, "register").await?;

        let typed = [
            ("email", EMAIL),
            ("password", "부산해양 비밀번호 2026"),
            ("company_name_ko", "㈜부산해양기술"),
            ("company_name_en", "Busan Marine Tech Co., Ltd."),
            ("business_reg_no", "211-87-09812"),
            ("representative", "한지영"),
            ("contact_name", "한지영"),
            ("phone", "051-555-0101"),
            ("address", "부산광역시 해운대구 센텀중앙로 97"),
            ("served_markets", "VN"),
            ("pitch", "선박용 수처리 장치를 만듭니다."),
            ("pitch_en", "We make water treatment units for ships."),
            ("product_name_0", "선박 평형수 처리 장치"),
            ("product_name_en_0", "Ballast water treatment unit"),
        ];
        for (name, value) in typed {
            fill(&c, name, value).await?;
        }
        click(&c, "input[name=sectors][value=water]").await?;
        click(&c, "input[name=consent_collection]").await?;
        click(&c, "input[name=consent_provision]").await?;
        click(&c, "form.form button[type=submit]").await?;
        // A typo in the registration number: the message is Korean too.
        let problem = text(&c, "#business_reg_no-error").await?;
        check(
            problem.contains("사업자등록증"),
            format!("the typo is explained in Korean: {problem}"),
        )?;
        shot(&c, "02-register-error").await;
        no_english(&c, "register error").await?;
        fill(&c, "business_reg_no", "211-87-09811").await?;
        fill(&c, "password", "부산해양 비밀번호 2026").await?;
        click(&c, "form.form button[type=submit]").await?;
        wait_path(&c, "/register/sent").await?;
        let h1 = text(&c, "h1").await?;
        check(h1 == "이메일을 확인해 주세요", format!("heading: {h1}"))?;
        shot(&c, "03-sent").await;
        no_english(&c, "sent").await?;

        // The link from the email.
        let link = app
            .with_db(|c| {
                let body: String = outbox::table
                    .filter(outbox::to_address.eq(EMAIL))
                    .filter(outbox::kind.eq("verify_email"))
                    .select(outbox::body_text)
                    .first(c)
                    .expect("verification email");
                body.split_whitespace()
                    .find(|w| w.starts_with("http"))
                    .expect("link")
                    .to_owned()
            })
            .await;
        c.goto(&link).await.map_err(e)?;
        shot(&c, "04-confirm").await;
        no_english(&c, "confirm").await?;
        click(&c, "#continue").await?;
        wait_path(&c, "/supplier").await?;
        shot(&c, "05-home").await;
        no_english(&c, "home").await?;

        // Approved; a buyer asks for a meeting and another books one.
        let (id, buyer) = app
            .with_db(|c| {
                let (id, expo): (i32, i32) = suppliers::table
                    .filter(suppliers::email.eq(EMAIL))
                    .select((suppliers::id, suppliers::expo_id))
                    .first(c)
                    .expect("supplier");
                supplier_store::set_status(
                    c,
                    SupplierId(id),
                    expomatch::domain::status::SupplierStatus::Approved,
                    "",
                    None,
                    store::now(),
                )
                .expect("approve");
                let (buyer, name): (i32, String) = buyers::table
                    .filter(buyers::expo_id.eq(expo))
                    .filter(buyers::profile_completed_at.is_not_null())
                    .select((buyers::id, buyers::name))
                    .order(buyers::id)
                    .first(c)
                    .expect("buyer");
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(buyer),
                        meeting_requests::supplier_id.eq(id),
                        meeting_requests::requested_by.eq("buyer"),
                        meeting_requests::priority.eq("must"),
                        meeting_requests::message.eq("고맙습니다"),
                        meeting_requests::status.eq("pending"),
                        meeting_requests::response_reason.eq(""),
                        meeting_requests::created_at.eq(store::now()),
                    ))
                    .execute(c)
                    .expect("request");
                (id, name)
            })
            .await;
        app.with_db(move |c| book_for(c, id)).await;

        click(&c, ".tabs a[href='/supplier/requests']").await?;
        wait_path(&c, "/supplier/requests").await?;
        let h1 = text(&c, "h1").await?;
        check(h1 == "상담 요청", format!("heading: {h1}"))?;
        let buttons = text(&c, "article.request .form-actions").await?;
        check(
            buttons.contains("수락") && buttons.contains("거절"),
            format!("Korean buttons: {buttons}"),
        )?;
        check(
            text(&c, "article.request h3").await?.contains(&buyer),
            "the buyer's request",
        )?;
        shot(&c, "06-requests").await;
        no_english(&c, "requests").await?;
        click(&c, "article.request button[value=accept]").await?;
        wait_path(&c, "/supplier/requests").await?;
        let done = text(&c, ".flash.success").await?;
        check(done.contains("수락했습니다"), format!("flash: {done}"))?;
        shot(&c, "07-accepted").await;
        no_english(&c, "accepted").await?;

        // The agenda and its printable version.
        click(&c, ".tabs a[href='/supplier/agenda']").await?;
        wait_path(&c, "/supplier/agenda").await?;
        let h1 = text(&c, "h1").await?;
        check(h1 == "상담 일정", format!("heading: {h1}"))?;
        shot(&c, "08-agenda").await;
        no_english(&c, "agenda").await?;
        click(&c, "#print-link").await?;
        wait_path(&c, "/supplier/agenda/print").await?;
        let head = text(&c, ".print-head h1").await?;
        check(
            head.starts_with("㈜부산해양기술"),
            format!("the Korean name first: {head}"),
        )?;
        let print = text(&c, "button[data-print]").await?;
        check(print == "인쇄하기", format!("print button: {print}"))?;
        shot(&c, "09-print").await;
        no_english(&c, "print").await?;
        Ok(())
    })
    .await;
}
