//! Hostile input at every form of the app, as property tests over HTTP.
//!
//! The forms are not listed by hand: each role's pages are crawled (links followed, up
//! to two pages per route) and every `<form>` found is sent first as a person would,
//! then with script around its free text, then filled by proptest — very long strings,
//! control characters with NUL, Hangul and emoji, SQL and HTML/script fragments, huge
//! and negative numbers, bad dates and time zones, malformed CSV and garbage files, and
//! hostile ids in its path — with the other fields kept plausible so the bad value
//! reaches the handler's rules. Forms that only appear after a POST (the import
//! preview's confirm form, a schedule draft) are picked up from the answers and from
//! the pages the POSTs redirect to. One app per database serves the whole run.
//!
//! The properties: no answer is a 5xx (nor a dropped connection); the server still
//! answers afterwards; every email the input caused goes out (none stuck with a worker
//! that choked on it); and after the run no page of any role (participant lists, the
//! directory, agendas, the email log…) carries a script or an event handler that came
//! from the input. Every POST route of the router (read from the source, as the
//! authorization tests do) must have been fuzzed or be in `SKIPPED` with its reason, so
//! a new form cannot be missed silently.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use diesel::prelude::*;
use expomatch::db::schema::{
    buyers, consultation_tables, expos, meeting_requests, organizers, outbox, suppliers,
};
use expomatch::domain::Role;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use scraper::{ElementRef, Html, Selector};

use crate::authz::routes;
use crate::helpers::*;
use crate::on_both_databases;

mod checks;
pub(crate) mod crawl;
mod every_form;
mod inputs;

use crawl::*;
use inputs::*;

/// Cases per form, on each database.
const CASES: u32 = 24;

/// Forms whose input is parsed the hardest (imports) get more.
const IMPORT_CASES: u32 = 64;

fn cases_for(route: &str) -> u32 {
    if route.contains("import") {
        IMPORT_CASES
    } else {
        CASES
    }
}

/// POST routes that are not fuzzed, and why.
const SKIPPED: &[(&str, &str)] = &[
    (
        "/organizer/expos/{id}/schedule/{run}/improve/stop",
        "shown only while an improvement run works, which the crawl never starts (scheduling::improve::an_organizer_improves_a_draft_watches_and_stops_it posts to it while one runs and when none does)",
    ),
    (
        "/unsubscribe/{role}/{person}/{kind}/{key}",
        "reached only from an email's own link, signed for one person (online::a_reminder_can_be_stopped_from_the_message_itself_or_the_persons_page posts to it, with and without a good key)",
    ),
    (
        "/organizer/meetings/{id}/attendance/undo",
        "takes nothing but the CSRF token and its path, and shows only after attendance is recorded (layout::attendance tries it too late, with an outcome, and in time)",
    ),
    (
        "/supplier/availability/undo",
        "takes nothing but the CSRF token, and shows only after a change of several slots (supplier::availability undoes one and finds nothing left to undo)",
    ),
    (
        "/organizer/expos/{id}/video-links",
        "its form shows only after a preview without problems, which hostile rows never give; it reads the same text with the same parser as /video-links/preview, which is fuzzed (online_links posts rows with problems to it and finds nothing saved)",
    ),
    (
        "/organizer/expos/{id}/suppliers/{supplier}/act",
        "takes nothing but the CSRF token and its path, and turns the session into the supplier's, which the rest of the run as organizer needs (teams::staff_act_for_a_company_within_their_scope posts to it in and out of scope)",
    ),
    (
        "/organizer/expos/{id}/buyers/{buyer}/act",
        "takes nothing but the CSRF token and its path, and turns the session into the buyer's (teams::staff_act_for_a_company_within_their_scope posts to it as co-host staff, refused, and as an administrator)",
    ),
    (
        "/acting/stop",
        "takes nothing but the CSRF token, and only in a session of staff acting for a company (teams::staff_act_for_a_company_within_their_scope stops one)",
    ),
    (
        "/buyer/team/{member}/remove",
        "the demo buyer has no colleagues, so no page shows this form; it is the supplier's handler (fuzzed at /supplier/team/{member}/remove) and teams::a_buyer_brings_a_colleague posts to it",
    ),
    (
        "/signout",
        "takes nothing but the CSRF token and ends the session the rest of the run needs",
    ),
    (
        "/organizer/staff/{id}/sign-out",
        "takes nothing but the CSRF token and its path (secrets::ending_sessions::an_organizer_ends_every_sign_in_of_another_… tries an unknown id); it would end the sessions the run needs",
    ),
    (
        "/organizer/expos/{id}/{area}/{person}/sign-out",
        "takes nothing but the CSRF token and its path (secrets::ending_sessions::an_organizer_ends_every_sign_in_… tries another expo's); it would end the sessions the run needs",
    ),
];

