//! Settings from flags and environment, in one place (clap reads both).
//!
//! Environment variables read here: `DATABASE_URL`, `SECRET_KEY`, `EXPOMATCH_BIND`,
//! `EXPOMATCH_BASE_URL`, `EXPOMATCH_DATA_DIR`, `EXPOMATCH_POOL_SIZE`,
//! `EXPOMATCH_WORKERS`, `EXPOMATCH_LOGIN_ATTEMPTS_PER_MINUTE`,
//! `EXPOMATCH_TRUST_FORWARDED_FOR`, `SMTP_URL`, `EXPOMATCH_MAIL_FROM`,
//! `SENT_MAIL_RETENTION_DAYS`. Nothing else in the
//! crate reads the environment: [`Settings`] is built here and passed down.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::db::DatabaseUrl;

#[derive(Parser, Debug)]
#[command(
    name = "expomatch",
    version,
    about = "Export consultation meetings at trade expos"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Log lines as plain text or as JSON objects, one per line (each line of a
    /// request carries its id: `id` on the request line, `span.id` on the others).
    #[arg(long, global = true, env = "EXPOMATCH_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Read settings from this file first (`KEY=value` lines, as systemd's
    /// EnvironmentFile), e.g. /etc/expomatch/env; the environment and flags win.
    #[arg(long, global = true, value_name = "FILE")]
    pub env_file: Option<PathBuf>,
}

/// Loads the `--env-file` named on the command line (`--env-file F` or
/// `--env-file=F`) into the environment, before the flags are parsed, so every
/// setting in it is seen as if exported. Variables already set are kept.
pub fn load_env_file(args: &[String]) -> Result<Option<PathBuf>, String> {
    let mut path = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--env-file" {
            path = it.next().map(PathBuf::from);
        } else if let Some(p) = arg.strip_prefix("--env-file=") {
            path = Some(PathBuf::from(p));
        }
    }
    let Some(path) = path else { return Ok(None) };
    let text =
        fs::read_to_string(&path).map_err(|e| format!("--env-file {}: {e}", path.display()))?;
    let pairs = parse_env_file(&text).map_err(|e| format!("--env-file {}: {e}", path.display()))?;
    for (key, value) in pairs {
        if std::env::var_os(&key).is_none() {
            // SAFETY: called first thing in `main`, before any other thread exists.
            unsafe { std::env::set_var(key, value) };
        }
    }
    Ok(Some(path))
}

