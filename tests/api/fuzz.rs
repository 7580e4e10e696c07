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

async fn app_get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, Html) {
    let res = client.get(app.url(path)).send().await.expect("GET");
    let status = res.status().as_u16();
    (
        status,
        Html::parse_document(&res.text().await.expect("body")),
    )
}

/// POST routes that are not fuzzed, and why.
const SKIPPED: &[(&str, &str)] = &[
    (
        "/signout",
        "takes nothing but the CSRF token and ends the session the rest of the run needs",
    ),
    (
        "/organizer/staff/{id}/sign-out",
        "takes nothing but the CSRF token and its path (secrets::an_organizer_ends_every_sign_in_of_another_… tries an unknown id); it would end the sessions the run needs",
    ),
    (
        "/organizer/expos/{id}/{area}/{person}/sign-out",
        "takes nothing but the CSRF token and its path (secrets::an_organizer_ends_every_sign_in_… tries another expo's); it would end the sessions the run needs",
    ),
];

/// POST routes whose only input is a secret in the path (a one-time token): the token
/// is fuzzed instead, together with whatever fields their forms take.
const TOKEN_PATHS: &[(&str, &[&str])] = &[
    ("/auth/link/{token}", &[]),
    ("/register/verify/{token}", &[]),
    ("/signin/reset/{token}", &["password"]),
];

#[derive(Clone, Debug)]
struct Field {
    name: String,
    /// The input's `type`, or `select`, `textarea`, `button`.
    kind: String,
    value: String,
    options: Vec<String>,
    checked: bool,
}

#[derive(Clone, Debug)]
struct Form {
    /// The page it was found on.
    page: String,
    post: bool,
    /// The action, with its query string.
    action: String,
    multipart: bool,
    fields: Vec<Field>,
}

/// The route pattern (`/organizer/expos/{id}`) a path belongs to, for `method`.
fn route_of(method: &str, path: &str) -> Option<String> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let matches = |pattern: &str| {
        let (p, s): (Vec<&str>, Vec<&str>) =
            (pattern.split('/').collect(), path.split('/').collect());
        p.len() == s.len()
            && p.iter().zip(&s).all(|(p, s)| match p.find('{') {
                None => p == s,
                Some(open) => {
                    let close = p.rfind('}').map_or(p.len(), |c| c + 1);
                    s.len() > open + (p.len() - close)
                        && s.starts_with(&p[..open])
                        && s.ends_with(&p[close..])
                }
            })
    };
    // Literal routes win over parameter ones (`/buyer/requests/new` over `{id}`).
    let mut found: Vec<String> = routes()
        .into_iter()
        .filter(|(m, p)| m == method && matches(p))
        .map(|(_, p)| p)
        .collect();
    found.sort_by_key(|p| p.matches('{').count());
    found.into_iter().next()
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e:?}"))
}

fn forms_in(page: &str, html: &Html) -> Vec<Form> {
    let field_sel = sel("input[name], select[name], textarea[name], button[name]");
    let option_sel = sel("option");
    html.select(&sel("form"))
        .map(|form| {
            let attr = |a: &str| form.value().attr(a).unwrap_or_default().to_owned();
            let action = match attr("action") {
                a if a.is_empty() => page.to_owned(),
                a => a,
            };
            let fields = form
                .select(&field_sel)
                .map(|e: ElementRef<'_>| {
                    let v = e.value();
                    let tag = v.name();
                    let kind = match tag {
                        "input" => v.attr("type").unwrap_or("text").to_lowercase(),
                        other => other.to_owned(),
                    };
                    let options: Vec<String> = e
                        .select(&option_sel)
                        .map(|o| {
                            o.value()
                                .attr("value")
                                .map_or_else(|| o.text().collect(), str::to_owned)
                        })
                        .collect();
                    let value = match tag {
                        "textarea" => e.text().collect(),
                        "select" => e
                            .select(&option_sel)
                            .find(|o| o.value().attr("selected").is_some())
                            .and_then(|o| o.value().attr("value").map(str::to_owned))
                            .or_else(|| options.first().cloned())
                            .unwrap_or_default(),
                        _ => v.attr("value").unwrap_or_default().to_owned(),
                    };
                    Field {
                        name: v.attr("name").unwrap_or_default().to_owned(),
                        kind,
                        value,
                        options,
                        checked: v.attr("checked").is_some(),
                    }
                })
                .collect();
            Form {
                page: page.to_owned(),
                post: attr("method").eq_ignore_ascii_case("post"),
                action,
                multipart: attr("enctype") == "multipart/form-data",
                fields,
            }
        })
        .collect()
}

