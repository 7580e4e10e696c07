//! `expomatch doctor`: checks what a real deployment needs before it goes live, with
//! the same settings `serve` would read, and says what to fix.
//!
//! It changes nothing: no data directory, key file or database is created (a probe
//! file or table is removed again). Each check is a small judgment over what was
//! measured, kept pure so each broken case is unit-tested; the probes (database, SMTP,
//! disk) only gather the figures.

use std::fmt;
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::config::{SERVE_DB_FILE, ServeArgs};
use crate::db::DatabaseUrl;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    /// Works, but likely not what a live site wants.
    Warning,
    /// Must be fixed before going live: `doctor` exits non-zero.
    Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub check: &'static str,
    pub verdict: Verdict,
    pub detail: String,
}

impl Finding {
    fn ok(check: &'static str, detail: impl Into<String>) -> Self {
        Self {
            check,
            verdict: Verdict::Ok,
            detail: detail.into(),
        }
    }

    fn warning(check: &'static str, detail: impl Into<String>) -> Self {
        Self {
            check,
            verdict: Verdict::Warning,
            detail: detail.into(),
        }
    }

    fn problem(check: &'static str, detail: impl Into<String>) -> Self {
        Self {
            check,
            verdict: Verdict::Problem,
            detail: detail.into(),
        }
    }
}

#[derive(Debug, Default)]
pub struct Report(pub Vec<Finding>);

impl Report {
    pub fn problems(&self) -> usize {
        self.0
            .iter()
            .filter(|f| f.verdict == Verdict::Problem)
            .count()
    }

    pub fn find(&self, check: &str) -> Option<&Finding> {
        self.0.iter().find(|f| f.check == check)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.0 {
            let mark = match finding.verdict {
                Verdict::Ok => "ok     ",
                Verdict::Warning => "warning",
                Verdict::Problem => "PROBLEM",
            };
            writeln!(f, "{mark}  {}: {}", finding.check, finding.detail)?;
        }
        Ok(())
    }
}

/// Free space below this is a problem: the database, its write-ahead log and backups
/// all need room on an event day.
pub const MIN_FREE_BYTES: u64 = 1024 * 1024 * 1024;
/// The clock must not be before this (a machine that lost its time says 1970).
const CLOCK_FLOOR: &str = "2026-01-01T00:00:00Z";
/// Largest difference allowed between this machine's clock and the database server's.
const CLOCK_SKEW_SECONDS: i64 = 30;

