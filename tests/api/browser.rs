//! Real pages in real Chromium, driven through chromedriver. Locally, without
//! chromedriver, these tests say they were skipped; under CI they must run.
//! Every journey leaves screenshots in `target/browser-artifacts/`; a failing step
//! also leaves the page's HTML there.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{buyers, suppliers};
use expomatch::domain::token::Purpose;
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers, tokens};
use fantoccini::{Client, ClientBuilder, Locator};

use crate::helpers::*;

pub(crate) struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn chromedriver_path() -> Option<PathBuf> {
    let found = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| {
            ["/usr/bin/chromedriver", "/usr/local/bin/chromedriver"]
                .iter()
                .map(PathBuf::from)
                .find(|p| p.exists())
        });
    if found.is_none() && std::env::var_os("CI").is_some() {
        panic!("CI is set but chromedriver is missing: browser tests must run in CI");
    }
    found
}

pub(crate) async fn start_driver() -> Option<Driver> {
    let path = chromedriver_path()?;
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let mut child = Command::new(path)
        .args([
            format!("--port={port}"),
            "--allowed-ips=127.0.0.1".to_owned(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(Driver { child, port });
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("chromedriver did not start listening on port {port}");
}

pub(crate) async fn browser(driver: &Driver, width: u32, height: u32) -> Client {
    // Two rustls providers are compiled in (ring and aws-lc-rs); pick one for the process.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let profile = tempfile::tempdir().expect("profile dir").keep();
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage",
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={width},{height}"),
            ]
        }
    });
    let serde_json::Value::Object(caps) = caps else {
        unreachable!("an object literal")
    };
    ClientBuilder::rustls()
        .expect("tls roots")
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("browser session")
}

pub(crate) fn artifacts() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../browser-artifacts");
    std::fs::create_dir_all(&dir).expect("artifacts dir");
    dir
}

pub(crate) async fn save(client: &Client, name: &str) {
    if let Ok(png) = client.screenshot().await {
        let _ = std::fs::write(artifacts().join(format!("{name}.png")), png);
    }
}

/// Runs the steps; on failure saves a screenshot and the HTML, then fails the test.
pub(crate) async fn journey<F, Fut>(client: Client, name: &str, steps: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let result = steps(client.clone()).await;
    if let Err(step) = result {
        save(&client, &format!("{name}-failed")).await;
        if let Ok(html) = client.source().await {
            let _ = std::fs::write(artifacts().join(format!("{name}-failed.html")), html);
        }
        let _ = client.close().await;
        panic!("{name}: {step} (screenshot and HTML in target/browser-artifacts/)");
    }
    let _ = client.close().await;
}

/// The element's text, waiting (up to 10 s) for it to appear: after a click or a form
/// submission the next page may still be loading.
pub(crate) async fn text(client: &Client, css: &str) -> Result<String, String> {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("no element {css}: {e}"))?
        .text()
        .await
        .map_err(|e| format!("text of {css}: {e}"))
}