/// The `KEY=value` lines of an environment file as systemd reads one: blank lines and
/// lines starting with `#` or `;` skipped, whitespace around key and value trimmed, a
/// value in matching double or single quotes unquoted. Values may hold spaces and `<`
/// (`EXPOMATCH_MAIL_FROM=Expo Team <expo@agency.example>`), which a shell's `source`
/// would not take. Errors: the first line that is not `KEY=value`, by its number
/// alone (a mistyped line may hold a password).
pub fn parse_env_file(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        // The line itself is never repeated in an error: it may hold a password.
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {} is not KEY=value", n + 1));
        };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!(
                "line {} does not start with a variable name",
                n + 1
            ));
        }
        let value = value.trim();
        let unquoted = [('"', '"'), ('\'', '\'')]
            .iter()
            .find_map(|(open, close)| {
                value
                    .strip_prefix(*open)
                    .and_then(|v| v.strip_suffix(*close))
            })
            .unwrap_or(value);
        pairs.push((key.to_owned(), unquoted.to_owned()));
    }
    Ok(pairs)
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the site.
    Serve(ServeArgs),
    /// Run the site on a fresh demo database of its own, seeded with a realistic expo,
    /// and print one-time sign-in links for an organizer, a supplier and a buyer.
    Demo(DemoArgs),
    /// Check what a live site needs (https base URL, SMTP that takes the sender, a
    /// writable database, the secret key, disk space, the clock) with the settings
    /// `serve` would use; changes nothing. Exits non-zero on a problem.
    Doctor(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate(StorageArgs),
    /// Send every due message in the outbox now, then exit.
    Outbox {
        #[command(subcommand)]
        action: OutboxCommand,
    },
    /// Anonymize the personal data of expos past their retention period and empty the
    /// bodies of old delivered messages (the server does this daily).
    Purge(PurgeArgs),
    /// Copy the running site's SQLite database, consistently, into a new file.
    Backup {
        /// The new file (never overwritten).
        file: PathBuf,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Put a backup in place of the SQLite database, with the server stopped: the file
    /// is checked first (an expomatch database, not from a newer version, whole).
    Restore {
        file: PathBuf,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Manage organizer accounts.
    Organizer {
        #[command(subcommand)]
        action: OrganizerCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum OrganizerCommand {
    /// Create an organizer; the password is read from a prompt, or from stdin when piped.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// End every sign-in of an organizer (a staff member who left, a lost laptop).
    SignOut {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        storage: StorageArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum OutboxCommand {
    /// Deliver all due messages once (the server does this continuously).
    Send {
        #[command(flatten)]
        storage: StorageArgs,
        #[command(flatten)]
        mail: MailArgs,
    },
}

#[derive(Args, Debug, Clone)]
pub struct MailArgs {
    /// Where email goes: smtp://user:pass@host:587?tls=required (STARTTLS),
    /// smtps://user:pass@host (TLS), file:///path (one .eml per message) or memory:.
    /// Default: .eml files in <data-dir>/mail.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of every message.
    #[arg(
        long,
        env = "EXPOMATCH_MAIL_FROM",
        default_value = "expomatch <noreply@expomatch.localhost>"
    )]
    pub mail_from: String,
}

/// How long personal data in delivered messages is kept.
#[derive(Args, Debug, Clone)]
pub struct RetentionArgs {
    /// Days after delivery after which a message's body (names, sign-in links) is
    /// emptied; the subject, recipient and delivery record stay.
    #[arg(long, env = "SENT_MAIL_RETENTION_DAYS", default_value_t = 30)]
    pub sent_mail_retention_days: u32,
}

#[derive(Args, Debug, Clone)]
pub struct PurgeArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    #[command(flatten)]
    pub retention: RetentionArgs,
    /// List what would be anonymized and emptied, and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Args, Debug, Clone)]
pub struct StorageArgs {
    /// Directory for the SQLite database, the session key and local files.
    #[arg(long, env = "EXPOMATCH_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// postgres://… for PostgreSQL; default: a SQLite file `expomatch.sqlite` in the data dir.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    #[command(flatten)]
    pub mail: MailArgs,
    #[command(flatten)]
    pub retention: RetentionArgs,
    /// Address to listen on.
    #[arg(long, env = "EXPOMATCH_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Public address of the site, used in links sent by email (default: http://<bind>).
    #[arg(long, env = "EXPOMATCH_BASE_URL")]
    pub base_url: Option<String>,
    /// Key for signing and encrypting session cookies (at least 32 characters); when
    /// unset one is generated once and kept in the data dir. Several instances behind
    /// one load balancer must share it.
    #[arg(long, env = "SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,
    /// Database connections per instance.
    #[arg(long, env = "EXPOMATCH_POOL_SIZE", default_value_t = 10)]
    pub pool_size: u32,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "EXPOMATCH_WORKERS")]
    pub workers: Option<usize>,
    /// The reverse proxies in front of the service (addresses or CIDR ranges, comma
    /// separated). Only requests from them have X-Forwarded-For / Forwarded read, and
    /// only the hops they added: the client address for rate limits and consent records.
    #[arg(long, env = "EXPOMATCH_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
    /// Replaced by --trusted-proxies (trusting every peer let clients forge their
    /// address); refused with a pointer to it.
    #[arg(long, env = "EXPOMATCH_TRUST_FORWARDED_FOR", hide = true)]
    pub trust_forwarded_for: bool,
    /// Sign-in attempts (password or link requests) allowed per client address per minute.
    #[arg(
        long,
        env = "EXPOMATCH_LOGIN_ATTEMPTS_PER_MINUTE",
        default_value_t = 10
    )]
    pub login_attempts_per_minute: u32,
    /// Keep rendered pages and serve them again while the data under them is unchanged
    /// (see `web::page_cache`). Off: every page is rendered afresh.
    #[arg(
        long,
        env = "EXPOMATCH_PAGE_CACHE",
        default_value_t = true,
        action = clap::ArgAction::Set
    )]
    pub page_cache: bool,
    /// Hours a sign-in may go unused before it ends (the person signs in again).
    #[arg(long, env = "EXPOMATCH_SESSION_IDLE_HOURS", default_value_t = 72)]
    pub session_idle_hours: u32,
    /// Days a sign-in lasts at most, however often it is used.
    #[arg(long, env = "EXPOMATCH_SESSION_MAX_DAYS", default_value_t = 14)]
    pub session_max_days: u32,
    /// Seconds an improvement run of a draft schedule works at most (10 to 3600), and
    /// the budget its form offers; the organizer can choose less, and stop it at any
    /// moment keeping the best draft so far.
    #[arg(long, env = "EXPOMATCH_IMPROVE_SECONDS", default_value_t = 60)]
    pub improve_seconds: u32,
    #[command(flatten)]
    pub ops: OpsArgs,
}

