//! The real binary killed with SIGKILL in the middle of a booking load, then started
//! again on the same database: every meeting is whole (both participants, a slot and a
//! table of its own expo, no double booking), every booking has both confirmation
//! emails (they are queued in the booking's transaction), every booking a client was
//! told about survived, and the restarted server serves and books.

use std::collections::{HashMap, HashSet};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use expomatch::db::schema::{buyers, consultation_tables, meetings, outbox, slots, suppliers};
use expomatch::db::{DatabaseUrl, DbConnection, DbPool};
use expomatch::domain::Role;
use expomatch::store::{self};

use crate::helpers::*;

const BIN: &str = env!("CARGO_BIN_EXE_expomatch");
/// Clients booking at once while the server is killed.
const CLIENTS: usize = 12;
/// Bookings acknowledged before the kill: enough that the kill lands mid-load.
const BOOKED_BEFORE_KILL: usize = 25;

pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `expomatch serve` on a free loopback port, waiting until `/healthz` answers.
async fn serve(dir: &Path, database: &str) -> Server {
    serve_with(dir, database, "memory:", &[], &[]).await
}

/// [`serve`] delivering email to `smtp_url`, with more arguments.
pub(crate) async fn serve_with(
    dir: &Path,
    database: &str,
    smtp_url: &str,
    more: &[&str],
    envs: &[(&str, &str)],
) -> Server {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("server.log"))
        .expect("log file");
    let child = Command::new(BIN)
        .args([
            "serve",
            "--data-dir",
            dir.to_str().expect("path"),
            "--database-url",
            database,
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--smtp-url",
            smtp_url,
            "--workers",
            "2",
        ])
        .args(more)
        .env_remove("DATABASE_URL")
        // Fixed, so sessions made before the crash are still valid after it.
        .env("SECRET_KEY", "k".repeat(64))
        .env("EXPOMATCH_LOGIN_ATTEMPTS_PER_MINUTE", "1000")
        .env("RUST_LOG", "warn")
        .envs(envs.iter().copied())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("spawn expomatch serve");
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if let Ok(res) = client.get(format!("{}/healthz", server.base)).send().await
            && res.status().is_success()
        {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the server did not answer /healthz: {}",
        std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
    );
}

fn cookie_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .pool_idle_timeout(Duration::from_secs(2))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client")
}

/// A client signed in as the buyer on `base`, and its CSRF token.
pub(crate) async fn signed_in_buyer(
    pool: &DbPool,
    base: &str,
    buyer: i32,
) -> (reqwest::Client, String) {
    let client = cookie_client();
    sign_in_at(pool, base, &client, Role::Buyer, buyer).await;
    let page = client
        .get(format!("{base}/buyer"))
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("body");
    let csrf = csrf_in(&scraper::Html::parse_document(&page));
    (client, csrf)
}

pub(crate) async fn db<T: Send + 'static>(
    pool: &DbPool,
    f: impl FnOnce(&mut DbConnection) -> T + Send + 'static,
) -> T {
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || f(&mut pool.get().expect("conn")))
        .await
        .expect("db task")
}

/// Every meeting's rows exist and belong to its expo; no slot holds a buyer, a
/// supplier or a table twice; each meeting after `since` has both confirmations.
pub(crate) fn check_consistent(c: &mut DbConnection, since: i32) -> usize {
    type Row = (i32, i32, i32, i32, i32, i32, String);
    let rows: Vec<Row> = meetings::table
        .select((
            meetings::id,
            meetings::expo_id,
            meetings::slot_id,
            meetings::table_id,
            meetings::buyer_id,
            meetings::supplier_id,
            meetings::status,
        ))
        .load(c)
        .expect("meetings");
    let expo_of = |pairs: Vec<(i32, i32)>| pairs.into_iter().collect::<HashMap<i32, i32>>();
    let slot_expo = expo_of(
        slots::table
            .select((slots::id, slots::expo_id))
            .load(c)
            .expect("slots"),
    );
    let table_expo = expo_of(
        consultation_tables::table
            .select((consultation_tables::id, consultation_tables::expo_id))
            .load(c)
            .expect("tables"),
    );
    let buyer_expo: HashMap<i32, (i32, String)> = buyers::table
        .select((buyers::id, (buyers::expo_id, buyers::email)))
        .load(c)
        .expect("buyers")
        .into_iter()
        .collect();
    let supplier_expo: HashMap<i32, (i32, String)> = suppliers::table
        .select((suppliers::id, (suppliers::expo_id, suppliers::email)))
        .load(c)
        .expect("suppliers")
        .into_iter()
        .collect();
    let mut mail: HashMap<i32, Vec<String>> = HashMap::new();
    for (meeting, to) in outbox::table
        .filter(outbox::kind.eq("meeting_booked"))
        .filter(outbox::meeting_id.gt(since))
        .select((outbox::meeting_id.assume_not_null(), outbox::to_address))
        .load::<(i32, String)>(c)
        .expect("outbox")
    {
        mail.entry(meeting).or_default().push(to);
    }
    // A booking that commits between reading the meetings and reading the mail (the
    // restarted server may still be finishing one) is not part of this look.
    let last_read = rows.iter().map(|r| r.0).max().unwrap_or(since);
    mail.retain(|meeting, _| *meeting <= last_read);
    let mut taken = HashSet::new();
    for (id, expo, slot, table, buyer, supplier, status) in &rows {
        assert_eq!(slot_expo.get(slot), Some(expo), "meeting {id}: its slot");
        assert_eq!(table_expo.get(table), Some(expo), "meeting {id}: its table");
        let (b_expo, b_email) = buyer_expo.get(buyer).expect("meeting's buyer exists");
        let (s_expo, s_email) = supplier_expo.get(supplier).expect("meeting's supplier");
        assert_eq!((b_expo, s_expo), (expo, expo), "meeting {id}: its people");
        if ["booked", "held"].contains(&status.as_str()) {
            for key in [("buyer", buyer), ("supplier", supplier), ("table", table)] {
                assert!(
                    taken.insert((*slot, key.0, *key.1)),
                    "meeting {id}: the {} is booked twice in slot {slot}",
                    key.0
                );
            }
        }
        if *id > since {
            let mut to = mail.remove(id).unwrap_or_default();
            to.sort();
            let mut expected = vec![b_email.clone(), s_email.clone()];
            expected.sort();
            assert_eq!(to, expected, "meeting {id}: a confirmation to each side");
        }
    }
    assert!(mail.is_empty(), "confirmations without a meeting: {mail:?}");
    rows.len()
}