/// Sends one case; the answer's status, its body when it is HTML, and where it redirects.
async fn send(
    client: &reqwest::Client,
    base: &str,
    form: &Form,
    case: &Case,
) -> (u16, Option<String>, Option<String>) {
    let fields = body(form, case);
    let action = case
        .path
        .as_deref()
        .map_or_else(|| form.action.clone(), |id| with_path_id(&form.action, id));
    let url = format!("{base}{action}");
    let req = if !form.post {
        client.get(&url).query(&fields)
    } else if form.multipart {
        let mut parts = reqwest::multipart::Form::new();
        for f in &form.fields {
            if f.kind == "file" {
                let part = reqwest::multipart::Part::bytes(case.file.1.clone())
                    .file_name(case.file.0.clone());
                parts = parts.part(f.name.clone(), part);
            }
        }
        for (k, v) in fields {
            if !form.fields.iter().any(|f| f.name == k && f.kind == "file") {
                parts = parts.text(k, v);
            }
        }
        client.post(&url).multipart(parts)
    } else {
        client.post(&url).form(&fields)
    };
    let res = match req.send().await {
        Ok(res) => res,
        // A query too long for a URL cannot be sent by a browser either.
        Err(e) if e.is_builder() && !form.post => return (0, None, None),
        Err(e) => panic!(
            "{} {}: {e}",
            if form.post { "POST" } else { "GET" },
            form.action
        ),
    };
    let status = res.status().as_u16();
    let html = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let text = res.text().await.unwrap_or_default();
    (status, html.then_some(text), location)
}

/// What the answers to a form opened up: forms in a page answered to a POST (a
/// preview's confirm form) and pages a POST redirected to (a schedule draft).
#[derive(Default)]
struct Harvest {
    forms: Vec<Form>,
    locations: Vec<String>,
}