/// Running it for real: metrics, shutdown and the server's own backups.
#[derive(Args, Debug, Clone)]
pub struct OpsArgs {
    /// Serves Prometheus metrics at /metrics on the site's address, to requests with
    /// `Authorization: Bearer <token>` (at least 16 characters). Unset: /metrics is 404.
    #[arg(long, env = "EXPOMATCH_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Serves /metrics (without a token) on a listener of its own, e.g. 127.0.0.1:9464,
    /// for a scraper on the same host or a private network.
    #[arg(long, env = "EXPOMATCH_METRICS_BIND")]
    pub metrics_bind: Option<String>,
    /// Seconds a stopping server (SIGTERM, SIGINT) gives requests in flight and the
    /// email batch being sent to finish.
    #[arg(long, env = "EXPOMATCH_SHUTDOWN_GRACE_SECONDS", default_value_t = 30)]
    pub shutdown_grace_seconds: u64,
    /// Seconds a stopping server keeps serving while /readyz answers 503, so a load
    /// balancer that polls it stops sending new requests first.
    #[arg(long, env = "EXPOMATCH_SHUTDOWN_DELAY_SECONDS", default_value_t = 0)]
    pub shutdown_delay_seconds: u64,
    /// Directory for daily backups of the SQLite database made by the server itself
    /// (none when unset; PostgreSQL: use pg_dump).
    #[arg(long, env = "EXPOMATCH_BACKUP_DIR")]
    pub backup_dir: Option<PathBuf>,
    /// Daily backups kept in --backup-dir; older ones are deleted.
    #[arg(long, env = "EXPOMATCH_BACKUP_KEEP", default_value_t = 7)]
    pub backup_keep: u32,
}

/// See [`OpsArgs`].
#[derive(Clone, Debug)]
pub struct OpsSettings {
    pub metrics_token: Option<String>,
    pub metrics_bind: Option<String>,
    pub shutdown_grace: std::time::Duration,
    pub shutdown_delay: std::time::Duration,
    pub backups: Option<crate::db::backup::Schedule>,
}

impl Default for OpsSettings {
    fn default() -> Self {
        Self {
            metrics_token: None,
            metrics_bind: None,
            shutdown_grace: std::time::Duration::from_secs(30),
            shutdown_delay: std::time::Duration::ZERO,
            backups: None,
        }
    }
}

