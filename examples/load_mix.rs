//! A load generator for traffic that looks like an expo's: many signed-in buyers, each
//! request a random buyer on a random page of the mix below, bookings and cancellations
//! through the real forms among them. `benches/mix.sh` runs it; it can also be run alone
//! against a demo started with `--buyer-links`:
//!
//! ```text
//! load_mix mix closed --url http://127.0.0.1:18181 --links D/links.txt --sessions D/sessions.txt \
//!     [--site D/site.txt] [--buyers K] [--connections 64] [--duration 10] [--seed 1]
//! load_mix mix open --rate 2000 --url … --links … --sessions …       # constant arrival rate
//! load_mix hello closed --url http://127.0.0.1:18182                  # the same client on hello
//! ```
//!
//! Before the clock starts it signs in the buyers (all links in the links file, or the
//! first `--buyers K`), each with its own session cookie and CSRF token; the sessions are
//! kept in `--sessions` between runs, because the links work once. Then, as the first
//! buyer, it walks the directory's pages (`/buyer/suppliers?page=N` until a page adds no
//! supplier) for every supplier id and the page count, and reads the sector and market
//! codes from the directory's `<select>`s (kept in `--site` for the next runs); and it
//! reads every buyer's directory once (which makes the buyer's match scores, as their
//! first visit after completing their profile does) and every buyer's agenda, so that the meetings it books can be told from the
//! demo's and cancelled afterwards.
//!
//! Each request is one of [`MIX`] (weights out of 1,000), for a buyer drawn uniformly:
//! the agenda, the directory's first page, a search for one of [`WORDS`] (English and
//! Korean), a sector filter (sometimes with a market), a later directory page, a supplier's
//! page drawn from all suppliers, and writes: a booking of a slot that the buyer's last
//! supplier page offered (posted with the buyer's CSRF token, as the form does) and the
//! cancellation of a meeting this run booked. A booking with no offer seen yet is a
//! supplier page instead; a cancellation with no booked meeting known yet is the agenda
//! of a buyer the run booked for (which shows the new meeting's cancel form); at the end
//! (off the clock) every meeting the run booked and did not cancel is cancelled, so the
//! expo is as it was for the next run.
//!
//! An answer counts as an error unless it is what a person would get: a 200 for a page,
//! a 303 to `/buyer` for a booking or cancellation. So every non-2xx/3xx answer is an
//! error, and so is a redirect to the sign-in page or a 409 for a slot taken a moment
//! ago (rare: a buyer's offers are forgotten once it books). Errors are reported by
//! status on standard error, and a request with no answer as `failed` (e.g. the
//! connection closed), `timeout` (30 s) or `connect`, with the first such error's text.
//!
//! Modes:
//! - `closed`: `--connections C` requests in flight, each sent as soon as the last came
//!   back, for `--duration D` seconds: the peak rate; latency from sending.
//! - `open --rate R`: R×D requests scheduled at fixed intervals from the start (as many
//!   as `--connections` in flight at once). Latency is measured from each request's
//!   *scheduled* time, so a server that falls behind shows it in full instead of
//!   slowing the client down (no coordinated omission). A request not sent within
//!   D + 30 s of the start is counted as an error, so a run is bounded either way.
//!
//! One line on standard output per run:
//!
//! ```text
//! TARGET closed REQ_PER_S P50_MS P99_MS ERRORS REQUESTS MAX_MS BOOKED CANCELLED
//! TARGET open RATE ACHIEVED_PER_S P50_MS P99_MS MAX_MS ERRORS REQUESTS BOOKED CANCELLED
//! ```
//!
//! and on standard error, lines starting with `#`: what was discovered, and each kind of
//! request's count, p50, p99, max and statuses.
//!
//! The client is reqwest on one tokio current-thread runtime (one core: `mix.sh` pins it
//! to core 1 with taskset). Is it the bottleneck? Against `hello` (the bare actix-web
//! server pinned to core 0), 64 connections, 3 s runs taken in turn on 2026-12-07 at
//! `a811901` (disturbed: another engineer's builds and tests were using the machine
//! throughout), it sent 22,700–30,400 requests/s where wrk sent 32,900–43,700/s and
//! oha 33,000–37,800/s from the same core: about 70% of wrk, 80% of oha. The mix on the
//! 300-supplier demo reaches 120–220 requests/s in the same conditions, over 100 times
//! less, so the mix's figures are the server's, not the client's. `mix.sh` measures
//! hello with both in every round, so a report always shows the two ceilings.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION};
use reqwest::{Client, StatusCode};

