//! The real binary stopped with SIGTERM: `/readyz` turns 503 first, requests in flight
//! and the email batch being sent finish, the process exits 0, and after a restart
//! every booking has its messages, each delivered exactly once. Also: JSON log lines
//! that carry the request id, and the separate metrics listener.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use expomatch::db::DatabaseUrl;
use expomatch::db::schema::{meetings, outbox};
use mail_parser::MessageParser;

use crate::crash::{BookingLoad, Server, check_consistent, db, seed_load, serve_with};
use crate::helpers::*;
use crate::mail::SmtpServer;

fn sigterm(server: &Server) {
    let pid = rustix::process::Pid::from_child(&server.child);
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).expect("SIGTERM");
}

/// Waits up to `limit` for the process to exit; its status.
fn wait_exit(server: &mut Server, limit: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = server.child.try_wait().expect("try_wait") {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not exit within {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

async fn readyz(base: &str) -> Option<(u16, String)> {
    let res = reqwest::Client::new()
        .get(format!("{base}/readyz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .ok()?;
    let status = res.status().as_u16();
    Some((status, res.text().await.unwrap_or_default()))
}

/// Asks `/readyz` until it answers 503 (the signal is handled a moment after it is
/// sent; up to 5 s): its status and body then.
async fn stopping(base: &str) -> (u16, String) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let answer = readyz(base).await.expect("readyz while stopping");
        if answer.0 == 503 || Instant::now() > deadline {
            return answer;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The outbox ids of the received messages (their Message-ID starts with it).
fn outbox_ids(received: &[Vec<u8>]) -> Vec<i32> {
    received
        .iter()
        .map(|raw| {
            let msg = MessageParser::default().parse(raw).expect("a message");
            let id = msg.message_id().expect("a Message-ID");
            id.split('.')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("Message-ID {id} starts with the outbox id"))
        })
        .collect()
}

async fn sigterm_in_the_middle_of_a_booking_load(dir: &Path, database: DatabaseUrl, url: &str) {
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let pool = expomatch::db::build_pool(&database, 2).expect("database");
    let load = seed_load(&pool).await;
    let args = [
        "--shutdown-delay-seconds",
        "1",
        "--shutdown-grace-seconds",
        "20",
    ];
    let mut server = serve_with(dir, url, &smtp.url(), &args, &[("RUST_LOG", "info")]).await;
    assert_eq!(
        readyz(&server.base).await.map(|r| r.0),
        Some(200),
        "ready before"
    );
    let clients = BookingLoad::start(&pool, &server.base, &load).await;
    clients.wait_for(25).await;
    sigterm(&server);
    // For the shutdown delay it still serves, but says it is not ready.
    let (status, body) = stopping(&server.base).await;
    assert_eq!((status, body.as_str()), (503, r#"{"status":"stopping"}"#));
    let exited = wait_exit(&mut server, Duration::from_secs(30));
    assert!(exited.success(), "exit 0 after SIGTERM: {exited:?}");
    let (told, cut_off) = clients.finish().await;
    assert!(told.len() >= 25, "{} bookings before the stop", told.len());
    let log = std::fs::read_to_string(dir.join("server.log")).expect("log");
    assert!(log.contains("stopping: /readyz answers 503"), "{log}");
    assert!(
        log.contains("outbox worker stopped"),
        "the worker finished: {log}"
    );
    let sent_before_restart = smtp.count();

    // Every acknowledged booking is stored whole with both confirmations.
    let since = load.since;
    let told_ = told.clone();
    db(&pool, move |c| {
        check_consistent(c, since);
        for (buyer, supplier, slot) in told_ {
            let n: i64 = meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("count");
            assert_eq!(n, 1, "an acknowledged booking is stored");
        }
    })
    .await;

    // Restarted, the server sends what is left; nothing twice.
    drop(server);
    let server = serve_with(dir, url, &smtp.url(), &args, &[]).await;
    let deadline = Instant::now() + Duration::from_secs(90);
    let total = loop {
        let (waiting, total) = db(&pool, |c| {
            let waiting: i64 = outbox::table
                .filter(outbox::status.eq_any(["pending", "sending"]))
                .count()
                .get_result(c)
                .expect("waiting");
            let total: i64 = outbox::table.count().get_result(c).expect("total");
            (waiting, total)
        })
        .await;
        if waiting == 0 {
            break total;
        }
        assert!(
            Instant::now() < deadline,
            "{waiting} messages still waiting"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let received = smtp.wait_for(usize::try_from(total).expect("count")).await;
    let ids = outbox_ids(&received);
    let unique: HashSet<i32> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "no message delivered twice");
    let sent: HashSet<i32> = db(&pool, |c| {
        outbox::table
            .filter(outbox::status.eq("sent"))
            .select(outbox::id)
            .load::<i32>(c)
            .expect("sent")
    })
    .await
    .into_iter()
    .collect();
    assert_eq!(
        i64::try_from(sent.len()).expect("count"),
        total,
        "every message was sent"
    );
    assert_eq!(unique, sent, "each sent message arrived once");
    eprintln!(
        "SIGTERM on {}: {} bookings acknowledged, {cut_off} clients cut off, {sent_before_restart} messages delivered before the stop, {} in all",
        database.backend_name(),
        told.len(),
        ids.len()
    );
    drop(server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_booking_load_on_sqlite_loses_and_repeats_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("stop.sqlite");
    let url = file.to_str().expect("path").to_owned();
    sigterm_in_the_middle_of_a_booking_load(dir.path(), DatabaseUrl::Sqlite(file), &url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_booking_load_on_postgresql_loses_and_repeats_nothing() {
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
    let _cleanup = DropSchema(admin, schema);
    let dir = tempfile::tempdir().expect("dir");
    sigterm_in_the_middle_of_a_booking_load(dir.path(), DatabaseUrl::Postgres(url.clone()), &url)
        .await;
}

/// JSON log lines: every line a JSON object, and the lines of one request share its
/// id (`id` on the request line, `span.id` on lines logged while handling it). The
/// metrics listener answers without a token; the site's /metrics is off.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_carry_the_request_id_and_metrics_have_a_listener_of_their_own() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("json.sqlite");
    let url = file.to_str().expect("path").to_owned();
    let metrics_port = SmtpServer::free_port();
    let metrics_bind = format!("127.0.0.1:{metrics_port}");
    let mut server = serve_with(
        dir.path(),
        &url,
        "memory:",
        &["--metrics-bind", &metrics_bind],
        &[("RUST_LOG", "info"), ("EXPOMATCH_LOG_FORMAT", "json")],
    )
    .await;
    let client = reqwest::Client::new();
    let metrics = client
        .get(format!("http://{metrics_bind}/metrics"))
        .send()
        .await
        .expect("metrics listener");
    assert_eq!(metrics.status().as_u16(), 200);
    let body = metrics.text().await.expect("body");
    assert!(body.contains("expomatch_http_requests_total"), "{body}");
    let site = client
        .get(format!("{}/metrics", server.base))
        .send()
        .await
        .expect("site metrics");
    assert_eq!(
        site.status().as_u16(),
        404,
        "no token: off on the site's address"
    );
    // A form post without a CSRF token: refused, with a warning logged inside it.
    let refused = client
        .post(format!("{}/signin", server.base))
        .form(&[("email", "a@b.example"), ("password", "x")])
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status().as_u16(), 403);
    sigterm(&server);
    assert!(wait_exit(&mut server, Duration::from_secs(30)).success());

    let log = std::fs::read_to_string(dir.path().join("server.log")).expect("log");
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let warning = lines
        .iter()
        .find(|l| {
            l["message"]
                .as_str()
                .is_some_and(|m| m.contains("without a valid CSRF token"))
        })
        .expect("the CSRF warning");
    let id = warning["span"]["id"]
        .as_str()
        .expect("span.id on the warning");
    assert_eq!(warning["level"], "WARN");
    let request = lines
        .iter()
        .find(|l| l["message"] == "request" && l["route"] == "/signin" && l["status"] == 403)
        .expect("the request line");
    assert_eq!(request["id"].as_str(), Some(id), "one id on both lines");
    assert!(
        lines.iter().any(|l| l["message"] == "stopped"),
        "the stop is logged"
    );
}

/// A second SIGTERM while the first one's shutdown delay runs ends the process at
/// once, with a non-zero exit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_signal_while_stopping_exits_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("twice.sqlite");
    let url = file.to_str().expect("path").to_owned();
    let mut server = serve_with(
        dir.path(),
        &url,
        "memory:",
        &["--shutdown-delay-seconds", "30"],
        &[("RUST_LOG", "info")],
    )
    .await;
    sigterm(&server);
    let (status, _) = stopping(&server.base).await;
    assert_eq!(status, 503, "stopping, still serving for the delay");
    sigterm(&server);
    let exited = wait_exit(&mut server, Duration::from_secs(10));
    assert_eq!(
        exited.code(),
        Some(1),
        "the second signal ends it: {exited:?}"
    );
}