impl OpsArgs {
    fn settings(&self, database: &DatabaseUrl) -> Result<OpsSettings, ConfigError> {
        let metrics_token = self
            .metrics_token
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        if metrics_token.is_some_and(|t| t.len() < 16) {
            return Err(ConfigError::MetricsTokenTooShort);
        }
        let backups = match &self.backup_dir {
            None => None,
            Some(_) if matches!(database, DatabaseUrl::Postgres(_)) => {
                return Err(ConfigError::BackupOnPostgres);
            }
            Some(_) if self.backup_keep == 0 => return Err(ConfigError::BackupKeep),
            Some(dir) => Some(crate::db::backup::Schedule {
                dir: dir.clone(),
                keep: self.backup_keep as usize,
            }),
        };
        Ok(OpsSettings {
            metrics_token: metrics_token.map(str::to_owned),
            metrics_bind: self.metrics_bind.clone().filter(|b| !b.trim().is_empty()),
            shutdown_grace: std::time::Duration::from_secs(self.shutdown_grace_seconds),
            shutdown_delay: std::time::Duration::from_secs(self.shutdown_delay_seconds),
            backups,
        })
    }
}

#[derive(Args, Debug, Clone)]
pub struct DemoArgs {
    #[command(flatten)]
    pub serve: ServeArgs,
    /// Approved suppliers in the buyers' directory. Beyond the 102 written out, numbered
    /// copies of them are added, to try the site at a real expo's size (e.g. 300).
    #[arg(long)]
    pub suppliers: Option<usize>,
    /// Foreign buyers (the demo expo has 40; numbered copies are added up to this).
    #[arg(long)]
    pub buyers: Option<usize>,
    /// Consultation tables per slot (the demo expo has 20; more are added up to this).
    #[arg(long)]
    pub tables: Option<usize>,
    /// Write a one-time sign-in link for every demo buyer to this file, one per line
    /// (for load tests that book as many buyers at once).
    #[arg(long)]
    pub buyer_links: Option<PathBuf>,
}

/// Everything the running app needs, typed and checked.
#[derive(Clone, Debug)]
pub struct Settings {
    pub bind: String,
    /// None: derived from the address actually bound (see `Application::build`).
    pub base_url: Option<String>,
    pub data_dir: PathBuf,
    pub database: DatabaseUrl,
    pub secret_key: Vec<u8>,
    pub pool_size: u32,
    pub workers: usize,
    pub login_attempts_per_minute: u32,
    /// Whose forwarding headers are believed (`domain::proxy`); empty: nobody's.
    pub proxies: crate::domain::proxy::TrustedProxies,
    pub page_cache: bool,
    /// How long sign-ins last unused and at most (`store::sessions`).
    pub sessions: crate::store::sessions::Lifetimes,
    pub mail: MailSettings,
    /// Days a delivered message keeps its body (`store::privacy::purge`).
    pub sent_mail_retention_days: u32,
    /// Metrics, shutdown and the server's own backups.
    pub ops: OpsSettings,
    /// How long an improvement run of a draft schedule works at most.
    pub improve_budget: std::time::Duration,
}

/// Email delivery: the transport URL (None: .eml files in the data dir), the sender,
/// and how often the outbox worker looks for due messages.
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub from: lettre::message::Mailbox,
    pub poll: std::time::Duration,
    /// Run the outbox worker inside the server (tests that drive workers themselves
    /// turn it off).
    pub worker: bool,
}