/// The demo seeded for a booking load: the buyers who book (profile complete), the
/// approved suppliers, the future slots, and the last meeting id before the load.
pub(crate) struct Load {
    pub(crate) buyers: Vec<i32>,
    pub(crate) suppliers: Vec<i32>,
    pub(crate) slots: Vec<i32>,
    pub(crate) since: i32,
}

pub(crate) async fn seed_load(pool: &DbPool) -> Load {
    db(pool, |c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let buyers: Vec<i32> = buyers::table
            .filter(buyers::profile_completed_at.is_not_null())
            .select(buyers::id)
            .order(buyers::id)
            .limit(i64::try_from(CLIENTS).unwrap_or(12))
            .load(c)
            .expect("buyers");
        let suppliers: Vec<i32> = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .select(suppliers::id)
            .load(c)
            .expect("suppliers");
        let slots: Vec<i32> = slots::table
            .filter(slots::starts_at.gt(store::now()))
            .select(slots::id)
            .load(c)
            .expect("slots");
        let since: Option<i32> = meetings::table
            .select(diesel::dsl::max(meetings::id))
            .first(c)
            .expect("max");
        Load {
            buyers,
            suppliers,
            slots,
            since: since.unwrap_or(0),
        }
    })
    .await
}

/// What a client was told was booked (buyer, supplier, slot), and whether the server
/// cut it off.
type Told = (Vec<(i32, i32, i32)>, bool);

/// Clients booking at once, each as its own buyer, until stopped or cut off.
pub(crate) struct BookingLoad {
    booked: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<Told>>,
}

impl BookingLoad {
    /// Each buyer books random (supplier, slot) pairs on `base` as fast as it is
    /// answered. An answer of 500 or more fails the test.
    pub(crate) async fn start(pool: &DbPool, base: &str, load: &Load) -> Self {
        let mut clients = Vec::new();
        for &buyer in &load.buyers {
            clients.push((buyer, signed_in_buyer(pool, base, buyer).await));
        }
        let booked = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let suppliers_ = Arc::new(load.suppliers.clone());
        let slots_ = Arc::new(load.slots.clone());
        let mut tasks = Vec::new();
        for (n, (buyer, (client, csrf))) in clients.into_iter().enumerate() {
            let (booked, stop, suppliers_, slots_) = (
                booked.clone(),
                stop.clone(),
                suppliers_.clone(),
                slots_.clone(),
            );
            let base = base.to_owned();
            tasks.push(tokio::spawn(async move {
                let mut seed = 0x9E37_79B9_7F4A_7C15_u64 ^ (n as u64 + 1);
                let mut next = |len: usize| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    usize::try_from(seed % len as u64).unwrap_or(0)
                };
                let mut told = Vec::new();
                let mut cut_off = false;
                while !stop.load(Ordering::Relaxed) {
                    let supplier = suppliers_[next(suppliers_.len())];
                    let slot = slots_[next(slots_.len())];
                    let res = client
                        .post(format!("{base}/buyer/suppliers/{supplier}/book"))
                        .form(&[("csrf_token", csrf.as_str()), ("slot", &slot.to_string())])
                        .send()
                        .await;
                    let Ok(res) = res else {
                        cut_off = true;
                        break;
                    };
                    let status = res.status().as_u16();
                    assert!(status < 500, "booking answered {status}");
                    if status == 303 {
                        booked.fetch_add(1, Ordering::Relaxed);
                        told.push((buyer, supplier, slot));
                    }
                }
                (told, cut_off)
            }));
        }
        Self {
            booked,
            stop,
            tasks,
        }
    }

    /// Waits (up to 60 s) until `n` bookings were acknowledged.
    pub(crate) async fn wait_for(&self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.booked.load(Ordering::Relaxed) < n && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Stops the clients; every (buyer, supplier, slot) a client was told is booked,
    /// and how many clients were cut off by the server going away.
    pub(crate) async fn finish(self) -> (Vec<(i32, i32, i32)>, usize) {
        self.stop.store(true, Ordering::Relaxed);
        let mut told = Vec::new();
        let mut cut_off = 0;
        for t in self.tasks {
            let (mine, cut) = t.await.expect("client task");
            told.extend(mine);
            cut_off += usize::from(cut);
        }
        (told, cut_off)
    }
}

