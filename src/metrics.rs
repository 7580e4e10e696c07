//! What the running service counts, for Prometheus: one recorder per process, the
//! names of every series in one place, and the scrape answer (`/metrics`).
//!
//! Counters and histograms are recorded where things happen (a request, a delivery, a
//! scheduler run); the figures that live in the database (outbox depth, oldest unsent
//! message, database size) are read at scrape time by [`crate::store::health`], the
//! same function that fills the organizer's status page.

use std::sync::OnceLock;
use std::time::Duration;

use metrics::{counter, gauge, histogram};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::store::health::Figures;

pub const HTTP_REQUESTS: &str = "expomatch_http_requests_total";
pub const HTTP_DURATION: &str = "expomatch_http_request_duration_seconds";
pub const POOL_WAIT: &str = "expomatch_db_pool_wait_seconds";
pub const POOL_TIMEOUTS: &str = "expomatch_db_pool_timeouts_total";
pub const POOL_CONNECTIONS: &str = "expomatch_db_pool_connections";
pub const MAIL_SENT: &str = "expomatch_mail_sent_total";
pub const MAIL_SEND_FAILURES: &str = "expomatch_mail_send_failures_total";
pub const OUTBOX_MESSAGES: &str = "expomatch_outbox_messages";
pub const OUTBOX_DUE: &str = "expomatch_outbox_due_messages";
pub const OUTBOX_OLDEST: &str = "expomatch_outbox_oldest_unsent_age_seconds";
pub const REMINDERS_DUE: &str = "expomatch_reminders_due";
pub const MEETINGS_BOOKED: &str = "expomatch_meetings_booked_total";
pub const SCHEDULER_RUNS: &str = "expomatch_scheduler_runs_total";
pub const SCHEDULER_DURATION: &str = "expomatch_scheduler_run_duration_seconds";
pub const DATABASE_BYTES: &str = "expomatch_database_size_bytes";
pub const BACKUPS: &str = "expomatch_backups_total";
pub const UPTIME: &str = "expomatch_uptime_seconds";
pub const BUILD_INFO: &str = "expomatch_build_info";

/// Latency buckets in seconds, from a kept page (well under a millisecond) to a slow
/// scheduler run.
const BUCKETS: &[f64] = &[
    0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    60.0,
];

static ENABLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether a recorder is installed: requests are counted by route pattern only then
/// (finding the pattern costs a walk of the routes, which a kept page otherwise skips).
pub fn enabled() -> bool {
    ENABLED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Installs the recorder and starts counting requests.
pub fn enable() {
    handle();
    ENABLED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// The process's recorder, installed on first use. Every app built in the process
/// (tests build many) records into it.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets(BUCKETS)
            .expect("the bucket list is not empty")
            .build_recorder();
        let handle = recorder.handle();
        // Fails only if another recorder was installed first; ours then stays
        // unused and the scrape shows only the gauges set at scrape time.
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was already installed");
        }
        gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
        handle
    })
}

/// A request method as a label: the ones the site knows by name, anything else
/// `other` (a client may send any method; labels must stay few).
pub fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// One answered request: its route pattern (never the path: ids and secrets stay
/// out), method and status.
pub fn request(method: &'static str, route: &str, status: u16, took: Duration) {
    let status = status.to_string();
    counter!(HTTP_REQUESTS, "method" => method, "route" => route.to_owned(), "status" => status)
        .increment(1);
    histogram!(HTTP_DURATION, "method" => method, "route" => route.to_owned())
        .record(took.as_secs_f64());
}

/// Time a request waited for a database connection.
pub fn pool_wait(took: Duration) {
    histogram!(POOL_WAIT).record(took.as_secs_f64());
}

pub fn pool_timeout() {
    counter!(POOL_TIMEOUTS).increment(1);
}

/// One delivery attempt's outcome.
pub fn mail_sent() {
    counter!(MAIL_SENT).increment(1);
}

/// A failed delivery attempt; `final_` when no retry follows.
pub fn mail_failed(final_: bool) {
    counter!(MAIL_SEND_FAILURES, "final" => if final_ { "true" } else { "false" }).increment(1);
}

pub fn meeting_booked() {
    counter!(MEETINGS_BOOKED).increment(1);
}

/// A finished scheduler run: `outcome` is `draft`, `refused` or `error`.
pub fn scheduler_run(outcome: &'static str, took: Duration) {
    counter!(SCHEDULER_RUNS, "outcome" => outcome).increment(1);
    histogram!(SCHEDULER_DURATION).record(took.as_secs_f64());
}

/// A backup the server made on its own: `outcome` is `ok` or `error`.
pub fn backup(outcome: &'static str) {
    counter!(BACKUPS, "outcome" => outcome).increment(1);
}

/// The scrape answer: the database figures and the pool as gauges, then every series
/// in Prometheus' text format.
pub fn render(figures: &Figures, pool: &diesel::r2d2::State, uptime: Duration) -> String {
    let handle = handle();
    for (status, n) in &figures.by_status {
        gauge!(OUTBOX_MESSAGES, "status" => status.code()).set(*n as f64);
    }
    gauge!(OUTBOX_DUE).set(figures.due as f64);
    gauge!(OUTBOX_OLDEST).set(figures.oldest_unsent_seconds.unwrap_or(0) as f64);
    gauge!(REMINDERS_DUE).set(figures.reminders_due as f64);
    if let Some(bytes) = figures.database_bytes {
        gauge!(DATABASE_BYTES).set(bytes as f64);
    }
    gauge!(POOL_CONNECTIONS, "state" => "idle").set(f64::from(pool.idle_connections));
    gauge!(POOL_CONNECTIONS, "state" => "in_use")
        .set(f64::from(pool.connections - pool.idle_connections));
    gauge!(UPTIME).set(uptime.as_secs_f64());
    handle.render()
}