/// Waits (up to 10 s) until an element matching `css` contains `needle`. Use it after a
/// submission that stays on the same path: the old page's element may still be there (or
/// go stale mid-read) until the new page has loaded.
pub(crate) async fn wait_text(client: &Client, css: &str, needle: &str) -> Result<String, String> {
    let mut last = String::from("(no element)");
    for _ in 0..100 {
        if let Ok(element) = client.find(Locator::Css(css)).await
            && let Ok(found) = element.text().await
        {
            if found.contains(needle) {
                return Ok(found);
            }
            last = found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!(
        "expected {css} to say {needle:?}, it says {last:?}"
    ))
}

/// Waits (up to 10 s) until the browser shows `expected`, and says where it is if not.
pub(crate) async fn wait_path(client: &Client, expected: &str) -> Result<(), String> {
    let mut last = String::new();
    for _ in 0..100 {
        last = client
            .current_url()
            .await
            .map(|u| u.path().to_owned())
            .map_err(|e| e.to_string())?;
        if last == expected {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("expected to be on {expected}, still on {last}"))
}

/// Accessibility basics of the page the browser shows, checked after every page load
/// of every journey: each visible form field has a label (`label[for]`, a wrapping
/// label, `aria-label` or `aria-labelledby`), the page has exactly one `h1`, each image
/// has an `alt` attribute, and a focused link or button is visibly marked (an outline
/// or a box shadow).
pub(crate) async fn accessible(c: &Client, step: &str) -> Result<(), String> {
    const CHECK: &str = r#"
        const problems = [];
        const shown = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
            && getComputedStyle(e).visibility !== 'hidden';
        for (const e of document.querySelectorAll('input, select, textarea')) {
            const type = (e.getAttribute('type') || '').toLowerCase();
            if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type) || !shown(e)) continue;
            const by = (e.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
            const labelled = (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                || e.closest('label')
                || (e.getAttribute('aria-label') || '').trim()
                || (by.length && by.every(id => document.getElementById(id)));
            if (!labelled) problems.push('a ' + e.tagName.toLowerCase() + ' without a label: ' + (e.name || e.id || e.outerHTML.slice(0, 80)));
        }
        const h1 = document.querySelectorAll('h1').length;
        if (h1 !== 1) problems.push(h1 + ' h1 elements');
        for (const img of document.querySelectorAll('img')) {
            if (!img.hasAttribute('alt')) problems.push('an image without alt: ' + img.getAttribute('src'));
        }
        const target = [...document.querySelectorAll('a[href], button:not([disabled])')].find(shown);
        if (target) {
            const before = document.activeElement;
            target.focus({ focusVisible: true });
            const s = getComputedStyle(target);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            if (!outline && !shadow) problems.push('no visible focus on ' + target.outerHTML.slice(0, 80));
            target.blur();
            if (before && before !== document.body && before.focus) before.focus();
        }
        return problems;
    "#;
    let problems = c
        .execute(CHECK, vec![])
        .await
        .map_err(|e| format!("{step}: accessibility check: {e}"))?;
    let problems: Vec<String> = problems
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let url = c
        .current_url()
        .await
        .map(|u| u.path().to_owned())
        .unwrap_or_default();
    check(
        problems.is_empty(),
        format!("{step} ({url}): accessibility: {problems:?}"),
    )
}

pub(crate) fn check(ok: bool, what: impl Into<String>) -> Result<(), String> {
    if ok { Ok(()) } else { Err(what.into()) }
}

async fn demo_app() -> (TestApp, i32, i32) {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let (buyer, supplier) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            organizers::create(
                c,
                &EmailAddress::parse("minji.choi@kotra.example").expect("email"),
                &PersonName::parse("name", "Choi Min-ji").expect("name"),
                &Password::parse("browser test passphrase")
                    .expect("password")
                    .hash(),
                store::now(),
            )
            .expect("organizer");
            let buyer: i32 = buyers::table
                .filter(buyers::timezone.eq("America/Lima"))
                .select(buyers::id)
                .first(c)
                .expect("a buyer in Lima");
            let supplier: i32 = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .select(suppliers::id)
                .order(suppliers::id)
                .first(c)
                .expect("supplier");
            (buyer, supplier)
        })
        .await;
    (app, buyer, supplier)
}

