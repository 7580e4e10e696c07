//! A new Korean supplier's first day with expomatch, in real Chromium: register
//! (tripping over a typo first), confirm the email, get approved, edit the profile,
//! block a slot, see and print the agenda. Screenshots land in
//! `target/browser-artifacts/supplier-*.png`, the printed agenda as a PDF.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, consultation_tables, meetings, outbox, slots, suppliers};
use expomatch::domain::{BuyerId, ExpoId, SlotId, SupplierId, TableId};
use expomatch::store::{self, meetings as m, suppliers as supplier_store};
use fantoccini::wd::PrintConfiguration;
use fantoccini::{Client, Locator};

use crate::browser::{
    accessible, artifacts, browser, check, journey, save, start_driver, text, wait_path, wait_text,
};
use crate::helpers::*;

const EMAIL: &str = "minho.park@seoul-medtech.example";

pub(crate) fn e(err: impl std::fmt::Display) -> String {
    err.to_string()
}

/// Scrolls the element to the middle of the window (clear of the sticky top bar),
/// then clicks it as a person would.
pub(crate) async fn click(c: &Client, css: &str) -> Result<(), String> {
    let element = c
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .map_err(|err| format!("no element {css}: {err}"))?;
    let arg = serde_json::to_value(&element).map_err(e)?;
    c.execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
        .await
        .map_err(e)?;
    element
        .click()
        .await
        .map_err(|err| format!("click {css}: {err}"))
}

pub(crate) async fn fill(c: &Client, name: &str, value: &str) -> Result<(), String> {
    let field = c
        .find(Locator::Css(&format!("[name={name}]")))
        .await
        .map_err(|err| format!("no field {name}: {err}"))?;
    field.clear().await.map_err(e)?;
    field.send_keys(value).await.map_err(e)
}

