//! Every page of every role, on a phone (390 × 844) and on a laptop (1366 × 768): the
//! browser follows the links each person sees, from their home page, one page per kind
//! of page, saves a full-length screenshot of each under `target/screenshots/<width>/`
//! for people to look at, and fails when a page scrolls sideways or, on a phone, when a
//! table of a buyer or supplier hides columns off to the side.

use std::collections::{BTreeMap, BTreeSet};

use super::organizer_screens::viewport;
use super::*;

/// Where each person starts, and the part of the site that is theirs to crawl.
struct Person {
    name: &'static str,
    /// Who signs in (a fresh sign-in link each time: a link works once).
    role: Option<(Role, i32)>,
    starts: Vec<&'static str>,
    area: &'static str,
}

/// A path's kind: numbers, dates and tokens become `{}`, so `/buyer/suppliers/7` and
/// `/buyer/suppliers/9` are one kind of page.
fn kind(path: &str) -> String {
    path.split('/')
        .map(|s| {
            let variable = !s.is_empty()
                && (s.chars().all(|c| c.is_ascii_digit() || c == '-') || s.len() >= 24);
            if variable { "{}" } else { s }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Links that are not pages to look at: they sign out or in, switch the language,
/// download a file or fetch an image.
fn skipped(path: &str) -> bool {
    [
        "/signout",
        "/auth/",
        "/language/",
        "/calendar/",
        "/static/",
        "/healthz",
    ]
    .iter()
    .any(|p| path.starts_with(p))
        || [".ics", ".csv", ".xlsx", ".svg", ".png", ".pdf", ".json"]
            .iter()
            .any(|s| path.ends_with(s))
}

fn in_area(path: &str, area: &str) -> bool {
    if area.is_empty() {
        !["/organizer", "/buyer", "/supplier"]
            .iter()
            .any(|a| path.starts_with(a))
    } else {
        path.starts_with(area)
    }
}

/// The page's links to this site, as paths with their query.
const LINKS: &str = "return [...document.querySelectorAll('a[href]')]
    .filter(a => !a.hasAttribute('download') && a.origin === location.origin)
    .map(a => a.pathname + a.search);";

/// Whether a GET of the path answers a web page (not a file to download).
const IS_PAGE: &str = "const x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();
    return x.status === 200 && (x.getResponseHeader('content-type') || '').startsWith('text/html');";

/// What sticks out: the page's sideways overflow and the elements past the right edge
/// (outside any scrolling box), and on request the tables whose box scrolls sideways.
const OVERFLOW: &str = "const problems = [];
    const over = document.documentElement.scrollWidth - innerWidth;
    if (over > 0) {
      problems.push('the page scrolls sideways by ' + over + ' px');
      const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; };
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > innerWidth + 1 && !clipped(e))
          problems.push('past the edge: ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
            + ' to ' + Math.round(r.right) + ' px');
        if (problems.length > 6) break;
      }
    }
    if (arguments[0]) {
      for (const w of document.querySelectorAll('.table-wrap')) {
        if (w.scrollWidth > w.clientWidth + 1 && w.offsetParent !== null) {
          const t = w.querySelector('table');
          problems.push('a table hides ' + (w.scrollWidth - w.clientWidth) + ' px to the side: '
            + (t ? (t.id ? '#' + t.id : t.className) : w.className));
        }
      }
    }
    return problems;";

