//! The queries, one file per aggregate. No actix here; every public function says
//! what it guarantees and which errors it returns. A function that writes more than
//! one row owns its transaction (`DbConnection::write_tx`).

pub use crate::db::states::{LIVE_MEETINGS_SQL, live_meetings};

/// A space-separated list column (languages, codes) as its words.
pub fn words(stored: &str) -> Vec<String> {
    stored.split_whitespace().map(str::to_owned).collect()
}

pub mod acting;
pub mod agenda;
pub mod approvals;
pub mod attempts;
pub mod audit;
pub mod buyers;
pub mod checkins;
pub mod directory;
pub mod expos;
pub mod feeds;
pub mod grid;
pub mod health;
pub mod interpreters;
pub mod languages;
pub mod layout;
pub mod meetings;
pub mod online;
pub mod organizers;
pub mod outbox;
pub mod outcomes;
pub mod participants;
pub mod privacy;
pub mod sessions;
pub mod signin;
pub mod staff;
pub mod suppliers;
pub mod team;
pub mod tokens;

use diesel::result::{DatabaseErrorKind, Error as DieselError};

pub use crate::db::DbConnection;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique index refused the write: the thing already exists or the slot was just taken.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error(transparent)]
    Db(#[from] DieselError),
}

impl StoreError {
    /// Turns a unique-index violation into [`StoreError::Conflict`] with the given
    /// explanation; every other error passes through.
    pub fn from_unique(e: DieselError, what: &str) -> Self {
        match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                Self::Conflict(what.to_owned())
            }
            other => Self::Db(other),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The current instant as stored: UTC without zone, whole microseconds.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Takes the row lock of a buyer for the rest of the transaction (a no-op update:
/// portable, unlike `SELECT … FOR UPDATE`). Rules that span rows — one meeting per
/// pair, meeting limits, blocked slots — are checked after taking the locks, so two
/// transactions about the same people run one after the other on PostgreSQL too
/// (SQLite's `BEGIN IMMEDIATE` already serialises all writers, so there it does
/// nothing: the update would only add a page to every booking's commit).
pub fn lock_buyer(
    conn: &mut DbConnection,
    buyer: crate::domain::BuyerId,
) -> diesel::QueryResult<()> {
    use crate::db::schema::buyers;
    use diesel::prelude::*;
    if conn.is_sqlite() {
        return Ok(());
    }
    diesel::update(buyers::table.find(buyer.0))
        .set(buyers::updated_at.eq(buyers::updated_at))
        .execute(conn)
        .map(|_| ())
}

/// The supplier's counterpart of [`lock_buyer`].
pub fn lock_supplier(
    conn: &mut DbConnection,
    supplier: crate::domain::SupplierId,
) -> diesel::QueryResult<()> {
    use crate::db::schema::suppliers;
    use diesel::prelude::*;
    if conn.is_sqlite() {
        return Ok(());
    }
    diesel::update(suppliers::table.find(supplier.0))
        .set(suppliers::updated_at.eq(suppliers::updated_at))
        .execute(conn)
        .map(|_| ())
}