/// Runs proptest over one form: `cases` cases, deterministic, shrinking on failure.
async fn fuzz_form(
    app: &TestApp,
    client: &reqwest::Client,
    form: &Form,
    cases: u32,
    found: Arc<Mutex<Harvest>>,
) -> BTreeMap<u16, u32> {
    let handle = tokio::runtime::Handle::current();
    let (client, base, form) = (client.clone(), app.address.clone(), form.clone());
    tokio::task::spawn_blocking(move || {
        let config = Config {
            cases,
            failure_persistence: None,
            max_shrink_iters: 200,
            ..Config::default()
        };
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
        let method = if form.post { "POST" } else { "GET" };
        // First as a person would send it: it must work as well as not fail, and it
        // opens the pages behind the form (a schedule draft after computing one).
        // Then once more with markup around every free text, which most forms store.
        let plain_cases = if only_token(&form) {
            vec![Choice::Keep]
        } else {
            vec![Choice::Keep, Choice::Markup]
        };
        for choice in plain_cases {
            let plain = plain_case(&form, &choice);
            let (status, html, location) = handle.block_on(send(&client, &base, &form, &plain));
            assert!(
                status < 500,
                "{method} {} as a person sends it ({choice:?}): {status}",
                form.action
            );
            // A page answering a person's submission (a confirmation step) holds the
            // next form.
            if let Some(html) = html
                && form.post
                && status == 200
            {
                let more = forms_in(&form.action, &Html::parse_document(&html));
                found.lock().expect("lock").forms.extend(more);
            }
            if let Some(location) = location {
                found.lock().expect("lock").locations.push(location);
            }
        }
        let strategy = case_strategy(form.fields.len(), only_token(&form));
        let statuses: std::cell::RefCell<BTreeMap<u16, u32>> = Default::default();
        let result = runner.run(&strategy, |case| {
            let (status, html, location) = handle.block_on(send(&client, &base, &form, &case));
            *statuses.borrow_mut().entry(status).or_default() += 1;
            prop_assert!(
                status < 500,
                "{} {} answered {status}",
                if form.post { "POST" } else { "GET" },
                form.action
            );
            if let Some(html) = html
                && form.post
                && status == 200
            {
                let more = forms_in(&form.action, &Html::parse_document(&html));
                found.lock().expect("lock").forms.extend(more);
            }
            if let Some(location) = location
                && location.starts_with('/')
            {
                found.lock().expect("lock").locations.push(location);
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("form on {} ({}): {e}", form.page, form.action);
        }
        statuses.into_inner()
    })
    .await
    .expect("fuzz task")
}

/// POSTs hostile one-time tokens (and fields) to the routes that take one in the path.
async fn fuzz_token_paths(app: &TestApp) {
    // The app's own client: `csrf_token` reads the page with it.
    let client = app.client.clone();
    let token = app.csrf_token("/signin").await;
    let handle = tokio::runtime::Handle::current();
    let base = app.address.clone();
    let client_ = client.clone();
    tokio::task::spawn_blocking(move || {
        let mut runner = TestRunner::new_with_rng(
            Config {
                cases: CASES,
                failure_persistence: None,
                ..Config::default()
            },
            TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        );
        for (route, fields) in TOKEN_PATHS {
            let refused = std::cell::Cell::new(0u32);
            let result = runner.run(&(hostile(), hostile()), |(secret, value)| {
                let secret: String = secret.chars().take(2_000).collect();
                let path = route.replace(
                    "{token}",
                    &url::form_urlencoded::byte_serialize(secret.as_bytes()).collect::<String>(),
                );
                let mut form: Vec<(&str, &str)> = vec![("csrf_token", &token)];
                form.extend(fields.iter().map(|f| (*f, value.as_str())));
                let status = handle.block_on(async {
                    client_
                        .post(format!("{base}{path}"))
                        .form(&form)
                        .send()
                        .await
                        .expect("POST")
                        .status()
                        .as_u16()
                });
                prop_assert!(status < 500, "POST {path} answered {status}");
                refused.set(refused.get() + u32::from(status == 403));
                Ok(())
            });
            if let Err(e) = result {
                panic!("{route}: {e}");
            }
            assert!(
                refused.get() < CASES,
                "{route}: every case was refused (CSRF?)"
            );
        }
    })
    .await
    .expect("token task");
}

/// No page shows a script or an event handler that came from the input: the only
/// scripts are the app's own files, and no element has an `on…` attribute.
fn assert_no_stored_script(url: &str, body: &str) {
    let html = Html::parse_document(body);
    for script in html.select(&sel("script")) {
        let src = script.value().attr("src").unwrap_or_default();
        assert!(
            src.starts_with("/static/") && script.text().collect::<String>().trim().is_empty(),
            "{url}: a script that is not the app's own: {}",
            script.html()
        );
    }
    for e in html.select(&sel("*")) {
        if let Some((name, _)) = e.value().attrs().find(|(n, _)| n.starts_with("on")) {
            panic!(
                "{url}: an element with {name}: {}",
                e.html().chars().take(300).collect::<String>()
            );
        }
        for a in ["href", "src", "action"] {
            let v = e.value().attr(a).unwrap_or_default().trim().to_lowercase();
            assert!(!v.starts_with("javascript:"), "{url}: a javascript: {a}");
        }
    }
    assert!(
        !body.contains("<script>alert"),
        "{url}: the input's script, raw"
    );
}
