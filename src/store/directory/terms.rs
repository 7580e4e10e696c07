//! Each supplier's search and filter terms (`directory_terms`), made again in the same
//! transaction as every change to what the directory shows of the supplier.

use std::collections::{BTreeSet, HashMap};

use diesel::prelude::*;

use crate::db::schema::{
    directory_terms, products, sectors, supplier_markets, supplier_sectors, suppliers,
};
use crate::domain::search::{facet, index_text};
use crate::domain::status::SupplierStatus;
use crate::i18n::Locale;
use crate::store::DbConnection;

/// The version of the rules that make the terms (`domain::search`, the fields read
/// here). Raise it when they change: every supplier's terms are made again on start.
pub const TERMS_VERSION: i32 = 1;

/// Rows per insert: well under both databases' limits on bound values.
const BATCH: usize = 2_000;

/// The languages names are indexed in: every one offered (not the test locale).
fn languages() -> impl Iterator<Item = Locale> {
    Locale::OFFERED
        .iter()
        .copied()
        .filter(|l| *l != Locale::Pseudo)
}

/// A code whose name is searched in every language.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Named {
    Sector(String),
    Country(String),
}

/// Makes the terms of these suppliers again. Only approved suppliers have terms: no
/// search or filter list shows anything of a supplier buyers cannot see.
pub fn reindex(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<()> {
    for chunk in ids.chunks(BATCH) {
        reindex_chunk(conn, chunk)?;
    }
    Ok(())
}

fn reindex_chunk(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<()> {
    type Row = (i32, i32, String, String, String, String, String, String);
    let rows: Vec<Row> = suppliers::table
        .filter(suppliers::id.eq_any(ids))
        .filter(suppliers::status.eq(SupplierStatus::Approved))
        .select((
            suppliers::id,
            suppliers::expo_id,
            suppliers::company_name_ko,
            suppliers::company_name_en,
            suppliers::pitch,
            suppliers::pitch_en,
            suppliers::address,
            suppliers::languages,
        ))
        .load(conn)?;
    let mut texts: HashMap<i32, Vec<String>> = HashMap::new();
    let mut named: HashMap<i32, Vec<Named>> = HashMap::new();
    let mut facets: HashMap<i32, Vec<String>> = HashMap::new();
    for (id, code) in supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq_any(ids))
        .select((supplier_sectors::supplier_id, sectors::code))
        .load::<(i32, String)>(conn)?
    {
        facets.entry(id).or_default().push(facet('s', &code));
        named.entry(id).or_default().push(Named::Sector(code));
    }
    let mut exporting: BTreeSet<i32> = BTreeSet::new();
    for (id, country, kind) in supplier_markets::table
        .filter(supplier_markets::supplier_id.eq_any(ids))
        .select((
            supplier_markets::supplier_id,
            supplier_markets::country,
            supplier_markets::kind,
        ))
        .load::<(i32, String, String)>(conn)?
    {
        if kind == "served" {
            exporting.insert(id);
        }
        facets.entry(id).or_default().push(facet('m', &country));
        named.entry(id).or_default().push(Named::Country(country));
    }
    for (id, name, description, name_en, description_en, hs) in products::table
        .filter(products::supplier_id.eq_any(ids))
        .select((
            products::supplier_id,
            products::name,
            products::description,
            products::name_en,
            products::description_en,
            products::hs_code,
        ))
        .load::<(i32, String, String, String, String, Option<String>)>(conn)?
    {
        texts.entry(id).or_default().extend([
            name,
            description,
            name_en,
            description_en,
            hs.unwrap_or_default(),
        ]);
    }
    // Sector and country names in every language, made once per call.
    let mut names: HashMap<Named, BTreeSet<String>> = HashMap::new();
    let mut new_rows: Vec<(i32, String, i32)> = Vec::new();
    for (id, expo, name_ko, name_en, pitch, pitch_en, address, langs) in rows {
        let mut terms = BTreeSet::new();
        for text in [&name_ko, &name_en, &pitch, &pitch_en, &address] {
            index_text(text, &mut terms);
        }
        for text in texts.remove(&id).unwrap_or_default() {
            index_text(&text, &mut terms);
        }
        for name in named.remove(&id).unwrap_or_default() {
            let words = names.entry(name).or_insert_with_key(|name| {
                let mut words = BTreeSet::new();
                for t in languages() {
                    let shown = match name {
                        Named::Sector(code) => t.sector(code),
                        Named::Country(code) => t.country(code),
                    };
                    index_text(&shown, &mut words);
                }
                words
            });
            terms.extend(words.iter().cloned());
        }
        terms.extend(facets.remove(&id).unwrap_or_default());
        for language in langs.split_whitespace() {
            terms.insert(facet('l', language));
        }
        terms.insert(facet(
            'x',
            if exporting.contains(&id) {
                "exporting"
            } else {
                "new"
            },
        ));
        new_rows.extend(terms.into_iter().map(|term| (expo, term, id)));
    }
    diesel::delete(directory_terms::table.filter(directory_terms::supplier_id.eq_any(ids)))
        .execute(conn)?;
    for batch in new_rows.chunks(BATCH) {
        let values: Vec<_> = batch
            .iter()
            .map(|(expo, term, id)| {
                (
                    directory_terms::expo_id.eq(*expo),
                    directory_terms::term.eq(term),
                    directory_terms::supplier_id.eq(*id),
                )
            })
            .collect();
        let insert = diesel::insert_into(directory_terms::table).values(values);
        // One statement per batch, which the two-database connection cannot build.
        match conn {
            DbConnection::Sqlite(c) => insert.execute(c)?,
            DbConnection::Postgresql(c) => insert.execute(c)?,
        };
    }
    diesel::update(suppliers::table.filter(suppliers::id.eq_any(ids)))
        .set(suppliers::terms_version.eq(TERMS_VERSION))
        .execute(conn)?;
    Ok(())
}

/// Suppliers whose terms are missing or were made by older rules (after an upgrade),
/// at most `limit` of them.
pub fn outdated(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<i32>> {
    suppliers::table
        .filter(suppliers::terms_version.ne(TERMS_VERSION))
        .select(suppliers::id)
        .order(suppliers::id)
        .limit(limit)
        .load(conn)
}