/// Runs every check with the settings `serve` would use.
pub async fn examine(args: &ServeArgs) -> Report {
    let mut report = Report::default();
    let findings = &mut report.0;

    let data_dir = args.storage.data_dir.clone();
    findings.push(judge_data_dir(&data_dir, probe_dir(&data_dir)));
    let database = match args.storage.database_url.as_deref() {
        Some(url) if !url.trim().is_empty() => match DatabaseUrl::parse(url) {
            Ok(db) => Some(db),
            Err(e) => {
                findings.push(Finding::problem("database", e.to_string()));
                None
            }
        },
        _ => Some(DatabaseUrl::Sqlite(data_dir.join(SERVE_DB_FILE))),
    };

    // Every other setting, checked as `serve` checks it, without making a key file.
    let mut checked = args.clone();
    if checked.secret_key.is_none() {
        checked.secret_key = Some("x".repeat(64));
    }
    let settings = database
        .clone()
        .map(|db| checked.settings(db, data_dir.clone()));
    match &settings {
        Some(Err(e)) => findings.push(Finding::problem("settings", e.to_string())),
        Some(Ok(_)) => findings.push(Finding::ok("settings", "every setting is valid")),
        None => {}
    }

    findings.push(judge_base_url(args.base_url.as_deref(), &args.bind));
    findings.push(judge_secret_key(
        args.secret_key.as_deref(),
        read_key_file(&data_dir),
    ));
    findings.push(judge_proxies(
        args.base_url.as_deref(),
        &args.bind,
        args.trusted_proxies
            .as_deref()
            .is_some_and(|p| !p.trim().is_empty()),
    ));
    findings.push(judge_mail_from(&args.mail.mail_from));
    let from = args.mail.mail_from.parse::<lettre::message::Mailbox>().ok();
    findings.push(probe_smtp(args.mail.smtp_url.as_deref(), from.as_ref()).await);

    let mut db_now = None;
    if let Some(db) = &database {
        let (found, now) = probe_database(db);
        findings.extend(found);
        db_now = now;
    }
    findings.push(judge_disk(&data_dir, disk_free(&data_dir)));
    findings.push(judge_clock(Utc::now(), db_now));
    if let Some(dir) = &args.ops.backup_dir {
        findings.push(match probe_dir(dir) {
            DirState::Writable => Finding::ok("backups", format!("daily into {}", dir.display())),
            DirState::Missing => Finding::warning(
                "backups",
                format!(
                    "{} does not exist yet: the server creates it at the first backup",
                    dir.display()
                ),
            ),
            DirState::NotWritable(e) => Finding::problem(
                "backups",
                format!(
                    "cannot write into {}: {e}; give the service's user that directory",
                    dir.display()
                ),
            ),
        });
    }
    report
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirState {
    Writable,
    Missing,
    NotWritable(String),
}

/// Whether `dir` exists and takes a file (written and removed again).
fn probe_dir(dir: &Path) -> DirState {
    if !dir.is_dir() {
        return DirState::Missing;
    }
    let probe = dir.join(format!(".doctor-{}", std::process::id()));
    match std::fs::write(&probe, b"ok") {
        Ok(()) => {
            let _ = std::fs::remove_file(&probe);
            DirState::Writable
        }
        Err(e) => DirState::NotWritable(e.to_string()),
    }
}

pub fn judge_data_dir(dir: &Path, state: DirState) -> Finding {
    match state {
        DirState::Writable => {
            Finding::ok("data directory", format!("{} is writable", dir.display()))
        }
        DirState::Missing => Finding::warning(
            "data directory",
            format!(
                "{} does not exist yet: serve creates it; create it owned by the service's user to be sure",
                dir.display()
            ),
        ),
        DirState::NotWritable(e) => Finding::problem(
            "data directory",
            format!(
                "cannot write into {}: {e}; run doctor as the service's user, and give that user the directory",
                dir.display()
            ),
        ),
    }
}

pub fn judge_base_url(base: Option<&str>, bind: &str) -> Finding {
    match base.map(str::trim) {
        Some(url) if url.starts_with("https://") => Finding::ok("base URL", url.to_owned()),
        Some(url) => Finding::problem(
            "base URL",
            format!(
                "{url} is not https: sign-in links in emails and session cookies need TLS; set EXPOMATCH_BASE_URL=https://your.domain"
            ),
        ),
        None => Finding::problem(
            "base URL",
            format!(
                "unset: links in emails would point at http://{bind}; set EXPOMATCH_BASE_URL=https://your.domain"
            ),
        ),
    }
}

/// What the data directory's key file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyFile {
    Missing,
    /// A valid key of this many bytes.
    Valid(usize),
    Unreadable(String),
}

