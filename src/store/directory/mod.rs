//! The supplier directory as a buyer sees it, answered by indexes on either database:
//! a page of suppliers is a range of the buyer's `match_scores` (best fit first), each
//! search word and filter narrowing it through `directory_terms`. No request reads
//! every supplier (but the first after a buyer's scores were forgotten, which makes
//! them: see [`scores`]).

mod cards;
mod scores;
mod terms;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

pub use cards::{
    BuyerFacts, SupplierCard, buyer_facts, cards_in_order, fits_for_supplier, supplier_cards,
};
pub use scores::{SCORES_VERSION, forget_buyer, make_ready, rescore_buyer, rescore_suppliers};
pub use terms::{TERMS_VERSION, outdated, reindex};

use crate::db::schema::{directory_terms, expos};
use crate::domain::ExpoId;
use crate::domain::search::{self, Piece, facet};
use crate::store::DbConnection;

/// What a buyer asks the directory for; empty fields ask for nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Search<'a> {
    pub text: &'a str,
    pub sector: &'a str,
    pub country: &'a str,
    pub language: &'a str,
    /// `exporting` or `new`.
    pub experience: &'a str,
}

/// One page of the directory.
#[derive(Debug)]
pub struct Found {
    /// This page's suppliers, best fit first.
    pub cards: Vec<SupplierCard>,
    /// Suppliers that match, on all pages.
    pub matching: usize,
    /// Approved suppliers at the expo.
    pub total: usize,
    /// The page shown (a page past the last shows the last), from 1.
    pub page: usize,
    pub pages: usize,
    /// Directory words a misspelt search word was read as, to say so.
    pub corrected: Vec<String>,
}

/// What checking one ranked supplier against a need costs, in suppliers listed: a
/// page checks each supplier it walks past when that is cheaper than listing every
/// match first (measured on SQLite at 10,000 suppliers: about 3.5 µs a check,
/// 0.13 µs a listed supplier).
const CHECK_COST: usize = 30;

/// The most words a misspelt search word is compared with.
const VOCABULARY: i64 = 3_000;

/// A page of the directory for this buyer: `per_page` suppliers from page `page` (from 1).
pub fn find(
    conn: &mut DbConnection,
    buyer: &BuyerFacts,
    asked: &Search<'_>,
    page: usize,
    per_page: usize,
) -> QueryResult<Found> {
    make_ready(conn, buyer)?;
    let expo = buyer.expo;
    // Search words first, then filters from the narrowest kind: a count walks the
    // first need's suppliers and checks the others.
    let mut needs: Vec<Vec<Piece>> = Vec::new();
    let mut corrected = Vec::new();
    for need in search::parse_query(asked.text) {
        let mut any_of = need.any_of;
        if let Some(word) = need.fuzzy
            && !any_supplier(conn, expo, &any_of)?
        {
            let words = vocabulary(conn, expo, &search::correction_prefix(&word), VOCABULARY)?;
            let found = search::corrections(&word, words.iter().map(String::as_str));
            corrected.extend(found.first().cloned());
            any_of.extend(found.into_iter().map(Piece::Exact));
        }
        needs.push(any_of);
    }
    needs.extend(
        [
            ('s', asked.sector),
            ('m', asked.country),
            ('l', asked.language),
            ('x', asked.experience),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(kind, value)| vec![Piece::Exact(facet(kind, value))]),
    );
    let total: i32 = expos::table
        .find(expo.0)
        .select(expos::directory_size)
        .first(conn)?;
    let total = i64::from(total);
    let matching = if needs.is_empty() {
        total
    } else {
        ranked(conn, buyer.id.0, expo, &needs, Ranked::Count)?.count
    };
    let matching = usize::try_from(matching).unwrap_or(0);
    let pages = matching.div_ceil(per_page).max(1);
    let page = page.clamp(1, pages);
    let ids = if matching == 0 {
        Vec::new()
    } else {
        ranked(
            conn,
            buyer.id.0,
            expo,
            &needs,
            Ranked::Page {
                limit: i64::try_from(per_page).unwrap_or(i64::MAX),
                offset: i64::try_from((page - 1) * per_page).unwrap_or(0),
                // Walking the ranking and checking each supplier ends after a page when
                // matches are common; when they are rare, listing them first is cheaper.
                dense: {
                    let walk =
                        page * per_page * usize::try_from(total).unwrap_or(0) / matching.max(1);
                    walk * CHECK_COST <= matching
                },
            },
        )?
        .ids
    };
    let cards = cards_in_order(conn, buyer, &ids)?;
    Ok(Found {
        cards,
        matching,
        total: usize::try_from(total).unwrap_or(0),
        page,
        pages,
        corrected,
    })
}

/// What to read of the buyer's ranked suppliers that meet every need.
enum Ranked {
    Count,
    Page {
        limit: i64,
        offset: i64,
        /// Whether matches are common enough to check each ranked supplier
        /// (`Binds::checked`) rather than list the matches first.
        dense: bool,
    },
}