/// Same-site page links worth following from `html`.
fn links_in(html: &Html) -> Vec<String> {
    html.select(&sel("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| h.starts_with('/') && !h.starts_with("//"))
        .filter(|h| {
            let path = h.split(['?', '#']).next().unwrap_or_default();
            !path.starts_with("/static/")
                && !path.starts_with("/auth/")
                && !path.starts_with("/calendar/")
                && ![".ics", ".csv", ".xlsx", ".svg", ".png"]
                    .iter()
                    .any(|ext| path.ends_with(ext))
        })
        .map(str::to_owned)
        .collect()
}

/// Pages of one role, following links from `starts` within `area` (a path prefix, or
/// "" for the public pages): at most `per_route` pages per GET route.
async fn crawl(
    app: &TestApp,
    client: &reqwest::Client,
    starts: &[&str],
    area: &str,
    per_route: usize,
) -> Vec<(String, String)> {
    let mut queue: Vec<String> = starts.iter().map(|s| (*s).to_owned()).collect();
    let mut seen = BTreeSet::new();
    let mut per: BTreeMap<String, usize> = BTreeMap::new();
    let mut pages = Vec::new();
    while let Some(url) = queue.pop() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let path = url.split(['?', '#']).next().unwrap_or_default();
        let in_area = if area.is_empty() {
            !["/organizer", "/buyer", "/supplier"]
                .iter()
                .any(|a| path.starts_with(a))
        } else {
            path.starts_with(area)
        };
        let Some(route) = route_of("GET", path) else {
            continue;
        };
        let n = per.entry(route).or_default();
        if !in_area || *n >= per_route {
            continue;
        }
        *n += 1;
        let res = client.get(app.url(&url)).send().await.expect("GET");
        let status = res.status().as_u16();
        assert!(status < 500, "GET {url} answered {status}");
        let is_html = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html"));
        if status != 200 || !is_html {
            continue;
        }
        let body = res.text().await.expect("body");
        let html = Html::parse_document(&body);
        // Depth first, in page order: a role's main pages come before the long lists.
        let mut links = links_in(&html);
        links.reverse();
        queue.extend(links);
        pages.push((url, body));
    }
    pages
}

// ---------------------------------------------------------------------------------
// What proptest throws.

/// Known-bad fragments: markup and script, SQL, template syntax, numbers out of range,
/// impossible dates and times, zones and codes that do not exist.
fn fragment() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "<script>alert(1)</script>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "</textarea><script>alert(1)</script>",
        "<svg onload=alert(1)>",
        "javascript:alert(1)",
        "' OR '1'='1",
        "'; DROP TABLE meetings; --",
        "1; SELECT pg_sleep(5)--",
        "\" OR \"\"=\"",
        "{{ 7*7 }}",
        "{% raw %}",
        "${7*7}",
        "../../etc/passwd",
        "\u{0}",
        "%00",
        "\u{feff}",
        "\u{202e}gnp.exe",
        "-1",
        "0",
        "-0",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "99999999999999999999999999999999",
        "1e309",
        "NaN",
        "inf",
        "0x10",
        "1.5",
        "1,000",
        "2027-02-30",
        "2027-13-45",
        "0000-00-00",
        "9999-12-31",
        "-2027-01-01",
        "2027-03-09T25:61",
        "24:00",
        "23:60",
        "-01:00",
        "99:99",
        "Mars/Olympus_Mons",
        "UTC+99",
        "Asia/Seoul\u{0}",
        "../zoneinfo/UTC",
        "XX",
        "kor",
        "ZZZ",
        "accept\u{0}",
        "true",
        "null",
        "[]",
    ])
    .prop_map(str::to_owned)
}