fn read_key_file(data_dir: &Path) -> KeyFile {
    match std::fs::read_to_string(data_dir.join("secret_key")) {
        Ok(text) => match hex::decode(text.trim()) {
            Ok(key) if key.len() >= 32 => KeyFile::Valid(key.len()),
            Ok(key) => KeyFile::Unreadable(format!("it holds {} bytes, fewer than 32", key.len())),
            Err(_) => KeyFile::Unreadable("it is not a hex key".to_owned()),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => KeyFile::Missing,
        Err(e) => KeyFile::Unreadable(e.to_string()),
    }
}

pub fn judge_secret_key(from_env: Option<&str>, file: KeyFile) -> Finding {
    const CHECK: &str = "secret key";
    match (from_env, file) {
        (Some(key), _) if key.len() >= 64 => Finding::ok(CHECK, "SECRET_KEY is set"),
        (Some(key), _) if key.len() >= 32 => Finding::warning(
            CHECK,
            format!(
                "SECRET_KEY has {} characters; 64 random ones are better (openssl rand -hex 32)",
                key.len()
            ),
        ),
        (Some(key), _) => Finding::problem(
            CHECK,
            format!(
                "SECRET_KEY has {} characters; it needs at least 32 (openssl rand -hex 32)",
                key.len()
            ),
        ),
        (None, KeyFile::Valid(bytes)) => Finding::ok(
            CHECK,
            format!(
                "the key file in the data directory holds {bytes} bytes (keep it with your backups; several instances need SECRET_KEY instead)"
            ),
        ),
        (None, KeyFile::Missing) => Finding::warning(
            CHECK,
            "no SECRET_KEY and no key file yet: serve makes one in the data directory at its first start; keep it with your backups",
        ),
        (None, KeyFile::Unreadable(why)) => Finding::problem(
            CHECK,
            format!(
                "the key file in the data directory cannot be used ({why}): set SECRET_KEY or remove the file"
            ),
        ),
    }
}

pub fn judge_proxies(base: Option<&str>, bind: &str, proxies: bool) -> Finding {
    const CHECK: &str = "reverse proxy";
    let behind_proxy =
        base.is_some_and(|b| b.starts_with("https://")) && crate::config::binds_loopback(bind);
    match (behind_proxy, proxies) {
        (_, true) => Finding::ok(CHECK, "trusted proxies are named"),
        (true, false) => Finding::problem(
            CHECK,
            format!(
                "the site is served over https while listening on {bind}, so a reverse proxy is in front, but EXPOMATCH_TRUSTED_PROXIES is unset: every visitor would share the proxy's sign-in limit; set EXPOMATCH_TRUSTED_PROXIES=127.0.0.1"
            ),
        ),
        (false, false) => Finding::ok(
            CHECK,
            "no proxy named; client addresses are taken as they connect",
        ),
    }
}

pub fn judge_mail_from(from: &str) -> Finding {
    const CHECK: &str = "sender";
    match from.parse::<lettre::message::Mailbox>() {
        Err(e) => Finding::problem(CHECK, format!("{from:?} is not a mailbox: {e}")),
        Ok(mailbox) if mailbox.email.domain().ends_with(".localhost") => Finding::problem(
            CHECK,
            format!(
                "{mailbox} is the built-in placeholder; set EXPOMATCH_MAIL_FROM to an address of your domain, e.g. \"Expo Team <expo@agency.example>\""
            ),
        ),
        Ok(mailbox) => Finding::ok(CHECK, mailbox.to_string()),
    }
}

/// Connects to the SMTP server of `SMTP_URL` as the outbox worker would (TLS,
/// sign-in) and asks it to take a message from the sender (`MAIL FROM`), then leaves
/// without sending anything.
async fn probe_smtp(url: Option<&str>, from: Option<&lettre::message::Mailbox>) -> Finding {
    const CHECK: &str = "SMTP";
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Finding::problem(
            CHECK,
            "SMTP_URL is unset: emails would be written as files into the data directory; set SMTP_URL=smtp://user:pass@host:587?tls=required",
        );
    };
    let shown = crate::mail::transport::redact_url(url);
    if url.starts_with("memory:") || url.starts_with("file:") {
        return Finding::problem(
            CHECK,
            format!("{shown} delivers nothing to people; set SMTP_URL to your mail server"),
        );
    }
    let Some(from) = from else {
        return Finding::problem(CHECK, "no valid sender to try (see sender)");
    };
    match tokio::time::timeout(Duration::from_secs(20), smtp_accepts(url, from)).await {
        Ok(Ok(())) => Finding::ok(CHECK, format!("{shown} accepts mail from {}", from.email)),
        Ok(Err(e)) => Finding::problem(CHECK, format!("{shown}: {e}")),
        Err(_) => Finding::problem(CHECK, format!("{shown}: no answer within 20 s")),
    }
}

async fn smtp_accepts(url: &str, from: &lettre::message::Mailbox) -> Result<(), String> {
    use lettre::transport::smtp::authentication::{Credentials, Mechanism};
    use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
    use lettre::transport::smtp::commands::{Mail, Rset};
    use lettre::transport::smtp::extension::ClientId;

    let parsed = url::Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
    let host = parsed.host_str().ok_or("the URL names no host")?.to_owned();
    let tls = parsed
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.into_owned());
    let tls_params = || TlsParameters::new(host.clone()).map_err(|e| e.to_string());
    let (port, wrapper, starttls) = match (parsed.scheme(), tls.as_deref()) {
        ("smtp", None) => (parsed.port().unwrap_or(25), None, None),
        ("smtp", Some("required" | "opportunistic")) => {
            (parsed.port().unwrap_or(587), None, Some(tls_params()?))
        }
        ("smtps", _) => (parsed.port().unwrap_or(465), Some(tls_params()?), None),
        (scheme, tls) => {
            return Err(format!("unknown scheme {scheme:?} or tls={tls:?}"));
        }
    };
    let hello = ClientId::default();
    let mut conn = AsyncSmtpConnection::connect_tokio1(
        (host.as_str(), port),
        Some(Duration::from_secs(10)),
        &hello,
        wrapper,
        None,
    )
    .await
    .map_err(|e| format!("cannot connect to {host}:{port}: {e}"))?;
    if let Some(params) = starttls {
        if conn.can_starttls() {
            conn.starttls(params, &hello)
                .await
                .map_err(|e| format!("STARTTLS failed: {e}"))?;
        } else if tls.as_deref() == Some("required") {
            return Err("the server offers no STARTTLS, and the URL requires it".to_owned());
        }
    }
    if let Some(password) = parsed.password() {
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let credentials = Credentials::new(decode(parsed.username()), decode(password));
        conn.auth(&[Mechanism::Plain, Mechanism::Login], &credentials)
            .await
            .map_err(|e| format!("sign-in refused: {e}"))?;
    }
    let sender = from.email.clone();
    let answer = conn
        .command(Mail::new(Some(sender), vec![]))
        .await
        .map_err(|e| format!("refuses the sender {}: {e}", from.email))?;
    if !answer.is_positive() {
        return Err(format!(
            "refuses the sender {}: {}",
            from.email,
            answer.code()
        ));
    }
    let _ = conn.command(Rset).await;
    let _ = conn.quit().await;
    Ok(())
}

