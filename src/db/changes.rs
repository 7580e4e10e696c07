//! Whether anything in the database changed, known without a query per request: the
//! page cache (`web::page_cache`) serves a page again only while the data version it
//! was rendered at is still the current one.
//!
//! - **SQLite:** `PRAGMA data_version` on a connection of our own that never writes. Its
//!   value changes whenever any other connection commits: this process's pool, the
//!   outbox worker, a command run beside the server. The check reads SQLite's shared
//!   memory, no file I/O and no lock wait (about a microsecond).
//! - **PostgreSQL:** every table the pages read has a statement trigger that sends
//!   `NOTIFY expomatch_changes` (migration 000008), delivered when the writing
//!   transaction commits, from any instance or any client. A thread of ours `LISTEN`s
//!   and counts them, polling every [`LISTEN_POLL`]. Writes through this instance also
//!   count at once ([`DataVersion::note_write`], called after every state-changing
//!   request), so people always see their own change on the next page; a change made
//!   elsewhere shows within the poll interval. If the listening connection fails,
//!   the version is marked unknown until it is back, and nothing is served from cache.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use diesel::{PgConnection, SqliteConnection};

use super::DatabaseUrl;

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
    Sqlite(Mutex<SqliteConnection>),
    Postgres(Arc<Listener>),
    /// No way to know (a test double, or the watch could not start): never cache.
    Unknown,
}

#[derive(Default)]
struct Listener {
    heard: AtomicU64,
    healthy: AtomicBool,
}

#[derive(QueryableByName)]
struct Version {
    #[diesel(sql_type = BigInt)]
    data_version: i64,
}

impl DataVersion {
    /// Starts watching the database at `url` (on PostgreSQL, a listener thread).
    pub fn watch(url: &DatabaseUrl) -> Self {
        let source = match url {
            DatabaseUrl::Sqlite(path) => match path
                .to_str()
                .map(SqliteConnection::establish)
                .map(|c| c.map_err(|e| e.to_string()))
            {
                Some(Ok(conn)) => Source::Sqlite(Mutex::new(conn)),
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
            Source::Sqlite(conn) => {
                let mut conn = conn.lock().ok()?;
                let v: Version = diesel::sql_query("PRAGMA data_version")
                    .get_result(&mut *conn)
                    .ok()?;
                v.data_version as u64
            }
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
