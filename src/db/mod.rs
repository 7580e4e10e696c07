//! Database access: one binary on SQLite (embedded default) or PostgreSQL, chosen by URL.
//!
//! Reads no environment itself; the URL comes from [`crate::config`].

pub mod backup;
pub mod changes;
pub mod schema;
pub mod states;

use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection, R2D2Connection};
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Pragmas applied to every SQLite connection. WAL lets readers run beside the one
/// writer; `busy_timeout` makes a writer wait for the lock instead of failing.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; \
     PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

pub type DbPool = Pool<Manager>;
pub type PooledConn = PooledConnection<Manager>;

/// Where the data lives: the URL decides the backend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    Sqlite(PathBuf),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DatabaseUrlError {
    #[error("DATABASE_URL is empty")]
    Empty,
    #[error(
        "DATABASE_URL scheme `{0}` is not supported: use postgres://… or a SQLite file path (sqlite://path also works)"
    )]
    UnsupportedScheme(String),
}

impl DatabaseUrl {
    /// `postgres://` / `postgresql://` select PostgreSQL; `sqlite://path`, `sqlite:path`
    /// or a plain file path select SQLite. Anything else with a scheme is refused.
    pub fn parse(raw: &str) -> Result<Self, DatabaseUrlError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(DatabaseUrlError::Empty);
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(Self::Postgres(raw.to_owned()));
        }
        if let Some(path) = raw
            .strip_prefix("sqlite://")
            .or_else(|| raw.strip_prefix("sqlite:"))
        {
            if path.is_empty() {
                return Err(DatabaseUrlError::Empty);
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if let Some((scheme, _)) = raw.split_once("://") {
            return Err(DatabaseUrlError::UnsupportedScheme(scheme.to_owned()));
        }
        Ok(Self::Sqlite(PathBuf::from(raw)))
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            Self::Postgres(_) => "PostgreSQL",
            Self::Sqlite(_) => "SQLite",
        }
    }

    /// The URL with any password replaced, for logs.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => match url::Url::parse(url) {
                Ok(mut parsed) if parsed.password().is_some() => {
                    let _ = parsed.set_password(Some("***"));
                    parsed.to_string()
                }
                _ => url.clone(),
            },
        }
    }
}

/// An r2d2 manager that opens the backend named by the URL and keeps the real
/// connection error (diesel's derived `establish` tries every backend and loses it).
#[derive(Clone, Debug)]
pub struct Manager {
    url: DatabaseUrl,
}

impl Manager {
    pub fn new(url: DatabaseUrl) -> Self {
        Self { url }
    }
}

/// One connection outside the pool (migrations, `doctor`); SQLite gets the pragmas.
pub fn connect(url: &DatabaseUrl) -> Result<DbConnection, ConnectionError> {
    match url {
        DatabaseUrl::Postgres(url) => PgConnection::establish(url).map(DbConnection::Postgresql),
        DatabaseUrl::Sqlite(path) => {
            let path = path.to_str().ok_or_else(|| {
                ConnectionError::InvalidConnectionUrl("SQLite path is not valid UTF-8".into())
            })?;
            let mut conn = SqliteConnection::establish(path)?;
            conn.batch_execute(SQLITE_PRAGMAS)
                .map_err(ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConnection::Sqlite(conn))
        }
    }
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        connect(&self.url).map_err(diesel::r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.ping().map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking() || conn.is_broken()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("cannot connect to {backend} at {url}: {source}")]
    Connect {
        backend: &'static str,
        url: String,
        source: ConnectionError,
    },
    #[error("cannot apply migrations: {0}")]
    Migrate(String),
    #[error("cannot build the connection pool: {0}")]
    Pool(String),
}

/// Applies the pending migrations of the URL's backend on a dedicated connection.
/// On PostgreSQL an advisory lock keeps several starting instances from racing.
pub fn migrate(url: &DatabaseUrl) -> Result<usize, SetupError> {
    let mut conn = connect(url).map_err(|source| SetupError::Connect {
        backend: url.backend_name(),
        url: url.redacted(),
        source,
    })?;
    let applied = match &mut conn {
        DbConnection::Sqlite(inner) => inner
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.len())
            .map_err(|e| SetupError::Migrate(e.to_string()))?,
        DbConnection::Postgresql(inner) => {
            const LOCK: &str = "SELECT pg_advisory_lock(7247001)";
            inner
                .batch_execute(LOCK)
                .map_err(|e| SetupError::Migrate(e.to_string()))?;
            let result = inner
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.len())
                .map_err(|e| SetupError::Migrate(e.to_string()));
            let _ = inner.batch_execute("SELECT pg_advisory_unlock(7247001)");
            result?
        }
    };
    Ok(applied)
}