#[derive(Default)]
struct RankedOut {
    count: i64,
    ids: Vec<i32>,
}

/// A value bound to a query written out here.
enum Value {
    Int(i32),
    Big(i64),
    Text(String),
}

/// The buyer's ranked suppliers that meet every need (a page), or how many suppliers
/// meet them (every approved supplier has terms and a score for a buyer whose scores
/// are made, so the count needs only the terms). Each need is a lookup of
/// `directory_terms`, the ranking an index range of `match_scores`. Written out as
/// SQL: a subquery per need, which diesel's query builder cannot box for both
/// databases at once.
fn ranked(
    conn: &mut DbConnection,
    buyer: i32,
    expo: ExpoId,
    needs: &[Vec<Piece>],
    what: Ranked,
) -> QueryResult<RankedOut> {
    let mut q = Binds {
        postgres: !conn.is_sqlite(),
        values: Vec::new(),
    };
    let sql = match what {
        Ranked::Count => {
            // Each need's suppliers, intersected (which also counts a supplier once
            // when a word's beginning matches several of its words).
            let each: Vec<String> = needs
                .iter()
                .enumerate()
                .map(|(n, any_of)| {
                    format!(
                        "SELECT supplier_id FROM ({}) AS need{n}",
                        q.meeting(expo, any_of)
                    )
                })
                .collect();
            format!(
                "SELECT count(DISTINCT supplier_id) AS n FROM ({}) AS found",
                each.join(" INTERSECT ")
            )
        }
        Ranked::Page {
            limit,
            offset,
            dense,
        } => {
            let mut sql = "SELECT supplier_id FROM match_scores WHERE buyer_id = ".to_owned();
            sql.push_str(&q.mark(Value::Int(buyer)));
            for any_of in needs {
                if dense {
                    sql.push_str(" AND (");
                    sql.push_str(&q.checked(expo, any_of));
                    sql.push(')');
                } else {
                    sql.push_str(" AND supplier_id IN (");
                    sql.push_str(&q.meeting(expo, any_of));
                    sql.push(')');
                }
            }
            sql.push_str(" ORDER BY score DESC, sort_name, supplier_id LIMIT ");
            sql.push_str(&q.mark(Value::Big(limit)));
            sql.push_str(" OFFSET ");
            sql.push_str(&q.mark(Value::Big(offset)));
            sql
        }
    };
    let values = q.values;
    let count = matches!(what, Ranked::Count);
    macro_rules! run {
        ($c:expr, $backend:ty) => {{
            let mut query = diesel::sql_query(sql).into_boxed::<$backend>();
            for value in values {
                query = match value {
                    Value::Int(v) => query.bind::<Integer, _>(v),
                    Value::Big(v) => query.bind::<BigInt, _>(v),
                    Value::Text(v) => query.bind::<Text, _>(v),
                };
            }
            if count {
                let rows: Vec<Count> = query.load($c)?;
                RankedOut {
                    count: rows.first().map_or(0, |r| r.n),
                    ids: Vec::new(),
                }
            } else {
                let rows: Vec<Id> = query.load($c)?;
                RankedOut {
                    count: 0,
                    ids: rows.into_iter().map(|r| r.supplier_id).collect(),
                }
            }
        }};
    }
    Ok(match conn {
        DbConnection::Sqlite(c) => run!(c, diesel::sqlite::Sqlite),
        DbConnection::Postgresql(c) => run!(c, diesel::pg::Pg),
    })
}

/// The values of a query being written, and their placeholders.
struct Binds {
    postgres: bool,
    values: Vec<Value>,
}

impl Binds {
    /// Binds a value; its placeholder (`$n` on PostgreSQL, `?` on SQLite).
    fn mark(&mut self, value: Value) -> String {
        self.values.push(value);
        if self.postgres {
            format!("${}", self.values.len())
        } else {
            "?".to_owned()
        }
    }

    /// Whether the ranked supplier at hand meets one need: an index seek per piece
    /// (`directory_terms_supplier`).
    fn checked(&mut self, expo: ExpoId, any_of: &[Piece]) -> String {
        let mut sql = String::new();
        for (n, piece) in any_of.iter().enumerate() {
            if n > 0 {
                sql.push_str(" OR ");
            }
            sql.push_str(
                "EXISTS (SELECT 1 FROM directory_terms t \
                 WHERE t.supplier_id = match_scores.supplier_id AND t.expo_id = ",
            );
            sql.push_str(&self.mark(Value::Int(expo.0)));
            match piece {
                Piece::Exact(term) => {
                    sql.push_str(" AND t.term = ");
                    sql.push_str(&self.mark(Value::Text(term.clone())));
                }
                Piece::Prefix(prefix) => {
                    sql.push_str(" AND t.term >= ");
                    sql.push_str(&self.mark(Value::Text(prefix.clone())));
                    sql.push_str(" AND t.term < ");
                    sql.push_str(&self.mark(Value::Text(Piece::upper(prefix))));
                }
            }
            sql.push(')');
        }
        sql
    }