fn random_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[\\x00-\\x1f\\x7f]{1,16}",
        "[가-힣]{1,30}",
        "[\\x{1F600}-\\x{1F64F}\\x{1F1E6}-\\x{1F1FF}\\x{200D}]{1,20}",
        "[ \\t\\r\\n]{0,8}",
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        any::<u128>().prop_map(|n| n.to_string()),
    ]
}

fn hostile() -> impl Strategy<Value = String> {
    let one = prop_oneof![fragment(), random_text()];
    prop_oneof![
        4 => one.clone(),
        2 => prop::collection::vec(one.clone(), 2..5).prop_map(|v| v.concat()),
        // 10,000 to 12,000 characters.
        1 => (one, 10_000usize..12_000).prop_map(|(s, n)| {
            let s = if s.is_empty() { "x".to_owned() } else { s };
            s.chars().cycle().take(n).collect::<String>()
        }),
    ]
}

/// Rows a person might paste, broken in the ways real exports break: missing or extra
/// columns, unclosed quotes, other separators and line ends, a BOM, formulas, hostile
/// cells; some rows otherwise valid so hostile names reach the preview and the store.
fn hostile_csv() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        3 => hostile(),
        2 => "[A-Za-z가-힣 ]{0,12}",
        1 => Just("\"unclosed".to_owned()),
        1 => Just("\"\"\"".to_owned()),
        1 => Just("=HYPERLINK(\"http://x\")".to_owned()),
    ];
    let valid_row = (hostile(), hostile(), 0u32..1_000_000).prop_map(|(name, org, n)| {
        format!(
            "\"{}\",\"{}\",PE,fuzz{n}@import.example",
            name.replace('"', "\"\""),
            org.replace('"', "\"\"")
        )
    });
    let row = prop_oneof![
        2 => (prop::collection::vec(cell, 0..9), prop::sample::select(vec![",", ";", "\t", "|"]))
            .prop_map(|(cells, sep)| cells.join(sep)),
        1 => valid_row,
    ];
    let header = prop_oneof![
        Just("name,organisation,country,email".to_owned()),
        Just("\u{feff}email,name".to_owned()),
        Just(String::new()),
        hostile(),
    ];
    (
        header,
        prop::collection::vec(row, 0..25),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
    )
        .prop_map(|(h, rows, end)| std::iter::once(h).chain(rows).collect::<Vec<_>>().join(end))
}

/// An uploaded file: hostile CSV, random bytes, or a truncated "workbook" (a zip header
/// and garbage), under a name that may lie about it.
fn hostile_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    let bytes = prop_oneof![
        hostile_csv().prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..4096),
        prop::collection::vec(any::<u8>(), 0..2048).prop_map(|tail| {
            let mut v = b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec();
            v.extend(tail);
            v
        }),
    ];
    let name = prop_oneof![
        prop::sample::select(vec!["buyers.csv", "buyers.xlsx", "buyers.txt", "buyers"])
            .prop_map(str::to_owned),
        hostile().prop_map(|n| format!("{n}.xlsx")),
    ];
    (name, bytes)
}

#[derive(Clone, Debug)]
enum Choice {
    /// What a person would send: the page's value, or a plausible one for an empty field.
    Keep,
    Hostile(String),
    /// The field is left out of the request.
    Omit,
    /// As `Keep`, with script and an event handler around any free text, so the pages
    /// that show it later are tested with markup that was really stored.
    Markup,
}

fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        6 => Just(Choice::Keep),
        4 => hostile().prop_map(Choice::Hostile),
        1 => Just(Choice::Omit),
    ]
}