/// Books a meeting for the supplier in a slot where a buyer and a table are free,
/// as a buyer would through the buyer pages.
pub(crate) fn book_for(c: &mut expomatch::db::DbConnection, supplier: i32) -> i32 {
    let expo: i32 = suppliers::table
        .find(supplier)
        .select(suppliers::expo_id)
        .first(c)
        .expect("expo");
    let all: Vec<i32> = slots::table
        .filter(slots::expo_id.eq(expo))
        .order(slots::starts_at)
        .select(slots::id)
        .load(c)
        .expect("slots");
    for slot in all.into_iter().skip(3) {
        let live = || {
            meetings::table
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::status.eq_any(["booked", "held"]))
        };
        let busy_buyers: Vec<i32> = live().select(meetings::buyer_id).load(c).expect("busy");
        let busy_tables: Vec<i32> = live().select(meetings::table_id).load(c).expect("busy");
        let buyer: Option<i32> = buyers::table
            .filter(buyers::id.ne_all(busy_buyers))
            .filter(buyers::country.eq("PE"))
            .select(buyers::id)
            .first(c)
            .optional()
            .expect("buyer");
        let table: Option<i32> = consultation_tables::table
            .filter(consultation_tables::id.ne_all(busy_tables))
            .order(consultation_tables::position)
            .select(consultation_tables::id)
            .first(c)
            .optional()
            .expect("table");
        if let (Some(buyer), Some(table)) = (buyer, table) {
            m::book(
                c,
                &m::NewMeeting {
                    expo: ExpoId(expo),
                    slot: SlotId(slot),
                    table: TableId(table),
                    buyer: BuyerId(buyer),
                    supplier: SupplierId(supplier),
                    source: "buyer",
                    mode: expomatch::domain::status::MeetingMode::Table,
                },
                store::now(),
            )
            .expect("book");
            return slot;
        }
    }
    panic!("no free slot for a meeting");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_supplier_registers_is_approved_keeps_its_profile_and_prints_its_agenda() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c)
            .map(|_| ())
            .expect("seed")
    })
    .await;
    let client = browser(&driver, 1280, 900).await;
    let app = &app;
    journey(client, "supplier-desktop", |c| async move {
        // From the landing page to the registration form.
        c.goto(&app.url("/")).await.map_err(e)?;
        accessible(&c, "/").await?;
        click(&c, "a[href='/register']").await?;
        wait_path(&c, "/register").await?;
        accessible(&c, "supplier-01-register").await?;
        save(&c, "supplier-01-register").await;

        let typed = [
            ("email", EMAIL),
            ("password", "서울메드텍 password 1"),
            ("company_name_ko", "㈜서울메드텍"),
            ("company_name_en", "Seoul Medtech Inc."),
            // A typo in the last digit: the form must say so and keep everything else.
            ("business_reg_no", "211-87-09812"),
            ("representative", "박민호"),
            ("contact_name", "박민호"),
            ("phone", "02-555-0101"),
            ("address", "서울특별시 강남구 테헤란로 311"),
            ("year_founded", "2014"),
            ("served_markets", "VN, Mongolia"),
            ("target_markets", "PE, CL"),
            (
                "pitch",
                "Portable ultrasound scanners for rural clinics, CE and MFDS certified.",
            ),
            (
                "product_name_0",
                "휴대용 초음파 진단기 (Portable ultrasound)",
            ),
            ("product_hs_code_0", "9018.12"),
        ];
        for (name, value) in typed {
            fill(&c, name, value).await?;
        }
        click(&c, "input[name=sectors][value=medical]").await?;
        click(&c, "input[name=languages][value=en]").await?;
        click(&c, "input[name=consent_collection]").await?;
        click(&c, "input[name=consent_provision]").await?;
        click(&c, "form.form button[type=submit]").await?;

        let problem = text(&c, "#business_reg_no-error").await?;
        check(
            problem.contains("last digit"),
            format!("the typo is explained: {problem}"),
        )?;
        let kept = c
            .find(Locator::Css("[name=company_name_ko]"))
            .await
            .map_err(e)?
            .prop("value")
            .await
            .map_err(e)?;
        check(
            kept.as_deref() == Some("㈜서울메드텍"),
            format!("Hangul kept: {kept:?}"),
        )?;
        let focused = c
            .execute(
                "return document.activeElement && document.activeElement.id;",
                vec![],
            )
            .await
            .map_err(e)?;
        check(
            focused.as_str() == Some("form-problems"),
            format!("the error summary has the focus: {focused:?}"),
        )?;
        let links = text(&c, "#form-problems a[href='#business_reg_no']").await?;
        check(
            links.contains("last digit"),
            format!("the summary links to the field: {links}"),
        )?;
        let note = text(&c, "#password-note").await?;
        check(
            note.contains("again"),
            format!("asked to retype the password: {note}"),
        )?;
        accessible(&c, "supplier-02-register-error").await?;
        save(&c, "supplier-02-register-error").await;

        // Correct the number; the password is typed again (never echoed back).
        fill(&c, "business_reg_no", "211-87-09811").await?;
        fill(&c, "password", "서울메드텍 password 1").await?;
        click(&c, "form.form button[type=submit]").await?;
        wait_path(&c, "/register/sent").await?;
        check(
            text(&c, ".auth-card").await?.contains(EMAIL),
            "the page names the address",
        )?;
        accessible(&c, "supplier-03-check-email").await?;
        save(&c, "supplier-03-check-email").await;

        // The link from the email (read from the outbox).
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
        click(&c, "#continue").await?;
        wait_path(&c, "/supplier").await?;
        let status = text(&c, "#supplier-status").await?;
        check(
            status == "Waiting for approval",
            format!("pending: {status}"),
        )?;
        accessible(&c, "supplier-04-pending").await?;
        save(&c, "supplier-04-pending").await;

        // The organizer approves; a buyer books a meeting.
        let id = app
            .with_db(|c| {
                let id: i32 = suppliers::table
                    .filter(suppliers::email.eq(EMAIL))
                    .select(suppliers::id)
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
                id
            })
            .await;
        let meeting_slot = app.with_db(move |c| book_for(c, id)).await;
        c.refresh().await.map_err(e)?;
        check(
            text(&c, "#supplier-status").await? == "Approved",
            "approved",
        )?;
        accessible(&c, "supplier-05-approved").await?;
        save(&c, "supplier-05-approved").await;

        // Edit the profile and look at it as buyers will.
        click(&c, ".tabs a[href='/supplier/profile']").await?;
        wait_path(&c, "/supplier/profile").await?;
        fill(
            &c,
            "pitch",
            "Portable ultrasound scanners for rural clinics; 300 units in Vietnam and Mongolia.",
        )
        .await?;
        click(&c, "form.form button[type=submit]").await?;
        wait_path(&c, "/supplier/profile/preview").await?;
        let pitch = text(&c, "#public-profile").await?;
        check(
            pitch.contains("300 units"),
            format!("the new pitch: {pitch}"),
        )?;
        accessible(&c, "supplier-06-preview").await?;
        save(&c, "supplier-06-preview").await;

        // Block a slot, then try the slot that holds the meeting.
        click(&c, ".tabs a[href='/supplier/availability']").await?;
        wait_path(&c, "/supplier/availability").await?;
        click(&c, "table.availability form[action$='/block'] button").await?;
        wait_path(&c, "/supplier/availability").await?;
        wait_text(&c, ".flash.success", "unavailable").await?;
        click(
            &c,
            &format!("form[action='/supplier/availability/{meeting_slot}/block'] button"),
        )
        .await?;
        let why = text(&c, &format!("#slot-{meeting_slot} .field-error")).await?;
        check(
            why.contains("Cancel the meeting first"),
            format!("explained: {why}"),
        )?;
        c.execute(
            &format!(
                "document.getElementById('slot-{meeting_slot}').scrollIntoView({{block: \
            'center'}});"
            ),
            vec![],
        )
        .await
        .map_err(e)?;
        accessible(&c, "supplier-07-availability").await?;
        save(&c, "supplier-07-availability").await;

        // The agenda, and its printable version.
        click(&c, ".tabs a[href='/supplier/agenda']").await?;
        wait_path(&c, "/supplier/agenda").await?;
        let row = text(&c, "table.agenda tbody tr").await?;
        check(
            row.contains("Peru"),
            format!("the meeting with the Peruvian buyer: {row}"),
        )?;
        accessible(&c, "supplier-08-agenda").await?;
        save(&c, "supplier-08-agenda").await;
        click(&c, "#make-feed").await?;
        // The new address is shown on a page of its own, once.
        let feed = c
            .wait()
            .at_most(std::time::Duration::from_secs(10))
            .for_element(Locator::Css("#feed-url"))
            .await
            .map_err(e)?
            .prop("value")
            .await
            .map_err(e)?
            .unwrap_or_default();
        check(
            feed.contains("/calendar/"),
            format!("subscription address: {feed}"),
        )?;
        accessible(&c, "supplier-08b-subscribe").await?;
        save(&c, "supplier-08b-subscribe").await;
        click(&c, "#feed-back").await?;
        wait_path(&c, "/supplier/agenda").await?;
        click(&c, "#print-link").await?;
        wait_path(&c, "/supplier/agenda/print").await?;
        check(
            text(&c, ".print-head h1").await?.contains("㈜서울메드텍"),
            "company on paper",
        )?;
        let print_button = c
            .find(Locator::Css("button[data-print]"))
            .await
            .map_err(e)?
            .is_displayed()
            .await
            .map_err(e)?;
        check(print_button, "the Print button shows when JavaScript runs")?;
        accessible(&c, "supplier-09-agenda-print-screen").await?;
        save(&c, "supplier-09-agenda-print-screen").await;
        let pdf = c.print(PrintConfiguration::default()).await.map_err(e)?;
        check(pdf.starts_with(b"%PDF"), "a PDF")?;
        std::fs::write(artifacts().join("supplier-10-agenda.pdf"), pdf).map_err(e)?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_registration_form_fits_a_phone_screen() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c)
            .map(|_| ())
            .expect("seed")
    })
    .await;
    let client = browser(&driver, 390, 844).await;
    let app = &app;
    journey(client, "supplier-phone-register", |c| async move {
        c.goto(&app.url("/register")).await.map_err(e)?;
        accessible(&c, "/register").await?;
        fill(&c, "company_name_ko", "㈜부산해양기술").await?;
        fill(&c, "business_reg_no", "314-86-01276").await?;
        click(&c, "form.form button[type=submit]").await?;
        let problem = text(&c, "#business_reg_no-error").await?;
        check(
            problem.contains("last digit"),
            format!("explained: {problem}"),
        )?;
        let overflow = c
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .map_err(e)?;
        check(
            overflow.as_i64().unwrap_or(1) <= 0,
            format!("no sideways scrolling on a phone (overflow {overflow})"),
        )?;
        click(&c, "#business_reg_no").await?;
        accessible(&c, "supplier-phone-register").await?;
        save(&c, "supplier-phone-register").await;
        Ok(())
    })
    .await;
}