async fn kill_in_the_middle_of_a_booking_load(dir: &Path, database: DatabaseUrl, url: &str) {
    let started = Instant::now();
    let pool = expomatch::db::build_pool(&database, 2).expect("database");
    let load = seed_load(&pool).await;
    let (buyer_ids, since) = (load.buyers.clone(), load.since);
    let suppliers_ = load.suppliers.clone();
    let server = serve(dir, url).await;
    let clients = BookingLoad::start(&pool, &server.base, &load).await;
    clients.wait_for(BOOKED_BEFORE_KILL).await;
    let mut server = server;
    // `Child::kill` is SIGKILL on Unix: no shutdown handler runs.
    server.child.kill().expect("SIGKILL");
    let killed = server.child.wait().expect("wait");
    assert!(!killed.success(), "the server was killed");
    let (told, cut_off) = clients.finish().await;
    assert!(cut_off > 0, "the kill landed while bookings were in flight");
    assert!(
        told.len() >= BOOKED_BEFORE_KILL,
        "the load booked {} meetings before the kill",
        told.len()
    );

    // What the database holds after the crash.
    let told_ = told.clone();
    let meetings_ = db(&pool, move |c| {
        let total = check_consistent(c, since);
        for (buyer, supplier, slot) in told_ {
            let n: i64 = meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("count");
            assert_eq!(
                n, 1,
                "a booking the buyer was told about survived the crash"
            );
        }
        total
    })
    .await;

    // Restarted on the same database, it serves and books.
    let server = serve(dir, url).await;
    let home = reqwest::get(format!("{}/", server.base))
        .await
        .expect("home");
    assert_eq!(home.status().as_u16(), 200, "the restarted server serves");
    let buyer = buyer_ids[0];
    let (client, csrf) = signed_in_buyer(&pool, &server.base, buyer).await;
    let mut after = None;
    for &supplier in suppliers_.iter() {
        let page = client
            .get(format!("{}/buyer/suppliers/{supplier}", server.base))
            .send()
            .await
            .expect("supplier page")
            .text()
            .await
            .expect("body");
        let html = scraper::Html::parse_document(&page);
        let sel = scraper::Selector::parse("#book button.slot").expect("selector");
        if let Some(slot) = html.select(&sel).find_map(|b| b.value().attr("data-slot")) {
            let res = client
                .post(format!("{}/buyer/suppliers/{supplier}/book", server.base))
                .form(&[("csrf_token", csrf.as_str()), ("slot", slot)])
                .send()
                .await
                .expect("book");
            assert_eq!(res.status().as_u16(), 303, "the restarted server books");
            after = Some(supplier);
            break;
        }
    }
    let supplier = after.expect("a free slot with some supplier after the restart");
    let total_after = db(&pool, move |c| {
        let live: i64 = meetings::table
            .filter(meetings::buyer_id.eq(buyer))
            .filter(meetings::supplier_id.eq(supplier))
            .filter(meetings::status.eq("booked"))
            .count()
            .get_result(c)
            .expect("count");
        assert_eq!(live, 1, "the booking after the restart is stored");
        check_consistent(c, since)
    })
    .await;
    // At least: PostgreSQL finishes a COMMIT the killed server had already sent, so a
    // booking may land after the count above (whole, as the second check shows).
    assert!(
        total_after > meetings_,
        "{total_after} meetings after, {meetings_} before"
    );
    eprintln!(
        "crash on {}: {} bookings acknowledged before SIGKILL, {cut_off} cut off by it, {} meetings after restart, {:.1} s",
        database.backend_name(),
        told.len(),
        total_after,
        started.elapsed().as_secs_f64()
    );
    drop(server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_booking_on_sqlite_restarts_with_whole_meetings_and_their_email() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("crash.sqlite");
    let url = file.to_str().expect("path").to_owned();
    kill_in_the_middle_of_a_booking_load(dir.path(), DatabaseUrl::Sqlite(file), &url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_booking_on_postgresql_restarts_with_whole_meetings_and_their_email() {
    let Some(admin) = postgres_url() else {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    };
    struct DropSchema(String, String);
    impl Drop for DropSchema {
        fn drop(&mut self) {
            drop_postgres_schema(&self.0, &self.1);
        }
    }
    let (url, schema) = fresh_postgres_schema(&admin);
    let _guard = DropSchema(admin, schema);
    let dir = tempfile::tempdir().expect("dir");
    kill_in_the_middle_of_a_booking_load(dir.path(), DatabaseUrl::Postgres(url.clone()), &url)
        .await;
}