/// Mostly one to three hostile fields among plausible ones, so that forms with many
/// fields still get past their other rules and store what is hostile; sometimes every
/// field at random.
fn choices(fields: usize) -> impl Strategy<Value = Vec<Choice>> {
    let n = fields.max(1);
    let targeted = prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            prop_oneof![9 => hostile().prop_map(Choice::Hostile), 1 => Just(Choice::Omit)],
        ),
        1..=3,
    )
    .prop_map(move |picks| {
        let mut all = vec![Choice::Keep; n];
        for (at, choice) in picks {
            all[at.index(n)] = choice;
        }
        all
    });
    prop_oneof![3 => targeted, 1 => prop::collection::vec(choice(), n)]
}

static UNIQUE: AtomicUsize = AtomicUsize::new(0);

/// A Korean business registration number with a valid check digit, different for each `n`.
fn business_reg_no(n: usize) -> String {
    let digits: Vec<u32> = format!("{:09}", 210_000_000 + n % 700_000_000)
        .chars()
        .filter_map(|c| c.to_digit(10))
        .collect();
    let weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() + digits[8] * 5 / 10;
    let check = (10 - sum % 10) % 10;
    let all: String = digits.iter().map(u32::to_string).collect();
    format!("{}-{}-{}{check}", &all[..3], &all[3..5], &all[5..])
}

/// A value that passes the field's rules as far as can be guessed from its name and
/// type, so that the hostile value in another field is the one the handler meets.
/// `first_of_group`: a checkbox or radio that is the first of a group none of which
/// is checked (a required choice a person would make).
fn plausible(f: &Field, first_of_group: bool) -> Option<String> {
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed);
    let name = f.name.as_str();
    let has = |part: &str| name.contains(part);
    Some(match f.kind.as_str() {
        "checkbox" | "radio" => return (f.checked || first_of_group).then(|| f.value.clone()),
        "submit" | "button" | "file" => return (!f.value.is_empty()).then(|| f.value.clone()),
        _ if !f.value.is_empty() => f.value.clone(),
        // A select whose first choice is "none": the first real one.
        "select" => f.options.iter().find(|o| !o.is_empty()).cloned()?,
        "password" => "a long enough passphrase".to_owned(),
        _ if f.kind == "email" || has("email") => format!("fuzz{n}@fuzz.example"),
        _ if has("booking_opens") => "2027-03-01T09:00".to_owned(),
        _ if has("booking_closes") => "2027-03-05T18:00".to_owned(),
        "datetime-local" => "2027-03-01T09:00".to_owned(),
        "date" => "2027-03-10".to_owned(),
        "time" => "10:00".to_owned(),
        "number" => "3".to_owned(),
        _ if has("business_reg_no") => business_reg_no(n),
        _ if has("year") => "2009".to_owned(),
        _ if has("markets") => "VN".to_owned(),
        _ if has("languages") => "en".to_owned(),
        _ if has("max_meetings") => "5".to_owned(),
        _ if has("days") => "7".to_owned(),
        _ if has("amount") => "1000".to_owned(),
        _ if has("country") => "PE".to_owned(),
        _ if has("timezone") => "America/Lima".to_owned(),
        _ if has("currency") => "USD".to_owned(),
        _ if has("date") => "2027-03-10".to_owned(),
        _ if f.kind == "tel" || has("phone") => "+82 2 1234 5678".to_owned(),
        // Optional codes and addresses a person leaves empty.
        _ if has("hs_code") || has("url") || has("website") => String::new(),
        _ => format!("Fuzz {n}"),
    })
}

/// The form's fields as they would be sent, with proptest's choices applied. Pasted
/// rows (`csv`) get the CSV strategy's text when the case chose a hostile value.
fn body(form: &Form, case: &Case) -> Vec<(String, String)> {
    let mut groups_seen = BTreeSet::new();
    form.fields
        .iter()
        .zip(case.choices.iter().cycle())
        .filter_map(|(f, c)| {
            if f.name == "csrf_token" {
                return Some((f.name.clone(), f.value.clone()));
            }
            let first_of_group = matches!(f.kind.as_str(), "checkbox" | "radio")
                && groups_seen.insert(f.name.clone())
                && !form.fields.iter().any(|g| g.name == f.name && g.checked);
            let v = match c {
                Choice::Keep => plausible(f, first_of_group)?,
                Choice::Markup => match plausible(f, first_of_group)? {
                    v if v.starts_with("Fuzz ") => {
                        format!("<script>alert(1)</script>\"><img src=x onerror=alert(1)> {v}")
                    }
                    v => v,
                },
                Choice::Hostile(_) if f.name == "csv" => case.csv.clone(),
                Choice::Hostile(h) => h.clone(),
                Choice::Omit => return None,
            };
            Some((f.name.clone(), v))
        })
        .collect()
}