fn strings(value: serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// A screenshot of the whole page: the window grows to the page's height for it.
async fn full_screenshot(c: &Client, dir: &std::path::Path, name: &str, width: u32, height: u32) {
    let tall = c
        .execute("return document.documentElement.scrollHeight;", vec![])
        .await
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::from(height));
    let (outer_w, outer_h) = c
        .get_window_size()
        .await
        .map(|(w, h)| (w as u32, h as u32))
        .unwrap_or((width, height));
    let frame = outer_h.saturating_sub(height);
    let tall = (tall as u32).clamp(height, 6000);
    if tall > height {
        let _ = c.set_window_size(outer_w, tall + frame).await;
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
    if tall > height {
        let _ = c.set_window_size(outer_w, outer_h).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Visits every kind of page a person reaches from their start pages (up to 80), and
/// returns what sticks out, by page.
async fn walk(
    c: &Client,
    app: &TestApp,
    person: &Person,
    (width, height): (u32, u32),
    dir: &std::path::Path,
) -> Result<(usize, Vec<String>), String> {
    c.delete_all_cookies().await.map_err(|e| e.to_string())?;
    if let Some((role, id)) = person.role {
        let signin = link(app, role, id, TimeDelta::hours(2)).await;
        c.goto(&signin).await.map_err(|e| e.to_string())?;
        click(c, "#continue").await?;
        wait_path(c, person.starts[0]).await?;
    }
    let phone = width < 640;
    let strict = phone && matches!(person.name, "buyer" | "supplier");
    let mut queue: Vec<String> = person.starts.iter().map(|s| (*s).to_owned()).collect();
    queue.reverse();
    let mut kinds: BTreeSet<String> = BTreeSet::new();
    let mut problems = Vec::new();
    let mut visited = 0;
    while let Some(url) = queue.pop() {
        let path = url.split(['?', '#']).next().unwrap_or_default().to_owned();
        if skipped(&path) || !in_area(&path, person.area) || kinds.contains(&kind(&path)) {
            continue;
        }
        if visited >= 80 {
            break;
        }
        let page = c
            .execute(IS_PAGE, vec![serde_json::Value::String(url.clone())])
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        kinds.insert(kind(&path));
        if page.as_bool() != Some(true) {
            continue;
        }
        c.goto(&app.url(&url))
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        visited += 1;
        let landed = c
            .current_url()
            .await
            .map(|u| u.path().to_owned())
            .map_err(|e| e.to_string())?;
        kinds.insert(kind(&landed));
        let slug: String = kind(&landed)
            .trim_matches('/')
            .replace("{}", "n")
            .replace('/', "-");
        let slug = if slug.is_empty() {
            "home".to_owned()
        } else {
            slug
        };
        full_screenshot(c, dir, &format!("{}-{slug}", person.name), width, height).await;
        let found = c
            .execute(OVERFLOW, vec![serde_json::Value::Bool(strict)])
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        for p in strings(found) {
            problems.push(format!("{} at {width} px, {landed}: {p}", person.name));
        }
        let mut links = strings(
            c.execute(LINKS, vec![])
                .await
                .map_err(|e| format!("{url}: {e}"))?,
        );
        links.reverse();
        queue.extend(links);
    }
    Ok((visited, problems))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_of_every_role_fits_a_phone_and_a_laptop_without_sideways_scrolling() {
    use expomatch::db::schema::{meetings, organizers as organizer_rows};
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    // The buyer and supplier with the most meetings: their pages have the most on them.
    let (organizer, buyer, supplier) = app
        .with_db(|c| {
            let o: i32 = organizer_rows::table
                .filter(organizer_rows::email.eq("minji.choi@kotra.example"))
                .select(organizer_rows::id)
                .first(c)
                .expect("organizer");
            let busiest = |column: &str, c: &mut expomatch::db::DbConnection| -> i32 {
                let ids: Vec<(i32, i32)> = meetings::table
                    .select((meetings::buyer_id, meetings::supplier_id))
                    .load(c)
                    .expect("meetings");
                let mut count: BTreeMap<i32, usize> = BTreeMap::new();
                for (b, s) in ids {
                    *count
                        .entry(if column == "buyer" { b } else { s })
                        .or_default() += 1;
                }
                count
                    .into_iter()
                    .max_by_key(|(id, n)| (*n, std::cmp::Reverse(*id)))
                    .map(|(id, _)| id)
                    .expect("a meeting")
            };
            (o, busiest("buyer", c), busiest("supplier", c))
        })
        .await;
    let people = vec![
        Person {
            name: "visitor",
            role: None,
            starts: vec![
                "/",
                "/signin",
                "/signin/supplier",
                "/signin/link",
                "/signin/forgot",
                "/register",
                "/privacy",
            ],
            area: "",
        },
        Person {
            name: "buyer",
            role: Some((Role::Buyer, buyer)),
            starts: vec!["/buyer"],
            area: "/buyer",
        },
        Person {
            name: "supplier",
            role: Some((Role::Supplier, supplier)),
            starts: vec!["/supplier"],
            area: "/supplier",
        },
        Person {
            name: "organizer",
            role: Some((Role::Organizer, organizer)),
            starts: vec!["/organizer"],
            area: "/organizer",
        },
    ];
    for (width, height) in [(390u32, 844u32), (1366, 768)] {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join("../screenshots")
            .join(width.to_string());
        std::fs::create_dir_all(&dir).expect("screenshots dir");
        let c = browser(&driver, width, height).await;
        let people = &people;
        let app = &app;
        let dir = &dir;
        journey(c, &format!("every-page-{width}"), |c| async move {
            viewport(&c, width, height).await?;
            let mut problems = Vec::new();
            for person in people {
                let (visited, found) = walk(&c, app, person, (width, height), dir).await?;
                eprintln!("{} at {width} px: {visited} pages", person.name);
                check(
                    visited >= 3,
                    format!(
                        "{} at {width} px: only {visited} pages reached",
                        person.name
                    ),
                )?;
                problems.extend(found);
            }
            check(problems.is_empty(), problems.join("\n"))
        })
        .await;
    }
}