    /// The suppliers that meet one need: one index range per piece, joined by UNION
    /// (an OR of ranges would read every term of the expo).
    fn meeting(&mut self, expo: ExpoId, any_of: &[Piece]) -> String {
        let mut sql = String::new();
        for (n, piece) in any_of.iter().enumerate() {
            if n > 0 {
                sql.push_str(" UNION ");
            }
            sql.push_str("SELECT supplier_id FROM directory_terms WHERE expo_id = ");
            sql.push_str(&self.mark(Value::Int(expo.0)));
            match piece {
                Piece::Exact(term) => {
                    sql.push_str(" AND term = ");
                    sql.push_str(&self.mark(Value::Text(term.clone())));
                }
                Piece::Prefix(prefix) => {
                    sql.push_str(" AND term >= ");
                    sql.push_str(&self.mark(Value::Text(prefix.clone())));
                    sql.push_str(" AND term < ");
                    sql.push_str(&self.mark(Value::Text(Piece::upper(prefix))));
                }
            }
        }
        sql
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = Integer)]
    supplier_id: i32,
}

fn any_supplier(conn: &mut DbConnection, expo: ExpoId, any_of: &[Piece]) -> QueryResult<bool> {
    let mut found = false;
    for piece in any_of {
        let query = directory_terms::table
            .filter(directory_terms::expo_id.eq(expo.0))
            .select(directory_terms::supplier_id)
            .into_boxed();
        let query = match piece {
            Piece::Exact(term) => query.filter(directory_terms::term.eq(term.clone())),
            Piece::Prefix(prefix) => query
                .filter(directory_terms::term.ge(prefix.clone()))
                .filter(directory_terms::term.lt(Piece::upper(prefix))),
        };
        found |= query.first::<i32>(conn).optional()?.is_some();
        if found {
            break;
        }
    }
    Ok(found)
}

#[derive(QueryableByName)]
struct Term {
    #[diesel(sql_type = Text)]
    term: String,
}

/// The distinct terms of the expo that start with `prefix`, at most `limit`: one index
/// seek per term (a loose index scan), however many suppliers share each.
pub fn vocabulary(
    conn: &mut DbConnection,
    expo: ExpoId,
    prefix: &str,
    limit: i64,
) -> QueryResult<Vec<String>> {
    // `$n` numbers the values on PostgreSQL; SQLite reads `$1`..`$4` as named values,
    // numbered in the order they first appear, which is the same order.
    const LOOSE_SCAN: &str = "WITH RECURSIVE v(term) AS ( \
           SELECT min(term) FROM directory_terms WHERE expo_id = $1 AND term >= $2 AND term < $3 \
           UNION ALL \
           SELECT (SELECT min(t.term) FROM directory_terms t \
                   WHERE t.expo_id = $1 AND t.term > v.term AND t.term < $3) \
           FROM v WHERE v.term IS NOT NULL) \
         SELECT term FROM v WHERE term IS NOT NULL LIMIT $4";
    let query = diesel::sql_query(LOOSE_SCAN)
        .bind::<Integer, _>(expo.0)
        .bind::<Text, _>(prefix)
        .bind::<Text, _>(Piece::upper(prefix))
        .bind::<BigInt, _>(limit);
    let terms: Vec<Term> = match conn {
        DbConnection::Sqlite(c) => query.load(c)?,
        DbConnection::Postgresql(c) => query.load(c)?,
    };
    Ok(terms.into_iter().map(|t| t.term).collect())
}

/// The values of one filter (`m` markets, `l` languages) that some supplier of the
/// expo has, as codes.
pub fn filter_values(
    conn: &mut DbConnection,
    expo: ExpoId,
    kind: char,
) -> QueryResult<Vec<String>> {
    let prefix = facet(kind, "");
    Ok(vocabulary(conn, expo, &prefix, 1_000)?
        .into_iter()
        .filter_map(|term| term.strip_prefix(&prefix).map(str::to_owned))
        .collect())
}

/// Keeps the directory in step with a change to these suppliers (their profile,
/// products, status or name), inside the change's own transaction: their terms are
/// made again and they are scored again for every buyer who has scores.
pub fn suppliers_changed(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<()> {
    reindex(conn, ids)?;
    rescore_suppliers(conn, ids)
}

/// Makes the terms of every supplier whose terms are missing or outdated (after an
/// upgrade), a few hundred per transaction. Run on start, before serving.
pub fn catch_up(conn: &mut DbConnection) -> QueryResult<usize> {
    let mut done = 0;
    loop {
        let ids = outdated(conn, 500)?;
        if ids.is_empty() {
            return Ok(done);
        }
        conn.write_tx(|conn| reindex(conn, &ids))?;
        done += ids.len();
    }
}