mod common;
use common::{Buyer, Error, MEETING_MARKER, SLOT_MARKER, SUPPLIER_MARKER, get, numbers_after};

/// What a request asks for. Pages are GETs answered 200; writes are POSTs answered 303.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    /// `/buyer`: the buyer's agenda.
    Agenda,
    /// `/buyer/suppliers`: the directory's first page, best match first.
    Directory,
    /// `/buyer/suppliers?q=WORD`.
    Search,
    /// `/buyer/suppliers?sector=CODE`.
    Sector,
    /// `/buyer/suppliers?sector=CODE&country=CODE`.
    SectorMarket,
    /// `/buyer/suppliers?page=N`, N from 2 to the last page.
    LaterPage,
    /// `/buyer/suppliers/ID`: a supplier's page with the slots it offers the buyer.
    Supplier,
    /// POST `/buyer/suppliers/ID/book`.
    Book,
    /// POST `/buyer/meetings/ID/cancel`.
    Cancel,
    /// `GET /` of the hello server (the `hello` target only).
    Hello,
}

/// The mix, per 1,000 requests. Reading dominates, as at an expo: a buyer looks up
/// suppliers and their free times far more often than booking; about one request in
/// 50 books and one in 50 cancels, which keeps the expo's number of meetings steady.
const MIX: &[(Kind, u32)] = &[
    (Kind::Agenda, 200),
    (Kind::Directory, 150),
    (Kind::Search, 120),
    (Kind::Sector, 80),
    (Kind::SectorMarket, 40),
    (Kind::LaterPage, 100),
    (Kind::Supplier, 270),
    (Kind::Book, 20),
    (Kind::Cancel, 20),
];

