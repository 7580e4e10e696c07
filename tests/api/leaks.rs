//! The whole site run as the real binary with every log line captured: the three roles
//! go through their main journeys, and no secret the service issued (mailed links,
//! calendar addresses, session cookies, CSRF tokens) may appear in any log line, nor
//! on any page served to someone other than its owner. A 500 page names a reference
//! that its log line carries too.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;

use diesel::prelude::*;
use reqwest::cookie::CookieStore as _;
use scraper::{Html, Selector};

use crate::helpers::*;

const BIN: &str = env!("CARGO_BIN_EXE_expomatch");

struct Person {
    role: &'static str,
    client: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
}

/// One page as someone received it.
struct Seen {
    who: &'static str,
    url: String,
    body: String,
}

impl Person {
    fn new(role: &'static str) -> Self {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = client_with_cookies(Some(jar.clone()));
        Self { role, client, jar }
    }

    async fn get(&self, url: &str, seen: &mut Vec<Seen>) -> (u16, String) {
        let res = self.client.get(url).send().await.expect("GET");
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        seen.push(Seen {
            who: self.role,
            url: url.to_owned(),
            body: body.clone(),
        });
        (status, body)
    }

    /// Posts `fields` with the CSRF token of the page at `page`.
    async fn post(
        &self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
        seen: &mut Vec<Seen>,
    ) -> (u16, String) {
        let (_, html) = self.get(page, seen).await;
        let csrf = Html::parse_document(&html)
            .select(&Selector::parse("input[name=csrf_token]").expect("sel"))
            .next()
            .and_then(|e| e.value().attr("value"))
            .map(str::to_owned)
            .unwrap_or_default();
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &csrf));
        let res = self
            .client
            .post(action)
            .form(&form)
            .send()
            .await
            .expect("POST");
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        seen.push(Seen {
            who: self.role,
            url: action.to_owned(),
            body: body.clone(),
        });
        (status, body)
    }

    fn cookie(&self, base: &str) -> Option<String> {
        let url: reqwest::Url = base.parse().ok()?;
        self.jar
            .cookies(&url)
            .and_then(|v| v.to_str().ok().map(str::to_owned))
    }
}

