//! The supplier directory as a buyer sees it: the buyer's facts and the supplier cards, matched and ranked.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    buyer_interests, buyers, products, sectors, supplier_markets, supplier_sectors, suppliers,
};
use crate::domain::matching::{self, BuyerNeeds, Match, SupplierOffer};
use crate::domain::status::SupplierStatus;
use crate::domain::supplier::localized;
use crate::domain::{BuyerId, ExpoId, SupplierId};
use crate::i18n::Locale;
use crate::store::DbConnection;

/// A buyer's own facts that booking and matching need.
#[derive(Clone, Debug)]
pub struct BuyerFacts {
    pub id: BuyerId,
    pub expo: ExpoId,
    pub country: String,
    pub timezone: String,
    pub languages: Vec<String>,
    pub interests: Vec<String>,
    pub looking_for: String,
    pub needs_interpreter: bool,
    pub profile_complete: bool,
}

pub fn buyer_facts(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Option<BuyerFacts>> {
    type Row = (
        i32,
        i32,
        String,
        String,
        String,
        String,
        bool,
        Option<NaiveDateTime>,
    );
    let row: Option<Row> = buyers::table
        .find(buyer.0)
        .select((
            buyers::id,
            buyers::expo_id,
            buyers::country,
            buyers::timezone,
            buyers::languages,
            buyers::looking_for,
            buyers::needs_interpreter,
            buyers::profile_completed_at,
        ))
        .first(conn)
        .optional()?;
    let Some((id, expo, country, timezone, languages, looking_for, needs_interpreter, completed)) =
        row
    else {
        return Ok(None);
    };
    let interests = buyer_interests::table
        .inner_join(sectors::table)
        .filter(buyer_interests::buyer_id.eq(id))
        .select(sectors::code)
        .load(conn)?;
    Ok(Some(BuyerFacts {
        id: BuyerId(id),
        expo: ExpoId(expo),
        country,
        timezone,
        languages: languages.split_whitespace().map(str::to_owned).collect(),
        interests,
        looking_for,
        needs_interpreter,
        profile_complete: completed.is_some(),
    }))
}

/// The buyers of an expo whose match scores are of this version, with their facts.
/// Two queries whatever the number of buyers.
pub fn buyers_with_scores(
    conn: &mut DbConnection,
    expo: ExpoId,
    version: i32,
) -> QueryResult<Vec<BuyerFacts>> {
    type Row = (
        i32,
        String,
        String,
        String,
        String,
        bool,
        Option<NaiveDateTime>,
    );
    let rows: Vec<Row> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .filter(buyers::scores_version.eq(version))
        .select((
            buyers::id,
            buyers::country,
            buyers::timezone,
            buyers::languages,
            buyers::looking_for,
            buyers::needs_interpreter,
            buyers::profile_completed_at,
        ))
        .load(conn)?;
    let mut interests: HashMap<i32, Vec<String>> = HashMap::new();
    for (buyer, code) in buyer_interests::table
        .inner_join(sectors::table)
        .inner_join(buyers::table)
        .filter(buyers::expo_id.eq(expo.0))
        .filter(buyers::scores_version.eq(version))
        .select((buyer_interests::buyer_id, sectors::code))
        .load::<(i32, String)>(conn)?
    {
        interests.entry(buyer).or_default().push(code);
    }
    Ok(rows
        .into_iter()
        .map(
            |(id, country, timezone, languages, looking_for, needs_interpreter, completed)| {
                BuyerFacts {
                    id: BuyerId(id),
                    expo,
                    country,
                    timezone,
                    languages: languages.split_whitespace().map(str::to_owned).collect(),
                    interests: interests.remove(&id).unwrap_or_default(),
                    looking_for,
                    needs_interpreter,
                    profile_complete: completed.is_some(),
                }
            },
        )
        .collect())
}

/// A supplier as buyers see it.
#[derive(Clone, Debug)]
pub struct SupplierCard {
    pub id: SupplierId,
    pub name_ko: String,
    pub name_en: String,
    pub city: String,
    pub website: String,
    /// The description as first written (usually Korean) and its English half; show
    /// them through `domain::supplier::localized`.
    pub pitch: String,
    pub pitch_en: String,
    pub languages: Vec<String>,
    /// (code, English name)
    pub sectors: Vec<(String, String)>,
    pub served_markets: Vec<String>,
    pub target_markets: Vec<String>,
    /// (name, description, HS code, picture link)
    pub products: Vec<(String, String, Option<String>, Option<String>)>,
    /// (English name, English description) of each product, in the same order.
    pub products_en: Vec<(String, String)>,
    pub fit: Match,
    pub catalogue_url: String,
    pub company_size: String,
    pub year_founded: Option<i32>,
}

impl SupplierCard {
    /// The company's name for a reader in `t` (Korean readers: the Korean name).
    pub fn name_for(&self, t: &Locale) -> &str {
        localized(&self.name_ko, &self.name_en, *t)
    }

    /// The other half of the name, to show beside it; empty when the same.
    pub fn other_name(&self, t: &Locale) -> &str {
        let first = self.name_for(t);
        let other = if first == self.name_en {
            &self.name_ko
        } else {
            &self.name_en
        };
        if other == first { "" } else { other }
    }

    /// The description for a reader in `t`.
    pub fn pitch_for(&self, t: &Locale) -> &str {
        localized(&self.pitch, &self.pitch_en, *t)
    }

    /// The products for a reader in `t`: (name, description, HS code, picture link).
    pub fn products_for(&self, t: &Locale) -> Vec<(&str, &str, Option<&str>, Option<&str>)> {
        self.products
            .iter()
            .enumerate()
            .map(|(i, (name, description, hs, image))| {
                let (name_en, description_en) = self
                    .products_en
                    .get(i)
                    .map_or(("", ""), |(n, d)| (n.as_str(), d.as_str()));
                (
                    localized(name, name_en, *t),
                    localized(description, description_en, *t),
                    hs.as_deref(),
                    image.as_deref(),
                )
            })
            .collect()
    }

    /// The company's size class, `None` for an unknown one (label: `t.label(&size)`).
    pub fn size(&self) -> Option<crate::domain::supplier::CompanySize> {
        crate::domain::supplier::CompanySize::parse(&self.company_size).ok()
    }
}

/// Which approved suppliers to load.
#[derive(Clone, Copy)]
pub enum Which<'a> {
    All,
    Ids(&'a [i32]),
}

/// Approved suppliers of the buyer's expo (all, or one), with their fit for this buyer,
/// best fit first. Four queries whatever the number of suppliers.
pub fn supplier_cards(
    conn: &mut DbConnection,
    buyer: &BuyerFacts,
    only: Option<SupplierId>,
) -> QueryResult<Vec<SupplierCard>> {
    let one = only.map(|id| [id.0]);
    let which = one.as_ref().map_or(Which::All, |id| Which::Ids(id));
    let mut cards = cards(conn, buyer.expo, which)?;
    for card in &mut cards {
        card.fit = buyer.score(card);
    }
    cards.sort_by(|a, b| {
        b.fit
            .score
            .cmp(&a.fit.score)
            .then_with(|| a.name_en.cmp(&b.name_en))
    });
    Ok(cards)
}

/// These approved suppliers with their fit for this buyer, in the order of `ids`.
pub fn cards_in_order(
    conn: &mut DbConnection,
    buyer: &BuyerFacts,
    ids: &[i32],
) -> QueryResult<Vec<SupplierCard>> {
    let mut cards = cards(conn, buyer.expo, Which::Ids(ids))?;
    for card in &mut cards {
        card.fit = buyer.score(card);
    }
    cards.sort_by_key(|card| ids.iter().position(|id| *id == card.id.0));
    Ok(cards)
}

impl BuyerFacts {
    /// How well this supplier fits this buyer.
    pub fn score(&self, card: &SupplierCard) -> Match {
        let interests: Vec<&str> = self.interests.iter().map(String::as_str).collect();
        let languages: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        let needs = BuyerNeeds {
            interests: &interests,
            country: &self.country,
            languages: &languages,
            needs_interpreter: self.needs_interpreter,
            looking_for: &self.looking_for,
        };
        let sectors: Vec<(&str, &str)> = card
            .sectors
            .iter()
            .map(|(c, n)| (c.as_str(), n.as_str()))
            .collect();
        let served: Vec<&str> = card.served_markets.iter().map(String::as_str).collect();
        let target: Vec<&str> = card.target_markets.iter().map(String::as_str).collect();
        let languages: Vec<&str> = card.languages.iter().map(String::as_str).collect();
        let products: Vec<(&str, &str)> = card
            .products
            .iter()
            .map(|(n, d, _, _)| (n.as_str(), d.as_str()))
            .collect();
        matching::score(
            &needs,
            &SupplierOffer {
                sectors: &sectors,
                served_markets: &served,
                target_markets: &target,
                languages: &languages,
                products: &products,
                pitch: &card.pitch,
            },
        )
    }
}

/// Approved suppliers of an expo as cards, without their fit (`Match::default()`).
/// Four queries whatever the number of suppliers.
pub fn cards(
    conn: &mut DbConnection,
    expo: ExpoId,
    which: Which<'_>,
) -> QueryResult<Vec<SupplierCard>> {
    let mut query = suppliers::table
        .select((
            suppliers::id,
            suppliers::company_name_ko,
            suppliers::company_name_en,
            suppliers::address,
            suppliers::website,
            suppliers::pitch,
            suppliers::pitch_en,
            suppliers::languages,
            suppliers::catalogue_url,
            suppliers::company_size,
            suppliers::year_founded,
        ))
        .into_boxed();
    match which {
        Which::All => {
            query = query
                .filter(suppliers::expo_id.eq(expo.0))
                .filter(suppliers::status.eq(SupplierStatus::Approved));
        }
        Which::Ids(ids) => {
            // Looked up by id alone, then checked: with the expo in the same query
            // SQLite walks the expo's every supplier instead of the twenty asked for.
            let shown: Vec<i32> = suppliers::table
                .filter(suppliers::id.eq_any(ids))
                .select((suppliers::id, suppliers::expo_id, suppliers::status))
                .load::<(i32, i32, SupplierStatus)>(conn)?
                .into_iter()
                .filter(|(_, e, status)| *e == expo.0 && *status == SupplierStatus::Approved)
                .map(|(id, _, _)| id)
                .collect();
            query = query.filter(suppliers::id.eq_any(shown));
        }
    }
    type CardRow = (
        i32,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<i32>,
    );
    let rows: Vec<CardRow> = query.load(conn)?;
    let all_ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let mut sector_map: HashMap<i32, Vec<(String, String)>> = HashMap::new();
    let mut markets: HashMap<(i32, bool), Vec<String>> = HashMap::new();
    type ProductRow = (String, String, Option<String>, Option<String>);
    let mut product_map: HashMap<i32, Vec<ProductRow>> = HashMap::new();
    let mut product_en_map: HashMap<i32, Vec<(String, String)>> = HashMap::new();
    // In chunks: a whole national directory is more values than SQLite binds at once.
    for ids in all_ids.chunks(5_000) {
        for (id, code, name) in supplier_sectors::table
            .inner_join(sectors::table)
            .filter(supplier_sectors::supplier_id.eq_any(ids))
            .order(sectors::position)
            .select((
                supplier_sectors::supplier_id,
                sectors::code,
                sectors::name_en,
            ))
            .load::<(i32, String, String)>(conn)?
        {
            sector_map.entry(id).or_default().push((code, name));
        }
        for (id, country, kind) in supplier_markets::table
            .filter(supplier_markets::supplier_id.eq_any(ids))
            .order(supplier_markets::country)
            .select((
                supplier_markets::supplier_id,
                supplier_markets::country,
                supplier_markets::kind,
            ))
            .load::<(i32, String, String)>(conn)?
        {
            markets
                .entry((id, kind == "served"))
                .or_default()
                .push(country);
        }
        for (id, name, description, hs, image, name_en, description_en) in products::table
            .filter(products::supplier_id.eq_any(ids))
            .order((products::supplier_id, products::position))
            .select((
                products::supplier_id,
                products::name,
                products::description,
                products::hs_code,
                products::image_url,
                products::name_en,
                products::description_en,
            ))
            .load::<(
                i32,
                String,
                String,
                Option<String>,
                Option<String>,
                String,
                String,
            )>(conn)?
        {
            product_en_map
                .entry(id)
                .or_default()
                .push((name_en, description_en));
            product_map
                .entry(id)
                .or_default()
                .push((name, description, hs, image));
        }
    }
    let cards: Vec<SupplierCard> = rows
        .into_iter()
        .map(
            |(
                id,
                name_ko,
                name_en,
                city,
                website,
                pitch,
                pitch_en,
                langs,
                catalogue_url,
                size,
                founded,
            )| {
                let products_en = product_en_map.remove(&id).unwrap_or_default();
                let sectors = sector_map.remove(&id).unwrap_or_default();
                let served = markets.remove(&(id, true)).unwrap_or_default();
                let target = markets.remove(&(id, false)).unwrap_or_default();
                let products = product_map.remove(&id).unwrap_or_default();
                let languages: Vec<String> = langs.split_whitespace().map(str::to_owned).collect();
                SupplierCard {
                    id: SupplierId(id),
                    name_ko,
                    name_en,
                    city,
                    website,
                    pitch,
                    pitch_en,
                    languages,
                    sectors,
                    served_markets: served,
                    target_markets: target,
                    products,
                    products_en,
                    fit: Match::default(),
                    catalogue_url,
                    company_size: size,
                    year_founded: founded,
                }
            },
        )
        .collect();
    Ok(cards)
}

/// How well the supplier fits each of these buyers, scored as the buyers' directory
/// scores it. A buyer that is gone, or a supplier not approved (it has no card), gets no
/// entry. One card read, then a few queries per buyer: for a supplier's own list.
pub fn fits_for_supplier(
    conn: &mut DbConnection,
    supplier: SupplierId,
    buyers: &[crate::domain::BuyerId],
) -> QueryResult<HashMap<crate::domain::BuyerId, Match>> {
    let expo: i32 = suppliers::table
        .find(supplier.0)
        .select(suppliers::expo_id)
        .first(conn)?;
    let ids = [supplier.0];
    let Some(card) = cards(conn, ExpoId(expo), Which::Ids(&ids))?.pop() else {
        return Ok(HashMap::new());
    };
    let mut fits = HashMap::new();
    for buyer in buyers {
        if fits.contains_key(buyer) {
            continue;
        }
        if let Some(facts) = buyer_facts(conn, *buyer)? {
            fits.insert(*buyer, facts.score(&card));
        }
    }
    Ok(fits)
}