async fn link(app: &TestApp, role: Role, id: i32, lifetime: TimeDelta) -> String {
    let token = app
        .with_db(move |c| {
            tokens::issue(c, role, id, Purpose::SignIn, lifetime, store::now()).expect("token")
        })
        .await;
    app.url(&format!("/auth/link/{}", token.as_str()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organizer_signs_in_with_the_form_and_sees_the_expo_figures() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let (expo, table) = app
        .with_db(|c| {
            use expomatch::db::schema::{consultation_tables, expos};
            expomatch::demo::seed_accepted_requests(c).expect("accepted requests");
            expomatch::demo::seed_interpreters(c).expect("interpreters");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let table: i32 = consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .select(consultation_tables::id)
                .first(c)
                .expect("table");
            (expo, table)
        })
        .await;
    let client = browser(&driver, 1280, 900).await;
    journey(client, "organizer-desktop", |c| async move {
        c.goto(&app.url("/organizer"))
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/signin").await?;
        accessible(&c, "sign-in form").await?;
        // Wrong password first: a clear message, still on the form.
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("email", "minji.choi@kotra.example")
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("password", "not the password")
            .await
            .map_err(|e| e.to_string())?;
        form.submit().await.map_err(|e| e.to_string())?;
        let error = text(&c, ".flash.error").await?;
        check(
            error.contains("not right"),
            format!("wrong password message: {error}"),
        )?;
        accessible(&c, "sign-in refused").await?;
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("password", "browser test passphrase")
            .await
            .map_err(|e| e.to_string())?;
        form.submit().await.map_err(|e| e.to_string())?;
        wait_path(&c, "/organizer").await?;
        check(text(&c, "h1").await? == "Expos", "the organizer home")?;
        let stats = text(&c, ".card .grid-4").await?;
        check(
            stats.contains("40") && stats.contains("foreign buyers"),
            format!("figures: {stats}"),
        )?;
        accessible(&c, "organizer home").await?;
        save(&c, "organizer-desktop").await;
        // The demo's accepted requests become a draft, which reads on a phone too.
        c.goto(&app.url(&format!("/organizer/expos/{expo}/schedule")))
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "#compute").await?;
        wait_text(&c, "#run-status", "draft").await?;
        c.set_window_size(500, 900)
            .await
            .map_err(|e| e.to_string())?;
        let beyond = past_right_edge(&c, "#placed-list td").await?;
        check(
            beyond <= 0.0,
            format!(
                "the draft's placed meetings are on the screen (right edge {beyond} px past it)"
            ),
        )?;
        accessible(&c, "schedule draft on a phone").await?;
        save(&c, "organizer-draft-phone").await;
        // On the day, the check-in desk, a table's agenda, the participants and the
        // interpreters are looked up on phones too.
        for (path, cells) in [
            (
                format!("/organizer/expos/{expo}/participants"),
                "#buyer-results td, #supplier-results td",
            ),
            (format!("/organizer/expos/{expo}"), ".buyer-list td"),
            (
                format!("/organizer/expos/{expo}/interpreters"),
                "#interpreter-list td, #interpreter-needs td",
            ),
            (
                format!("/organizer/expos/{expo}/checkin"),
                "#desk td, #desk button",
            ),
            (
                format!("/organizer/expos/{expo}/tables/{table}/agenda"),
                "#organizer-agenda td",
            ),
        ] {
            c.goto(&app.url(&path)).await.map_err(|e| e.to_string())?;
            let beyond = past_right_edge(&c, cells).await?;
            check(
                beyond <= 0.0,
                format!("{path} fits a phone (right edge {beyond} px past it)"),
            )?;
            accessible(&c, &path).await?;
            let page = path.rsplit('/').next().unwrap_or_default();
            save(&c, &format!("organizer-phone-{page}")).await;
        }
        c.set_window_size(1280, 900)
            .await
            .map_err(|e| e.to_string())?;
        c.find(Locator::Css("form[action='/signout'] button"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/").await?;
        check(text(&c, ".who").await?.contains("Sign in"), "signed out")?;
        accessible(&c, "home page").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_opens_its_link_on_a_phone_and_sees_its_meetings_in_its_own_time() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, buyer, supplier) = demo_app().await;
    let buyer_link = link(&app, Role::Buyer, buyer, TimeDelta::minutes(30)).await;
    let supplier_link = link(&app, Role::Supplier, supplier, TimeDelta::minutes(30)).await;
    let expired = link(&app, Role::Buyer, buyer, TimeDelta::minutes(-5)).await;
    // A supplier's request waits for the buyer's answer.
    app.with_db(move |c| {
        use expomatch::db::schema::{expos, meeting_requests};
        let asked: Vec<i32> = meeting_requests::table
            .filter(meeting_requests::buyer_id.eq(buyer))
            .select(meeting_requests::supplier_id)
            .load(c)
            .expect("asked");
        let from: i32 = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .filter(suppliers::id.ne_all(asked))
            .select(suppliers::id)
            .first(c)
            .expect("a supplier that has not asked");
        let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
        diesel::insert_into(meeting_requests::table)
            .values((
                meeting_requests::expo_id.eq(expo),
                meeting_requests::buyer_id.eq(buyer),
                meeting_requests::supplier_id.eq(from),
                meeting_requests::requested_by.eq("supplier"),
                meeting_requests::priority.eq("must"),
                meeting_requests::status.eq("pending"),
                meeting_requests::message.eq("We make smart water meters for Lima."),
                meeting_requests::created_at.eq(store::now()),
            ))
            .execute(c)
            .expect("request");
    })
    .await;
    let client = browser(&driver, 390, 844).await;
    journey(client, "buyer-phone", |c| async move {
        c.goto(&expired).await.map_err(|e| e.to_string())?;
        let why = text(&c, ".flash.error").await?;
        check(
            why.contains("expired"),
            format!("expired link explains itself: {why}"),
        )?;
        accessible(&c, "expired link").await?;

        c.goto(&buyer_link).await.map_err(|e| e.to_string())?;
        check(
            text(&c, "h1").await?.starts_with("Sign in as "),
            "the link names whom it signs in",
        )?;
        accessible(&c, "buyer's link page").await?;
        save(&c, "buyer-link-phone").await;
        c.find(Locator::Css("#continue"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/buyer").await?;
        check(text(&c, "h1").await?.starts_with("Welcome"), "greeting")?;
        let local = c
            .find_all(Locator::Css(".agenda .tz-local"))
            .await
            .map_err(|e| e.to_string())?;
        let venue = c
            .find_all(Locator::Css(".agenda .tz-venue"))
            .await
            .map_err(|e| e.to_string())?;
        check(
            !local.is_empty() && local.len() == venue.len(),
            "each meeting shows both clocks",
        )?;
        let overflow = c
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            overflow.as_i64().unwrap_or(1) <= 0,
            format!("no sideways scrolling on a phone (overflow {overflow})"),
        )?;
        accessible(&c, "buyer agenda").await?;
        save(&c, "buyer-phone").await;

        // Requests: the supplier's one can be answered without scrolling sideways.
        c.goto(&app.url("/buyer/requests"))
            .await
            .map_err(|e| e.to_string())?;
        let accept = c
            .find_all(Locator::Css("table.requests button[type=submit]"))
            .await
            .map_err(|e| e.to_string())?;
        check(!accept.is_empty(), "the supplier's request offers Accept")?;
        let beyond = past_right_edge(
            &c,
            "table.requests td, table.requests button, table.requests summary",
        )
        .await?;
        check(
            beyond <= 0.0,
            format!("every request, with Accept and Decline, is on the screen (right edge {beyond} px past it)"),
        )?;
        accessible(&c, "buyer requests").await?;
        save(&c, "buyer-requests-phone").await;

        // The supplier's link in the same browser replaces the session.
        c.goto(&supplier_link).await.map_err(|e| e.to_string())?;
        c.find(Locator::Css("#continue"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/supplier").await?;
        check(
            text(&c, "#supplier-status").await? == "approved",
            "the supplier sees its state",
        )?;
        let beyond = past_right_edge(&c, "main table td, main table a").await?;
        check(
            beyond <= 0.0,
            format!("the supplier's agenda, with its buttons, is on the screen (right edge {beyond} px past it)"),
        )?;
        accessible(&c, "supplier home").await?;
        // The supplier's requests: asking a buyer and earlier answers fit the phone too.
        c.goto(&app.url("/supplier/requests"))
            .await
            .map_err(|e| e.to_string())?;
        let ask = c
            .find_all(Locator::Css("table button[type=submit]"))
            .await
            .map_err(|e| e.to_string())?;
        check(!ask.is_empty(), "the supplier can ask buyers for a meeting")?;
        let beyond = past_right_edge(&c, "main table td, main table button").await?;
        check(
            beyond <= 0.0,
            format!("the supplier's request tables are on the screen (right edge {beyond} px past it)"),
        )?;
        accessible(&c, "supplier requests").await?;
        save(&c, "supplier-requests-phone").await;
        c.goto(&app.url("/buyer"))
            .await
            .map_err(|e| e.to_string())?;
        check(
            text(&c, ".error-page h1").await? == "Not allowed",
            "a supplier cannot open the buyer's page",
        )?;
        accessible(&c, "not allowed page").await?;
        save(&c, "supplier-phone").await;
        Ok(())
    })
    .await;
}

/// How far past the window's right edge the furthest element matching `css` reaches
/// (negative when all are inside); an error when nothing matches.
async fn past_right_edge(c: &Client, css: &str) -> Result<f64, String> {
    let found = c
        .execute(
            "const all = [...document.querySelectorAll(arguments[0])];
             return all.length ? Math.max(...all.map(e => e.getBoundingClientRect().right)) - window.innerWidth : null;",
            vec![serde_json::Value::String(css.to_owned())],
        )
        .await
        .map_err(|e| e.to_string())?;
    found
        .as_f64()
        .ok_or_else(|| format!("nothing matches {css}"))
}

async fn click(c: &Client, css: &str) -> Result<(), String> {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("no element {css}: {e}"))?
        .click()
        .await
        .map_err(|e| format!("click {css}: {e}"))
}

/// An invited buyer in Lima, on a phone: opens the invitation email's link, completes
/// the profile, finds a supplier, books, sees the agenda in its own time, downloads
/// the calendar file, moves the meeting and cancels it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_buyer_books_moves_and_cancels_a_meeting_on_a_phone() {
    use expomatch::db::schema::{expos, outbox};
    use expomatch::domain::{CountryCode, ExpoId, TimeZone};
    use expomatch::mail::messages::{MailContext, queue_invitation};
    use expomatch::store::participants;

    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let base = app.address.clone();
    let invitation = app
        .with_db(move |c| {
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let buyer = participants::create_buyer(
                c,
                &participants::NewBuyer {
                    expo: ExpoId(expo),
                    email: &EmailAddress::parse("rosa.quispe@sedapal.example").expect("email"),
                    name: "Rosa Quispe",
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
            .expect("buyer");
            let from = "Expo Team <expo@kotra.example>".parse().expect("from");
            queue_invitation(c, buyer, &MailContext::new(&base, from), store::now())
                .expect("invitation");
            let body: String = outbox::table
                .filter(outbox::kind.eq("invitation"))
                .select(outbox::body_text)
                .first(c)
                .expect("email");
            body.split_whitespace()
                .find(|w| w.contains("/auth/link/"))
                .expect("link in the email")
                .to_owned()
        })
        .await;
    let client = browser(&driver, 390, 844).await;
    journey(client, "buyer-booking-phone", |c| async move {
        c.goto(&invitation).await.map_err(|e| e.to_string())?;
        accessible(&c, "invitation link page").await?;
        click(&c, "#continue").await?;
        wait_path(&c, "/buyer/profile").await?;
        accessible(&c, "profile form").await?;
        save(&c, "buyer-onboarding-phone").await;
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("organisation", "SEDAPAL")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "input[name=languages][value=es]").await?;
        click(&c, "input[name=interests][value=water]").await?;
        form.set_by_name("looking_for", "Smart water meters and leak detection")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "input[name=consent_collection]").await?;
        click(&c, "input[name=consent_provision]").await?;
        click(&c, "#save-profile").await?;
        wait_path(&c, "/buyer/suppliers").await?;
        let reasons = text(&c, ".supplier-card .reasons").await?;
        check(
            reasons.contains("water"),
            format!("the best match says why: {reasons}"),
        )?;
        accessible(&c, "directory").await?;
        save(&c, "buyer-directory-phone").await;
        click(&c, ".supplier-card a.btn").await?;
        let first_slot = text(&c, "#book button.slot").await?;
        check(
            first_slot.contains("venue time"),
            format!("local and venue time side by side: {first_slot}"),
        )?;
        accessible(&c, "supplier page").await?;
        save(&c, "buyer-supplier-phone").await;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "booked").await?;
        let row = text(&c, ".agenda tbody tr[id^=meeting-]").await?;
        check(
            row.contains("venue time"),
            format!("agenda in two clocks: {row}"),
        )?;
        accessible(&c, "agenda after booking").await?;
        save(&c, "buyer-agenda-phone").await;
        let href = c
            .find(Locator::Css(".agenda a[href$='calendar.ics']"))
            .await
            .map_err(|e| e.to_string())?
            .attr("href")
            .await
            .map_err(|e| e.to_string())?
            .ok_or("no calendar link")?;
        let ics = c
            .execute(
                "return fetch(arguments[0]).then(r => r.text());",
                vec![serde_json::Value::String(href)],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            ics.as_str().is_some_and(|s| s.contains("BEGIN:VEVENT")),
            "the calendar file downloads",
        )?;
        click(&c, ".agenda a[href$='/move']").await?;
        text(&c, "#book button.slot").await?;
        accessible(&c, "move page").await?;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "moved").await?;
        accessible(&c, "agenda after moving").await?;
        click(&c, "details.cancel summary").await?;
        let reason = c
            .find(Locator::Css("details.cancel input[name=reason]"))
            .await
            .map_err(|e| e.to_string())?;
        reason
            .send_keys("My flight was cancelled")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "details.cancel button[type=submit]").await?;
        wait_text(&c, ".flash.success", "cancelled").await?;
        wait_text(&c, ".card .empty", "No meetings").await?;
        accessible(&c, "agenda after cancelling").await?;
        let overflow = c
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            overflow.as_i64().unwrap_or(1) <= 0,
            format!("no sideways scrolling (overflow {overflow})"),
        )?;
        Ok(())
    })
    .await;
}

/// Sets a field's value the way a person's typing would end up (date and time inputs
/// take typed keys in the browser's locale; the value property does not depend on it).
async fn set(c: &Client, css: &str, value: &str) -> Result<(), String> {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("no element {css}: {e}"))?;
    c.execute(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; \
         e.dispatchEvent(new Event('input', {bubbles: true}));",
        vec![
            serde_json::Value::String(css.to_owned()),
            serde_json::Value::String(value.to_owned()),
        ],
    )
    .await
    .map(|_| ())
    .map_err(|e| format!("set {css}: {e}"))
}

