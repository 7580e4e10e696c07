//! The booking load of `benches/load.sh`: real bookings through the buyer's form (a
//! session cookie and its CSRF token), every one a different buyer and slot, from many
//! connections at once; then each is cancelled the same way, so the expo is as it was
//! and the next round books the same meetings again.
//!
//! ```text
//! load_bookings BASE_URL LINKS_FILE SESSIONS_FILE [CONNECTIONS]
//! ```
//!
//! - `LINKS_FILE`: one-time sign-in links, one per buyer (`expomatch demo --buyer-links`).
//! - `SESSIONS_FILE`: where the signed-in sessions are kept between rounds (the links work
//!   once): read when it exists, written after signing in when it does not.
//!
//! Before the clock starts it plans the round: for each buyer, every slot offered on a
//! supplier's page, each with a supplier no other buyer books in that slot. It prints one
//! line per phase, which `load.sh` turns into medians:
//!
//! `book REQ_PER_S P50_MS P99_MS FAILED REQUESTS LOCKED` and the same for `cancel`.
//!
//! FAILED counts every answer other than the 303 of a done booking or cancellation;
//! LOCKED counts answers that mention "database is locked" (the target is zero).

use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{COOKIE, LOCATION};
use reqwest::{Client, StatusCode};
use tokio::sync::Mutex;

mod common;
use common::{Buyer, Error, MEETING_MARKER, SLOT_MARKER, SUPPLIER_MARKER, get, numbers_after};

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().collect();
    let [_, base, links, sessions, rest @ ..] = args.as_slice() else {
        return Err("usage: load_bookings BASE_URL LINKS_FILE SESSIONS_FILE [CONNECTIONS]".into());
    };
    let connections: usize = rest.first().map_or(Ok(32), |c| c.parse())?;
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(run(
            base.trim_end_matches('/'),
            links,
            sessions,
            connections,
        ))
}