#[derive(Clone)]
struct Case {
    choices: Vec<Choice>,
    csv: String,
    file: (String, Vec<u8>),
    /// Replaces the last id in the action's path (`/organizer/meetings/{id}/move`).
    path: Option<String>,
}

/// Short enough to read in a failure message: long values are cut, the file summarised.
impl std::fmt::Debug for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cut = |s: &str| {
            let n = s.chars().count();
            if n > 80 {
                format!("{:?}… ({n} chars)", s.chars().take(80).collect::<String>())
            } else {
                format!("{s:?}")
            }
        };
        let choices: Vec<String> = self
            .choices
            .iter()
            .map(|c| match c {
                Choice::Keep => "keep".to_owned(),
                Choice::Markup => "markup".to_owned(),
                Choice::Omit => "omit".to_owned(),
                Choice::Hostile(h) => cut(h),
            })
            .collect();
        write!(
            f,
            "fields [{}], csv {}, file {} ({} bytes), path id {}",
            choices.join(", "),
            cut(&self.csv),
            cut(&self.file.0),
            self.file.1.len(),
            self.path.as_deref().map_or_else(|| "kept".to_owned(), cut)
        )
    }
}

/// A form with nothing to type (only its token) has only its path to attack: every
/// case replaces an id there. Other forms do that in one case in four.
fn case_strategy(fields: usize, only_path: bool) -> impl Strategy<Value = Case> {
    let path = if only_path {
        hostile().prop_map(Some).boxed()
    } else {
        prop::option::weighted(0.25, hostile()).boxed()
    };
    (choices(fields), hostile_csv(), hostile_file(), path).prop_map(|(choices, csv, file, path)| {
        Case {
            choices,
            csv,
            file,
            path,
        }
    })
}

/// What a person would send: every field kept (or with markup around free text), a
/// well-formed file.
fn plain_case(form: &Form, choice: &Choice) -> Case {
    Case {
        choices: vec![choice.clone(); form.fields.len().max(1)],
        csv: "name,organisation,country,email\nPlain Case,Org,PE,plain@fuzz.example\n".to_owned(),
        file: (
            "buyers.csv".to_owned(),
            b"name,organisation,country,email\nPlain File,Org,PE,file@fuzz.example\n".to_vec(),
        ),
        path: None,
    }
}