/// Search words, as buyers type them: English and Korean, some matching many
/// suppliers, some few.
const WORDS: &[&str] = &[
    "pump",
    "water",
    "medical",
    "의료",
    "펌프",
    "정수",
    "valve",
    "cosmetic",
    "화장품",
    "smart",
];

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Target {
    /// The demo site: the mix of pages and writes above.
    Mix,
    /// The bare hello server: `GET /`, the client's own ceiling.
    Hello,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Mode {
    /// As fast as the connections go.
    Closed,
    /// A constant arrival rate (`--rate`).
    Open,
}

#[derive(Parser)]
#[command(about = "A realistic load mix for the expomatch demo (see the file's doc)")]
struct Args {
    target: Target,
    mode: Mode,
    /// The server's base URL, e.g. http://127.0.0.1:18181.
    #[arg(long)]
    url: String,
    /// One-time sign-in links, one per buyer (`expomatch demo --buyer-links`).
    #[arg(long, required_if_eq("target", "mix"))]
    links: Option<String>,
    /// Where the buyers' sessions are kept between runs.
    #[arg(long, required_if_eq("target", "mix"))]
    sessions: Option<String>,
    /// Where the discovered suppliers, page count, sectors and markets are kept between
    /// runs (walking 500 directory pages once is enough); discovered afresh without it.
    #[arg(long)]
    site: Option<String>,
    /// Sign in only the first K buyers (default: every link).
    #[arg(long)]
    buyers: Option<usize>,
    /// Requests in flight at most.
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// Seconds of load.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Requests per second (open mode).
    #[arg(long, required_if_eq("mode", "open"))]
    rate: Option<f64>,
    /// Seeds the random choices, so two runs send the same sequence of choices.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> Result<(), Error> {
    let args = Args::parse();
    if args.mode == Mode::Open && !args.rate.is_some_and(|r| r > 0.0) {
        return Err("open mode needs --rate above 0".into());
    }
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(tokio::task::LocalSet::new().run_until(run(args)))
}

/// What the run knows about the site, fixed before the clock starts.
struct Site {
    base: String,
    buyers: Vec<Buyer>,
    suppliers: Vec<i32>,
    sectors: Vec<String>,
    markets: Vec<String>,
    /// The directory's page count (unfiltered).
    pages: usize,
    /// Each buyer's meetings before the run: the ones it must not cancel.
    before: Vec<HashSet<i32>>,
}

/// What the run learns and changes while it goes.
#[derive(Default)]
struct Writes {
    /// Per buyer: the supplier and the slots of its last supplier page that offered any.
    offers: Vec<Option<(i32, Vec<i32>)>>,
    /// Buyers this run booked for: their agendas are read for the new meetings.
    booked_for: Vec<bool>,
    /// (buyer, meeting) booked by this run, seen on the agenda, not yet cancelled.
    cancellable: Vec<(usize, i32)>,
    /// Meetings whose cancellation was sent (never offered for cancelling again).
    cancelled: HashSet<i32>,
    booked: u64,
    unbooked: u64,
}

/// A request, chosen at the moment it is sent.
enum Request {
    Get {
        url: String,
        buyer: Option<usize>,
    },
    Book {
        buyer: usize,
        supplier: i32,
        slot: i32,
    },
    Cancel {
        buyer: usize,
        meeting: i32,
    },
}

#[derive(Default)]
struct Stats {
    /// Per kind: latencies in microseconds, and answers by status (0: no answer).
    latencies: BTreeMap<Kind, Vec<u32>>,
    statuses: BTreeMap<Kind, BTreeMap<u16, u64>>,
    errors: BTreeMap<Kind, u64>,
    last_done: Option<Instant>,
}

impl Stats {
    fn record(&mut self, kind: Kind, latency: Duration, status: u16, ok: bool) {
        let micros = u32::try_from(latency.as_micros()).unwrap_or(u32::MAX);
        self.latencies.entry(kind).or_default().push(micros);
        *self
            .statuses
            .entry(kind)
            .or_default()
            .entry(status)
            .or_default() += 1;
        if !ok {
            *self.errors.entry(kind).or_default() += 1;
        }
        self.last_done = Some(Instant::now());
    }
}

async fn run(args: Args) -> Result<(), Error> {
    let client = common::client(args.connections)?;
    let base = args.url.trim_end_matches('/').to_owned();
    let site = match args.target {
        Target::Hello => Site {
            base,
            buyers: Vec::new(),
            suppliers: Vec::new(),
            sectors: Vec::new(),
            markets: Vec::new(),
            pages: 1,
            before: Vec::new(),
        },
        Target::Mix => {
            let links = args.links.as_deref().unwrap_or_default();
            let sessions = args.sessions.as_deref().unwrap_or_default();
            discover(
                &client,
                base,
                links,
                sessions,
                args.site.as_deref(),
                args.buyers,
            )
            .await?
        }
    };
    let site = Rc::new(site);
    let writes = Rc::new(RefCell::new(Writes {
        offers: vec![None; site.buyers.len()],
        booked_for: vec![false; site.buyers.len()],
        ..Writes::default()
    }));
    let stats = Rc::new(RefCell::new(Stats::default()));

    let duration = Duration::from_secs(args.duration);
    let start = Instant::now();
    // Open mode: request i is due at start + i/R; `next` hands out the i's.
    let total = args
        .rate
        .map_or(0, |r| (r * args.duration as f64).round() as u64);
    let next = Rc::new(Cell::new(0u64));
    let missed = Rc::new(Cell::new(0u64));
    let give_up = start + duration + Duration::from_secs(30);
    let mut workers = Vec::new();
    for w in 0..args.connections {
        let (client, site, writes, stats) = (
            client.clone(),
            Rc::clone(&site),
            Rc::clone(&writes),
            Rc::clone(&stats),
        );
        let (next, missed) = (Rc::clone(&next), Rc::clone(&missed));
        let mut rng = StdRng::seed_from_u64(args.seed.wrapping_mul(1_000_003) ^ w as u64);
        let (target, mode, rate) = (args.target, args.mode, args.rate.unwrap_or(1.0));
        workers.push(tokio::task::spawn_local(async move {
            loop {
                let from = match mode {
                    Mode::Closed => {
                        let now = Instant::now();
                        if now >= start + duration {
                            break;
                        }
                        now
                    }
                    Mode::Open => {
                        let i = next.get();
                        if i >= total {
                            break;
                        }
                        next.set(i + 1);
                        if Instant::now() > give_up {
                            missed.set(missed.get() + total - i);
                            next.set(total);
                            break;
                        }
                        let due = start + Duration::from_secs_f64(i as f64 / rate);
                        wait_until(due).await;
                        due
                    }
                };
                let (kind, request) = match target {
                    Target::Hello => (
                        Kind::Hello,
                        Request::Get {
                            url: format!("{}/", site.base),
                            buyer: None,
                        },
                    ),
                    Target::Mix => choose(&mut rng, &site, &mut writes.borrow_mut()),
                };
                let (status, ok) = send(&client, &site, &writes, kind, request).await;
                stats.borrow_mut().record(kind, from.elapsed(), status, ok);
            }
        }));
    }
    for worker in workers {
        worker.await?;
    }
    let stats = std::mem::take(&mut *stats.borrow_mut());
    let elapsed = stats
        .last_done
        .map_or(duration, |t| t.duration_since(start))
        .max(Duration::from_millis(1));

    let writes = std::mem::take(&mut *writes.borrow_mut());
    let (booked, unbooked) = (writes.booked, writes.unbooked);
    let name = match args.target {
        Target::Mix => "mix",
        Target::Hello => "hello",
    };
    report(
        name,
        args.mode,
        args.rate,
        elapsed,
        &stats,
        missed.get(),
        booked,
        unbooked,
    );
    if args.target == Target::Mix {
        clean_up(&client, &site, &writes).await?;
    }
    Ok(())
}

/// Signs the buyers in and learns the site's suppliers, filters and agendas.
async fn discover(
    client: &Client,
    base: String,
    links: &str,
    sessions: &str,
    site_file: Option<&str>,
    limit: Option<usize>,
) -> Result<Site, Error> {
    let began = Instant::now();
    let buyers = common::buyers(client, links, sessions, limit).await?;
    let first = buyers.first().ok_or("no buyer to sign in as")?;
    let kept = site_file.and_then(|f| std::fs::read_to_string(f).ok());
    let directory = match kept.as_deref().and_then(Directory::read) {
        Some(directory) => directory,
        None => {
            let directory = walk(client, &base, first).await?;
            if let Some(file) = site_file {
                std::fs::write(file, directory.write())?;
            }
            directory
        }
    };
    // Every buyer's directory once, off the clock: a buyer's match scores are made on
    // their first directory page after their profile changes, which at an expo happens
    // days before the meetings, not in the middle of this load.
    let mut asked = 0;
    let mut running = tokio::task::JoinSet::new();
    while asked < buyers.len() || !running.is_empty() {
        while asked < buyers.len() && running.len() < 2 {
            let (client, buyer, url) = (
                client.clone(),
                buyers[asked].clone(),
                format!("{base}/buyer/suppliers"),
            );
            running.spawn(async move { get(&client, &buyer, &url).await.map(|_| ()) });
            asked += 1;
        }
        if let Some(done) = running.join_next().await {
            done??;
        }
    }
    // Every buyer's agenda, eight at a time.
    let mut before = vec![HashSet::new(); buyers.len()];
    let mut asked = 0;
    let mut running = tokio::task::JoinSet::new();
    while asked < buyers.len() || !running.is_empty() {
        while asked < buyers.len() && running.len() < 8 {
            let (client, buyer, url, b) = (
                client.clone(),
                buyers[asked].clone(),
                format!("{base}/buyer"),
                asked,
            );
            running.spawn(async move { (b, get(&client, &buyer, &url).await) });
            asked += 1;
        }
        if let Some(done) = running.join_next().await {
            let (b, html) = done?;
            before[b] = numbers_after(&html?, MEETING_MARKER).into_iter().collect();
        }
    }
    eprintln!(
        "# {} buyers signed in; {} suppliers on {} directory pages, {} sectors, {} markets \
         (set up in {:.1} s)",
        buyers.len(),
        directory.suppliers.len(),
        directory.pages,
        directory.sectors.len(),
        directory.markets.len(),
        began.elapsed().as_secs_f64()
    );
    Ok(Site {
        base,
        buyers,
        suppliers: directory.suppliers,
        sectors: directory.sectors,
        markets: directory.markets,
        pages: directory.pages,
        before,
    })
}

/// What the directory shows every buyer: its suppliers, pages and filter choices.
struct Directory {
    suppliers: Vec<i32>,
    pages: usize,
    sectors: Vec<String>,
    markets: Vec<String>,
}

impl Directory {
    /// Four lines: the page count, the supplier ids, the sector codes, the market codes.
    fn write(&self) -> String {
        let ids: Vec<String> = self.suppliers.iter().map(i32::to_string).collect();
        format!(
            "{}\n{}\n{}\n{}\n",
            self.pages,
            ids.join(" "),
            self.sectors.join(" "),
            self.markets.join(" ")
        )
    }

    fn read(text: &str) -> Option<Directory> {
        let mut lines = text.lines();
        let pages = lines.next()?.parse().ok()?;
        let suppliers = lines
            .next()?
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<Vec<i32>, _>>()
            .ok()?;
        let mut words = || -> Option<Vec<String>> {
            Some(
                lines
                    .next()?
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect(),
            )
        };
        let (sectors, markets) = (words()?, words()?);
        (!suppliers.is_empty()).then_some(Directory {
            suppliers,
            pages,
            sectors,
            markets,
        })
    }
}

/// Walks the directory's pages as `buyer` until a page adds no supplier (a page past
/// the last shows the last).
async fn walk(client: &Client, base: &str, buyer: &Buyer) -> Result<Directory, Error> {
    let mut suppliers = Vec::new();
    let mut seen = HashSet::new();
    let mut pages = 0;
    let mut page_one = String::new();
    for page in 1.. {
        let html = get(
            client,
            buyer,
            &format!("{base}/buyer/suppliers?page={page}"),
        )
        .await?;
        let before = seen.len();
        for id in numbers_after(&html, SUPPLIER_MARKER) {
            if seen.insert(id) {
                suppliers.push(id);
            }
        }
        if page == 1 {
            page_one = html;
        }
        if seen.len() == before {
            break;
        }
        pages = page;
    }
    if suppliers.is_empty() {
        return Err("the directory lists no supplier".into());
    }
    Ok(Directory {
        suppliers,
        pages,
        sectors: options_of(&page_one, "sector"),
        markets: options_of(&page_one, "country"),
    })
}

/// The non-empty option values of the page's `<select name="NAME">`.
fn options_of(html: &str, name: &str) -> Vec<String> {
    let Some(at) = html.find(&format!(r#"name="{name}""#)) else {
        return Vec::new();
    };
    let select = &html[at..];
    let select = &select[..select.find("</select>").unwrap_or(select.len())];
    select
        .split(r#"value=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Draws the next request of the mix for a random buyer.
fn choose(rng: &mut StdRng, site: &Site, writes: &mut Writes) -> (Kind, Request) {
    let total: u32 = MIX.iter().map(|(_, w)| w).sum();
    let mut roll = rng.gen_range(0..total);
    let mut kind = Kind::Agenda;
    for &(k, w) in MIX {
        if roll < w {
            kind = k;
            break;
        }
        roll -= w;
    }
    let buyer = rng.gen_range(0..site.buyers.len());
    let pick = |rng: &mut StdRng, list: &[String]| -> String {
        if list.is_empty() {
            String::new()
        } else {
            list[rng.gen_range(0..list.len())].clone()
        }
    };
    if kind == Kind::Cancel {
        if writes.cancellable.is_empty() {
            // Nothing booked is known yet: the agenda of a buyer booked for shows it.
            let n = site.buyers.len();
            let b = (0..n)
                .map(|i| (buyer + i) % n)
                .find(|&b| writes.booked_for[b])
                .unwrap_or(buyer);
            return (
                Kind::Agenda,
                Request::Get {
                    url: format!("{}/buyer", site.base),
                    buyer: Some(b),
                },
            );
        }
        let (buyer, meeting) = writes
            .cancellable
            .swap_remove(rng.gen_range(0..writes.cancellable.len()));
        writes.cancelled.insert(meeting);
        return (kind, Request::Cancel { buyer, meeting });
    }
    if kind == Kind::Book {
        // The drawn buyer if its last supplier page offered a slot, else the next one
        // that has an offer.
        let n = site.buyers.len();
        if let Some(b) = (0..n)
            .map(|i| (buyer + i) % n)
            .find(|&b| writes.offers[b].is_some())
            && let Some((supplier, slots)) = writes.offers[b].take()
        {
            let slot = slots[rng.gen_range(0..slots.len())];
            return (
                kind,
                Request::Book {
                    buyer: b,
                    supplier,
                    slot,
                },
            );
        }
        kind = Kind::Supplier;
    }
    let base = &site.base;
    let url = match kind {
        Kind::Agenda => format!("{base}/buyer"),
        Kind::Directory => format!("{base}/buyer/suppliers"),
        Kind::Search => {
            let word = WORDS[rng.gen_range(0..WORDS.len())];
            let word: String = url::form_urlencoded::byte_serialize(word.as_bytes()).collect();
            format!("{base}/buyer/suppliers?q={word}")
        }
        Kind::Sector => format!("{base}/buyer/suppliers?sector={}", pick(rng, &site.sectors)),
        Kind::SectorMarket => format!(
            "{base}/buyer/suppliers?sector={}&country={}",
            pick(rng, &site.sectors),
            pick(rng, &site.markets)
        ),
        Kind::LaterPage => format!(
            "{base}/buyer/suppliers?page={}",
            rng.gen_range(2..=site.pages.max(2))
        ),
        _ => format!(
            "{base}/buyer/suppliers/{}",
            site.suppliers[rng.gen_range(0..site.suppliers.len())]
        ),
    };
    (
        kind,
        Request::Get {
            url,
            buyer: Some(buyer),
        },
    )
}

/// Sends the request and learns from the answer: the slots a supplier page offers, the
/// meetings an agenda shows. Returns the status (0: no answer) and whether it is the
/// answer a person would get.
async fn send(
    client: &Client,
    site: &Site,
    writes: &RefCell<Writes>,
    kind: Kind,
    request: Request,
) -> (u16, bool) {
    let base = &site.base;
    let (buyer, url, fields) = match request {
        Request::Get { url, buyer } => {
            let mut call = client.get(&url);
            if let Some(b) = buyer {
                call = call.header(COOKIE, &site.buyers[b].cookie);
            }
            let response = match call.send().await {
                Ok(response) => response,
                Err(e) => return (failure(&e), false),
            };
            let status = response.status();
            let body = match response.bytes().await {
                Ok(body) => body,
                Err(e) => return (failure(&e), false),
            };
            let ok = status == StatusCode::OK;
            if let (true, Some(b)) = (ok, buyer) {
                learn(site, writes, kind, b, &body);
            }
            return (status.as_u16(), ok);
        }
        Request::Book {
            buyer,
            supplier,
            slot,
        } => (
            buyer,
            format!("{base}/buyer/suppliers/{supplier}/book"),
            format!("slot={slot}"),
        ),
        Request::Cancel { buyer, meeting } => (
            buyer,
            format!("{base}/buyer/meetings/{meeting}/cancel"),
            "reason=load+test".to_owned(),
        ),
    };
    let (status, done) = post(client, &site.buyers[buyer], url, &fields).await;
    if done {
        let mut w = writes.borrow_mut();
        if kind == Kind::Book {
            w.booked += 1;
            w.booked_for[buyer] = true;
        } else {
            w.unbooked += 1;
        }
    }
    (status, done)
}

/// Posts a buyer's form as the browser does, with the session's CSRF token. Returns
/// the status (0: no answer) and whether it is done: the 303 back to the agenda.
async fn post(client: &Client, buyer: &Buyer, url: String, fields: &str) -> (u16, bool) {
    let response = client
        .post(url)
        .header(COOKIE, &buyer.cookie)
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!("csrf_token={}&{fields}", buyer.csrf))
        .send()
        .await;
    let response = match response {
        Ok(response) => response,
        Err(e) => return (failure(&e), false),
    };
    let status = response.status();
    let done = status == StatusCode::SEE_OTHER
        && response
            .headers()
            .get(LOCATION)
            .is_some_and(|l| l == "/buyer");
    match response.bytes().await {
        Ok(_) => (status.as_u16(), done),
        Err(e) => (failure(&e), false),
    }
}

/// A request that got no (whole) answer, as a pseudo-status below 100: 1 timed out
/// (after 30 s), 2 could not connect, 0 anything else (e.g. the connection closed).
/// The first of each is printed, to tell a server's failure from the client's.
fn failure(e: &reqwest::Error) -> u16 {
    let code = if e.is_timeout() {
        1
    } else if e.is_connect() {
        2
    } else {
        0
    };
    thread_local! {
        static SHOWN: RefCell<HashSet<u16>> = RefCell::new(HashSet::new());
    }
    if SHOWN.with(|shown| shown.borrow_mut().insert(code)) {
        eprintln!("# first {}: {e:?}", status_name(code));
    }
    code
}

fn status_name(code: u16) -> String {
    match code {
        0 => "failed".to_owned(),
        1 => "timeout".to_owned(),
        2 => "connect".to_owned(),
        _ => code.to_string(),
    }
}

/// What a page tells the run: a supplier page's offered slots, an agenda's new meetings.
fn learn(site: &Site, writes: &RefCell<Writes>, kind: Kind, b: usize, body: &[u8]) {
    let html = String::from_utf8_lossy(body);
    match kind {
        Kind::Supplier => {
            // The supplier, from its booking form's action.
            let Some(&supplier) = numbers_after(&html, SUPPLIER_ACTION).first() else {
                return;
            };
            let slots = numbers_after(&html, SLOT_MARKER);
            if !slots.is_empty() {
                writes.borrow_mut().offers[b] = Some((supplier, slots));
            }
        }
        Kind::Agenda => {
            let mut w = writes.borrow_mut();
            if !w.booked_for[b] {
                return;
            }
            for meeting in numbers_after(&html, MEETING_MARKER) {
                if !site.before[b].contains(&meeting)
                    && !w.cancelled.contains(&meeting)
                    && !w.cancellable.contains(&(b, meeting))
                {
                    w.cancellable.push((b, meeting));
                }
            }
        }
        _ => {}
    }
}

/// The booking form's action on a supplier's page, before the supplier's id.
const SUPPLIER_ACTION: &str = r#"action="/buyer/suppliers/"#;

/// Sleeps until `due`; the last millisecond by yielding, because tokio's timer rounds
/// up to whole milliseconds and the client has a core of its own to spend.
async fn wait_until(due: Instant) {
    let now = Instant::now();
    if due > now + Duration::from_millis(2) {
        tokio::time::sleep_until((due - Duration::from_millis(1)).into()).await;
    }
    while Instant::now() < due {
        tokio::task::yield_now().await;
    }
}

/// Cancels every meeting the run booked and did not cancel (off the clock).
async fn clean_up(client: &Client, site: &Site, writes: &Writes) -> Result<(), Error> {
    let mut left = 0;
    for (b, _) in writes.booked_for.iter().enumerate().filter(|(_, x)| **x) {
        let buyer = &site.buyers[b];
        let html = get(client, buyer, &format!("{}/buyer", site.base)).await?;
        for meeting in numbers_after(&html, MEETING_MARKER) {
            if site.before[b].contains(&meeting) {
                continue;
            }
            let url = format!("{}/buyer/meetings/{meeting}/cancel", site.base);
            let (status, done) = post(client, buyer, url, "reason=load+test").await;
            if !done {
                return Err(format!("cancelling meeting {meeting} answered {status}").into());
            }
            left += 1;
        }
    }
    eprintln!(
        "# after the clock: cancelled the {left} meetings the run had booked and not cancelled"
    );
    Ok(())
}

fn quantile(sorted: &[u32], q: f64) -> f64 {
    let at = ((sorted.len() as f64 * q).ceil() as usize).saturating_sub(1);
    sorted.get(at).map_or(0.0, |&us| f64::from(us) / 1000.0)
}

#[expect(
    clippy::too_many_arguments,
    reason = "one report line of a run's figures"
)]
fn report(
    name: &str,
    mode: Mode,
    rate: Option<f64>,
    elapsed: Duration,
    stats: &Stats,
    missed: u64,
    booked: u64,
    unbooked: u64,
) {
    let mut all: Vec<u32> = stats.latencies.values().flatten().copied().collect();
    all.sort_unstable();
    let errors = stats.errors.values().sum::<u64>() + missed;
    let requests = all.len();
    let per_s = requests as f64 / elapsed.as_secs_f64();
    let (p50, p99, max) = (
        quantile(&all, 0.5),
        quantile(&all, 0.99),
        quantile(&all, 1.0),
    );
    match mode {
        Mode::Closed => println!(
            "{name} closed {per_s:.2} {p50:.2} {p99:.2} {errors} {requests} {max:.2} {booked} {unbooked}"
        ),
        Mode::Open => println!(
            "{name} open {:.0} {per_s:.2} {p50:.2} {p99:.2} {max:.2} {errors} {requests} {booked} {unbooked}",
            rate.unwrap_or(0.0)
        ),
    }
    for (kind, latencies) in &stats.latencies {
        let mut sorted = latencies.clone();
        sorted.sort_unstable();
        let statuses: Vec<String> = stats.statuses[kind]
            .iter()
            .map(|(s, n)| format!("{}×{n}", status_name(*s)))
            .collect();
        eprintln!(
            "#   {:<13} {:>8} req {:>6.1}%  p50 {:>8.2} ms  p99 {:>8.2} ms  max {:>8.2} ms  errors {:>5}  {}",
            format!("{kind:?}"),
            sorted.len(),
            100.0 * sorted.len() as f64 / requests.max(1) as f64,
            quantile(&sorted, 0.5),
            quantile(&sorted, 0.99),
            quantile(&sorted, 1.0),
            stats.errors.get(kind).copied().unwrap_or(0),
            statuses.join(" ")
        );
    }
    if missed > 0 {
        eprintln!("#   {missed} requests not sent within the duration + 30 s (counted as errors)");
    }
}
