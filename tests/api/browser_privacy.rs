//! A supplier's personal data from first to last, in real Chromium: registering with
//! the consents (refused without them), downloading everything held about it, asking
//! for deletion, and an organizer carrying it out, after which the report still adds
//! up. Screenshots land in `target/browser-artifacts/privacy-*.png`.

use diesel::prelude::*;
use expomatch::db::schema::{consents, meeting_outcomes, meetings, organizers, outbox, suppliers};
use expomatch::domain::{Role, SupplierId};
use expomatch::store::{self, suppliers as supplier_store};
use fantoccini::Locator;

use crate::browser::{
    accessible, browser, check, journey, save, start_driver, text, wait_path, wait_text,
};
use crate::browser_supplier::{book_for, click, e, fill};
use crate::helpers::*;

const EMAIL: &str = "jiwoo.han@busan-marine.example";
const PASSWORD: &str = "부산해양 password 7";

/// The report's figures as the organizer reads them.
async fn figures(c: &fantoccini::Client, app: &TestApp, expo: i32) -> Result<Vec<String>, String> {
    c.goto(&app.url(&format!("/organizer/expos/{expo}/report?currency=USD")))
        .await
        .map_err(e)?;
    let mut out = Vec::new();
    for id in ["#held", "#no-shows", "#expected", "#signed"] {
        out.push(text(c, id).await?);
    }
    Ok(out)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_supplier_registers_with_consents_downloads_its_data_and_is_deleted_with_the_report_intact()
 {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let organizer: i32 = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            organizers::table
                .select(organizers::id)
                .order(organizers::id)
                .first(c)
                .expect("organizer")
        })
        .await;
    let app = &app;
    let driver = &driver;
    let supplier_browser = browser(driver, 1280, 900).await;
    journey(supplier_browser, "privacy-supplier", |c| async move {
        c.goto(&app.url("/register")).await.map_err(e)?;
        let typed = [
            ("email", EMAIL),
            ("password", PASSWORD),
            ("company_name_ko", "㈜부산해양기술"),
            ("company_name_en", "Busan Marine Tech"),
            ("business_reg_no", "211-87-09811"),
            ("representative", "한지우"),
            ("contact_name", "한지우"),
            ("phone", "051-555-0199"),
            ("address", "부산광역시 해운대구 센텀중앙로 97"),
            ("pitch", "Marine sensors for ports."),
            ("product_name_0", "수질 센서 (Water quality sensor)"),
        ];
        for (name, value) in typed {
            fill(&c, name, value).await?;
        }
        click(&c, "input[name=sectors][value=water]").await?;
        click(&c, "input[name=languages][value=en]").await?;
        // Without the required consents nothing is created, and each box says why.
        click(&c, "form.form button[type=submit]").await?;
        let why = text(&c, "#consent_collection-error").await?;
        check(
            why.contains("consent"),
            format!("the collection consent is asked for: {why}"),
        )?;
        text(&c, "#consent_provision-error").await?;
        accessible(&c, "privacy-01-register-without-consent").await?;
        save(&c, "privacy-01-register-without-consent").await;
        let none: i64 = app
            .with_db(|c| {
                suppliers::table
                    .filter(suppliers::email.eq(EMAIL))
                    .count()
                    .get_result(c)
                    .expect("n")
            })
            .await;
        check(none == 0, "no account without the consents")?;

        click(&c, "input[name=consent_collection]").await?;
        click(&c, "input[name=consent_provision]").await?;
        fill(&c, "password", PASSWORD).await?;
        click(&c, "form.form button[type=submit]").await?;
        wait_path(&c, "/register/sent").await?;
        let link = app
            .with_db(|c| {
                let body: String = outbox::table
                    .filter(outbox::to_address.eq(EMAIL))
                    .filter(outbox::kind.eq("verify_email"))
                    .select(outbox::body_text)
                    .first(c)
                    .expect("verification email");
                body.split_whitespace()
                    .find(|w| w.contains("/register/verify/"))
                    .expect("link")
                    .to_owned()
            })
            .await;
        c.goto(&link).await.map_err(e)?;
        click(&c, "#continue").await?;
        wait_path(&c, "/supplier").await?;

        // The organizer approves; a buyer meets the supplier, and the meeting is held
        // with an expected contract.
        let (id, expo) = app
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
                book_for(c, id);
                let meeting: i32 = meetings::table
                    .filter(meetings::supplier_id.eq(id))
                    .select(meetings::id)
                    .first(c)
                    .expect("meeting");
                diesel::update(meetings::table.find(meeting))
                    .set(meetings::status.eq("held"))
                    .execute(c)
                    .expect("held");
                diesel::insert_into(meeting_outcomes::table)
                    .values((
                        meeting_outcomes::meeting_id.eq(meeting),
                        meeting_outcomes::interest_level.eq("contract_expected"),
                        meeting_outcomes::expected_value_minor.eq(Some(4_800_000_i64)),
                        meeting_outcomes::currency.eq(Some("USD")),
                        meeting_outcomes::products.eq("sensors"),
                        meeting_outcomes::notes.eq("Call 한지우 on 051-555-0199"),
                        meeting_outcomes::recorded_by.eq("supplier"),
                        meeting_outcomes::recorded_at.eq(store::now()),
                    ))
                    .execute(c)
                    .expect("outcome");
                (id, expo)
            })
            .await;
        let kinds: Vec<String> = app
            .with_db(move |c| {
                consents::table
                    .filter(consents::role.eq("supplier"))
                    .filter(consents::person_id.eq(id))
                    .select(consents::kind)
                    .order(consents::kind)
                    .load(c)
                    .expect("consents")
            })
            .await;
        check(
            kinds == ["collection", "provision"],
            format!("consents recorded: {kinds:?}"),
        )?;

        // The organizer reads the report before anything is deleted.
        let link = app.sign_in_link(Role::Organizer, organizer).await;
        let staff = browser(driver, 1280, 900).await;
        staff.goto(&app.url(&link)).await.map_err(e)?;
        click(&staff, "#continue").await?;
        wait_path(&staff, "/organizer").await?;
        let before = figures(&staff, app, expo).await?;
        check(
            before[0] != "0" && before[2].contains("48"),
            format!("the held meeting and its value count: {before:?}"),
        )?;

        // The supplier finds its data from the footer and downloads it.
        click(&c, "footer a[href='/supplier/privacy']").await?;
        wait_path(&c, "/supplier/privacy").await?;
        check(
            text(&c, "#profile").await?.contains(EMAIL),
            "the page shows the email",
        )?;
        accessible(&c, "privacy-02-my-data").await?;
        save(&c, "privacy-02-my-data").await;
        let href = c
            .find(Locator::Css("#download-data"))
            .await
            .map_err(e)?
            .attr("href")
            .await
            .map_err(e)?
            .ok_or("no download link")?;
        let json = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0]).then(r => r.text().then(t => \
                 done([r.status, r.headers.get('content-disposition'), t])));",
                vec![serde_json::Value::String(href)],
            )
            .await
            .map_err(e)?;
        check(json[0] == 200, format!("download status {:?}", json[0]))?;
        check(
            json[1]
                .as_str()
                .is_some_and(|d| d.starts_with("attachment")),
            "served as a file",
        )?;
        let data: serde_json::Value =
            serde_json::from_str(json[2].as_str().unwrap_or_default()).map_err(e)?;
        check(
            data["profile"]["email"] == EMAIL,
            format!("the export holds the email: {}", data["profile"]),
        )?;
        check(
            data["meetings"].as_array().map(Vec::len) == Some(1),
            "and the meeting",
        )?;
        check(
            data["consents"].as_array().map(Vec::len) == Some(2),
            "and the consents",
        )?;
        check(
            !json[2].as_str().unwrap_or_default().contains("argon2"),
            "no password hash",
        )?;

        // Asking for deletion needs the confirmation.
        click(&c, "#request-deletion").await?;
        // The same path before and after: wait for the new page's message, so the
        // next click does not land on the old page as it goes (a stale element).
        wait_text(&c, ".flash.error", "Tick the box").await?;
        check(
            c.find(Locator::Css("#deletion-pending")).await.is_err(),
            "unconfirmed: nothing asked",
        )?;
        click(&c, "#confirm-delete").await?;
        click(&c, "#request-deletion").await?;
        wait_path(&c, "/supplier/privacy").await?;
        let pending = text(&c, "#deletion-pending").await?;
        check(pending.contains("organizer will carry it out"), pending)?;
        save(&c, "privacy-03-deletion-asked").await;

        // The organizer carries it out from the Personal data page.
        click(&staff, "nav a[href='/organizer/privacy']").await?;
        wait_path(&staff, "/organizer/privacy").await?;
        let list = text(&staff, "#deletion-requests").await?;
        check(
            list.contains("Busan Marine Tech"),
            format!("the request is listed: {list}"),
        )?;
        accessible(&staff, "privacy-04-organizer").await?;
        save(&staff, "privacy-04-organizer").await;
        click(&staff, "#deletion-requests button[type=submit]").await?;
        wait_path(&staff, "/organizer/privacy").await?;
        let flash = text(&staff, ".flash").await?;
        check(flash.contains("deleted"), flash)?;
        let after = figures(&staff, app, expo).await?;
        check(
            after == before,
            format!("the report adds up as before: {before:?} → {after:?}"),
        )?;
        save(&staff, "privacy-05-report-after").await;
        staff.close().await.map_err(e)?;
        let (name, email): (String, String) = app
            .with_db(move |c| {
                suppliers::table
                    .find(id)
                    .select((suppliers::company_name_en, suppliers::email))
                    .first(c)
                    .expect("row")
            })
            .await;
        check(
            name == format!("Deleted supplier #{id}")
                && email == format!("deleted-supplier-{id}@invalid"),
            format!("anonymized: {name} {email}"),
        )?;

        // The password no longer signs anyone in.
        c.delete_all_cookies().await.map_err(e)?;
        c.goto(&app.url("/signin/supplier")).await.map_err(e)?;
        fill(&c, "email", EMAIL).await?;
        fill(&c, "password", PASSWORD).await?;
        click(&c, "form button[type=submit]").await?;
        let refused = text(&c, "[role=alert], .flash.error, .field-error").await?;
        check(
            refused.contains("not right"),
            format!("sign-in refused: {refused}"),
        )?;
        Ok(())
    })
    .await;
}