/// Opens the database (never creating a SQLite file), checks it takes a write (a
/// table made and rolled back), how many migrations a start would apply, and reads
/// the database server's clock.
fn probe_database(url: &DatabaseUrl) -> (Vec<Finding>, Option<DateTime<Utc>>) {
    use diesel::prelude::*;
    const CHECK: &str = "database";
    if let DatabaseUrl::Sqlite(path) = url
        && !path.exists()
    {
        return (
            vec![Finding::warning(
                CHECK,
                format!(
                    "{} does not exist yet: serve creates it at its first start",
                    path.display()
                ),
            )],
            None,
        );
    }
    let mut conn = match crate::db::connect(url) {
        Ok(conn) => conn,
        Err(e) => {
            return (
                vec![Finding::problem(
                    CHECK,
                    format!("cannot open {}: {e}", url.redacted()),
                )],
                None,
            );
        }
    };
    let mut found = Vec::new();
    let write = conn.transaction::<(), diesel::result::Error, _>(|c| {
        diesel::sql_query("CREATE TABLE expomatch_doctor_probe (x INTEGER)").execute(c)?;
        diesel::sql_query("INSERT INTO expomatch_doctor_probe (x) VALUES (1)").execute(c)?;
        Err(diesel::result::Error::RollbackTransaction)
    });
    match write {
        Err(diesel::result::Error::RollbackTransaction) => found.push(Finding::ok(
            CHECK,
            format!("{} takes writes", url.redacted()),
        )),
        Err(e) => found.push(Finding::problem(
            CHECK,
            format!("{} refuses a write: {e}", url.redacted()),
        )),
        Ok(()) => {}
    }
    match crate::db::pending_migrations(&mut conn).map_err(|e| e.to_string()) {
        Ok(0) => found.push(Finding::ok("migrations", "every migration is applied")),
        Ok(pending) => found.push(Finding::warning(
            "migrations",
            format!("{pending} will be applied at the next start (back up first)"),
        )),
        Err(e) => found.push(Finding::problem("migrations", e)),
    }
    let db_now = if conn.is_sqlite() {
        None
    } else {
        #[derive(QueryableByName)]
        struct Now {
            #[diesel(sql_type = diesel::sql_types::Text)]
            now: String,
        }
        diesel::sql_query(
            "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS now",
        )
        .get_result::<Now>(&mut conn)
        .ok()
        .and_then(|n| n.now.parse().ok())
    };
    (found, db_now)
}

/// Free bytes for this user on the file system of `dir` (or its nearest existing
/// parent), with the total.
fn disk_free(dir: &Path) -> Result<(u64, u64), String> {
    let mut at = dir;
    while !at.exists() {
        at = at.parent().ok_or("no existing directory above it")?;
    }
    let at = if at.as_os_str().is_empty() {
        Path::new(".")
    } else {
        at
    };
    let stat = rustix::fs::statvfs(at).map_err(|e| e.to_string())?;
    Ok((
        stat.f_bavail.saturating_mul(stat.f_frsize),
        stat.f_blocks.saturating_mul(stat.f_frsize),
    ))
}

pub fn judge_disk(dir: &Path, free: Result<(u64, u64), String>) -> Finding {
    const CHECK: &str = "disk space";
    let gib = |b: u64| b as f64 / (1024.0 * 1024.0 * 1024.0);
    match free {
        Ok((free, total)) if free >= MIN_FREE_BYTES => Finding::ok(
            CHECK,
            format!(
                "{:.1} GiB free of {:.1} GiB at {}",
                gib(free),
                gib(total),
                dir.display()
            ),
        ),
        Ok((free, _)) => Finding::problem(
            CHECK,
            format!(
                "only {:.2} GiB free at {}: the database, its log and backups need at least 1 GiB",
                gib(free),
                dir.display()
            ),
        ),
        Err(e) => Finding::problem(
            CHECK,
            format!("cannot tell the free space at {}: {e}", dir.display()),
        ),
    }
}

