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

mod accessibility;
mod arabic;
mod buyer;
mod every_page;
mod improve;
mod online;
mod organizer;
mod organizer_screens;
mod staff;

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

/// How far past the window's right edge the furthest element matching `css` reaches
/// (negative when all are inside); an error when nothing matches.
async fn past_right_edge(c: &Client, css: &str) -> Result<f64, String> {
    let found = c
        .execute(
            "const all = [...document.querySelectorAll(arguments[0])];
             return all.length ? \
             Math.max(...all.map(e => e.getBoundingClientRect().right)) - window.innerWidth : null;",
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