impl MailArgs {
    pub fn settings(&self) -> Result<MailSettings, ConfigError> {
        Ok(MailSettings {
            smtp_url: self.smtp_url.clone().filter(|u| !u.trim().is_empty()),
            from: self
                .mail_from
                .parse()
                .map_err(|e| ConfigError::MailFrom(self.mail_from.clone(), format!("{e}")))?,
            poll: std::time::Duration::from_secs(2),
            worker: true,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("EXPOMATCH_IMPROVE_SECONDS must be from 10 to 3600")]
    ImproveSeconds,
    #[error("cannot use data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    DatabaseUrl(#[from] crate::db::DatabaseUrlError),
    #[error(
        "EXPOMATCH_TRUST_FORWARDED_FOR is gone: name your proxies instead, e.g. EXPOMATCH_TRUSTED_PROXIES=127.0.0.1 (see README, Running in production)"
    )]
    TrustForwardedFor,
    #[error("EXPOMATCH_TRUSTED_PROXIES: {0}")]
    TrustedProxies(String),
    #[error("SECRET_KEY must be at least 32 characters long")]
    SecretKeyTooShort,
    #[error("cannot read or write the session key {path}: {source}")]
    SecretKeyFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("--base-url must start with http:// or https://, got {0:?}")]
    BaseUrl(String),
    #[error(
        "--base-url is required when listening on {0}: links in emails must name the address people reach the site at"
    )]
    BaseUrlRequired(String),
    #[error("--mail-from {0:?} is not a mailbox like `Expo Team <expo@agency.example>`: {1}")]
    MailFrom(String, String),
    #[error("--pool-size must be between 1 and 200")]
    PoolSize,
    #[error("EXPOMATCH_METRICS_TOKEN must be at least 16 characters long")]
    MetricsTokenTooShort,
    #[error(
        "EXPOMATCH_BACKUP_DIR is for SQLite; back up PostgreSQL with pg_dump (see README, Running in production)"
    )]
    BackupOnPostgres,
    #[error("EXPOMATCH_BACKUP_KEEP must be at least 1")]
    BackupKeep,
}

impl StorageArgs {
    /// Creates the data dir (and proves it is writable), then resolves the database URL.
    pub fn resolve(&self, default_db_file: &str) -> Result<(PathBuf, DatabaseUrl), ConfigError> {
        let dir = ensure_data_dir(&self.data_dir)?;
        let database = match self.database_url.as_deref() {
            Some(url) if !url.trim().is_empty() => DatabaseUrl::parse(url)?,
            _ => DatabaseUrl::Sqlite(dir.join(default_db_file)),
        };
        Ok((dir, database))
    }
}

pub const SERVE_DB_FILE: &str = "expomatch.sqlite";
pub const DEMO_DB_FILE: &str = "demo.sqlite";

impl ServeArgs {
    pub fn settings(
        &self,
        database: DatabaseUrl,
        data_dir: PathBuf,
    ) -> Result<Settings, ConfigError> {
        let base_url = match &self.base_url {
            Some(url) => {
                let url = url.trim().trim_end_matches('/').to_owned();
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(ConfigError::BaseUrl(url));
                }
                Some(url)
            }
            None if binds_loopback(&self.bind) => None,
            None => return Err(ConfigError::BaseUrlRequired(self.bind.clone())),
        };
        if !(1..=200).contains(&self.pool_size) {
            return Err(ConfigError::PoolSize);
        }
        if !(10..=3600).contains(&self.improve_seconds) {
            return Err(ConfigError::ImproveSeconds);
        }
        let ops = self.ops.settings(&database)?;
        let secret_key = match &self.secret_key {
            Some(key) if key.len() >= 32 => key.as_bytes().to_vec(),
            Some(_) => return Err(ConfigError::SecretKeyTooShort),
            None => load_or_create_key(&data_dir)?,
        };
        Ok(Settings {
            bind: self.bind.clone(),
            base_url,
            data_dir,
            database,
            secret_key,
            pool_size: self.pool_size,
            workers: self.workers.unwrap_or_else(default_workers).max(1),
            login_attempts_per_minute: self.login_attempts_per_minute.max(1),
            proxies: match (&self.trusted_proxies, self.trust_forwarded_for) {
                (_, true) => return Err(ConfigError::TrustForwardedFor),
                (None, false) => crate::domain::proxy::TrustedProxies::default(),
                (Some(list), false) => crate::domain::proxy::TrustedProxies::parse(list)
                    .map_err(ConfigError::TrustedProxies)?,
            },
            page_cache: self.page_cache,
            sessions: crate::store::sessions::Lifetimes {
                idle: chrono::Duration::hours(i64::from(self.session_idle_hours.max(1))),
                absolute: chrono::Duration::days(i64::from(self.session_max_days.max(1))),
            },
            mail: self.mail.settings()?,
            sent_mail_retention_days: self.retention.sent_mail_retention_days,
            ops,
            improve_budget: std::time::Duration::from_secs(u64::from(self.improve_seconds)),
        })
    }
}