/// The action with its last numeric path segment replaced by `id` (percent-encoded).
fn with_path_id(action: &str, id: &str) -> String {
    let (path, query) = action
        .split_once('?')
        .map_or((action, None), |(p, q)| (p, Some(q)));
    let mut segments: Vec<String> = path.split('/').map(str::to_owned).collect();
    if let Some(last) = segments
        .iter_mut()
        .rev()
        .find(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
    {
        // Cut to 2,000 characters: a longer URL cannot be sent at all.
        let id: String = id.chars().take(2_000).collect();
        *last = url::form_urlencoded::byte_serialize(id.as_bytes()).collect();
    }
    let path = segments.join("/");
    query.map_or(path.clone(), |q| format!("{path}?{q}"))
}

fn only_token(form: &Form) -> bool {
    form.fields
        .iter()
        .all(|f| f.name == "csrf_token" || matches!(f.kind.as_str(), "submit" | "button"))
}

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
            let (status, _, location) = handle.block_on(send(&client, &base, &form, &plain));
            assert!(
                status < 500,
                "{method} {} as a person sends it ({choice:?}): {status}",
                form.action
            );
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

async fn hostile_input_at_every_form_never_gets_a_5xx_and_is_never_shown_as_markup(app: TestApp) {
    let started = Instant::now();
    let (organizer, buyer, supplier) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let b: Vec<i32> = buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .select(buyers::id)
                .order(buyers::id)
                .limit(2)
                .load(c)
                .expect("buyers");
            let s: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .select(suppliers::id)
                .order(suppliers::id)
                .limit(2)
                .load(c)
                .expect("suppliers");
            // A pending request each way, so both sides have one to answer.
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            for (buyer, supplier, by) in [(b[0], s[1], "supplier"), (b[1], s[0], "buyer")] {
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(buyer),
                        meeting_requests::supplier_id.eq(supplier),
                        meeting_requests::requested_by.eq(by),
                        meeting_requests::created_at.eq(expomatch::store::now()),
                    ))
                    .execute(c)
                    .expect("request");
            }
            // An interpreter on the list (their edit and remove forms), and one of the
            // buyer's meetings under way (its rating form).
            expomatch::store::interpreters::add(
                c,
                expomatch::domain::ExpoId(expo),
                &expomatch::domain::interpreting::NewInterpreter {
                    name: "Ana Ruiz".into(),
                    email: String::new(),
                    languages: vec!["es".into(), "ko".into()],
                    note: String::new(),
                },
                expomatch::store::now(),
            )
            .expect("interpreter");
            let slot: i32 = expomatch::db::schema::meetings::table
                .filter(expomatch::db::schema::meetings::buyer_id.eq(b[0]))
                .select(expomatch::db::schema::meetings::slot_id)
                .first(c)
                .expect("a meeting of the buyer");
            let started = expomatch::store::now() - chrono::TimeDelta::minutes(10);
            diesel::update(expomatch::db::schema::slots::table.find(slot))
                .set((
                    expomatch::db::schema::slots::starts_at.eq(started),
                    expomatch::db::schema::slots::ends_at
                        .eq(started + chrono::TimeDelta::minutes(30)),
                ))
                .execute(c)
                .expect("under way");
            (
                organizers::table
                    .select(organizers::id)
                    .first::<i32>(c)
                    .expect("organizer"),
                b[0],
                s[0],
            )
        })
        .await;
    let roles: Vec<(&str, reqwest::Client, Vec<&str>, &str)> = vec![
        (
            "anonymous",
            app.new_client(),
            vec![
                "/",
                "/signin",
                "/signin/supplier",
                "/signin/link",
                "/signin/forgot",
                "/register",
            ],
            "",
        ),
        (
            "buyer",
            app.signed_in_as(Role::Buyer, buyer).await,
            vec!["/buyer"],
            "/buyer",
        ),
        (
            "supplier",
            app.signed_in_as(Role::Supplier, supplier).await,
            vec!["/supplier"],
            "/supplier",
        ),
        (
            "organizer",
            app.signed_in_as(Role::Organizer, organizer).await,
            vec!["/organizer"],
            "/organizer",
        ),
    ];
    let skipped: BTreeMap<&str, &str> = SKIPPED.iter().copied().collect();
    let mut fuzzed: BTreeSet<String> = BTreeSet::new();
    let mut requests = 0u32;
    for (who, client, starts, area) in &roles {
        let t = Instant::now();
        let pages = crawl(&app, client, starts, area, 2).await;
        eprintln!(
            "{who}: crawled {} pages in {:.1} s",
            pages.len(),
            t.elapsed().as_secs_f64()
        );
        let found = Arc::new(Mutex::new(Harvest::default()));
        for (url, body) in pages {
            found
                .lock()
                .expect("lock")
                .forms
                .extend(forms_in(&url, &Html::parse_document(&body)));
        }
        let mut done: BTreeSet<(bool, String)> = BTreeSet::new();
        let mut visited: BTreeSet<String> = BTreeSet::new();
        loop {
            let next: Vec<Form> = std::mem::take(&mut found.lock().expect("lock").forms);
            if next.is_empty() {
                // Pages the fuzzing redirected to, once per route: their forms next.
                // The newest first: a later POST may have replaced what an earlier made.
                let mut locations = std::mem::take(&mut found.lock().expect("lock").locations);
                locations.reverse();
                let mut more = Vec::new();
                for location in locations {
                    let path = location
                        .split(['?', '#'])
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    let Some(route) = route_of("GET", &path) else {
                        continue;
                    };
                    if !path.starts_with(area) || !visited.insert(route) {
                        continue;
                    }
                    let (status, html) = app_get(&app, client, &location).await;
                    assert!(status < 500, "GET {location} answered {status}");
                    more.extend(forms_in(&location, &html));
                }
                if more.is_empty() {
                    break;
                }
                found.lock().expect("lock").forms.extend(more);
                continue;
            }
            for form in next {
                let method = if form.post { "POST" } else { "GET" };
                let path = form.action.split('?').next().unwrap_or_default().to_owned();
                let Some(route) = route_of(method, &path) else {
                    continue;
                };
                // Only the role's own forms (a shared template may show another's).
                let own = if area.is_empty() {
                    !["/organizer", "/buyer", "/supplier"]
                        .iter()
                        .any(|a| path.starts_with(a))
                } else {
                    path.starts_with(area)
                };
                if !own
                    || skipped.contains_key(route.as_str())
                    || !done.insert((form.post, route.clone()))
                {
                    continue;
                }
                // A GET form without fields is a link.
                if !form.post && form.fields.is_empty() {
                    continue;
                }
                let cases = cases_for(&route);
                let t = Instant::now();
                let statuses = fuzz_form(&app, client, &form, cases, found.clone()).await;
                eprintln!(
                    "{who}: {method} {route}: {cases} cases, {} fields, {:.1} s, answers {statuses:?}",
                    form.fields.len(),
                    t.elapsed().as_secs_f64()
                );
                requests += cases;
                if form.post {
                    fuzzed.insert(route);
                }
            }
        }
    }
    let t = Instant::now();
    fuzz_token_paths(&app).await;
    eprintln!("token paths: {:.1} s", t.elapsed().as_secs_f64());
    for (route, _) in TOKEN_PATHS {
        fuzzed.insert((*route).to_owned());
    }

    // Every POST route of the router was fuzzed or is skipped with a reason.
    let missed: Vec<String> = routes()
        .into_iter()
        .filter(|(m, p)| m == "POST" && !fuzzed.contains(p) && !skipped.contains_key(p.as_str()))
        .map(|(_, p)| p)
        .collect();
    assert!(
        missed.is_empty(),
        "POST routes neither fuzzed nor in SKIPPED: {missed:?}"
    );
    assert!(fuzzed.len() > 40, "the router was read: {fuzzed:?}");

    // The server still answers, and nothing hostile is shown as markup anywhere.
    assert_eq!(
        app.get("/healthz").await.status().as_u16(),
        200,
        "still answering"
    );
    // Every email the input caused goes out (the test mailer takes anything a
    // message builder makes): none is stuck claimed by a worker that choked on it.
    let t = Instant::now();
    loop {
        let stuck: Vec<(i32, String, String)> = app
            .with_db(|c| {
                outbox::table
                    .filter(
                        outbox::status.eq("sending").or(outbox::status
                            .eq("pending")
                            .and(outbox::next_attempt_at.le(expomatch::store::now()))),
                    )
                    .select((outbox::id, outbox::kind, outbox::to_name))
                    .load(c)
                    .expect("outbox")
            })
            .await;
        if stuck.is_empty() {
            break;
        }
        assert!(
            t.elapsed().as_secs() < 20,
            "emails never sent: {:?}",
            &stuck[..stuck.len().min(5)]
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let stored: i64 = app
        .with_db(|c| {
            let b: i64 = buyers::table
                .filter(
                    buyers::name
                        .like("%<%")
                        .or(buyers::organisation.like("%<%"))
                        .or(buyers::looking_for.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            let s: i64 = suppliers::table
                .filter(
                    suppliers::company_name_en
                        .like("%<%")
                        .or(suppliers::pitch.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            let e: i64 = expos::table
                .filter(
                    expos::name
                        .like("%<%")
                        .or(expos::venue.like("%<%"))
                        .or(expos::description.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            let t: i64 = consultation_tables::table
                .filter(
                    consultation_tables::label
                        .like("%<%")
                        .or(consultation_tables::note.like("%<%")),
                )
                .count()
                .get_result(c)
                .expect("count");
            b + s + e + t
        })
        .await;
    assert!(
        stored >= 5,
        "markup was stored ({stored} rows), so the pages below are a real test"
    );
    let mut checked = 0;
    let t = Instant::now();
    for (_, client, starts, area) in &roles {
        for (url, body) in crawl(&app, client, starts, area, 2).await {
            assert_no_stored_script(&url, &body);
            checked += 1;
        }
    }
    eprintln!("pages checked in {:.1} s", t.elapsed().as_secs_f64());
    eprintln!(
        "fuzz on {:?}: {} POST routes, {requests} cases, {checked} pages checked, {stored} rows with markup stored, {:.1} s",
        app.backend,
        fuzzed.len(),
        started.elapsed().as_secs_f64()
    );
}
on_both_databases!(hostile_input_at_every_form_never_gets_a_5xx_and_is_never_shown_as_markup);

#[test]
fn the_route_matcher_prefers_literal_routes_and_reads_parameters() {
    assert_eq!(
        route_of("POST", "/supplier/requests/new").as_deref(),
        Some("/supplier/requests/new")
    );
    assert_eq!(
        route_of("POST", "/supplier/requests/7/answer").as_deref(),
        Some("/supplier/requests/{id}/answer")
    );
    assert_eq!(
        route_of("GET", "/organizer/expos/1/meetings.csv").as_deref(),
        Some("/organizer/expos/{id}/meetings.{format}")
    );
    assert_eq!(route_of("GET", "/nowhere"), None);
}

#[test]
fn generated_business_registration_numbers_carry_their_check_digit() {
    assert_eq!(business_reg_no(0).len(), 12);
    for n in [0, 1, 77, 699_999_999] {
        let raw = business_reg_no(n);
        assert!(
            expomatch::domain::supplier::BusinessRegNo::parse(&raw).is_ok(),
            "{raw}"
        );
    }
}

async fn a_nul_character_in_a_form_or_a_query_is_refused_before_it_reaches_the_database(
    app: TestApp,
) {
    let (organizer, supplier) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            (
                organizers::table
                    .select(organizers::id)
                    .first::<i32>(c)
                    .expect("organizer"),
                suppliers::table
                    .filter(suppliers::status.eq("approved"))
                    .select(suppliers::id)
                    .order(suppliers::id)
                    .first::<i32>(c)
                    .expect("supplier"),
            )
        })
        .await;
    let client = app.signed_in_as(Role::Organizer, organizer).await;
    let res = client
        .get(app.url("/organizer/expos/1/participants?q=Seoul%00"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 400, "a search with NUL");
    let supplier_client = app.signed_in_as(Role::Supplier, supplier).await;
    let (_, html) = {
        let res = supplier_client
            .get(app.url("/supplier"))
            .send()
            .await
            .expect("GET");
        (
            res.status(),
            Html::parse_document(&res.text().await.expect("body")),
        )
    };
    let token = html
        .select(&sel("input[name=csrf_token]"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("token")
        .to_owned();
    let meeting: i32 = app
        .with_db(move |c| {
            use expomatch::db::schema::meetings;
            meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .select(meetings::id)
                .first(c)
                .expect("meeting")
        })
        .await;
    let res = supplier_client
        .post(app.url(&format!("/supplier/meetings/{meeting}/cancel")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("reason", "Flight\0cancelled"),
        ])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 400, "a reason with NUL");
    let status: String = app
        .with_db(move |c| {
            use expomatch::db::schema::meetings;
            meetings::table
                .find(meeting)
                .select(meetings::status)
                .first(c)
                .expect("status")
        })
        .await;
    assert_eq!(status, "booked", "nothing changed");
}
on_both_databases!(a_nul_character_in_a_form_or_a_query_is_refused_before_it_reaches_the_database);