/// How many migrations this version has that the database lacks (`/readyz` waits
/// for none).
pub fn pending_migrations(conn: &mut DbConnection) -> Result<usize, SetupError> {
    let pending = match conn {
        DbConnection::Sqlite(inner) => inner.pending_migrations(SQLITE_MIGRATIONS).map(|p| p.len()),
        DbConnection::Postgresql(inner) => inner
            .pending_migrations(POSTGRES_MIGRATIONS)
            .map(|p| p.len()),
    };
    pending.map_err(|e| SetupError::Migrate(e.to_string()))
}

/// Migrates, then builds the pool. The first connection is opened eagerly so a wrong
/// URL fails at start with the database's own message.
pub fn build_pool(url: &DatabaseUrl, max_size: u32) -> Result<DbPool, SetupError> {
    migrate(url)?;
    Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(10))
        .event_handler(Box::new(PoolEvents))
        .build(Manager::new(url.clone()))
        .map_err(|e| SetupError::Pool(e.to_string()))
}

/// Tells the metrics how long each checkout waited, and each checkout that gave up.
#[derive(Debug)]
struct PoolEvents;

impl diesel::r2d2::HandleEvent for PoolEvents {
    fn handle_checkout(&self, event: diesel::r2d2::event::CheckoutEvent) {
        crate::metrics::pool_wait(event.duration());
    }

    fn handle_timeout(&self, _: diesel::r2d2::event::TimeoutEvent) {
        crate::metrics::pool_timeout();
    }
}

impl DbConnection {
    pub fn is_sqlite(&self) -> bool {
        matches!(self, Self::Sqlite(_))
    }

    /// A cheap round trip, used by `/healthz` and the pool's validity check.
    pub fn ping(&mut self) -> QueryResult<()> {
        self.batch_execute("SELECT 1")
    }

    /// Runs `f` in a write transaction. On SQLite it starts with `BEGIN IMMEDIATE`, so
    /// the write lock is taken up front (waiting up to `busy_timeout`) and the
    /// transaction can never fail with SQLITE_BUSY when it upgrades from read to write.
    pub fn write_tx<T, E, F>(&mut self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut Self) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        match self {
            Self::Postgresql(_) => self.transaction(f),
            Self::Sqlite(inner) => {
                let nested = AnsiTransactionManager::transaction_manager_status_mut(inner)
                    .transaction_depth()?
                    .is_some();
                if nested {
                    // Already inside a write transaction: a savepoint is enough.
                    return self.transaction(f);
                }
                AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
                match f(self) {
                    Ok(value) => {
                        <Self as Connection>::TransactionManager::commit_transaction(self)?;
                        Ok(value)
                    }
                    Err(e) => {
                        <Self as Connection>::TransactionManager::rollback_transaction(self)?;
                        Err(e)
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls_pick_their_backend() {
        let cases = [
            (
                "postgres://u@h/db",
                Ok(DatabaseUrl::Postgres("postgres://u@h/db".into())),
            ),
            (
                "postgresql://h/db",
                Ok(DatabaseUrl::Postgres("postgresql://h/db".into())),
            ),
            (
                "sqlite://data/x.db",
                Ok(DatabaseUrl::Sqlite("data/x.db".into())),
            ),
            ("sqlite:x.db", Ok(DatabaseUrl::Sqlite("x.db".into()))),
            (
                "./data/x.sqlite",
                Ok(DatabaseUrl::Sqlite("./data/x.sqlite".into())),
            ),
            ("", Err(DatabaseUrlError::Empty)),
            ("  ", Err(DatabaseUrlError::Empty)),
            ("sqlite://", Err(DatabaseUrlError::Empty)),
            (
                "mysql://h/db",
                Err(DatabaseUrlError::UnsupportedScheme("mysql".into())),
            ),
            (
                "postgress://h/db",
                Err(DatabaseUrlError::UnsupportedScheme("postgress".into())),
            ),
        ];
        for (raw, expected) in cases {
            assert_eq!(DatabaseUrl::parse(raw), expected, "case {raw:?}");
        }
    }

    #[test]
    fn redacted_urls_hide_the_password() {
        let url = DatabaseUrl::Postgres("postgres://app:s3cret@db:5432/expo".into());
        assert_eq!(url.redacted(), "postgres://app:***@db:5432/expo");
    }
}