fn attr_all(body: &str, css: &str, attr: &str) -> Vec<String> {
    let html = Html::parse_document(body);
    let sel = Selector::parse(css).expect("selector");
    html.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_a_log_line_or_anyone_but_its_owner_on_sqlite() {
    journeys(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_a_log_line_or_anyone_but_its_owner_on_postgresql() {
    let Some(admin) = postgres_url() else {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    };
    let (url, schema) = fresh_postgres_schema(&admin);
    journeys(Some(url)).await;
    drop_postgres_schema(&admin, &schema);
}

/// The demo on SQLite (`None`) or on this PostgreSQL URL, walked by every role.
async fn journeys(postgres: Option<String>) {
    let dir = tempfile::tempdir().expect("dir");
    let log_path = dir.path().join("expomatch.log");
    let log = std::fs::File::create(&log_path).expect("log file");
    let mut command = Command::new(BIN);
    command
        .args([
            "demo",
            "--data-dir",
            dir.path().to_str().expect("path"),
            "--bind",
            "127.0.0.1:0",
        ])
        .env_remove("DATABASE_URL")
        // Every level of every crate, the service's own and the libraries'.
        .env("RUST_LOG", "trace")
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log));
    if let Some(url) = &postgres {
        command.env("DATABASE_URL", url);
    }
    let mut child = command.spawn().expect("spawn demo");
    let stdout = child.stdout.take().expect("stdout");
    let links = tokio::task::spawn_blocking(move || {
        let mut links = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("line");
            for role in ["organizer", "supplier", "buyer"] {
                if let Some(url) = line.strip_prefix(&format!("{role}: ")) {
                    links.push((role, url.to_owned()));
                }
            }
            if links.len() == 3 {
                break;
            }
        }
        links
    })
    .await
    .expect("read links");
    assert_eq!(links.len(), 3, "the demo printed three links");
    let base = links[0].1.split("/auth/").next().expect("base").to_owned();
    let url = |path: &str| format!("{base}{path}");
    let mut seen: Vec<Seen> = Vec::new();
    let organizer = Person::new("organizer");
    let supplier = Person::new("supplier");
    let buyer = Person::new("buyer");
    let stranger = Person::new("stranger");
    for (person, (_, link)) in [&organizer, &supplier, &buyer].into_iter().zip(&links) {
        let res = use_link(&person.client, link).await;
        assert_eq!(res.status().as_u16(), 303, "{} signs in", person.role);
    }
    // The buyer: agenda, directory, a supplier, a booking, a calendar address.
    buyer.get(&url("/buyer"), &mut seen).await;
    let (_, directory) = buyer.get(&url("/buyer/suppliers"), &mut seen).await;
    let first = attr_all(&directory, "a[href^='/buyer/suppliers/']", "href")
        .into_iter()
        .find(|h| {
            h.trim_start_matches("/buyer/suppliers/")
                .parse::<i32>()
                .is_ok()
        })
        .expect("a supplier");
    let (_, page) = buyer.get(&url(&first), &mut seen).await;
    if let Some(slot) = attr_all(&page, "form input[name=slot]", "value").first() {
        let (status, _) = buyer
            .post(
                &url(&first),
                &url(&format!("{first}/book")),
                &[("slot", slot)],
                &mut seen,
            )
            .await;
        assert!(
            status == 303 || status == 200 || status == 409,
            "booking answered {status}"
        );
    }
    let (_, ready) = buyer
        .post(&url("/buyer"), &url("/buyer/subscription"), &[], &mut seen)
        .await;
    let buyer_feed = attr_all(&ready, "#feed-url", "value")
        .pop()
        .expect("buyer's feed");
    assert_eq!(stranger.get(&buyer_feed, &mut seen).await.0, 200);
    // The supplier: home, agenda, requests, a calendar address.
    for path in [
        "/supplier",
        "/supplier/agenda",
        "/supplier/requests",
        "/supplier/profile",
    ] {
        supplier.get(&url(path), &mut seen).await;
    }
    let (_, ready) = supplier
        .post(
            &url("/supplier/agenda"),
            &url("/supplier/agenda/subscription"),
            &[],
            &mut seen,
        )
        .await;
    let supplier_feed = attr_all(&ready, "#feed-url", "value")
        .pop()
        .expect("supplier's feed");
    assert_eq!(stranger.get(&supplier_feed, &mut seen).await.0, 200);
    // The organizer: every message, the audit log, exports, people's agendas.
    let (_, home) = organizer.get(&url("/organizer"), &mut seen).await;
    let expo = attr_all(&home, "a[href^='/organizer/expos/']", "href")
        .into_iter()
        .find_map(|h| {
            h.trim_start_matches("/organizer/expos/")
                .parse::<i32>()
                .ok()
        })
        .expect("an expo");
    let (_, email) = organizer.get(&url("/organizer/email"), &mut seen).await;
    let messages: Vec<String> = attr_all(&email, "a[href^='/organizer/email/']", "href");
    assert!(messages.len() > 10, "the demo's messages are listed");
    for m in &messages {
        for suffix in ["", "/html", "/invite.ics"] {
            organizer
                .get(&url(&format!("{m}{suffix}")), &mut seen)
                .await;
        }
    }
    for path in [
        "/organizer/audit".to_owned(),
        "/organizer/suppliers".to_owned(),
        format!("/organizer/expos/{expo}"),
        format!("/organizer/expos/{expo}/participants"),
        format!("/organizer/expos/{expo}/participants.csv"),
        format!("/organizer/expos/{expo}/meetings.csv"),
        format!("/organizer/expos/{expo}/grid"),
    ] {
        organizer.get(&url(&path), &mut seen).await;
    }
    // Every mailed link, opened by whoever holds it (an anonymous browser), with its
    // secret in the path; a reset carried out, so POSTs with secrets are logged too.
    let database = match &postgres {
        Some(url) => expomatch::db::DatabaseUrl::Postgres(url.clone()),
        None => expomatch::db::DatabaseUrl::Sqlite(dir.path().join("demo.sqlite")),
    };
    let pool = expomatch::db::build_pool(&database, 1).expect("demo db");
    let mut conn = pool.get().expect("conn");
    use expomatch::db::schema::outbox;
    let rows: Vec<(String, Option<String>, Option<String>)> = outbox::table
        .select((outbox::body_text, outbox::body_html, outbox::calendar_ics))
        .load(&mut conn)
        .expect("outbox");
    let mut mailed: Vec<String> = Vec::new();
    for (text, html, ics) in &rows {
        for part in [Some(text), html.as_ref(), ics.as_ref()]
            .into_iter()
            .flatten()
        {
            mailed.extend(secret_tails(part));
        }
    }
    mailed.extend(links.iter().flat_map(|(_, l)| secret_tails(l)));
    mailed.sort();
    mailed.dedup();
    assert!(
        mailed.len() >= 5,
        "links of several kinds were mailed: {}",
        mailed.len()
    );
    let reset = rows
        .iter()
        .flat_map(|(t, _, _)| t.split_whitespace())
        .find(|w| w.contains("/signin/reset/"))
        .expect("a reset link")
        .to_owned();
    let reset = url(&reset[reset.find("/signin/").expect("path")..]);
    stranger.get(&reset, &mut seen).await;
    stranger
        .post(
            &reset,
            &reset,
            &[("password", "a brand new passphrase")],
            &mut seen,
        )
        .await;
    let verify = rows
        .iter()
        .flat_map(|(t, _, _)| t.split_whitespace())
        .find(|w| w.contains("/register/verify/"))
        .map(str::to_owned);
    if let Some(verify) = verify {
        Person::new("stranger")
            .get(
                &url(&verify[verify.find("/register/").expect("path")..]),
                &mut seen,
            )
            .await;
    }
    // A wrong link with a secret-looking tail, and a 404 for a made-up one.
    stranger
        .get(
            &url("/signin/reset/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            &mut seen,
        )
        .await;

    // A 500: the database loses a table the buyer's agenda reads.
    diesel::sql_query("DROP TABLE calendar_feeds")
        .execute(&mut conn)
        .expect("drop");
    let (status, page) = buyer.get(&url("/buyer"), &mut seen).await;
    assert_eq!(status, 500, "the buyer's agenda fails");
    let reference = Html::parse_document(&page)
        .select(&Selector::parse("#request-id").expect("sel"))
        .next()
        .map(|e| e.text().collect::<String>())
        .expect("the 500 page names a reference");
    assert!(reference.len() >= 8, "{reference}");

    // Secrets of each kind, and who may see each.
    let feeds = [
        ("buyer", secret_tails(&buyer_feed)),
        ("supplier", secret_tails(&supplier_feed)),
    ];
    let mut session_values: Vec<String> = Vec::new();
    for p in [&organizer, &supplier, &buyer, &stranger] {
        if let Some(c) = p.cookie(&base) {
            session_values.extend(
                c.split("; ")
                    .filter_map(|kv| kv.split_once('=').map(|(_, v)| v.to_owned()))
                    .filter(|v| v.len() >= 20),
            );
        }
    }
    let csrf_tokens: Vec<String> = seen
        .iter()
        .flat_map(|s| attr_all(&s.body, "input[name=csrf_token]", "value"))
        .filter(|v| v.len() >= 20)
        .collect();
    assert!(!session_values.is_empty() && !csrf_tokens.is_empty());

    let _ = child.kill();
    let _ = child.wait();
    let log = std::fs::read_to_string(&log_path).expect("log");
    assert!(log.lines().count() > 50, "the log was captured");
    let mut every: Vec<(&str, &String)> = Vec::new();
    every.extend(mailed.iter().map(|s| ("mailed link", s)));
    every.extend(
        feeds
            .iter()
            .flat_map(|(_, v)| v.iter().map(|s| ("calendar address", s))),
    );
    every.extend(session_values.iter().map(|s| ("session cookie", s)));
    every.extend(csrf_tokens.iter().map(|s| ("CSRF token", s)));
    for (kind, secret) in &every {
        if let Some(line) = log.lines().find(|l| l.contains(secret.as_str())) {
            panic!("a {kind} is in the log: {line}");
        }
    }
    let with_reference: Vec<&str> = log.lines().filter(|l| l.contains(&reference)).collect();
    assert!(
        with_reference
            .iter()
            .any(|l| l.contains("ERROR") && l.contains("internal error")),
        "the 500's reference is in its error line: {with_reference:?}"
    );

    for page in &seen {
        for secret in &mailed {
            // A mailed link shows only on its own page, to whoever opened it.
            assert!(
                page.url.contains(secret.as_str()) || !page.body.contains(secret.as_str()),
                "{} saw a mailed link on {}",
                page.who,
                page.url
            );
        }
        for (owner, secrets) in &feeds {
            for secret in secrets {
                assert!(
                    page.who == *owner || !page.body.contains(secret.as_str()),
                    "{} saw the {owner}'s calendar address on {}",
                    page.who,
                    page.url
                );
            }
        }
        for secret in &session_values {
            assert!(
                !page.body.contains(secret.as_str()),
                "a session cookie in the page {}",
                page.url
            );
        }
    }
}
