//! How well each approved supplier fits each buyer (`match_scores`), kept so that a
//! directory page is an index range, not every supplier scored on every request.
//!
//! A buyer's scores are made when first needed (their first directory page after an
//! upgrade or after their profile changed) and then kept in step: a change to a
//! supplier scores that supplier again for every buyer who has scores, in the
//! supplier's own transaction. On PostgreSQL both take the expo's row lock first, so
//! a buyer's scores being made cannot miss a supplier change committed meanwhile
//! (SQLite's single writer gives the same order).

use diesel::prelude::*;

use super::cards::{self, BuyerFacts, Which};
use crate::db::schema::{buyers, expos, match_scores, suppliers};
use crate::domain::status::SupplierStatus;
use crate::domain::{BuyerId, ExpoId};
use crate::store::DbConnection;

/// The version of the scoring rules (`domain::matching::score`). Raise it when they
/// change: every buyer's scores are made again when next needed.
pub const SCORES_VERSION: i32 = 1;

const BATCH: usize = 2_000;

/// Takes the expo's row lock on PostgreSQL (see the module comment).
fn lock_expo(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<()> {
    // A row lock, not an update: thousands of suppliers added in one transaction
    // would otherwise leave the expo row as many versions, each lookup walking them.
    match conn {
        DbConnection::Sqlite(_) => Ok(()),
        DbConnection::Postgresql(c) => expos::table
            .find(expo.0)
            .select(expos::id)
            .for_update()
            .first::<i32>(c)
            .map(|_| ()),
    }
}

/// Whether this buyer's scores are there and current.
pub fn ready(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<bool> {
    let version: Option<i32> = buyers::table
        .find(buyer.0)
        .select(buyers::scores_version)
        .first(conn)
        .optional()?;
    Ok(version == Some(SCORES_VERSION))
}

/// Makes this buyer's scores when they are missing or outdated, in a transaction of
/// its own. Scores every approved supplier of the expo: the one time a buyer's
/// directory reads them all.
pub fn make_ready(conn: &mut DbConnection, buyer: &BuyerFacts) -> QueryResult<()> {
    if ready(conn, buyer.id)? {
        return Ok(());
    }
    conn.write_tx(|conn| {
        lock_expo(conn, buyer.expo)?;
        if ready(conn, buyer.id)? {
            return Ok(());
        }
        rescore_buyer(conn, buyer)
    })
}

/// Scores every approved supplier for this buyer again (after their profile changed),
/// inside the caller's transaction.
pub fn rescore_buyer(conn: &mut DbConnection, buyer: &BuyerFacts) -> QueryResult<()> {
    lock_expo(conn, buyer.expo)?;
    let cards = cards::cards(conn, buyer.expo, Which::All)?;
    diesel::delete(match_scores::table.filter(match_scores::buyer_id.eq(buyer.id.0)))
        .execute(conn)?;
    let rows: Vec<Row> = cards.iter().map(|card| row(buyer, card)).collect();
    insert(conn, &rows)?;
    diesel::update(buyers::table.find(buyer.id.0))
        .set(buyers::scores_version.eq(SCORES_VERSION))
        .execute(conn)?;
    Ok(())
}

/// Forgets this buyer's scores (their profile changed): made again when next needed.
pub fn forget_buyer(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<()> {
    diesel::delete(match_scores::table.filter(match_scores::buyer_id.eq(buyer.0))).execute(conn)?;
    diesel::update(buyers::table.find(buyer.0))
        .set(buyers::scores_version.eq(0))
        .execute(conn)?;
    Ok(())
}

/// Scores these suppliers again for every buyer of their expo who has scores, inside
/// the caller's transaction: after a change to their profile, their status or their
/// name. A supplier no longer approved leaves every buyer's directory.
pub fn rescore_suppliers(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<()> {
    let mut expos: Vec<i32> = suppliers::table
        .filter(suppliers::id.eq_any(ids))
        .select(suppliers::expo_id)
        .distinct()
        .load(conn)?;
    expos.sort_unstable();
    diesel::delete(match_scores::table.filter(match_scores::supplier_id.eq_any(ids)))
        .execute(conn)?;
    for expo in expos {
        let expo = ExpoId(expo);
        lock_expo(conn, expo)?;
        let size: i64 = suppliers::table
            .filter(suppliers::expo_id.eq(expo.0))
            .filter(suppliers::status.eq(SupplierStatus::Approved))
            .count()
            .get_result(conn)?;
        let size = i32::try_from(size).unwrap_or(i32::MAX);
        diesel::update(
            expos::table
                .find(expo.0)
                .filter(expos::directory_size.ne(size)),
        )
        .set(expos::directory_size.eq(size))
        .execute(conn)?;
        let cards = cards::cards(conn, expo, Which::Ids(ids))?;
        if cards.is_empty() {
            continue;
        }
        let rows: Vec<Row> = cards::buyers_with_scores(conn, expo, SCORES_VERSION)?
            .iter()
            .flat_map(|buyer| cards.iter().map(move |card| row(buyer, card)))
            .collect();
        insert(conn, &rows)?;
    }
    Ok(())
}

/// (buyer, supplier, score, name to sort by)
type Row = (i32, i32, i32, String);

fn row(buyer: &BuyerFacts, card: &cards::SupplierCard) -> Row {
    let score = i32::try_from(buyer.score(card).score).unwrap_or(i32::MAX);
    (buyer.id.0, card.id.0, score, card.name_en.clone())
}

fn insert(conn: &mut DbConnection, rows: &[Row]) -> QueryResult<()> {
    for batch in rows.chunks(BATCH) {
        let values: Vec<_> = batch
            .iter()
            .map(|(buyer, supplier, score, name)| {
                (
                    match_scores::buyer_id.eq(*buyer),
                    match_scores::supplier_id.eq(*supplier),
                    match_scores::score.eq(*score),
                    match_scores::sort_name.eq(name),
                )
            })
            .collect();
        let insert = diesel::insert_into(match_scores::table).values(values);
        // One statement per batch, which the two-database connection cannot build.
        match conn {
            DbConnection::Sqlite(c) => insert.execute(c)?,
            DbConnection::Postgresql(c) => insert.execute(c)?,
        };
    }
    Ok(())
}