/// A new organizer's first event: creates an expo, generates a day and tables, imports
/// buyers from a pasted list, then on the demo expo moves a meeting, cancels it and
/// downloads the meetings as an Excel file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organizer_creates_an_expo_imports_buyers_and_moves_and_cancels_a_meeting() {
    use expomatch::db::schema::{expos, organizers as organizer_rows};
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let (organizer, demo_expo) = app
        .with_db(|c| {
            let o: i32 = organizer_rows::table
                .filter(organizer_rows::email.eq("minji.choi@kotra.example"))
                .select(organizer_rows::id)
                .first(c)
                .expect("organizer");
            let e: i32 = expos::table.select(expos::id).first(c).expect("expo");
            (o, e)
        })
        .await;
    let signin = link(&app, Role::Organizer, organizer, TimeDelta::minutes(30)).await;
    let client = browser(&driver, 1280, 900).await;
    let app = &app;
    journey(client, "organizer-journey", |c| async move {
        c.goto(&signin).await.map_err(|e| e.to_string())?;
        accessible(&c, "organizer's link page").await?;
        click(&c, "#continue").await?;
        wait_path(&c, "/organizer").await?;
        accessible(&c, "expo list").await?;
        c.goto(&app.url("/organizer/expos/new"))
            .await
            .map_err(|e| e.to_string())?;
        accessible(&c, "new expo form").await?;
        set(&c, "#name", "Busan Water Week 2027").await?;
        set(&c, "#venue", "BEXCO Hall 2").await?;
        set(&c, "#venue_timezone", "Asia/Seoul").await?;
        click(&c, "#create-expo").await?;
        wait_text(&c, ".flash.success", "draft").await?;
        check(
            text(&c, "h1").await?.contains("Busan Water Week 2027"),
            "the new expo's page",
        )?;
        accessible(&c, "new expo page").await?;
        let expo_path = c
            .current_url()
            .await
            .map_err(|e| e.to_string())?
            .path()
            .to_owned();
        set(&c, "#date", "2027-03-09").await?;
        click(&c, "#add-day").await?;
        wait_text(&c, ".flash.success", "Day added with 14 slots").await?;
        click(&c, "#add-tables").await?;
        wait_text(&c, ".flash.success", "20 tables added").await?;
        accessible(&c, "expo with days and tables").await?;
        save(&c, "organizer-new-expo").await;
        click(&c, "#import-buyers").await?;
        wait_path(&c, &format!("{expo_path}/import")).await?;
        accessible(&c, "import page").await?;
        set(
            &c,
            "#csv",
            "name,organisation,country,email\n\
             Lucía Paredes,Agua Lima,PE,lucia@agua.example\n\
             Bad Row,X,ZZ,bad@\n\
             Nguyen Van An,Saigon Water,VN,an@saigonwater.example\n",
        )
        .await?;
        click(&c, "#preview-import").await?;
        wait_text(&c, "#count-new", "2").await?;
        check(
            text(&c, ".row-invalid td:first-child").await? == "3",
            "the bad row with its line number",
        )?;
        accessible(&c, "import preview").await?;
        save(&c, "organizer-import-preview").await;
        click(&c, "#confirm-import").await?;
        wait_text(&c, ".flash.success", "2 buyers imported").await?;
        accessible(&c, "after the import").await?;

        // On the demo expo: open a meeting from the grid, move it, cancel it.
        c.goto(&app.url(&format!("/organizer/expos/{demo_expo}/grid")))
            .await
            .map_err(|e| e.to_string())?;
        accessible(&c, "meeting grid").await?;
        click(&c, ".meeting-grid td.cell-booked a").await?;
        let before = text(&c, "dl.facts").await?;
        accessible(&c, "meeting page").await?;
        click(&c, "#move-meeting").await?;
        wait_text(&c, ".flash.success", "moved").await?;
        let after = text(&c, "dl.facts").await?;
        check(before != after, format!("the time or table changed: {after}"))?;
        accessible(&c, "meeting moved").await?;
        save(&c, "organizer-meeting-moved").await;
        set(&c, "#reason", "The buyer's flight was cancelled").await?;
        click(&c, "#cancel-meeting").await?;
        wait_text(&c, ".flash.success", "cancelled").await?;
        check(
            text(&c, "#meeting-status").await? == "cancelled",
            "the meeting shows as cancelled",
        )?;
        accessible(&c, "meeting cancelled").await?;
        let export = c
            .execute(
                "return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'));",
                vec![serde_json::Value::String(format!(
                    "/organizer/expos/{demo_expo}/meetings.xlsx"
                ))],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            export
                .as_str()
                .is_some_and(|s| s.starts_with("200 ") && s.contains("spreadsheetml")),
            format!("the Excel export downloads: {export}"),
        )?;
        Ok(())
    })
    .await;
}