/// `127.0.0.1:8080`, `[::1]:8080` and `localhost:8080` need no public base URL.
pub fn binds_loopback(bind: &str) -> bool {
    let host = bind.rsplit_once(':').map_or(bind, |(h, _)| h);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(2, usize::from)
}

fn ensure_data_dir(path: &Path) -> Result<PathBuf, ConfigError> {
    let err = |source| ConfigError::DataDir {
        path: path.to_path_buf(),
        source,
    };
    fs::create_dir_all(path).map_err(err)?;
    // Creating the directory can succeed on a read-only mount; a probe file tells.
    let probe = path.join(".write-test");
    fs::write(&probe, b"ok").map_err(err)?;
    let _ = fs::remove_file(&probe);
    Ok(path.to_path_buf())
}

/// The session key kept in the data dir, created with 512 random bits on first start.
fn load_or_create_key(data_dir: &Path) -> Result<Vec<u8>, ConfigError> {
    let path = data_dir.join("secret_key");
    let err = |source| ConfigError::SecretKeyFile {
        path: path.clone(),
        source,
    };
    match fs::read_to_string(&path) {
        Ok(hex_key) => hex::decode(hex_key.trim())
            .ok()
            .filter(|k| k.len() >= 32)
            .ok_or_else(|| err(std::io::Error::other("the file does not hold a valid key"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = crate::domain::token::random_bytes(64);
            let mut options = fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path).map_err(err)?;
            file.write_all(hex::encode(&key).as_bytes()).map_err(err)?;
            Ok(key)
        }
        Err(e) => Err(err(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_files_are_read_as_systemd_reads_them() {
        let text = "# settings\n\nEXPOMATCH_TRUSTED_PROXIES=127.0.0.1, ::1\n\
                    EXPOMATCH_MAIL_FROM = Expo Team <expo@agency.example>\n\
                    ; old\nSECRET_KEY=\"a b\"\nSMTP_URL='smtp://h:25'\n";
        assert_eq!(
            parse_env_file(text).expect("parses"),
            vec![
                ("EXPOMATCH_TRUSTED_PROXIES".into(), "127.0.0.1, ::1".into()),
                (
                    "EXPOMATCH_MAIL_FROM".into(),
                    "Expo Team <expo@agency.example>".into()
                ),
                ("SECRET_KEY".into(), "a b".into()),
                ("SMTP_URL".into(), "smtp://h:25".into()),
            ]
        );
        assert_eq!(
            parse_env_file("A=1\nnot a setting\n"),
            Err("line 2 is not KEY=value".into())
        );
        let typo = parse_env_file("SMTP_URL: smtp://u:hunter2@h?tls=required").expect_err("typo");
        assert!(!typo.contains("hunter2"), "no secret in the error: {typo}");
        assert!(parse_env_file("BAD KEY=1").is_err());
    }

    #[test]
    fn only_loopback_binds_may_omit_the_base_url() {
        for bind in [
            "127.0.0.1:8080",
            "[::1]:80",
            "localhost:8080",
            "127.0.0.2:1",
        ] {
            assert!(binds_loopback(bind), "case {bind}");
        }
        for bind in [
            "0.0.0.0:8080",
            "[::]:8080",
            "10.0.0.5:80",
            "expo.example:80",
        ] {
            assert!(!binds_loopback(bind), "case {bind}");
        }
    }
}