async fn run(base: &str, links: &str, sessions: &str, connections: usize) -> Result<(), Error> {
    let client = common::client(connections)?;
    let buyers = common::buyers(&client, links, sessions, None).await?;
    if buyers.is_empty() {
        return Err("no buyer to book as".into());
    }

    let before = agendas(&client, base, &buyers).await?;
    let plan = plan(&client, base, &buyers, &before).await?;
    // LOAD_PAUSE=N: wait N seconds between planning and booking (to attach a profiler
    // to the server for the timed part only).
    if let Some(secs) = std::env::var("LOAD_PAUSE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        eprintln!("planned {} bookings; booking in {secs} s", plan.len());
        tokio::time::sleep(Duration::from_secs(secs)).await;
    }
    let book: Vec<(usize, String, String)> = plan
        .iter()
        .map(|&(b, supplier, slot)| {
            (
                b,
                format!("{base}/buyer/suppliers/{supplier}/book"),
                format!("slot={slot}"),
            )
        })
        .collect();
    report("book", &fire(&client, &buyers, book, connections).await);

    let after = agendas(&client, base, &buyers).await?;
    let cancel: Vec<(usize, String, String)> = after
        .iter()
        .enumerate()
        .flat_map(|(b, ids)| {
            ids.difference(&before[b])
                .map(move |id| {
                    (
                        b,
                        format!("{base}/buyer/meetings/{id}/cancel"),
                        "reason=load+test".to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    report("cancel", &fire(&client, &buyers, cancel, connections).await);
    Ok(())
}

/// The demo expo's limit of meetings per participant.
const MAX_PER_BUYER: usize = 12;
/// New meetings planned per slot: the demo expo for load has 40 tables, and a few
/// meetings are already booked in each slot.
const MAX_PER_SLOT: usize = 30;

/// (buyer, supplier, slot) for one booking per free buyer slot, with suppliers spread so
/// that no two bookings of the round share a supplier and slot.
async fn plan(
    client: &Client,
    base: &str,
    buyers: &[Buyer],
    agendas: &[BTreeSet<i32>],
) -> Result<Vec<(usize, i32, i32)>, Error> {
    let mut suppliers = BTreeSet::new();
    for page in 1.. {
        let html = get(
            client,
            &buyers[0],
            &format!("{base}/buyer/suppliers?page={page}"),
        )
        .await?;
        let before = suppliers.len();
        suppliers.extend(numbers_after(&html, SUPPLIER_MARKER));
        if suppliers.len() == before {
            break;
        }
    }
    let suppliers: Vec<i32> = suppliers.into_iter().collect();
    if suppliers.is_empty() {
        return Err("the directory lists no supplier".into());
    }
    // The expo's slots, as offered across a few suppliers' pages.
    let mut slots = BTreeSet::new();
    for (b, buyer) in buyers.iter().enumerate().take(8) {
        let supplier = suppliers[b * 7 % suppliers.len()];
        let html = get(client, buyer, &format!("{base}/buyer/suppliers/{supplier}")).await?;
        slots.extend(numbers_after(&html, SLOT_MARKER));
    }
    let slots: Vec<i32> = slots.into_iter().collect();
    let per_buyer = slots.len().max(1);
    let mut plan = Vec::new();
    let mut offered: HashSet<(usize, i32)> = HashSet::new();
    let mut per_slot: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
    for (b, buyer) in buyers.iter().enumerate() {
        let mut room = MAX_PER_BUYER.saturating_sub(agendas[b].len());
        for (t, &slot) in slots.iter().enumerate() {
            let in_slot = per_slot.entry(slot).or_default();
            if room == 0 || *in_slot >= MAX_PER_SLOT {
                continue;
            }
            // Buyer b's t-th slot goes to supplier b·slots + t: distinct for every
            // (buyer, slot) pair while buyers × slots ≤ suppliers × … (checked below).
            let supplier = suppliers[(b * per_buyer + t) % suppliers.len()];
            if !offered.contains(&(b, supplier)) {
                let html =
                    get(client, buyer, &format!("{base}/buyer/suppliers/{supplier}")).await?;
                let open = numbers_after(&html, SLOT_MARKER);
                offered.insert((b, supplier));
                if open.contains(&slot) {
                    plan.push((b, supplier, slot));
                    room -= 1;
                    *in_slot += 1;
                }
            }
        }
    }
    let pairs: HashSet<(i32, i32)> = plan.iter().map(|&(_, s, t)| (s, t)).collect();
    if pairs.len() != plan.len() {
        return Err("the plan books a supplier twice in one slot: add suppliers".into());
    }
    Ok(plan)
}

/// Each buyer's meeting ids, from the cancel buttons on its agenda.
async fn agendas(
    client: &Client,
    base: &str,
    buyers: &[Buyer],
) -> Result<Vec<BTreeSet<i32>>, Error> {
    let mut out = Vec::new();
    for buyer in buyers {
        let html = get(client, buyer, &format!("{base}/buyer")).await?;
        out.push(numbers_after(&html, MEETING_MARKER).into_iter().collect());
    }
    Ok(out)
}

struct Outcome {
    latencies: Vec<Duration>,
    failed: usize,
    locked: usize,
    elapsed: Duration,
}

/// Sends every request from `connections` concurrent tasks; the clock covers them all.
async fn fire(
    client: &Client,
    buyers: &[Buyer],
    requests: Vec<(usize, String, String)>,
    connections: usize,
) -> Outcome {
    let queue = Arc::new(Mutex::new(requests));
    let results = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..connections {
        let (queue, results, client, buyers) = (
            Arc::clone(&queue),
            Arc::clone(&results),
            client.clone(),
            buyers.to_vec(),
        );
        tasks.spawn(async move {
            loop {
                let Some((b, url, body)) = queue.lock().await.pop() else {
                    break;
                };
                let buyer = &buyers[b];
                let sent = Instant::now();
                let response = client
                    .post(&url)
                    .header(COOKIE, &buyer.cookie)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!("csrf_token={}&{body}", buyer.csrf))
                    .send()
                    .await;
                let (ok, locked) = match response {
                    Ok(r) => {
                        let status = r.status();
                        let done = status == StatusCode::SEE_OTHER
                            && r.headers().get(LOCATION).is_some_and(|l| l == "/buyer");
                        let text = r.text().await.unwrap_or_default();
                        if !done {
                            eprintln!("{url} answered {status}: {}", problem(&text));
                        }
                        (done, text.contains("database is locked"))
                    }
                    Err(e) => {
                        eprintln!("{url} failed: {e}");
                        (false, false)
                    }
                };
                results.lock().await.push((sent.elapsed(), ok, locked));
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    let elapsed = started.elapsed();
    let results = std::mem::take(&mut *results.lock().await);
    Outcome {
        failed: results.iter().filter(|r| !r.1).count(),
        locked: results.iter().filter(|r| r.2).count(),
        latencies: results.into_iter().map(|r| r.0).collect(),
        elapsed,
    }
}

/// The page's message to the person, in short, for the error output.
fn problem(html: &str) -> String {
    let text: String = html
        .split('<')
        .filter_map(|part| part.split_once('>').map(|(_, t)| t.trim()))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let from = text
        .find("Nothing was changed")
        .or_else(|| text.find("problem"))
        .unwrap_or(0);
    text.chars().skip(from).take(200).collect()
}

fn report(phase: &str, outcome: &Outcome) {
    let mut sorted = outcome.latencies.clone();
    sorted.sort();
    let at = |q: f64| {
        sorted
            .get(((sorted.len() as f64 * q).ceil() as usize).saturating_sub(1))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let rate = sorted.len() as f64 / outcome.elapsed.as_secs_f64().max(1e-9);
    println!(
        "{phase} {rate:.2} {:.2} {:.2} {} {} {}",
        at(0.50),
        at(0.99),
        outcome.failed,
        sorted.len(),
        outcome.locked
    );
}