pub fn judge_clock(now: DateTime<Utc>, db_now: Option<DateTime<Utc>>) -> Finding {
    const CHECK: &str = "clock";
    let floor: DateTime<Utc> = CLOCK_FLOOR.parse().expect("the floor is a valid time");
    if now < floor {
        return Finding::problem(
            CHECK,
            format!(
                "this machine says {now}, before {floor}: set the time (timedatectl set-ntp true)"
            ),
        );
    }
    match db_now {
        Some(db) if (db - now).num_seconds().abs() > CLOCK_SKEW_SECONDS => Finding::problem(
            CHECK,
            format!(
                "this machine says {} and the database server {}: {} s apart; sync both with NTP (meeting times, reminders and sign-in link expiry depend on it)",
                now.format("%H:%M:%S"),
                db.format("%H:%M:%S"),
                (db - now).num_seconds().abs()
            ),
        ),
        Some(_) => Finding::ok(
            CHECK,
            format!(
                "{} UTC, agrees with the database server",
                now.format("%Y-%m-%d %H:%M")
            ),
        ),
        None => Finding::ok(CHECK, format!("{} UTC", now.format("%Y-%m-%d %H:%M"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_or_missing_base_url_is_a_problem_and_https_is_fine() {
        assert_eq!(
            judge_base_url(Some("https://expo.example"), "127.0.0.1:8080").verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge_base_url(Some("http://expo.example"), "127.0.0.1:8080").verdict,
            Verdict::Problem
        );
        assert_eq!(
            judge_base_url(None, "127.0.0.1:8080").verdict,
            Verdict::Problem
        );
    }

    #[test]
    fn a_short_or_broken_key_is_a_problem() {
        let short = judge_secret_key(Some("too-short"), KeyFile::Missing);
        assert_eq!(short.verdict, Verdict::Problem);
        assert!(
            !short.detail.contains("too-short"),
            "the key never shows: {}",
            short.detail
        );
        assert_eq!(
            judge_secret_key(Some(&"k".repeat(40)), KeyFile::Missing).verdict,
            Verdict::Warning
        );
        assert_eq!(
            judge_secret_key(Some(&"k".repeat(64)), KeyFile::Missing).verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge_secret_key(None, KeyFile::Valid(64)).verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge_secret_key(None, KeyFile::Missing).verdict,
            Verdict::Warning
        );
        assert_eq!(
            judge_secret_key(None, KeyFile::Unreadable("nope".into())).verdict,
            Verdict::Problem
        );
    }

    #[test]
    fn little_disk_space_is_a_problem() {
        let dir = Path::new("/var/lib/expomatch");
        assert_eq!(
            judge_disk(dir, Ok((MIN_FREE_BYTES, 10 * MIN_FREE_BYTES))).verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge_disk(dir, Ok((MIN_FREE_BYTES - 1, 10 * MIN_FREE_BYTES))).verdict,
            Verdict::Problem
        );
        assert_eq!(
            judge_disk(dir, Err("gone".into())).verdict,
            Verdict::Problem
        );
    }

    #[test]
    fn a_clock_in_the_past_or_far_from_the_database_is_a_problem() {
        let now: DateTime<Utc> = "2026-12-07T10:00:00Z".parse().expect("time");
        assert_eq!(judge_clock(now, None).verdict, Verdict::Ok);
        assert_eq!(
            judge_clock(now, Some(now + chrono::TimeDelta::seconds(5))).verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge_clock(now, Some(now - chrono::TimeDelta::seconds(90))).verdict,
            Verdict::Problem
        );
        let lost: DateTime<Utc> = "1970-01-01T00:00:10Z".parse().expect("time");
        assert_eq!(judge_clock(lost, None).verdict, Verdict::Problem);
    }

    #[test]
    fn https_on_loopback_without_trusted_proxies_is_a_problem() {
        assert_eq!(
            judge_proxies(Some("https://e.example"), "127.0.0.1:8080", false).verdict,
            Verdict::Problem
        );
        assert_eq!(
            judge_proxies(Some("https://e.example"), "127.0.0.1:8080", true).verdict,
            Verdict::Ok
        );
        assert_eq!(
            judge_proxies(Some("https://e.example"), "0.0.0.0:443", false).verdict,
            Verdict::Ok
        );
    }

    #[test]
    fn the_placeholder_sender_is_a_problem() {
        assert_eq!(
            judge_mail_from("expomatch <noreply@expomatch.localhost>").verdict,
            Verdict::Problem
        );
        assert_eq!(judge_mail_from("not a mailbox").verdict, Verdict::Problem);
        assert_eq!(
            judge_mail_from("Expo Team <expo@kotra.example>").verdict,
            Verdict::Ok
        );
    }
}
