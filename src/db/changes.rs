//! Whether anything in the database changed, known without a query per request: the
//! page cache (`web::page_cache`) serves a page again only while the data version it
//! was rendered at is still the current one.
//!
//! Writes through this instance count at once ([`DataVersion::note_write`], called
//! after every state-changing request), so people always see their own change on the
//! next page. A change made elsewhere (another instance, the outbox worker, a command
//! run beside the server, a hand-made `UPDATE`) shows within about a millisecond:
//!
//! - **SQLite:** `PRAGMA data_version` on a connection of our own that never writes. Its
//!   value changes whenever any other connection commits. Reading it opens a read
//!   transaction (two `fcntl` calls on the shared-memory file), which cost 8% of serving
//!   a cached page; so a value read less than [`SQLITE_RECHECK`] ago is used again.
//! - **PostgreSQL:** every table the pages read has a statement trigger that sends
//!   `NOTIFY expomatch_changes` (migration 000008), delivered when the writing
//!   transaction commits, from any instance or any client. A thread of ours `LISTEN`s
//!   and counts them, polling every [`LISTEN_POLL`]. If the listening connection fails,
//!   the version is marked unknown until it is back, and nothing is served from cache.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::sql_types::BigInt;
use diesel::sqlite::Sqlite;
use diesel::{PgConnection, SqliteConnection};

use super::DatabaseUrl;

/// How long a data version read from SQLite is used before it is read again.
pub const SQLITE_RECHECK: Duration = Duration::from_millis(1);
/// How often the PostgreSQL listener looks for notifications.
pub const LISTEN_POLL: Duration = Duration::from_millis(2);
/// The channel the migration's triggers notify.
pub const CHANNEL: &str = "expomatch_changes";

pub struct DataVersion {
    source: Source,
    /// Writes this process made (state-changing requests).
    local: AtomicU64,
}

enum Source {
    Sqlite(Mutex<SqliteWatch>),
    Postgres(Arc<Listener>),
    /// No way to know (a test double, or the watch could not start): never cache.
    Unknown,
}

struct SqliteWatch {
    conn: SqliteConnection,
    /// The last value read, and when.
    read: Option<(Instant, u64)>,
}

impl SqliteWatch {
    fn version(&mut self) -> Option<u64> {
        let now = Instant::now();
        if let Some((at, version)) = self.read
            && now.duration_since(at) < SQLITE_RECHECK
        {
            return Some(version);
        }
        let version = DataVersionPragma.get_result::<i64>(&mut self.conn).ok()? as u64;
        self.read = Some((now, version));
        Some(version)
    }
}

#[derive(Default)]
struct Listener {
    heard: AtomicU64,
    healthy: AtomicBool,
}

/// `PRAGMA data_version` as a query of its own type, so diesel prepares it once per
/// connection and keeps it (a `sql_query` is prepared again on every call, which cost
/// more than the rest of serving a cached page).
#[derive(Debug, Clone, Copy, QueryId)]
struct DataVersionPragma;

impl Query for DataVersionPragma {
    type SqlType = BigInt;
}

impl QueryFragment<Sqlite> for DataVersionPragma {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        out.push_sql("PRAGMA data_version");
        Ok(())
    }
}

impl RunQueryDsl<SqliteConnection> for DataVersionPragma {}

impl DataVersion {
    /// Starts watching the database at `url` (on PostgreSQL, a listener thread).
    pub fn watch(url: &DatabaseUrl) -> Self {
        let source = match url {
            DatabaseUrl::Sqlite(path) => match path
                .to_str()
                .map(SqliteConnection::establish)
                .map(|c| c.map_err(|e| e.to_string()))
            {
                Some(Ok(conn)) => Source::Sqlite(Mutex::new(SqliteWatch { conn, read: None })),
                Some(Err(e)) => unknown(&e),
                None => unknown("the SQLite path is not UTF-8"),
            },
            DatabaseUrl::Postgres(url) => {
                let listener = Arc::new(Listener::default());
                let spawned = std::thread::Builder::new()
                    .name("change-listener".into())
                    .spawn({
                        let listener = Arc::clone(&listener);
                        let url = url.clone();
                        move || listen(&url, &listener)
                    });
                match spawned {
                    Ok(_) => Source::Postgres(listener),
                    Err(e) => unknown(&e.to_string()),
                }
            }
        };
        Self {
            source,
            local: AtomicU64::new(0),
        }
    }

    /// A watch that never knows: every page is rendered afresh.
    pub fn unknown() -> Self {
        Self {
            source: Source::Unknown,
            local: AtomicU64::new(0),
        }
    }

    /// The current version, or `None` when it cannot be known right now. Two equal
    /// values mean no commit happened between the two calls.
    pub fn current(&self) -> Option<u64> {
        let local = self.local.load(Ordering::Acquire);
        let outside = match &self.source {
            Source::Sqlite(watch) => watch.lock().ok()?.version()?,
            Source::Postgres(listener) => {
                if !listener.healthy.load(Ordering::Acquire) {
                    return None;
                }
                listener.heard.load(Ordering::Acquire)
            }
            Source::Unknown => return None,
        };
        Some(local.wrapping_shl(32) ^ outside)
    }

    /// This process has (possibly) just committed a write.
    pub fn note_write(&self) {
        self.local.fetch_add(1, Ordering::AcqRel);
    }
}

fn unknown(why: &str) -> Source {
    tracing::warn!(
        error = why,
        "cannot watch the database for changes; pages are not cached"
    );
    Source::Unknown
}

/// Listens for the triggers' notifications until the [`DataVersion`] is dropped,
/// reconnecting after a failure (a missed notification is covered by counting the
/// reconnection itself as a change).
fn listen(url: &str, listener: &Arc<Listener>) {
    // The thread's own reference is the last one once the app is gone.
    let wanted = || Arc::strong_count(listener) > 1;
    while wanted() {
        if let Ok(mut conn) = PgConnection::establish(url)
            && conn.batch_execute(&format!("LISTEN {CHANNEL}")).is_ok()
        {
            listener.heard.fetch_add(1, Ordering::AcqRel);
            listener.healthy.store(true, Ordering::Release);
            while wanted() {
                let mut broken = false;
                for note in conn.notifications_iter() {
                    broken = note.is_err();
                    if broken {
                        break;
                    }
                    listener.heard.fetch_add(1, Ordering::AcqRel);
                }
                if broken {
                    listener.healthy.store(false, Ordering::Release);
                    tracing::warn!("the change listener lost its connection; reconnecting");
                    break;
                }
                std::thread::sleep(LISTEN_POLL);
            }
        }
        listener.healthy.store(false, Ordering::Release);
        if wanted() {
            std::thread::sleep(Duration::from_millis(500));
        }
    }
}