/// The accessibility check finds what it looks for, so its silence in the journeys
/// means something: an unlabelled field, a second `h1`, an image without `alt`, and a
/// link whose focus is not shown are each reported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_accessibility_check_reports_each_kind_of_problem() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let client = browser(&driver, 1280, 900).await;
    let app = &app;
    journey(client, "accessibility-check", |c| async move {
        c.goto(&app.url("/signin"))
            .await
            .map_err(|e| e.to_string())?;
        accessible(&c, "the sign-in page as it is").await?;
        // CSSOM changes, not a <style> element: the page's CSP allows no inline styles.
        for (case, script) in [
            (
                "unlabelled field",
                "document.querySelector('form').prepend(Object.assign(document.createElement('input'), {name: 'nickname'}));",
            ),
            ("second h1", "document.querySelector('main, body').append(document.createElement('h1'));"),
            ("image without alt", "document.body.append(document.createElement('img'));"),
            (
                "focus not shown",
                "for (const e of document.querySelectorAll('a, button')) { e.style.setProperty('outline', 'none', 'important'); e.style.setProperty('box-shadow', 'none', 'important'); }",
            ),
        ] {
            c.goto(&app.url("/signin"))
                .await
                .map_err(|e| e.to_string())?;
            c.execute(script, vec![]).await.map_err(|e| e.to_string())?;
            let found = accessible(&c, case).await;
            check(found.is_err(), format!("case {case}: not reported"))?;
        }
        Ok(())
    })
    .await;
}
